"""Where things are: bundled resources (source tree or PyInstaller bundle) and the user's data.

This is the only module that knows about `sys._MEIPASS`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "ChuGiai"
DB_FILENAME = "chugiai.sqlite3"
DATA_DIR_ENV = "CHUGIAI_DATA_DIR"


def bundle_root() -> Path:
    """The folder holding `resources/` and `corpus/`: the repo checkout, or PyInstaller's `_internal`."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def resource_dir() -> Path:
    return bundle_root() / "resources"


def corpus_dir() -> Path:
    return bundle_root() / "corpus"


def executable_dir() -> Path:
    """Folder of the frozen executable (for `portable`, `defaults.ini`); the repo root from source."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return bundle_root()


def data_dir(explicit: str | os.PathLike | None = None) -> Path:
    """The user's data folder: --data-dir, then CHUGIAI_DATA_DIR, then portable mode, then platformdirs."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    if (executable_dir() / "portable").exists():
        return executable_dir() / "data"
    policy = machine_defaults().data_folder  # IT's defaults.ini: per-user | portable | a folder
    if policy == "portable":
        return executable_dir() / "data"
    if policy != "per-user":
        return Path(policy)
    import platformdirs  # only when no folder was given, and never for `--help`

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def machine_defaults():
    """IT's `defaults.ini` beside the executable, read-only (desktop/defaults.py parses it)."""
    from desktop import defaults  # configparser: only when no folder was given

    return defaults.load(executable_dir())


SERVER_ENV = "CHUGIAI_SERVER"
SERVER_SETTING = "team_server"  # the user's own choice, kept in the store's settings


def team_server(*, explicit: str | None = None, user_setting: str | None = None) -> str | None:
    """The team library's URL: --server, then CHUGIAI_SERVER, then the user's setting, then IT's
    defaults.ini; None (no team library, no network at all) when none is set."""
    for value in (explicit, os.environ.get(SERVER_ENV), user_setting):
        if value and value.strip():
            return value.strip()
    return machine_defaults().team_server


def database_path(explicit: str | os.PathLike | None = None) -> Path:
    return data_dir(explicit) / DB_FILENAME


def log_dir() -> Path:
    import platformdirs  # as in data_dir

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
