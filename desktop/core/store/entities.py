"""People and organizations: entities, aliases, mentions, the extraction cache and user decisions.

The user has the last word: a spelling the user put on an entity (mark, rename, merge, split) is
an alias with origin 'user', and every saved extraction resolves that spelling to that entity;
an entity rejected everywhere is `hidden`, one rejected in an article is in `entity_rejections`;
texts marked by hand are searched for in every article whose extraction is saved. A team's list
(name_exchange.py) is the same with origin 'team', under the user's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.core.models import (
    KINDS,
    Changes,
    EntityIndexEntry,
    EntitySummary,
    ExtractedEntity,
    utc_now,
)
from desktop.core.store.articles import LIBRARY_ORDER
from desktop.core.store.base import StoreBase
from desktop.core.vietnamese import entity_key, fold, nfc, sort_key

# A name longer than this is a selection slip, not a name (longest real ones are ~90 characters).
NAME_MAX_CHARS = 150


class EntityError(ValueError):
    """A decision on entities that cannot be carried out; the message is for the user."""


def _strong(kind: str, key: str) -> bool:
    """Can this spelling identify an entity across articles? "Hùng" alone cannot (many Hùngs)."""
    return kind != "PER" or " " in key


def _clean_name(name: str) -> str:
    """A user-typed or selected name, checked; raises EntityError with the reason."""
    text = " ".join(nfc(name or "").split())
    if not any(c.isalpha() for c in text):
        raise EntityError("A name needs at least one letter.")
    if len(text) > NAME_MAX_CHARS:
        raise EntityError(f"A name can be at most {NAME_MAX_CHARS} characters long.")
    return text


def _occurrences(body: str, alias: str) -> list[tuple[int, int]]:
    """Whole-word, case-insensitive occurrences of a spelling in a body."""
    pattern = r"(?<!\w)" + re.escape(alias) + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, body, re.IGNORECASE)]


def _inside_another(start: int, end: int, entity_id: int,
                    spans: list[tuple[int, int, int]]) -> bool:
    """Is start..end strictly inside a longer mention of another entity (a whole mention only)?"""
    return any(s <= start and end <= e and (s, e) != (start, end) and other != entity_id
               for s, e, other in spans)


class EntityQueries(StoreBase):
    # -- reading ----------------------------------------------------------------------------

    def extractor_version(self, article_id: str) -> str | None:
        """Version of the extractor whose results are cached for this article, if any."""
        row = self.conn.execute(
            "SELECT extractor_version FROM extractions WHERE article_id = ?", [article_id]
        ).fetchone()
        return row[0] if row else None

    def articles_needing_extraction(self, version: str) -> list[str]:
        """Ids of articles with no cached people/organizations from this extractor version."""
        return [row[0] for row in self.conn.execute(
            "SELECT a.id FROM articles a LEFT JOIN extractions x ON x.article_id = a.id "
            "WHERE x.extractor_version IS NULL OR x.extractor_version != ? "
            f"ORDER BY {LIBRARY_ORDER}", [version])]

    def article_entities(self, article_id: str) -> list[EntitySummary]:
        """People and organizations of one article with their mentions, most mentioned first."""
        rows = self.conn.execute(
            "SELECT e.id, e.kind, e.name, m.start, m.end FROM mentions m "
            "JOIN entities e ON e.id = m.entity_id "
            "WHERE m.article_id = ? AND m.rejected = 0 AND e.hidden = 0 AND NOT EXISTS ("
            " SELECT 1 FROM entity_rejections r WHERE r.article_id = m.article_id"
            " AND r.entity_id = e.id) ORDER BY m.start",
            [article_id],
        ).fetchall()
        grouped: dict[int, tuple[str, str, list[tuple[int, int]]]] = {}
        for entity_id, kind, name, start, end in rows:
            grouped.setdefault(entity_id, (kind, name, []))[2].append((start, end))
        summaries = [EntitySummary(id=i, kind=k, name=n, mention_count=len(m), mentions=tuple(m))
                     for i, (k, n, m) in grouped.items()]
        summaries.sort(key=lambda s: (s.kind != "PER", -s.mention_count, fold(s.name), s.name))
        return summaries

    def entity(self, entity_id: int) -> EntityIndexEntry | None:
        """One entity (hidden or not) with the number of articles that show it."""
        row = self.conn.execute(
            "SELECT id, kind, name, origin FROM entities WHERE id = ?", [entity_id]).fetchone()
        if row is None:
            return None
        return EntityIndexEntry(row[0], row[1], row[2], len(self.entity_articles(row[0])), row[3])

    def entity_index(self, kind: str | None = None) -> list[EntityIndexEntry]:
        """Every visible person and organization of the library, in Vietnamese alphabetical order."""
        rows = self.conn.execute(
            "SELECT e.id, e.kind, e.name, count(DISTINCT m.article_id), e.origin FROM entities e "
            "JOIN mentions m ON m.entity_id = e.id AND m.rejected = 0 "
            "LEFT JOIN entity_rejections r ON r.article_id = m.article_id AND r.entity_id = e.id "
            "WHERE e.hidden = 0 AND r.entity_id IS NULL AND (? IS NULL OR e.kind = ?) "
            "GROUP BY e.id", [kind, kind]).fetchall()
        entries = [EntityIndexEntry(*row) for row in rows]
        entries.sort(key=lambda e: (KINDS.index(e.kind), sort_key(e.name)))
        return entries

    def hidden_entities(self) -> list[EntityIndexEntry]:
        """The names rejected in every article (or hidden by a mark of the other kind), with the
        number of articles that mention them: what "show again" can bring back."""
        rows = self.conn.execute(
            "SELECT e.id, e.kind, e.name, count(DISTINCT m.article_id), e.origin FROM entities e "
            "LEFT JOIN mentions m ON m.entity_id = e.id AND m.rejected = 0 "
            "WHERE e.hidden = 1 GROUP BY e.id").fetchall()
        entries = [EntityIndexEntry(*row) for row in rows]
        entries.sort(key=lambda e: (KINDS.index(e.kind), sort_key(e.name)))
        return entries

    def entity_articles(self, entity_id: int) -> list[tuple[str, str, int]]:
        """(article id, title, mention count) of the articles that show an entity, by title."""
        rows = self.conn.execute(
            "SELECT a.id, a.title, count(*) FROM mentions m JOIN articles a ON a.id = m.article_id "
            "WHERE m.entity_id = ? AND m.rejected = 0 AND NOT EXISTS ("
            " SELECT 1 FROM entity_rejections r WHERE r.article_id = m.article_id"
            " AND r.entity_id = m.entity_id) GROUP BY a.id", [entity_id]).fetchall()
        return sorted(rows, key=lambda r: sort_key(r[1]))

    def entity_aliases(self, entity_id: int) -> list[str]:
        """The other spellings of an entity (not its name), alphabetically."""
        row = self.conn.execute("SELECT key FROM entities WHERE id = ?", [entity_id]).fetchone()
        if row is None:
            return []
        aliases = [r[0] for r in self.conn.execute(
            "SELECT alias FROM entity_aliases WHERE entity_id = ? AND key != ?",
            [entity_id, row[0]])]
        return sorted(aliases, key=sort_key)

    # -- lookups used by the mutations ---------------------------------------------------------

    def _row(self, entity_id: int) -> tuple[int, str, str, str]:
        row = self.conn.execute("SELECT id, kind, name, key FROM entities WHERE id = ?",
                                [entity_id]).fetchone()
        if row is None:
            raise EntityError("This person or organization no longer exists.")
        return row

    def _user_owner(self, kind: str, key: str) -> int | None:
        """The entity the user gave this spelling to, if any; else the one the team's list
        gave it to (the user's decisions over the team's)."""
        row = self.conn.execute(
            "SELECT a.entity_id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
            "WHERE e.kind = ? AND a.key = ? AND a.origin IN ('user', 'team') "
            "ORDER BY a.origin = 'user' DESC, a.rowid LIMIT 1", [kind, key]).fetchone()
        return row[0] if row else None

    def _find(self, kind: str, key: str) -> int | None:
        """The entity this spelling names: the user's choice first, then name, then alias."""
        owner = self._user_owner(kind, key)
        if owner is not None:
            return owner
        row = self.conn.execute("SELECT id FROM entities WHERE kind = ? AND key = ?",
                                [kind, key]).fetchone()
        if row:
            return row[0]
        if not _strong(kind, key):
            return None
        row = self.conn.execute(
            "SELECT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
            "WHERE e.kind = ? AND a.key = ? ORDER BY e.id LIMIT 1", [kind, key]).fetchone()
        return row[0] if row else None

    def _entity_for(self, kind: str, name: str, aliases: Iterable[str]) -> int:
        """The entity that one of these spellings already names, or a new one."""
        keys = [entity_key(n) for n in (name, *aliases) if entity_key(n)]
        for key in keys:
            found = self._find(kind, key)
            if found is not None:
                return found
        return self._inserted(
            "INSERT INTO entities(kind, name, key, origin, hidden) VALUES (?, ?, ?, 'auto', 0)",
            [kind, name, keys[0]],
        )

    def _add_alias(self, entity_id: int, alias: str, *, user: bool) -> None:
        key = entity_key(alias)
        if not key:
            return
        if user:
            self.conn.execute(
                "INSERT INTO entity_aliases(entity_id, alias, key, origin) VALUES (?,?,?,'user') "
                "ON CONFLICT(entity_id, key) DO UPDATE SET origin = 'user'",
                [entity_id, alias, key])
        else:
            self.conn.execute(
                "INSERT OR IGNORE INTO entity_aliases(entity_id, alias, key, origin) "
                "VALUES (?,?,?,'auto')", [entity_id, alias, key])

    def _body(self, article_id: str) -> str | None:
        row = self.conn.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()
        return row[0] if row else None

    def _articles_of(self, *entity_ids: int) -> set[str]:
        marks = ",".join("?" * len(entity_ids))
        return {r[0] for r in self.conn.execute(
            f"SELECT DISTINCT article_id FROM mentions WHERE entity_id IN ({marks})",
            list(entity_ids))}

    def _apply_marks(self, article_id: str, body: str, *, entity_id: int | None = None) -> bool:
        """Mention, in one article, every spelling the user (or the team's list) marked by hand;
        True if any found."""
        rows = self.conn.execute(
            "SELECT e.id, a.alias FROM entities e JOIN entity_aliases a ON a.entity_id = e.id "
            "WHERE e.origin IN ('user', 'team') AND e.hidden = 0 "
            "AND a.origin IN ('user', 'team') "
            "AND (? IS NULL OR e.id = ?)", [entity_id, entity_id]).fetchall()
        found = False
        folded = fold(body)
        taken: list[tuple[int, int, int]] | None = None
        for ent_id, alias in rows:
            if fold(alias) not in folded:
                continue  # cheap test first; most articles lack most marks
            if taken is None:
                taken = self._mention_spans(article_id)
            for start, end in _occurrences(body, alias):
                if _inside_another(start, end, ent_id, taken):
                    continue  # "Nhà nước" inside "Kho bạc Nhà nước" is not a mention of it
                found = True
                self.conn.execute(
                    "INSERT OR IGNORE INTO mentions(article_id, entity_id, start, end, origin, "
                    "rejected) VALUES (?, ?, ?, ?, 'auto', 0)", [article_id, ent_id, start, end])
        return found

    def _mention_spans(self, article_id: str) -> list[tuple[int, int, int]]:
        """(start, end, entity) of the article's standing mentions."""
        return [tuple(r) for r in self.conn.execute(
            "SELECT start, end, entity_id FROM mentions WHERE article_id = ? AND rejected = 0",
            [article_id])]

    # -- extraction results ------------------------------------------------------------------

    def save_extraction(self, article_id: str, version: str,
                        found: Iterable[ExtractedEntity]) -> Changes:
        """Replace an article's automatic mentions, then re-apply the user's decisions."""
        with self._atomic():
            body = self._body(article_id) or ""
            self.conn.execute(
                "DELETE FROM mentions WHERE article_id = ? AND origin = 'auto' AND rejected = 0",
                [article_id])
            for ent in found:
                self._save_one(article_id, body, ent)
            self._apply_marks(article_id, body)
            self.conn.execute(
                "INSERT OR REPLACE INTO extractions(article_id, extractor_version, extracted_at) "
                "VALUES (?, ?, ?)", [article_id, version, utc_now()])
        return Changes(entities=frozenset({article_id}))

    def _save_one(self, article_id: str, body: str, ent: ExtractedEntity) -> None:
        """One extracted entity: spellings the user gave elsewhere go to their own entity."""
        entity_id = self._entity_for(ent.kind, ent.name, ent.aliases)
        for alias in (ent.name, *ent.aliases):
            owner = self._user_owner(ent.kind, entity_key(alias))
            if owner is None or owner == entity_id:
                self._add_alias(entity_id, alias, user=False)
        for start, end in ent.mentions:
            surface = body[start:end] if 0 <= start < end <= len(body) else ""
            owner = self._user_owner(ent.kind, entity_key(surface)) if surface else None
            self.conn.execute(
                "INSERT OR IGNORE INTO mentions(article_id, entity_id, start, end, origin,"
                " rejected) VALUES (?, ?, ?, ?, 'auto', 0)",
                [article_id, owner or entity_id, start, end])

    # -- the user's decisions ----------------------------------------------------------------

    def mark_entity(self, article_id: str, start: int, end: int, *, kind: str) -> Changes:
        """The user says body[start:end] is a person or an organization, here and everywhere."""
        if kind not in KINDS:
            raise EntityError(f"Unknown kind {kind!r}: use PER or ORG.")
        body = self._body(article_id)
        if body is None:
            raise EntityError("This article is no longer in the library.")
        if not 0 <= start < end <= len(body):
            raise EntityError("Select the name in the text first.")
        text = body[start:end]
        if "\n" in text:
            raise EntityError("A name cannot run over two paragraphs.")
        name = _clean_name(text)
        key = entity_key(name)
        with self._atomic():
            entity_id = self._find(kind, key)
            if entity_id is None:
                entity_id = self._inserted(
                    "INSERT INTO entities(kind, name, key, origin, hidden) "
                    "VALUES (?, ?, ?, 'user', 0)", [kind, name, key])
            self.conn.execute("UPDATE entities SET origin = 'user', hidden = 0 WHERE id = ?",
                              [entity_id])
            self._add_alias(entity_id, text, user=True)
            self.conn.execute("DELETE FROM entity_rejections WHERE article_id = ? AND entity_id = ?",
                              [article_id, entity_id])
            # the other kind under the same name was a mistake of the extractor
            other = [r[0] for r in self.conn.execute(
                "SELECT id FROM entities WHERE kind != ? AND key = ?", [kind, key])]
            touched = self._articles_of(*other) if other else set()
            for other_id in other:
                self.conn.execute("UPDATE entities SET hidden = 1 WHERE id = ?", [other_id])
            self.conn.execute(
                "INSERT INTO mentions(article_id, entity_id, start, end, origin, rejected) "
                "VALUES (?, ?, ?, ?, 'user', 0) ON CONFLICT(article_id, entity_id, start, end) "
                "DO UPDATE SET origin = 'user', rejected = 0", [article_id, entity_id, start, end])
            touched.add(article_id)
            for other_article, other_body in self.conn.execute(
                    "SELECT id, body FROM articles WHERE id != ?", [article_id]).fetchall():
                if self._apply_marks(other_article, other_body, entity_id=entity_id):
                    touched.add(other_article)
        return Changes(entities=frozenset(touched))

    def rename_entity(self, entity_id: int, name: str) -> Changes:
        """Give an entity another name; its old name stays an alias so extraction still finds it."""
        _, kind, old_name, old_key = self._row(entity_id)
        name = _clean_name(name)
        key = entity_key(name)
        other = self.conn.execute("SELECT id FROM entities WHERE kind = ? AND key = ? AND id != ?",
                                  [kind, key, entity_id]).fetchone()
        if other:  # the new name is another entity's: they are one
            changes = self.merge_entities(entity_id, into=other[0])
            with self._atomic():
                self.conn.execute("UPDATE entities SET name = ? WHERE id = ?", [name, other[0]])
            return changes
        with self._atomic():
            self._add_alias(entity_id, old_name, user=_strong(kind, old_key))
            self.conn.execute(
                "UPDATE entities SET name = ?, key = ?, origin = 'user' WHERE id = ?",
                [name, key, entity_id])
            self._add_alias(entity_id, name, user=True)
        return Changes(entities=frozenset(self._articles_of(entity_id)))

    def merge_entities(self, entity_id: int, *, into: int) -> Changes:
        """Make one entity of two: every spelling and mention of the first goes to `into`."""
        _, kind, name, key = self._row(entity_id)
        _, into_kind, _, _ = self._row(into)
        if into == entity_id:
            raise EntityError("An entity cannot be merged into itself.")
        if kind != into_kind:
            raise EntityError("A person and an organization cannot be merged.")
        touched = self._articles_of(entity_id, into)
        with self._atomic():
            spellings = [(name, key), *self.conn.execute(
                "SELECT alias, key FROM entity_aliases WHERE entity_id = ?", [entity_id])]
            for alias, alias_key in spellings:
                self._add_alias(into, alias, user=_strong(kind, alias_key))
            for table in ("mentions", "entity_rejections"):
                self.conn.execute(f"UPDATE OR IGNORE {table} SET entity_id = ? WHERE entity_id = ?",
                                  [into, entity_id])
                self.conn.execute(f"DELETE FROM {table} WHERE entity_id = ?", [entity_id])
            self.conn.execute("DELETE FROM entity_aliases WHERE entity_id = ?", [entity_id])
            self.conn.execute("DELETE FROM entities WHERE id = ?", [entity_id])
            self.conn.execute("UPDATE entities SET origin = 'user' WHERE id = ?", [into])
        return Changes(entities=frozenset(touched))

    def split_alias(self, entity_id: int, alias: str) -> Changes:
        """Make a spelling its own entity ("Hùng" is not "Nguyễn Văn Hùng"), with its mentions."""
        _, kind, _, name_key = self._row(entity_id)
        key = entity_key(alias)
        if key == name_key:
            raise EntityError("This is the entity's name: rename it instead.")
        row = self.conn.execute("SELECT alias FROM entity_aliases WHERE entity_id = ? AND key = ?",
                                [entity_id, key]).fetchone()
        if row is None:
            raise EntityError(f"{alias!r} is not a spelling of this entity.")
        touched = self._articles_of(entity_id)
        with self._atomic():
            self.conn.execute("DELETE FROM entity_aliases WHERE entity_id = ? AND key = ?",
                              [entity_id, key])
            target = self.conn.execute("SELECT id FROM entities WHERE kind = ? AND key = ?",
                                       [kind, key]).fetchone()
            target_id = target[0] if target else self._inserted(
                "INSERT INTO entities(kind, name, key, origin, hidden) VALUES (?, ?, ?, 'user', 0)",
                [kind, row[0], key])
            self._add_alias(target_id, row[0], user=True)
            for article_id, start, end, body in self.conn.execute(
                    "SELECT m.article_id, m.start, m.end, a.body FROM mentions m "
                    "JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ?",
                    [entity_id]).fetchall():
                if entity_key(body[start:end]) == key:
                    self.conn.execute(
                        "UPDATE OR IGNORE mentions SET entity_id = ? WHERE article_id = ? "
                        "AND entity_id = ? AND start = ? AND end = ?",
                        [target_id, article_id, entity_id, start, end])
        return Changes(entities=frozenset(touched))

    def show_entity(self, entity_id: int) -> Changes:
        """Take back a rejection in every article: the name is listed wherever it is mentioned
        (rejections in single articles stay), and stays listed after re-extraction."""
        self._row(entity_id)
        with self._atomic():
            self.conn.execute("UPDATE entities SET hidden = 0 WHERE id = ?", [entity_id])
            touched = self._articles_of(entity_id)
        return Changes(entities=frozenset(touched))

    def reject_entity(self, entity_id: int, *, article_id: str | None = None) -> Changes:
        """Not a person or organization: everywhere (hidden), or only in one article."""
        self._row(entity_id)
        with self._atomic():
            if article_id is None:
                self.conn.execute("UPDATE entities SET hidden = 1 WHERE id = ?", [entity_id])
                touched = self._articles_of(entity_id)
            else:
                self.conn.execute(
                    "INSERT OR IGNORE INTO entity_rejections(article_id, entity_id) VALUES (?, ?)",
                    [article_id, entity_id])
                touched = {article_id}
        return Changes(entities=frozenset(touched))
