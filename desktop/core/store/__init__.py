"""The only package with SQL: schema, migrations, queries and full-text index of one user's data.

Every mutation commits at once and returns a `Changes` value saying what it touched.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop.core.models import (
    Annotation,
    Article,
    ArticleSummary,
    Changes,
    EntitySummary,
    ExtractedEntity,
    utc_now,
)
from desktop.core.vietnamese import entity_key, fold

BUSY_TIMEOUT_S = 10.0
# Names of the schema steps in desktop/core/store/migrations.py, so that opening an up-to-date
# database does not import sqlite-utils (~200 ms of start-up). A test keeps the two in step.
MIGRATION_NAMES = ("m001_initial",)
MIGRATION_SET = "chugiai"

class StoreError(RuntimeError):
    """The database cannot be opened or written; the message is for the user."""


class Store:
    """One user's database file, opened with WAL, foreign keys and a busy timeout."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_S,
                                        isolation_level=None)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            if self.pending_migrations():
                from desktop.core.store.migrations import migrate

                migrate(self.conn)
        except (sqlite3.DatabaseError, OSError) as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc

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

    def close(self) -> None:
        self.conn.close()

    # -- settings --------------------------------------------------------------------------

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

    # -- articles --------------------------------------------------------------------------

    def add_articles(self, articles: Iterable[Article]) -> Changes:
        """Insert articles not yet present (same id = same body); returns the ids added."""
        added = set()
        with self._atomic():
            for art in articles:
                cur = self.conn.execute(
                    "INSERT OR IGNORE INTO articles(id, slug, title, source, published, language,"
                    " origin, body, added_at) VALUES (?,?,?,?,?,?,?,?,?)",
                    [art.id, art.slug, art.title, art.source, art.published, art.language,
                     art.origin, art.body, art.added_at or utc_now()],
                )
                if cur.rowcount:
                    added.add(art.id)
                    self.conn.execute(
                        "INSERT INTO articles_fts(article_id, title, body, notes) VALUES (?,?,?,'')",
                        [art.id, fold(art.title), fold(art.body)],
                    )
        return Changes(articles=frozenset(added))

    def article_summaries(self) -> list[ArticleSummary]:
        """The library list: bundled first, then the user's own, each by title."""
        rows = self.conn.execute(
            "SELECT a.id, a.title, a.source, a.origin, "
            " (SELECT count(*) FROM annotations n WHERE n.article_id = a.id AND n.deleted = 0) "
            "FROM articles a ORDER BY a.origin = 'user', a.added_at, a.title"
        ).fetchall()
        return [ArticleSummary(*row) for row in rows]

    def article(self, article_id: str) -> Article | None:
        row = self.conn.execute(
            "SELECT id, slug, title, body, source, published, language, origin, added_at "
            "FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        return Article(*row) if row else None

    # -- annotations -----------------------------------------------------------------------

    _ANNOTATION_COLUMNS = ("id, article_id, start, end, exact, prefix, suffix, color, note, "
                           "author, created, modified, deleted")

    def _annotations(self, where: str, params: list) -> list[Annotation]:
        rows = self.conn.execute(
            f"SELECT {self._ANNOTATION_COLUMNS} FROM annotations WHERE {where} "
            "ORDER BY start, end, created", params
        ).fetchall()
        if not rows:
            return []
        ids = [r[0] for r in rows]
        tags: dict[str, list[str]] = {}
        marks = ",".join("?" * len(ids))
        for ann_id, tag in self.conn.execute(
            f"SELECT annotation_id, tag FROM annotation_tags WHERE annotation_id IN ({marks}) "
            "ORDER BY rowid", ids
        ):
            tags.setdefault(ann_id, []).append(tag)
        return [
            Annotation(id=r[0], article_id=r[1], start=r[2], end=r[3], exact=r[4], prefix=r[5],
                       suffix=r[6], color=r[7], note=r[8], tags=tuple(tags.get(r[0], ())),
                       author=r[9], created=r[10], modified=r[11], deleted=bool(r[12]))
            for r in rows
        ]

    def annotations(self, article_id: str, *, include_deleted: bool = False) -> list[Annotation]:
        """An article's highlights in text order."""
        where = "article_id = ?" + ("" if include_deleted else " AND deleted = 0")
        return self._annotations(where, [article_id])

    def annotation(self, annotation_id: str) -> Annotation | None:
        found = self._annotations("id = ?", [annotation_id])
        return found[0] if found else None

    def put_annotation(self, ann: Annotation) -> Changes:
        """Insert or replace one annotation with its tags, and refresh its article's note index."""
        with self._atomic():
            self.conn.execute(
                f"INSERT INTO annotations({self._ANNOTATION_COLUMNS}) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
                "article_id = excluded.article_id, start = excluded.start, end = excluded.end, "
                "exact = excluded.exact, prefix = excluded.prefix, suffix = excluded.suffix, "
                "color = excluded.color, note = excluded.note, author = excluded.author, "
                "created = excluded.created, modified = excluded.modified, "
                "deleted = excluded.deleted",
                [ann.id, ann.article_id, ann.start, ann.end, ann.exact, ann.prefix, ann.suffix,
                 ann.color, ann.note, ann.author, ann.created, ann.modified, int(ann.deleted)],
            )
            self.conn.execute("DELETE FROM annotation_tags WHERE annotation_id = ?", [ann.id])
            for tag in dict.fromkeys(ann.tags):
                self.conn.execute("INSERT INTO annotation_tags(annotation_id, tag) VALUES (?, ?)",
                                [ann.id, tag])
            self._reindex_notes(ann.article_id)
        return Changes(annotations=frozenset({ann.id}), articles=frozenset({ann.article_id}))

    def _reindex_notes(self, article_id: str) -> None:
        notes = " \n".join(
            row[0] for row in self.conn.execute(
                "SELECT note FROM annotations WHERE article_id = ? AND deleted = 0 AND note != ''",
                [article_id])
        )
        self.conn.execute("UPDATE articles_fts SET notes = ? WHERE article_id = ?",
                        [fold(notes), article_id])

    # -- entities --------------------------------------------------------------------------

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

    # -- diagnostics -----------------------------------------------------------------------

    def integrity_ok(self) -> bool:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    def applied_migrations(self) -> list[str]:
        return [row[0] for row in self.conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
            [MIGRATION_SET])]
