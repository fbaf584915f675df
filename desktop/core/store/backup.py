"""Rotating daily copies of the database (SQLite's online backup) and restoring one of them.

A copy is taken with `sqlite3.Connection.backup` on a connection of its own, so it can run in a
background thread while the window keeps writing. The live file is checked before it is
copied, and the copy before older copies are rotated out, so a damaged, empty or emptied
library never pushes the good copies away. Restoring never
overwrites: the file it replaces is moved aside, next to it, under a dated name.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop.core.store.base import (  # noqa: F401 — the kinds are part of this module's words
    BUSY_TIMEOUT_S,
    CORRUPT,
    DISK_FULL,
    IO_ERROR,
    LOCKED,
    OTHER,
    READ_ONLY,
    StoreError,
    check_header,
    fault_kind,
    lenient_text,
    one_line,
)

BACKUP_FOLDER = "backups"
KEEP_BACKUPS = 7  # one a day: a week of history
BACKUP_PAGES_PER_STEP = 1024  # copy in steps, so writers in other connections are not held up
_NAME = re.compile(r"^(?P<stem>.+)-(?P<day>\d{4}-\d{2}-\d{2})\.sqlite3$")
_SIDE_FILES = ("-wal", "-shm")


@dataclass(frozen=True)
class Backup:
    path: Path
    day: date
    size: int


def backup_folder(db_path: Path) -> Path:
    return Path(db_path).parent / BACKUP_FOLDER


def list_backups(db_path: Path) -> list[Backup]:
    """The copies of a database, newest first."""
    folder = backup_folder(db_path)
    stem = Path(db_path).stem
    found = []
    for path in folder.glob(f"{stem}-*.sqlite3") if folder.is_dir() else ():
        match = _NAME.match(path.name)
        if not match or match["stem"] != stem:
            continue
        try:
            found.append(Backup(path, date.fromisoformat(match["day"]), path.stat().st_size))
        except (ValueError, OSError):
            continue
    return sorted(found, key=lambda b: b.day, reverse=True)


def is_sound(path: Path) -> bool:
    """True when a file is an SQLite database that passes its integrity check (SQLite calls an
    empty file a sound empty database: it is not one here)."""
    try:
        check_header(Path(path))
        conn = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True)
        conn.text_factory = lenient_text  # the report may quote damaged names
        try:
            return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except (sqlite3.DatabaseError, StoreError, OSError, UnicodeDecodeError):
        return False  # UnicodeDecodeError: SQLite's message quoting damaged bytes


def user_items(path: Path) -> int:
    """How many things the user made are in a database: highlights, own documents, own names."""
    conn = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True)
    try:
        return sum(conn.execute(sql).fetchone()[0] for sql in (
            "SELECT count(*) FROM annotations",
            "SELECT count(*) FROM articles WHERE origin != 'bundled'",
            "SELECT count(*) FROM entities WHERE origin = 'user'"))
    except sqlite3.DatabaseError:
        return 0
    finally:
        conn.close()


def copy_database(db_path: Path, dest: Path) -> Path:
    """A consistent copy of a live database (online backup), written whole or not at all."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    source = sqlite3.connect(str(db_path), timeout=BUSY_TIMEOUT_S)
    try:
        target = sqlite3.connect(str(partial))
        try:
            source.backup(target, pages=BACKUP_PAGES_PER_STEP)
        finally:
            target.close()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    os.replace(partial, dest)
    return dest


def daily_backup(db_path: Path, *, today: date | None = None, keep: int = KEEP_BACKUPS) -> Path | None:
    """Today's copy unless there is one already; keeps the newest `keep`. None when none made."""
    db_path = Path(db_path)
    day = today or date.today()
    if not db_path.exists() or any(b.day == day for b in list_backups(db_path)):
        return None
    # the live file is checked before anything is copied or rotated: a damaged or emptied
    # library must never push the good copies out
    if not is_sound(db_path):
        raise StoreError(f"the database {db_path} failed its integrity check; no backup taken",
                         kind=CORRUPT)
    older = list_backups(db_path)
    if older and user_items(db_path) == 0 and user_items(older[0].path) > 0:
        raise StoreError(f"the library {db_path} holds nothing of the user's any more and the "
                         f"backup of {older[0].day} does; no backup taken, the older ones kept")
    dest = backup_folder(db_path) / f"{db_path.stem}-{day.isoformat()}.sqlite3"
    copy_database(db_path, dest)
    if not is_sound(dest):  # the live file is damaged: keep the older, good copies
        dest.unlink(missing_ok=True)
        raise StoreError(f"the database {db_path} failed its integrity check; no backup taken")
    for old in list_backups(db_path)[keep:]:
        old.path.unlink(missing_ok=True)
    return dest


def restore_backup(backup: Path, db_path: Path, *, now: datetime | None = None) -> Path | None:
    """Put a copy back in place of the database; returns where the replaced file was kept."""
    backup, db_path = Path(backup), Path(db_path)
    if not is_sound(backup):
        raise StoreError(f"the backup {backup} is damaged too; nothing was changed")
    incoming = db_path.with_name(db_path.name + ".restoring")
    copy_database(backup, incoming)  # a full disk or read-only folder stops here, untouched
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    moved = False
    # the old file's journal goes with it: replayed onto the copy it would damage it
    for suffix in ("", *_SIDE_FILES):
        current = db_path.with_name(db_path.name + suffix)
        if current.exists():
            os.replace(current, aside.with_name(aside.name + suffix))
            moved = True
    os.replace(incoming, db_path)
    return aside if moved else None


def failure_kind(exc: BaseException | None) -> str:
    """Why opening or writing failed, from SQLite's or the system's error: CORRUPT, READ_ONLY…"""
    causes = []
    while exc is not None and exc not in causes:
        causes.append(exc)
        exc = exc.__cause__ or exc.__context__
    for cause in causes:
        kind = fault_kind(cause)
        if kind is not None and kind != OTHER:
            return kind
    text = " ".join(str(c) for c in causes).lower()
    if "disk is full" in text or "no space" in text:
        return DISK_FULL
    if "not a database" in text or "malformed" in text or "integrity" in text:
        return CORRUPT
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return READ_ONLY
    if "locked" in text or "busy" in text:
        return LOCKED
    return OTHER


def check_whole_file(db_path: Path) -> StoreError | None:
    """SQLite's quick_check of the whole file, read-only (~0.4–1 s for 10,000 articles)."""
    try:
        conn = sqlite3.connect(f"file:{Path(db_path).as_posix()}?mode=ro", uri=True)
        conn.text_factory = lenient_text  # the report may quote damaged names
        try:
            found = [r[0] for r in conn.execute("PRAGMA quick_check").fetchmany(3)]
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # a message quoting damage
        found = [str(exc)]
    if found == ["ok"]:
        return None
    return StoreError(f"the data file is damaged: {one_line(found)}", kind=CORRUPT)
