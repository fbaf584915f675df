"""The system libraries the Qt we ship loads, and the packages that provide them.

    python tools/system_libraries.py              # table: soname, Debian package (ldd + dpkg -S)
    python tools/system_libraries.py --write [--bundle dist/chugiai]   # regenerate the table
    python tools/system_libraries.py --check [DIR]...   # CI: all resolve, all in the README

The roots are what the app ships: PySide6's QtCore/QtGui/QtWidgets/QtNetwork and the Qt plugins
the frozen build keeps (packaging/pyinstaller_slim.py's rules), or every shared object under each
DIR given (a frozen bundle). `ldd` resolves what they need; `dpkg -S` names the package. Fedora
names are derived by hand from the Debian ones (FEDORA below); nobody ran dnf for them.
"""

from __future__ import annotations

import argparse
import fnmatch
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "desktop" / "system_libraries.py"
README = ROOT / "README.md"
PYSIDE_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtNetwork")
# the plugin folders PyInstaller's PySide6 hooks collect for those modules, before the slimming
SHIPPED_PLUGINS = ("platforms/*", "platforminputcontexts/*ibus*", "platforminputcontexts/*compose*",
                   "xcbglintegrations/*", "wayland-*/*", "imageformats/*", "iconengines/*",
                   "platformthemes/*", "egldeviceintegrations/*", "generic/*", "tls/*",
                   "networkinformation/*")

# Debian → Fedora package names, derived from each package's upstream project (not measured)
FEDORA = {
    "libbrotli1": "libbrotli", "libbsd0": "libbsd", "libcom-err2": "libcom_err",
    "libdbus-1-3": "dbus-libs", "libdrm2": "libdrm", "libegl1": "libglvnd-egl",
    "libfontconfig1": "fontconfig", "libfreetype6": "freetype", "libgl1": "libglvnd-glx",
    "libglib2.0-0": "glib2", "libglvnd0": "libglvnd", "libglx0": "libglvnd-glx",
    "libgssapi-krb5-2": "krb5-libs", "libk5crypto3": "krb5-libs", "libkrb5-3": "krb5-libs",
    "libkrb5support0": "krb5-libs", "libkeyutils1": "keyutils-libs", "libmd0": "libmd",
    "libpng16-16": "libpng", "libwayland-client0": "libwayland-client",
    "libwayland-cursor0": "libwayland-cursor", "libwayland-egl1": "libwayland-egl",
    "libwayland-server0": "libwayland-server", "libx11-6": "libX11",
    "libx11-xcb1": "libX11-xcb", "libxau6": "libXau", "libxcb1": "libxcb",
    "libxcb-glx0": "libxcb", "libxcb-randr0": "libxcb", "libxcb-render0": "libxcb",
    "libxcb-shape0": "libxcb", "libxcb-shm0": "libxcb", "libxcb-sync1": "libxcb",
    "libxcb-xfixes0": "libxcb", "libxcb-xkb1": "libxcb", "libxcb-cursor0": "xcb-util-cursor",
    "libxcb-icccm4": "xcb-util-wm", "libxcb-image0": "xcb-util-image",
    "libxcb-keysyms1": "xcb-util-keysyms", "libxcb-render-util0": "xcb-util-renderutil",
    "libxcb-util1": "xcb-util", "libxdmcp6": "libXdmcp", "libxkbcommon0": "libxkbcommon",
    "libxkbcommon-x11-0": "libxkbcommon-x11", "libbz2-1.0": "bzip2-libs",
    "libsqlite3-0": "sqlite-libs", "libssl3": "openssl-libs", "libuuid1": "libuuid",
}
# Present on every Debian that has python3 (dpkg, apt and Python itself depend on them)
BASE = ("libc6", "libgcc-s1", "libstdc++6", "zlib1g", "libzstd1", "liblzma5", "libsystemd0",
        "libcap2", "libgcrypt20", "libgpg-error0", "liblz4-1", "libpcre2-8-0", "libexpat1",
        "libffi8")


def pyside_dir() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    return Path(spec.submodule_search_locations[0])


def shipped_roots() -> list[Path]:
    """PySide6's modules the app imports and the plugins the frozen build keeps."""
    sys.path.insert(0, str(ROOT / "packaging"))
    from pyinstaller_slim import DROP_PLUGINS

    pyside = pyside_dir()
    plugins = pyside / "Qt" / "plugins"
    roots = [p for m in PYSIDE_MODULES for p in pyside.glob(f"{m}.*.so")]
    for path in sorted(plugins.rglob("*.so")):
        rel = path.relative_to(plugins).as_posix()
        if any(fnmatch.fnmatchcase(rel, p) for p in SHIPPED_PLUGINS) \
                and not any(fnmatch.fnmatchcase(rel, p) for p in DROP_PLUGINS):
            roots.append(path)
    return roots


