"""Can the Qt platform plugin this session needs load? Checked before QApplication, without Qt.

When a system library of the xcb or wayland plugin is missing, Qt prints a dozen lines and
aborts; this names the missing library and the package to install in one line instead. The
plugin is loaded with `dlopen` (ctypes): the dynamic loader's own verdict, stubs and wrong
architectures included; `ldd` then lists every other library that is missing too.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Every start on Linux runs `preflight` before Qt: this module imports only what is loaded
# anyway (os, sys, pathlib); re, subprocess and the package table wait for a failure.
PLUGINS = {"xcb": "libqxcb.so", "wayland": "libqwayland.so"}
LOADER_ERROR = r"([^\s:/]+\.so[.\d]*)[^:]*?:\s*(.+)$"


class Problem:
    """The plugin cannot load: the libraries at fault and what to install."""

    def __init__(self, plugin: str, libraries: tuple[str, ...], reason: str, install: str):
        self.plugin, self.libraries, self.reason, self.install = plugin, libraries, reason, install

    def line(self) -> str:
        libs = ", ".join(self.libraries) or "a library"
        return (f"chugiai: the window cannot open: Qt's {self.plugin} platform plugin needs "
                f"{libs} ({self.reason}); install it with: {self.install}")


def session_plugin(environ: os._Environ | dict | None = None, *, default: str | None = None) -> str | None:
    """The platform plugin Qt will pick here: QT_QPA_PLATFORM, else the desktop session's."""
    env = os.environ if environ is None else environ
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen if chosen in PLUGINS else None
    if env.get("XDG_SESSION_TYPE") == "wayland" or (env.get("WAYLAND_DISPLAY") and not env.get("DISPLAY")):
        return "wayland"
    if env.get("DISPLAY"):
        return "xcb"
    return default


def plugin_file(plugin: str) -> Path:
    """The plugin in the Qt we ship, found without importing PySide6 (that waits for Qt)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        base = Path(frozen) / "PySide6"
    else:
        import importlib.util  # finds the package without importing it

        base = Path(importlib.util.find_spec("PySide6").submodule_search_locations[0])
    return base / "Qt" / "plugins" / "platforms" / PLUGINS[plugin]


def check(plugin: str) -> Problem | None:
    """None when the plugin and all its libraries load; else what is missing."""
    if not sys.platform.startswith("linux") or plugin not in PLUGINS:
        return None
    import ctypes  # only on Linux, where the check runs

    path = plugin_file(plugin)
    if not path.is_file():
        return Problem(plugin, (path.name,), "not in this installation", "reinstall Chú Giải")
    try:
        ctypes.CDLL(str(path))
        return None
    except OSError as exc:
        message = str(exc)
    import re  # the failure path only

    match = re.search(LOADER_ERROR, message.replace(str(path), ""))
    first, reason = (match.group(1), match.group(2)) if match else (None, message)
    libraries = ([first] if first else []) + [so for so in _not_found(path) if so != first]
    return Problem(plugin, tuple(libraries), reason.strip(), install_command(libraries))


def _not_found(path: Path) -> list[str]:
    """Every library `ldd` cannot find for the plugin (the loader names only the first)."""
    import subprocess  # the failure path only

    try:
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return [line.split()[0] for line in out.splitlines() if "=> not found" in line]


def install_command(libraries: list[str]) -> str:
    """`sudo apt install …` (or dnf on Fedora-like systems) for the packages behind them."""
    from desktop import system_libraries as table  # the failure path only

    debian = [table.DEBIAN.get(so) for so in libraries]
    if None in debian or not debian:
        every = table.dnf_packages() if _fedora_like() else table.apt_packages()
        tool = "dnf" if _fedora_like() else "apt"
        return f"sudo {tool} install {' '.join(every)}"
    if _fedora_like():
        names = dict.fromkeys(table.FEDORA.get(p, p) for p in debian)
        return f"sudo dnf install {' '.join(names)}"
    return f"sudo apt install {' '.join(dict.fromkeys(debian))}"


def _fedora_like() -> bool:
    import re  # the failure path only

    try:
        text = Path("/etc/os-release").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return bool(re.search(r"^(ID|ID_LIKE)=.*\b(fedora|rhel|centos)\b", text, re.MULTILINE))


def preflight(environ=None) -> Problem | None:
    """Before QApplication: the problem with this session's plugin, or None (also off Linux)."""
    plugin = session_plugin(environ)
    return check(plugin) if plugin else None


def probe(environ=None) -> int:
    """`chugiai --probe-platform` (the self-test's child process): load this session's plugin,
    start it when there is a display to start it on; one line either way, 0 when it worked."""
    env = os.environ if environ is None else environ
    plugin = session_plugin(env, default="xcb" if sys.platform.startswith("linux") else None)
    if plugin is None:
        print(f"platform: nothing to check on {sys.platform}", flush=True)
        return 0
    problem = check(plugin)
    if problem:
        print(problem.line(), flush=True)
        return 1
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        print(f"{plugin}: its libraries load (no display here to start it on)", flush=True)
        return 0
    os.environ["QT_QPA_PLATFORM"] = plugin
    from PySide6.QtGui import QGuiApplication  # the child process only: Qt after the check

    app = QGuiApplication(["chugiai"])
    print(f"{plugin}: started on {app.primaryScreen().name() or 'a screen'} "
          f"({app.primaryScreen().size().width()}×{app.primaryScreen().size().height()})", flush=True)
    return 0
