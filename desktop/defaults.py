"""Machine-wide defaults that IT sets in `defaults.ini` beside the executable; read-only for the app.

A user's own choices (kept in the store's settings) and command-line options win over these;
these win over the built-in defaults. A missing or broken file never stops the app: unknown keys
and bad values are ignored and reported in `Defaults.warnings` (logged by the caller).

    [chugiai]
    language = vi                 ; vi | en — interface language until the user picks one
    ask_author_name = yes         ; yes | no — ask for the name stored with every annotation
    author_name =                 ; pre-filled name (e.g. for shared kiosk laptops)
    export_folder = ~/Documents   ; where export/report dialogs start (~ and %VARS% expanded)
    data_folder = per-user        ; per-user | portable | an absolute folder
    team_server =                 ; the team library's PostgreSQL URL (postgresql://host/db?sslmode=…)

Pure standard library (configparser); `paths.defaults_file()` says where the file is.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

FILENAME = "defaults.ini"
SECTION = "chugiai"
LANGUAGES = ("vi", "en")
DATA_PER_USER = "per-user"
DATA_PORTABLE = "portable"
KNOWN_KEYS = ("language", "ask_author_name", "author_name", "export_folder", "data_folder",
              "team_server")
TRUE_WORDS = ("1", "yes", "true", "on")
FALSE_WORDS = ("0", "no", "false", "off")
MAX_FILE_BYTES = 64 * 1024  # an ini file larger than this is not one IT wrote


@dataclass(frozen=True)
class Defaults:
    """The settings IT can preset; `None` means "not set here, use the app's own default"."""
    language: str | None = None
    ask_author_name: bool = True
    author_name: str | None = None
    export_folder: Path | None = None
    data_folder: str = DATA_PER_USER  # per-user | portable | an absolute path
    team_server: str | None = None  # libpq URL; None: no team library, no network at all
    warnings: tuple[str, ...] = field(default=(), compare=False)


def parse(text: str, *, base_dir: Path | None = None) -> Defaults:
    """Defaults from the text of a defaults.ini; relative folders are taken from `base_dir`."""
    import configparser  # only when there is a file: most machines have none

    parser = configparser.ConfigParser(interpolation=None, inline_comment_prefixes=(";", "#"))
    warnings: list[str] = []
    try:
        parser.read_string(text)
    except configparser.Error as exc:
        return Defaults(warnings=(f"{FILENAME} ignored: {exc.message.splitlines()[0]}",))
    if not parser.has_section(SECTION):
        return Defaults(warnings=(f"{FILENAME} has no [{SECTION}] section",) if text.strip() else ())
    values = parser[SECTION]
    warnings += [f"unknown key {k!r}" for k in values if k not in KNOWN_KEYS]
    return Defaults(
        language=_language(values.get("language", ""), warnings),
        ask_author_name=_boolean(values.get("ask_author_name", ""), True, "ask_author_name",
                                 warnings),
        author_name=values.get("author_name", "").strip() or None,
        export_folder=_folder(values.get("export_folder", ""), base_dir),
        data_folder=_data_folder(values.get("data_folder", ""), base_dir, warnings),
        team_server=_server(values.get("team_server", ""), warnings),
        warnings=tuple(warnings),
    )


def load(folder: Path) -> Defaults:
    """Defaults from `folder/defaults.ini`; the built-in defaults when it is absent or unreadable."""
    path = folder / FILENAME
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return Defaults(warnings=(f"{path} ignored: larger than {MAX_FILE_BYTES} bytes",))
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return Defaults()
    except (OSError, UnicodeDecodeError) as exc:
        return Defaults(warnings=(f"{path} ignored: {exc}",))
    return parse(text, base_dir=folder)


def _language(value: str, warnings: list[str]) -> str | None:
    value = value.strip().lower()
    if value and value not in LANGUAGES:
        warnings.append(f"language {value!r} not one of {', '.join(LANGUAGES)}")
        return None
    return value or None


def _boolean(value: str, default: bool, key: str, warnings: list[str]) -> bool:
    value = value.strip().lower()
    if value in TRUE_WORDS:
        return True
    if value in FALSE_WORDS:
        return False
    if value:
        warnings.append(f"{key} {value!r} is not yes/no")
    return default


def _server(value: str, warnings: list[str]) -> str | None:
    value = value.strip()
    if value and not value.startswith(("postgresql://", "postgres://")):
        warnings.append(f"team_server {value[:60]!r} is not a postgresql:// address")
        return None
    return value or None


def _expand(value: str, base_dir: Path | None) -> Path:
    path = Path(os.path.expandvars(os.path.expanduser(value.strip())))
    return path if path.is_absolute() or base_dir is None else base_dir / path


def _folder(value: str, base_dir: Path | None) -> Path | None:
    return _expand(value, base_dir) if value.strip() else None


def _data_folder(value: str, base_dir: Path | None, warnings: list[str]) -> str:
    value = value.strip()
    if not value or value.lower() == DATA_PER_USER:
        return DATA_PER_USER
    if value.lower() == DATA_PORTABLE:
        return DATA_PORTABLE
    if base_dir is None and not Path(os.path.expanduser(value)).is_absolute():
        warnings.append(f"data_folder {value!r} is not an absolute folder")
        return DATA_PER_USER
    return str(_expand(value, base_dir))
