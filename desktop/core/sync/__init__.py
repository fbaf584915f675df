"""The team library: laptops keep their own SQLite file and sync with a PostgreSQL server that IT
runs. The server enforces who sees what (row-level security, one login role per user); this
package holds the server's schema (`schema.py`), its SQL (`server.py`), the connection and its
one-line error messages (`connect.py`) and the sync itself (`engine.py`).

psycopg is imported only here, and only when a server is configured: the app never opens a
network connection otherwise.
"""

from __future__ import annotations

from desktop.core.sync.errors import SyncError

__all__ = ["SyncError"]
