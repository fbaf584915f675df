"""The whole data file checked, then today's backup taken, in a thread of its own once the
window is up."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer

from desktop.core.store import StoreError

BACKUP_DELAY_MS = 3000  # well after the first paint and the first background jobs have started


def schedule_daily_backup(db_path: Path, *, delay_ms: int = BACKUP_DELAY_MS,
                          on_damage: Callable[[StoreError], None] | None = None) -> None:
    """At most one copy a day, off the start-up path; failures are logged, never shown — except
    damage found by the check of the whole file, which `on_damage` is told (from the thread:
    give it a Qt signal's emit)."""
    QTimer.singleShot(delay_ms, lambda: start_daily_backup(db_path, on_damage=on_damage))


def start_daily_backup(db_path: Path, *,
                       on_damage: Callable[[StoreError], None] | None = None) -> threading.Thread:
    """Check and copy in a thread with its own connection (the GUI thread's stays free)."""
    thread = threading.Thread(target=_take, args=(Path(db_path), on_damage), name="daily-backup")
    thread.start()
    return thread


def check_whole_file(db_path: Path) -> StoreError | None:
    """SQLite's quick_check of the whole file, read-only (~0.4–1 s for 10,000 articles)."""
    from desktop.core.store.base import CORRUPT, lenient_text, one_line

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


def _take(db_path: Path, on_damage: Callable[[StoreError], None] | None = None) -> None:
    import logging

    from desktop.core.store.backup import daily_backup  # not on the start-up path

    log = logging.getLogger("chugiai")
    damage = check_whole_file(db_path)
    if damage is not None:
        log.warning("no backup today: %s", damage)
        if on_damage is not None:
            on_damage(damage)
        return
    try:
        made = daily_backup(db_path)
    except (StoreError, OSError, sqlite3.Error) as exc:
        log.warning("no backup today: %s", exc)
        return
    if made:
        log.info("backup written: %s", made)
