"""Settings: small JSON values by key (author, window layout, reading positions)."""

from __future__ import annotations

import json
from typing import Any

from desktop.core.models import Changes
from desktop.core.store.base import StoreBase


class SettingsQueries(StoreBase):
    def setting(self, key: str, default: Any = None) -> Any:
        """A setting's JSON value, or `default` when unset."""
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> Changes:
        self.conn.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, json.dumps(value, ensure_ascii=False)],
        )
        return Changes(settings=frozenset({key}))
