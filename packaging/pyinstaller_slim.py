"""Slimming rules for build.spec: what of Qt the app does not need, and dropping orphaned libraries.

Used from build.spec only (PyInstaller is not a runtime dependency):

    from pyinstaller_slim import slim
    a.binaries, a.datas = slim(a.binaries, a.datas)

Kept on purpose: the xcb and wayland platforms (+ their shell, decoration and
graphics-integration plugins), the input-method plugins (ibus, compose) so staff can type
Vietnamese with their IME, the offscreen platform (the self-test renders with it), the SVG
image and icon plugins (the app icon), and everything in resources/.

On Linux, after the rules, shared libraries that no kept extension module or plugin links to
(directly or through other kept libraries) are dropped too: removing the GTK theme plugin would
otherwise leave gtk/gdk/cairo/pango/atk behind. That pruning walks DT_NEEDED with PyInstaller's
own resolver, so it only removes what PyInstaller added for the plugins we removed. Then the
copies of the system's own libraries are left out: each is a package the app requires anyway
(`drop_system_libraries`).
"""

from __future__ import annotations

import fnmatch
import os
import sys

QT_PREFIX = "PySide6/Qt/"
PLUGINS = QT_PREFIX + "plugins/"

# Qt's own translations: the app ships its UI translation in resources/i18n and loads no qtbase_*.qm
DROP_DATA = [QT_PREFIX + "translations/*"]

# Plugin folders/files the app never loads (globs relative to PySide6/Qt/plugins/; / separators)
DROP_PLUGINS = [
    "platformthemes/*gtk3*",            # GTK theme: drags gtk/gdk/cairo/pango/atk (~10 MB)
    "platforms/*eglfs*",                # full-screen embedded platforms
    "platforms/*linuxfb*",
    "platforms/*minimalegl*",
    "platforms/*vnc*",                  # needs QtNetwork
    "platforms/*vkkhrdisplay*",
    "platforms/*qminimal.*",
    "platforms/*qdirect2d*",            # Windows: the default qwindows plugin is kept
    "egldeviceintegrations/*",          # only for eglfs
    "generic/*",                        # evdev/tuio input for eglfs/linuxfb (tuio needs QtNetwork)
    "networkinformation/*",             # QtNetwork
    "tls/*",                            # QtNetwork (+ OpenSSL)
    "imageformats/*gif*",               # the app shows no images but its SVG icon
    "imageformats/*icns*",
    "imageformats/*ico*",
    "imageformats/*jpeg*",
    "imageformats/*tga*",
    "imageformats/*tiff*",
    "imageformats/*wbmp*",
    "imageformats/*webp*",
    "imageformats/*pdf*",
    "sqldrivers/*",                     # the app uses Python's sqlite3, not QtSql
    "multimedia/*",
    "position/*",
    "qmltooling/*",
]

# Typecode of Python extension modules and of plugin/library binaries in PyInstaller 6 TOCs
EXTENSION = "EXTENSION"
SYMLINK = "SYMLINK"


def _posix(name: str) -> str:
    return name.replace(os.sep, "/")


def _matches(name: str, patterns: list[str], prefix: str = "") -> bool:
    name = _posix(name)
    return any(fnmatch.fnmatchcase(name, prefix + p) for p in patterns)


def drop_unused_qt(binaries: list, datas: list) -> tuple[list, list]:
    """Remove the Qt plugins and translations listed above."""
    binaries = [e for e in binaries if not _matches(e[0], DROP_PLUGINS, PLUGINS)]
    datas = [e for e in datas if not _matches(e[0], DROP_DATA)]
    return binaries, datas


def _is_root(entry: tuple) -> bool:
    """Binaries kept for their own sake: extension modules, Qt plugins, the Python library."""
    dest, _, typecode = entry
    dest = _posix(dest)
    base = dest.rsplit("/", 1)[-1]
    return typecode == EXTENSION or dest.startswith(PLUGINS) or base.startswith("libpython")


def prune_orphan_libraries(binaries: list) -> list:
    """Drop shared libraries no kept extension or plugin needs (Linux/ELF only)."""
    from PyInstaller.depend import bindepend

    by_name: dict[str, tuple] = {}
    for entry in binaries:
        if entry[2] != SYMLINK:
            by_name.setdefault(_posix(entry[0]).rsplit("/", 1)[-1], entry)
    reached: set[str] = set()
    todo = [e for e in binaries if e[2] != SYMLINK and _is_root(e)]
    while todo:
        entry = todo.pop()
        for name, _path in bindepend.get_imports(entry[1]):
            base = os.path.basename(name)
            if base in by_name and base not in reached:
                reached.add(base)
                todo.append(by_name[base])
    return [e for e in binaries
            if e[2] == SYMLINK or _is_root(e) or _posix(e[0]).rsplit("/", 1)[-1] in reached]


def drop_dangling_symlinks(binaries: list) -> list:
    """PyInstaller 6 links top-level names to Qt's libraries; drop links whose target is gone."""
    present = {_posix(e[0]) for e in binaries if e[2] != SYMLINK}
    return [e for e in binaries if e[2] != SYMLINK or _posix(e[1]) in present]


def remove_dangling_links(folder: str) -> int:
    """After COLLECT: PyInstaller recreates top-level links to Qt libraries it did not collect."""
    removed = 0
    for root, dirs, files in os.walk(folder):
        for name in files + dirs:
            path = os.path.join(root, name)
            if os.path.islink(path) and not os.path.exists(path):
                os.unlink(path)
                removed += 1
    return removed


# Where a Linux system's own libraries live (Debian's multiarch folders are below these)
SYSTEM_LIBRARY_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")


def drop_system_libraries(binaries: list) -> list:
    """Linux: leave out the copies of the system's own libraries (libX11, glib, fontconfig,
    krb5, OpenSSL, libstdc++…) that PyInstaller gathers from /usr/lib. Every one is a package
    the app already requires — the README's list and the .deb's Depends, generated by
    tools/system_libraries.py from `ldd` on this build, and CI's `--check` fails when one does
    not resolve — so the system's copy is loaded instead of a second one shipped beside it.
    Python's own library (pyenv's, not the system's) and every extension module stay."""
    kept = []
    for entry in binaries:
        dest, src, typecode = entry
        real = os.path.realpath(src) if src else ""
        system = typecode != EXTENSION and "/" not in _posix(dest) \
            and real.startswith(SYSTEM_LIBRARY_DIRS) \
            and not os.path.basename(dest).startswith("libpython")
        if not system:
            kept.append(entry)
    return kept


def slim(binaries: list, datas: list) -> tuple[list, list]:
    """All the rules; prints what they saved so a build log shows it."""
    before = len(binaries) + len(datas)
    binaries, datas = drop_unused_qt(list(binaries), list(datas))
    if sys.platform.startswith("linux"):
        binaries = prune_orphan_libraries(binaries)
        binaries = drop_system_libraries(binaries)
    binaries = drop_dangling_symlinks(binaries)
    print(f"pyinstaller_slim: {before - len(binaries) - len(datas)} files left out")
    return binaries, datas
