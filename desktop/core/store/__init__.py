"""The only package with SQL: schema, migrations, queries and full-text index of one user's data.

One module per concern; `Store` joins them. Every mutation commits at once and returns a
`Changes` value saying what it touched.
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
from desktop.core.store.sync import PulledBatch, SharedAnnotation, SyncQueries, SyncState

__all__ = ["MIGRATION_NAMES", "MIGRATION_SET", "ExchangeBatch", "PulledBatch", "SharedAnnotation",
           "StaleSnapshot", "Store", "StoreError", "SyncState"]


class Store(SettingsQueries, ArticleQueries, SearchQueries, AnnotationQueries, EntityQueries,
            SyncQueries,
            StoreBase):
    """One user's database file."""
