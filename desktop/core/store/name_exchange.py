"""The user's decisions on people and organizations as they travel in bundles.

A decision is carried as the state it left (`NameRecord`): the entity's name, the spellings the
user gave it (rename, merge, split, mark), whether it is "not a name" everywhere or in some
articles, the mentions marked by hand, and when it was last decided (`entities.decided_at`,
stamped by triggers). The merge rules are in `desktop/core/exchange/merge.py`; applying a record
here makes the local library say the same, inside the import's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.models import NameRecord
from desktop.core.store.base import StoreBase
from desktop.core.vietnamese import entity_key


class NameExchangeQueries(StoreBase):
    def name_records(self, article_ids: Iterable[str]) -> list[NameRecord]:
        """The decided entities that these articles mention (or reject), as records to share."""
        ids = list(dict.fromkeys(article_ids))
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self.conn.execute(
            "SELECT id, kind, name, hidden, decided_at FROM entities WHERE decided_at IS NOT NULL "
            f"AND (id IN (SELECT entity_id FROM mentions WHERE article_id IN ({marks})) "
            f"OR id IN (SELECT entity_id FROM entity_rejections WHERE article_id IN ({marks}))) "
            "ORDER BY kind, key", ids + ids).fetchall()
        return [self._record(row, ids) for row in rows]

    def _record(self, row, article_ids: list[str]) -> NameRecord:
        entity_id, kind, name, hidden, decided = row
        marks = ",".join("?" * len(article_ids))
        aliases = tuple(r[0] for r in self.conn.execute(
            "SELECT alias FROM entity_aliases WHERE entity_id = ? AND origin = 'user' "
            "ORDER BY key", [entity_id]))
        rejected = tuple(r[0] for r in self.conn.execute(
            f"SELECT article_id FROM entity_rejections WHERE entity_id = ? AND article_id IN "
            f"({marks}) ORDER BY article_id", [entity_id, *article_ids]))
        marked = tuple(self.conn.execute(
            f"SELECT article_id, start, end FROM mentions WHERE entity_id = ? AND origin = 'user' "
            f"AND rejected = 0 AND article_id IN ({marks}) ORDER BY article_id, start, end",
            [entity_id, *article_ids]).fetchall())
        return NameRecord(kind=kind, name=name, aliases=aliases, hidden=bool(hidden),
                          rejected_in=rejected, marked=marked, decided=decided)

    def local_name_record(self, record: NameRecord) -> tuple[int, NameRecord] | None:
        """The local entity a record speaks of (by its name, then by its spellings) as a record
        over the record's articles, or None. Its `decided` is "" when the user never decided."""
        entity_id = self._entity_named(record.kind, (record.name, *record.aliases))
        if entity_id is None:
            return None
        row = self.conn.execute("SELECT id, kind, name, hidden, coalesce(decided_at, '') "
                                "FROM entities WHERE id = ?", [entity_id]).fetchone()
        articles = sorted({*record.rejected_in, *(m[0] for m in record.marked)}) or [""]
        return entity_id, self._record(row, articles)

    def _entity_named(self, kind: str, spellings: Iterable[str]) -> int | None:
        """The entity that one of these spellings names: by its name first, then by an alias
        that can identify one entity ("Hùng" alone cannot: it may be split off to its own)."""
        keys = [k for k in (entity_key(s) for s in spellings) if k]
        for key in keys:
            row = self.conn.execute("SELECT id FROM entities WHERE kind = ? AND key = ?",
                                    [kind, key]).fetchone()
            if row:
                return row[0]
        for key in keys:
            if kind == "PER" and " " not in key:
                continue
            row = self.conn.execute(
                "SELECT a.entity_id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
                "WHERE e.kind = ? AND a.key = ? ORDER BY a.origin = 'user' DESC, e.id LIMIT 1",
                [kind, key]).fetchone()
            if row:
                return row[0]
        return None

    def _apply_name_records(self, records: Iterable[NameRecord]) -> set[str]:
        """Make the library say what each record says; inside the caller's transaction.
        Returns the ids of the articles whose people and organizations changed."""
        touched: set[str] = set()
        for record in records:
            touched |= self._apply_name_record(record)
        return touched

    def _apply_name_record(self, record: NameRecord) -> set[str]:
        kind, key = record.kind, entity_key(record.name)
        entity_id = self._entity_named(kind, (record.name, *record.aliases))
        if entity_id is None:
            entity_id = self._inserted(
                "INSERT INTO entities(kind, name, key, origin, hidden) VALUES (?, ?, ?, 'user', ?)",
                [kind, record.name, key, int(record.hidden)])
        touched = self._take_spellings(entity_id, kind, (record.name, *record.aliases))
        self.conn.execute("UPDATE entities SET name = ?, key = ?, origin = 'user', hidden = ? "
                          "WHERE id = ?", [record.name, key, int(record.hidden), entity_id])
        for spelling in (record.name, *record.aliases):
            spelling_key = entity_key(spelling)
            if spelling_key:
                self.conn.execute(
                    "INSERT INTO entity_aliases(entity_id, alias, key, origin) "
                    "VALUES (?, ?, ?, 'user') ON CONFLICT(entity_id, key) DO UPDATE SET "
                    "origin = 'user'", [entity_id, spelling, spelling_key])
        local = {r[0]: r[1] for r in self.conn.execute(
            f"SELECT id, body FROM articles WHERE id IN "
            f"({','.join('?' * len(record.articles))})", list(record.articles))}
        for article_id in record.rejected_in:
            if article_id in local:
                self.conn.execute("INSERT OR IGNORE INTO entity_rejections(article_id, entity_id) "
                                  "VALUES (?, ?)", [article_id, entity_id])
                touched.add(article_id)
        for article_id, start, end in record.marked:
            body = local.get(article_id)
            if body is not None and 0 <= start < end <= len(body):
                self.conn.execute(
                    "INSERT INTO mentions(article_id, entity_id, start, end, origin, rejected) "
                    "VALUES (?, ?, ?, ?, 'user', 0) ON CONFLICT(article_id, entity_id, start, end) "
                    "DO UPDATE SET origin = 'user', rejected = 0",
                    [article_id, entity_id, start, end])
                touched.add(article_id)
        self.conn.execute("UPDATE entities SET decided_at = ? WHERE id = ?",
                          [record.decided, entity_id])
        touched |= {r[0] for r in self.conn.execute(
            "SELECT DISTINCT article_id FROM mentions WHERE entity_id = ?", [entity_id])}
        return touched

    def _take_spellings(self, entity_id: int, kind: str, spellings: Iterable[str]) -> set[str]:
        """Every spelling given now names `entity_id`: another entity of that name is merged
        into it (the exporter merged them), another entity's alias of it is split off to it
        with its mentions (the exporter split it)."""
        touched: set[str] = set()
        for spelling in spellings:
            key = entity_key(spelling)
            if not key:
                continue
            for (other,) in self.conn.execute(
                    "SELECT id FROM entities WHERE kind = ? AND key = ? AND id != ?",
                    [kind, key, entity_id]).fetchall():
                touched |= {r[0] for r in self.conn.execute(
                    "SELECT DISTINCT article_id FROM mentions WHERE entity_id = ?", [other])}
                for table in ("mentions", "entity_rejections"):
                    self.conn.execute(f"UPDATE OR IGNORE {table} SET entity_id = ? "
                                      "WHERE entity_id = ?", [entity_id, other])
                    self.conn.execute(f"DELETE FROM {table} WHERE entity_id = ?", [other])
                self.conn.execute("UPDATE OR IGNORE entity_aliases SET entity_id = ? "
                                  "WHERE entity_id = ?", [entity_id, other])
                self.conn.execute("DELETE FROM entity_aliases WHERE entity_id = ?", [other])
                self.conn.execute("DELETE FROM entities WHERE id = ?", [other])
            for (other,) in self.conn.execute(
                    "SELECT a.entity_id FROM entity_aliases a JOIN entities e ON e.id = "
                    "a.entity_id WHERE e.kind = ? AND a.key = ? AND a.entity_id != ?",
                    [kind, key, entity_id]).fetchall():
                self.conn.execute("DELETE FROM entity_aliases WHERE entity_id = ? AND key = ?",
                                  [other, key])
                for article_id, start, end, body in self.conn.execute(
                        "SELECT m.article_id, m.start, m.end, a.body FROM mentions m "
                        "JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ?",
                        [other]).fetchall():
                    if entity_key(body[start:end]) == key:
                        self.conn.execute(
                            "UPDATE OR IGNORE mentions SET entity_id = ? WHERE article_id = ? "
                            "AND entity_id = ? AND start = ? AND end = ?",
                            [entity_id, article_id, other, start, end])
                        touched.add(article_id)
        return touched
