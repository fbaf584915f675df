"""Opening one user's database: WAL, foreign keys, busy timeout, schema steps, transactions;
and the helpers one query module lends the others, declared here for the type checker.

Faults of the file or the disk (damage, a full disk, another program's lock, a read-only
folder) come out of the store as one typed `StoreError` whose `kind` says which; a damaged
file is never written to again by this connection.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import time
import uuid
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.core.models import ArticleSummary, Changes

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
    "m008_team_library_changes",
    "m009_note_index",
    "m010_note_index_set_wise",
    "m011_outbox_order",
    "m012_team_requests_and_own_titles",
    "m013_kept_articles_and_settled_titles",
)
MIGRATION_SET = "chugiai"
# What only the user made and no download or extraction brings back: checked on every open
# (~0.2 ms on a library of 10,000 articles). The bulk (article texts, their index, extracted
# mentions) is checked whole before a command's first write, and in the background in the window.
OWN_TABLES = ("_sqlite_migrations", "annotations", "annotation_tags", "annotation_conflicts",
              "annotation_orphans", "exchange_base", "settings", "entities", "entity_aliases",
              "entity_rejections", "title_conflicts")
SQLITE_MAGIC = b"SQLite format 3\x00"

# Why the database could not be opened or written; the UI words its message after this.
CORRUPT, READ_ONLY, DISK_FULL, LOCKED, IO_ERROR, OTHER = (
    "corrupt", "read-only", "disk-full", "locked", "io-error", "other")
_KINDS = {sqlite3.SQLITE_CORRUPT: CORRUPT, sqlite3.SQLITE_NOTADB: CORRUPT,
          sqlite3.SQLITE_FULL: DISK_FULL, sqlite3.SQLITE_BUSY: LOCKED,
          sqlite3.SQLITE_LOCKED: LOCKED, sqlite3.SQLITE_READONLY: READ_ONLY,
          sqlite3.SQLITE_PERM: READ_ONLY, sqlite3.SQLITE_CANTOPEN: READ_ONLY,
          sqlite3.SQLITE_IOERR: IO_ERROR}
_REASONS = {
    CORRUPT: "the data file is damaged",
    DISK_FULL: "the disk is full",
    LOCKED: "another program is holding the data file",
    READ_ONLY: "the data file cannot be written",
    IO_ERROR: "the data file could not be read or written",
}


class StoreError(RuntimeError):
    """The database cannot be opened or written; the message is for the user, `kind` says why."""

    def __init__(self, message: str, *, kind: str = OTHER):
        super().__init__(message)
        self.kind = kind


def fault_kind(exc: BaseException) -> str | None:
    """Which fault of the file or the disk an SQLite error is, or None for a mistake of ours
    (a syntax error, a constraint) that must surface as it is."""
    if isinstance(exc, StoreError):
        return exc.kind
    if isinstance(exc, UnicodeDecodeError):  # SQLite's own message quoting damaged bytes
        return CORRUPT
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return DISK_FULL
        return READ_ONLY if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS) else IO_ERROR
    if not isinstance(exc, sqlite3.DatabaseError):
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _KINDS:
        return _KINDS[code & 0xFF]
    text = str(exc).lower()
    # "could not decode to UTF-8": text bytes damaged where SQLite's structure check cannot see
    if "malformed" in text or "not a database" in text or "could not decode" in text:
        return CORRUPT
    if "disk is full" in text:
        return DISK_FULL
    if "locked" in text:
        return LOCKED
    if "readonly" in text:
        return READ_ONLY
    return None


SCHEMA_MISMATCH = ("no such column", "no such table", "has no column named")


def schema_damage(exc: BaseException) -> StoreError | None:
    """A statement of ours refused for a table or column the file does not have: the file's
    schema text was damaged or written by something else. Only callers that run no schema probes
    of their own (the command line's last word) may take it for damage."""
    if isinstance(exc, sqlite3.OperationalError) and any(m in str(exc) for m in SCHEMA_MISMATCH):
        return StoreError(f"the data file's tables are not the ones Chú Giải wrote (damaged?): "
                          f"{one_line([exc])}", kind=CORRUPT)
    return None


def lenient_text(raw: bytes) -> str:
    """Text of a check's report: damaged bytes shown as U+FFFD, not an exception."""
    return raw.decode("utf-8", "replace")


def one_line(found) -> str:
    """SQLite's check messages (several lines each) as one line for the user."""
    return "; ".join(" ".join(str(item).split()) for item in found)


def store_error(exc: BaseException, *, doing: str = "") -> StoreError:
    """The one-line StoreError for a fault: what is wrong in plain words, then SQLite's own."""
    if isinstance(exc, StoreError):
        return exc
    kind = fault_kind(exc) or OTHER
    reason = _REASONS.get(kind, "the data file cannot be used")
    doing = f" ({doing})" if doing else ""
    return StoreError(f"{reason}{doing}: {one_line([exc])}", kind=kind)


class _Connection(sqlite3.Connection):
    """A connection whose faults come out as StoreError, and which stops writing once it has
    seen the file damaged (`PRAGMA query_only`)."""

    damaged = False
    before_first_write: Callable[[], None] | None = None  # a check before the first write

    def execute(self, sql, parameters=(), /):
        if self.before_first_write is not None and _writes(sql):
            check, self.before_first_write = self.before_first_write, None
            check()
        try:
            return super().execute(sql, parameters)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            raise self.fault(exc) from exc

    def executemany(self, sql, parameters, /):
        if self.before_first_write is not None:
            check, self.before_first_write = self.before_first_write, None
            check()
        try:
            return super().executemany(sql, parameters)
        except sqlite3.DatabaseError as exc:
            raise self.fault(exc) from exc

    def fault(self, exc: BaseException) -> BaseException:
        """The StoreError for a fault (marking the file damaged), else the error itself."""
        kind = fault_kind(exc)
        if kind is None:
            return exc
        if kind == CORRUPT:
            self.mark_damaged()
        elif self.damaged and kind == READ_ONLY:  # our own query_only refusing a write
            return StoreError(f"{_REASONS[CORRUPT]}: nothing more is written to it", kind=CORRUPT)
        return store_error(exc)

    def mark_damaged(self) -> None:
        if not self.damaged:
            self.damaged = True
            try:
                super().execute("PRAGMA query_only = ON")
            except sqlite3.Error:
                pass  # a connection that cannot even take a pragma writes nothing either


def _writes(sql: str) -> bool:
    return sql.lstrip()[:7].upper().startswith(("INSERT", "UPDATE", "DELETE", "REPLACE", "BEGIN"))


def _retry_while_locked(step, *, timeout: float = BUSY_TIMEOUT_S):
    """Run a step SQLite refuses with "locked" without calling its busy handler (switching the
    journal mode while another process creates the file), retrying until the busy timeout."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return step()
        except (sqlite3.OperationalError, StoreError) as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(LOCKED_RETRY_S)


def _connect(path: Path, timeout: float) -> _Connection:
    conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None, factory=_Connection)
    _retry_while_locked(lambda: conn.execute("PRAGMA journal_mode=WAL"), timeout=timeout)
    conn.execute("PRAGMA foreign_keys=ON")
    # NORMAL in WAL: a committed transaction survives the process being killed (tests/
    # test_reliability.py); only a power cut before the next checkpoint could lose it.
    conn.execute("PRAGMA synchronous=NORMAL")
    return conn


def _create_whole(path: Path) -> None:
    """A new database is built beside its place and linked in whole, so a data file of 0 bytes
    is never one of ours being created: it is damage (a crash, a sync tool), not a new library.
    Two first starts racing: the second link fails and that process opens the winner's file."""
    from desktop.core.store.migrations import migrate  # only for a new data folder

    partial = path.with_name(f".{path.name}.new-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    try:
        conn = _connect(partial, BUSY_TIMEOUT_S)
        try:
            migrate(conn)
        finally:
            conn.close()  # checkpoints the WAL into the file and removes it
        try:
            os.link(partial, path)
        except FileExistsError:
            pass  # another process made it first: use theirs
        except OSError:  # no hard links here (FAT, some network shares)
            if not path.exists():
                os.replace(partial, path)
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)


def check_header(path: Path) -> None:
    """Refuse a file that cannot be an SQLite database before SQLite reads it: empty, or not
    starting with SQLite's own header."""
    with open(path, "rb") as fh:
        head = fh.read(len(SQLITE_MAGIC))
    if not head:
        raise StoreError(f"{_REASONS[CORRUPT]}: {path} is empty (0 bytes); the library it held "
                         "is not in it", kind=CORRUPT)
    if head != SQLITE_MAGIC:
        raise StoreError(f"{_REASONS[CORRUPT]}: {path} is not an SQLite database", kind=CORRUPT)


class StoreBase(ABC):
    """One user's database file, opened with WAL, foreign keys and a busy timeout.

    The query modules (articles.py, search.py, …) each add methods to it; `Store` joins them.
    A query module calls only what it defines itself or what is declared here.

    `check_before_write`: check the whole file (`PRAGMA integrity_check`, 1.6 s for 10,000
    articles) before the first write of this connection — what a command line run does; the
    window checks in the background instead (ui/backup_job.py).
    """

    def __init__(self, path: str | Path, *, busy_timeout: float = BUSY_TIMEOUT_S,
                 check_before_write: bool = False):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if not self.path.exists():
                _create_whole(self.path)
            check_header(self.path)
            self.conn = _connect(self.path, busy_timeout)
            try:
                if self.pending_migrations():
                    self._migrate_locked()
                self.check(tables=OWN_TABLES)
                if check_before_write:
                    self.conn.before_first_write = lambda: self.check(full=True)
            except BaseException:
                self.conn.close()
                raise
        except (sqlite3.DatabaseError, OSError, StoreError) as exc:
            error = store_error(exc)
            raise StoreError(f"cannot open database {self.path}: {error}",
                             kind=error.kind) from exc

    def _migrate_locked(self) -> None:
        """Schema steps under one write lock, so two first starts on a folder don't both apply them."""
        from desktop.core.store.migrations import migrate  # sqlite-utils: only to apply a step

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

    def check(self, *, tables: tuple[str, ...] | None = None, full: bool = False) -> None:
        """SQLite's quick_check of some tables (None: the whole file), or with `full` its
        integrity_check (also indexes against their tables); StoreError when damaged."""
        existing = {r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        targets = [None] if tables is None else [t for t in tables if t in existing]
        for table in targets:
            check = "integrity_check" if full else "quick_check"
            pragma = f"PRAGMA {check}" if table is None else f'PRAGMA {check}("{table}")'
            factory = self.conn.text_factory
            self.conn.text_factory = lenient_text  # SQLite's report may quote damaged names
            try:
                found = [r[0] for r in self.conn.execute(pragma).fetchmany(3)]
            except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
                raise self.conn.fault(exc) from exc
            finally:
                self.conn.text_factory = factory
            if found != ["ok"]:
                self.conn.mark_damaged()
                raise StoreError(f"{_REASONS[CORRUPT]}: {one_line(found)}", kind=CORRUPT)

    @property
    def damaged(self) -> bool:
        """True once this connection has seen the file damaged: it writes nothing more."""
        return self.conn.damaged

    def fault(self, exc: BaseException) -> BaseException:
        """A read that failed while rows were fetched, as the StoreError it is (or as it was)."""
        return self.conn.fault(exc)

    def set_busy_timeout(self, seconds: float) -> None:
        """How long a write waits for another program's lock before it is refused."""
        self.conn.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")

    @contextmanager
    def _atomic(self) -> Iterator[sqlite3.Connection]:
        """One transaction: all of it is written, or none of it."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            # SQLite has already rolled back after some faults (a full disk): rolling back
            # again would fail and hide the cause
            if self.conn.in_transaction:
                try:
                    self.conn.execute("ROLLBACK")
                except (sqlite3.Error, StoreError):
                    pass  # the error that brought us here is the one to report
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                with suppress(sqlite3.Error, StoreError):
                    self.conn.execute("ROLLBACK")
            raise

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
    def _dependents(self, table: str, where: str, params: list, depth: int = 0) -> list:
        """(table, where, params) of every row hanging off the selected rows (articles.py)."""

    @abstractmethod
    def _reindex_notes(self, article_id: str) -> None:
        """Refresh an article's notes in the full-text index (annotations.py)."""

    @abstractmethod
    def _insert_notes(self, rows: list[tuple[str, str, str]]) -> None:
        """Add (annotation id, article id, folded note) rows to the note index (annotations.py)."""

    @abstractmethod
    def _apply_marks(self, article_id: str, body: str, *, entity_id: int | None = None) -> bool:
        """Mention in one article the spellings marked by hand, or by the team (entities.py)."""

    @abstractmethod
    def setting(self, key: str, default: Any = None) -> Any:
        """A setting's JSON value, or `default` when unset (settings.py)."""

    @abstractmethod
    def set_setting(self, key: str, value: Any) -> Changes:
        """Store a setting's JSON value, inside the caller's transaction if any (settings.py)."""

    @abstractmethod
    def entity_decisions(self) -> dict[str, tuple[str, str, list[str], bool]]:
        """The user's own decisions on people and organizations, by "KIND:name" (sync.py)."""

    def close(self) -> None:
        self.conn.close()

    def reopen(self) -> None:
        """Open the file at this path again, in place (a backup was restored there)."""
        with suppress(sqlite3.Error):
            self.conn.close()
        StoreBase.__init__(self, self.path)

    def integrity_ok(self) -> bool:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    def applied_migrations(self) -> list[str]:
        return [row[0] for row in self.conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
            [MIGRATION_SET])]
