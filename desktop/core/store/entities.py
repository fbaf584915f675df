"""People and organizations: entities, their aliases, mentions, and the extraction cache."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.models import Changes, EntitySummary, ExtractedEntity, utc_now
from desktop.core.store.base import StoreBase
from desktop.core.vietnamese import entity_key, fold


class EntityQueries(StoreBase):
    def extractor_version(self, article_id: str) -> str | None:
        """Version of the extractor whose results are cached for this article, if any."""
        row = self.conn.execute(
            "SELECT extractor_version FROM extractions WHERE article_id = ?", [article_id]
        ).fetchone()
        return row[0] if row else None

    def _entity_for(self, kind: str, name: str, aliases: Iterable[str]) -> int:
        """The entity that one of these spellings already names, or a new one."""
        keys = [entity_key(n) for n in (name, *aliases) if entity_key(n)]
        for key in keys:
            row = self.conn.execute(
                "SELECT e.id FROM entities e LEFT JOIN entity_aliases a ON a.entity_id = e.id "
                "WHERE e.kind = ? AND (e.key = ? OR a.key = ?) LIMIT 1", [kind, key, key]
            ).fetchone()
            if row:
                return row[0]
        cur = self.conn.execute(
            "INSERT INTO entities(kind, name, key, origin, hidden) VALUES (?, ?, ?, 'auto', 0)",
            [kind, name, keys[0]],
        )
        return cur.lastrowid

    def save_extraction(self, article_id: str, version: str,
                        found: Iterable[ExtractedEntity]) -> Changes:
        """Replace an article's automatic mentions; rejected and user-made mentions stay."""
        with self._atomic():
            self.conn.execute(
                "DELETE FROM mentions WHERE article_id = ? AND origin = 'auto' AND rejected = 0",
                [article_id])
            for ent in found:
                entity_id = self._entity_for(ent.kind, ent.name, ent.aliases)
                for alias in (ent.name, *ent.aliases):
                    self.conn.execute(
                        "INSERT OR IGNORE INTO entity_aliases(entity_id, alias, key) VALUES (?,?,?)",
                        [entity_id, alias, entity_key(alias)])
                for start, end in ent.mentions:
                    self.conn.execute(
                        "INSERT OR IGNORE INTO mentions(article_id, entity_id, start, end, origin,"
                        " rejected) VALUES (?, ?, ?, ?, 'auto', 0)",
                        [article_id, entity_id, start, end])
            self.conn.execute(
                "INSERT OR REPLACE INTO extractions(article_id, extractor_version, extracted_at) "
                "VALUES (?, ?, ?)", [article_id, version, utc_now()])
        return Changes(entities=frozenset({article_id}))

    def article_entities(self, article_id: str) -> list[EntitySummary]:
        """People and organizations of one article with their mentions, most mentioned first."""
        rows = self.conn.execute(
            "SELECT e.id, e.kind, e.name, m.start, m.end FROM mentions m "
            "JOIN entities e ON e.id = m.entity_id "
            "WHERE m.article_id = ? AND m.rejected = 0 AND e.hidden = 0 ORDER BY m.start",
            [article_id],
        ).fetchall()
        grouped: dict[int, tuple[str, str, list[tuple[int, int]]]] = {}
        for entity_id, kind, name, start, end in rows:
            grouped.setdefault(entity_id, (kind, name, []))[2].append((start, end))
        summaries = [EntitySummary(id=i, kind=k, name=n, mention_count=len(m), mentions=tuple(m))
                     for i, (k, n, m) in grouped.items()]
        summaries.sort(key=lambda s: (s.kind != "PER", -s.mention_count, fold(s.name), s.name))
        return summaries
