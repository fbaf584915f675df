"""Today's backup of the database, taken in a thread of its own once the window is up."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QTimer

from desktop.core.store import StoreError

BACKUP_DELAY_MS = 3000  # well after the first paint and the first background jobs have started

def schedule_daily_backup(db_path: Path, *, delay_ms: int = BACKUP_DELAY_MS) -> None:
    """At most one copy a day, off the start-up path; failures are logged, never shown."""
    QTimer.singleShot(delay_ms, lambda: start_daily_backup(db_path))


def start_daily_backup(db_path: Path) -> threading.Thread:
    """Copy in a thread with its own connection (the GUI thread's connection stays free)."""
    thread = threading.Thread(target=_take, args=(Path(db_path),), name="daily-backup")
    thread.start()
    return thread


def _take(db_path: Path) -> None:
    import logging

    from desktop.core.store.backup import daily_backup  # not on the start-up path

    log = logging.getLogger("chugiai")
    try:
        made = daily_backup(db_path)
    except (StoreError, OSError, sqlite3.Error) as exc:
        log.warning("no backup today: %s", exc)
        return
    if made:
        log.info("backup written: %s", made)