def bundle_roots(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.so*") if p.is_file() and not p.is_symlink())


LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")


def needed(roots: list[Path]) -> dict[str, str | None]:
    """soname → resolved path outside the Qt we ship (None: not found), through `ldd`."""
    found: dict[str, str | None] = {}
    for root in roots:
        out = subprocess.run(["ldd", str(root)], capture_output=True, text=True).stdout
        for line in out.splitlines():
            m = LDD_LINE.match(line)
            if not m or "PySide6" in m.group(2) or "/_internal/" in m.group(2):
                continue
            soname, where = m.group(1), m.group(2)
            if where == "not found":
                found[soname] = None
            else:
                found.setdefault(soname, where)
    return found


def package_of(path: str) -> str | None:
    for candidate in (str(Path(path).resolve()), path):
        out = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True).stdout
        if out:
            return out.split(":", 1)[0].split(",")[0].strip()
    return None


def readme_packages(text: str | None = None) -> dict[str, set[str]]:
    """The packages the README's 'System packages' section names: {"apt": …, "dnf": …}."""
    text = README.read_text(encoding="utf-8") if text is None else text
    result = {"apt": set(), "dnf": set()}
    for tool in result:
        for m in re.finditer(rf"(?:sudo )?{tool}(?:-get)? install -y((?:\s+\\?\s*[\w.+-]+)+)", text):
            result[tool] |= {w for w in m.group(1).replace("\\", " ").split()}
    return result


def write_table(table: dict[str, str]) -> None:
    rows = "\n".join(f"    {so!r}: {pkg!r}," for so, pkg in sorted(table.items()))
    fedora = "\n".join(f"    {deb!r}: {rpm!r}," for deb, rpm in sorted(FEDORA.items()))
    base = "\n".join(f"    {deb!r}," for deb in BASE)
    TABLE.write_text(f'''"""Which Debian package provides each system library the shipped Qt loads.

Generated by `python tools/system_libraries.py --write --bundle dist/chugiai` (ldd on the
shipped Qt modules, plugins and the frozen build, dpkg -S on each library); do not edit by
hand. Fedora names are derived, not measured.
Pure Python without imports: tools/install.sh runs it for the package lists before any venv exists.
"""

DEBIAN = {{
{rows}
}}

# Debian → Fedora names, derived by hand from each package's upstream project
FEDORA = {{
{fedora}
}}

# On every Debian that has python3: never named in install lines
BASE = (
{base}
)


def apt_packages() -> list[str]:
    return sorted(set(DEBIAN.values()) - set(BASE))


def dnf_packages() -> list[str]:
    return sorted({{FEDORA[p] for p in apt_packages() if p in FEDORA}})


if __name__ == "__main__":
    import sys

    print(" ".join(dnf_packages() if sys.argv[1:] == ["dnf"] else apt_packages()))
''', encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--bundle", metavar="DIR",
                        help="with --write: a frozen build whose libraries count too (Python's "
                             "own, e.g. libsqlite3, which a machine without python3 may lack)")
    parser.add_argument("--check", nargs="*", metavar="DIR")
    args = parser.parse_args()
    roots = shipped_roots() if not args.check else [p for d in args.check for p in bundle_roots(Path(d))]
    if args.bundle:
        roots += bundle_roots(Path(args.bundle))
    libs = needed(roots)
    table = {so: package_of(path) if path else None for so, path in libs.items()}
    if args.write:
        missing = [so for so, pkg in table.items() if pkg is None]
        if missing:
            print(f"not resolved here, install them first: {', '.join(missing)}", file=sys.stderr)
            return 1
        write_table(table)
        print(f"{TABLE.relative_to(ROOT)}: {len(table)} libraries")
        return 0
    if args.check is not None:
        listed = readme_packages()["apt"]
        problems = [f"{so}: not found" for so, pkg in table.items() if pkg is None]
        problems += [f"{so}: package {pkg} not in the README's apt line"
                     for so, pkg in table.items() if pkg and pkg not in listed and pkg not in BASE]
        for line in problems:
            print(line, file=sys.stderr)
        print(f"{len(roots)} shared objects, {len(table)} system libraries: "
              f"{'all resolve and are in the README' if not problems else 'PROBLEMS above'}")
        return 1 if problems else 0
    for so, pkg in sorted(table.items(), key=lambda kv: (kv[1] or "", kv[0])):
        print(f"{so:28} {pkg or 'NOT FOUND'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
