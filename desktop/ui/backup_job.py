"""The whole data file checked, then today's backup taken, in a thread of its own once the
window is up."""

from __future__ import annotations

import logging
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


def _take(db_path: Path, on_damage: Callable[[StoreError], None] | None = None) -> None:
    from desktop.core.store.backup import check_whole_file, daily_backup  # not at start-up

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
