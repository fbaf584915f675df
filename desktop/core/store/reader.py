"""Reading article bodies on a background thread, beside the window's own store connection.

A background extraction of the whole library asks for every body. Reading them all on the
GUI thread before the job starts would hold up the first paint and keep every body of a large
library in memory at once. The job reads each one as it gets to it instead, through its own
connection, which never writes.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.core.store.base import BUSY_TIMEOUT_S


class BodyReader:
    """Bodies of articles by id, from one data file; open and use it on the same thread."""

    def __init__(self, path: str | Path):
        self.conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)
        self.conn.execute("PRAGMA query_only = ON")

    def body(self, article_id: str) -> str | None:
        """The article's text, or None when it has been deleted meanwhile."""
        row = self.conn.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        self.conn.close()
