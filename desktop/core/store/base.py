"""Opening one user's database: WAL, foreign keys, busy timeout, schema steps, transactions;
and the helpers one query module lends the others, declared here for the type checker."""

from __future__ import annotations

import sqlite3
import time
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.models import ArticleSummary

BUSY_TIMEOUT_S = 10.0
LOCKED_RETRY_S = 0.02
# Names of the schema steps in desktop/core/store/migrations.py, so that opening an up-to-date
# database does not import sqlite-utils (~200 ms of start-up). A test keeps the two in step.
MIGRATION_NAMES = (
    "m001_initial",
    "m002_entity_decisions",
    "m003_exchange",
    "m004_library_order",
    "m005_deletion_markers",
    "m006_entity_decided",
    "m007_team_sync",
)
MIGRATION_SET = "chugiai"


class StoreError(RuntimeError):
    """The database cannot be opened or written; the message is for the user."""


def _retry_while_locked(step, *, timeout: float = BUSY_TIMEOUT_S):
    """Run a step SQLite refuses with "locked" without calling its busy handler (switching the
    journal mode while another process creates the file), retrying until the busy timeout."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return step()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(LOCKED_RETRY_S)


class StoreBase(ABC):
    """One user's database file, opened with WAL, foreign keys and a busy timeout.

    The query modules (articles.py, search.py, …) each add methods to it; `Store` joins them.
    A query module calls only what it defines itself or what is declared here.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_S,
                                        isolation_level=None)
            _retry_while_locked(lambda: self.conn.execute("PRAGMA journal_mode=WAL"))
            self.conn.execute("PRAGMA foreign_keys=ON")
            # NORMAL in WAL: a committed transaction survives the process being killed (tests/
            # test_reliability.py); only a power cut before the next checkpoint could lose it.
            self.conn.execute("PRAGMA synchronous=NORMAL")
            if self.pending_migrations():
                self._migrate_locked()
        except (sqlite3.DatabaseError, OSError) as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc

    def _migrate_locked(self) -> None:
        """Schema steps under one write lock, so two first starts on a folder don't both apply them."""
        from desktop.core.store.migrations import migrate

        with self._atomic():
            if self.pending_migrations():
                migrate(self.conn)

    def pending_migrations(self) -> list[str]:
        """Schema steps this database has not had yet."""
        try:
            rows = self.conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])
            applied = {row[0] for row in rows}
        except sqlite3.OperationalError:  # no migrations table: a new database
            applied = set()
        return [name for name in MIGRATION_NAMES if name not in applied]

    @contextmanager
    def _atomic(self) -> Iterator[sqlite3.Connection]:
        """One transaction: all of it is written, or none of it."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _inserted(self, sql: str, params: list) -> int:
        """Run an INSERT of one row and return the new row's id."""
        rowid = self.conn.execute(sql, params).lastrowid
        if rowid is None:  # SQLite sets it after every INSERT; None would be a wrong statement
            raise StoreError(f"no row inserted by {sql.split('(')[0]!r}")
        return rowid

    # -- lent by one query module to the others (defined in the module named) --------------

    @abstractmethod
    def _summaries(self, where: str, params: list) -> list[ArticleSummary]:
        """The library rows matching a WHERE clause, in library order (articles.py)."""

    @abstractmethod
    def _reindex_notes(self, article_id: str) -> None:
        """Refresh an article's notes in the full-text index (annotations.py)."""

    def close(self) -> None:
        self.conn.close()

    def integrity_ok(self) -> bool:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    def applied_migrations(self) -> list[str]:
        return [row[0] for row in self.conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
            [MIGRATION_SET])]
