"""The only package with SQL: schema, migrations, queries and full-text index of one user's data.

One module per concern; `Store` joins them. Every mutation commits at once and returns a
`Changes` value saying what it touched. A module calls only its own methods and those
`StoreBase` declares (base.py), so the type checker sees every call between modules.

sqlite-utils builds the schema (migrations.py: tables, indexes, foreign keys) and nothing
else: queries, upserts and the full-text index use Python's own sqlite3. Importing
sqlite-utils costs 135–150 ms (`python -X importtime`), which the window's start would pay
on every launch; the migrations import it only when a database needs a schema step. The
upserts run inside the store's own transactions (`_atomic`) with SQLite's ON CONFLICT. The
FTS5 table holds text folded in Python (đ→d, marks removed), not a copy of the articles'
columns, so sqlite-utils' `enable_fts` (an index over a table's own columns, kept by
triggers) does not fit it.
"""

from __future__ import annotations

from desktop.core.store.annotations import AnnotationQueries
from desktop.core.store.articles import ArticleQueries
from desktop.core.store.base import (
    MIGRATION_NAMES,
    MIGRATION_SET,
    StoreBase,
    StoreError,
)
from desktop.core.store.entities import EntityQueries
from desktop.core.store.exchange import ExchangeBatch, StaleSnapshot
from desktop.core.store.search import SearchQueries
from desktop.core.store.settings import SettingsQueries
from desktop.core.store.sync import (
    OutboxPlace,
    PulledBatch,
    SharedAnnotation,
    SyncQueries,
    SyncState,
    TitleConflict,
)

__all__ = ["MIGRATION_NAMES", "MIGRATION_SET", "ExchangeBatch", "OutboxPlace", "PulledBatch",
           "SharedAnnotation", "StaleSnapshot", "Store", "StoreError", "SyncState",
           "TitleConflict"]


class Store(SettingsQueries, ArticleQueries, SearchQueries, AnnotationQueries, EntityQueries,
            SyncQueries,
            StoreBase):
    """One user's database file."""
