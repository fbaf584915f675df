"""Bookkeeping for sharing bundles (DESIGN §5): one-transaction merges, conflicts, orphans.

The merge rules live in `desktop/core/exchange/merge.py`; this module only reads what they need and
writes what they decided, all of it in one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from desktop.core.models import Annotation, Article, Changes, Conflict, NameRecord, utc_now
from desktop.core.store.base import StoreError
from desktop.core.store.name_exchange import NameExchangeQueries
from desktop.core.vietnamese import fold

_CHUNK = 500  # ids per IN (…) query, well under SQLite's variable limit
_COLUMNS = ("id, article_id, start, end, exact, prefix, suffix, color, note, author, created, "
            "modified, deleted")


class StaleSnapshot(StoreError):
    """The library changed between the preview of an import and the import itself."""


@dataclass
class ExchangeBatch:
    """Everything one import writes; `expected` is the local `modified` (or None) the plan saw."""

    articles: list[Article] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)
    conflicts: list[tuple[Annotation, str]] = field(default_factory=list)  # (version, origin)
    orphans: list[tuple[str, str]] = field(default_factory=list)  # (annotation id, article id)
    placed: list[str] = field(default_factory=list)  # annotation ids no longer orphaned
    bases: dict[str, str] = field(default_factory=dict)  # annotation id → modified exchanged
    markers: list[Annotation] = field(default_factory=list)  # deletions of ids never had here
    names: list[NameRecord] = field(default_factory=list)  # decisions on names that win here
    expected: dict[str, str | None] = field(default_factory=dict)


def _chunks(items: list, size: int = _CHUNK) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _export_order(r) -> tuple:
    """ORDER BY article_id, start, end, created, id — as SQLite orders them (NULL first)."""
    return (r[1], r[2], r[3], r[10] is not None, r[10] or "", r[0])


def _row_to_annotation(r, tags: tuple[str, ...]) -> Annotation:
    return Annotation(id=r[0], article_id=r[1], start=r[2], end=r[3], exact=r[4], prefix=r[5],
                      suffix=r[6], color=r[7], note=r[8], tags=tags, author=r[9],
                      created=r[10], modified=r[11], deleted=bool(r[12]))


class ExchangeQueries(NameExchangeQueries):
    # -- reading -------------------------------------------------------------------------

    def _tags_of(self, ids: list[str]) -> dict[str, list[str]]:
        tags: dict[str, list[str]] = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for ann_id, tag in self.conn.execute(
                    f"SELECT annotation_id, tag FROM annotation_tags WHERE annotation_id IN "
                    f"({marks}) ORDER BY rowid", chunk):
                tags.setdefault(ann_id, []).append(tag)
        return tags

    def annotations_by_id(self, ids: Iterable[str]) -> dict[str, Annotation]:
        """Annotations (tombstones included) with these ids, those that exist."""
        ids = list(dict.fromkeys(ids))
        rows = []
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            rows += self.conn.execute(
                f"SELECT {_COLUMNS} FROM annotations WHERE id IN ({marks})", chunk).fetchall()
        tags = self._tags_of([r[0] for r in rows])
        return {r[0]: _row_to_annotation(r, tuple(tags.get(r[0], ()))) for r in rows}

    def exchange_bases(self, ids: Iterable[str]) -> dict[str, str]:
        """Per annotation id, the newest `modified` that went out in or came in with a bundle."""
        ids = list(dict.fromkeys(ids))
        out: dict[str, str] = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            out.update(self.conn.execute(
                f"SELECT annotation_id, modified FROM exchange_base WHERE annotation_id IN "
                f"({marks})", chunk).fetchall())
        return out

    def deletion_markers(self, ids: Iterable[str] | None = None) -> dict[str, Annotation]:
        """Deletion markers kept for annotations this library never had (all, or these ids)."""
        query = "SELECT annotation_id, article_id, modified FROM deletion_markers"
        rows = []
        if ids is None:
            rows = self.conn.execute(query).fetchall()
        else:
            ids = list(dict.fromkeys(ids))
            for chunk in _chunks(ids):
                rows += self.conn.execute(
                    f"{query} WHERE annotation_id IN ({','.join('?' * len(chunk))})",
                    chunk).fetchall()
        return {r[0]: Annotation(id=r[0], article_id=r[1] or "", start=0, end=0, exact="",
                                 created=r[2], modified=r[2], deleted=True) for r in rows}

    def articles_by_id(self, ids: Iterable[str]) -> dict[str, Article]:
        ids = list(dict.fromkeys(ids))
        out: dict[str, Article] = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                    "SELECT id, slug, title, body, source, published, language, origin, added_at "
                    f"FROM articles WHERE id IN ({marks})", chunk):
                out[row[0]] = Article(*row)
        return out

    def annotations_for_export(self, *, article_ids: Iterable[str] | None = None,
                               colors: Iterable[str] | None = None,
                               tags: Iterable[str] | None = None) -> list[Annotation]:
        """Annotations to share, tombstones included, by article and text position.

        Filters combine with AND; within one filter any value matches (colour yellow or green).
        """
        where, params = ["1 = 1"], []
        if article_ids is not None:
            ids = list(article_ids)
            where.append(f"article_id IN ({','.join('?' * len(ids))})")
            params += ids
        if colors is not None:
            cs = list(colors)
            where.append(f"color IN ({','.join('?' * len(cs))})")
            params += cs
        if tags is not None:
            ts = list(tags)
            where.append("id IN (SELECT annotation_id FROM annotation_tags WHERE tag IN "
                         f"({','.join('?' * len(ts))}))")
            params += ts
        query = f"SELECT {_COLUMNS} FROM annotations WHERE {' AND '.join(where)}"
        rows = self.conn.execute(query, params).fetchall()
        try:  # sorting in Python is cheaper than SQLite's temporary B-tree for this ORDER BY
            rows.sort(key=_export_order)
        except TypeError:  # a value of an unexpected type: let SQLite order it
            rows = self.conn.execute(
                f"{query} ORDER BY article_id, start, end, created, id", params).fetchall()
        if len(where) == 1:  # everything: one pass over the tags, no IN (…) lists
            tag_map: dict[str, list[str]] = {}
            for ann_id, tag in self.conn.execute(
                    "SELECT annotation_id, tag FROM annotation_tags ORDER BY rowid"):
                tag_map.setdefault(ann_id, []).append(tag)
        else:
            tag_map = self._tags_of([r[0] for r in rows])
        out = [_row_to_annotation(r, tuple(tag_map.get(r[0], ()))) for r in rows]
        if colors is None and tags is None:  # markers have no colour or tag to filter by
            wanted = None if article_ids is None else set(ids)
            out += sorted((m for m in self.deletion_markers().values()
                           if wanted is None or m.article_id in wanted), key=lambda m: m.id)
        return out

    def all_tags(self) -> list[str]:
        """Tags of live annotations, alphabetically."""
        return [r[0] for r in self.conn.execute(
            "SELECT DISTINCT t.tag FROM annotation_tags t JOIN annotations a "
            "ON a.id = t.annotation_id WHERE a.deleted = 0 ORDER BY t.tag")]

    def annotation_authors(self, article_id: str | None = None) -> list[str]:
        """Authors of live annotations (of one article, or all), alphabetically."""
        where, params = "deleted = 0", []
        if article_id is not None:
            where += " AND article_id = ?"
            params.append(article_id)
        return [r[0] for r in self.conn.execute(
            f"SELECT DISTINCT author FROM annotations WHERE {where} ORDER BY author", params)]

    def orphaned_ids(self, article_id: str | None = None) -> set[str]:
        """Imported highlights whose quote is not in the local text (kept, not shown in it)."""
        if article_id is None:
            rows = self.conn.execute("SELECT annotation_id FROM annotation_orphans")
        else:
            rows = self.conn.execute(
                "SELECT annotation_id FROM annotation_orphans WHERE article_id = ?", [article_id])
        return {r[0] for r in rows}

    def orphaned_annotations(self) -> list[Annotation]:
        anns = self.annotations_by_id(self.orphaned_ids())
        return sorted((a for a in anns.values() if not a.deleted),
                      key=lambda a: (a.article_id, a.start, a.id))

    def conflicts(self, annotation_id: str | None = None) -> list[Conflict]:
        """Unresolved conflicts: the version that is not in the annotations table."""
        where, params = "", []
        if annotation_id is not None:
            where, params = "WHERE annotation_id = ?", [annotation_id]
        rows = self.conn.execute(
            "SELECT id, annotation_id, article_id, start, end, exact, prefix, suffix, color, "
            "note, author, created, modified, deleted, tags, origin, recorded_at "
            f"FROM annotation_conflicts {where} ORDER BY recorded_at, id", params).fetchall()
        return [Conflict(id=r[0], version=_row_to_annotation(r[1:14], tuple(json.loads(r[14]))),
                         origin=r[15], recorded_at=r[16]) for r in rows]

    # -- writing -------------------------------------------------------------------------

    def _upsert(self, anns: list[Annotation], new_ids: frozenset[str] | set[str] = frozenset()
                ) -> None:
        """Write annotations and their tags; `new_ids`: ids known to have no row yet (and so
        no tags to clear)."""
        self.conn.executemany(
            f"INSERT INTO annotations({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT(id) DO UPDATE SET article_id = excluded.article_id, "
            "start = excluded.start, end = excluded.end, exact = excluded.exact, "
            "prefix = excluded.prefix, suffix = excluded.suffix, color = excluded.color, "
            "note = excluded.note, author = excluded.author, created = excluded.created, "
            "modified = excluded.modified, deleted = excluded.deleted",
            [(a.id, a.article_id, a.start, a.end, a.exact, a.prefix, a.suffix, a.color, a.note,
              a.author, a.created, a.modified, int(a.deleted)) for a in anns])
        self.conn.executemany("DELETE FROM annotation_tags WHERE annotation_id = ?",
                              [(a.id,) for a in anns if a.id not in new_ids])
        self.conn.executemany(
            "INSERT INTO annotation_tags(annotation_id, tag) VALUES (?, ?)",
            [(a.id, tag) for a in anns for tag in dict.fromkeys(a.tags)])

    def _check_expected(self, expected: dict[str, str | None]) -> None:
        ids = list(expected)
        found: dict[str, str] = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            found.update(self.conn.execute(
                f"SELECT id, modified FROM annotations WHERE id IN ({marks})", chunk).fetchall())
        for ann_id, modified in expected.items():
            if found.get(ann_id) != modified:
                raise StaleSnapshot("the library changed since the preview; preview again")

    def apply_exchange(self, batch: ExchangeBatch) -> Changes:
        """Write one import in one transaction: all of it, or — on any error — none of it."""
        with self._atomic():
            return self._write_exchange(batch)

    def _write_exchange(self, batch: ExchangeBatch, *, reindex: bool = True) -> Changes:
        """The writes of `apply_exchange`, inside the caller's transaction. A sync pull adds its
        own bookkeeping to the same one and, with `reindex=False`, indexes the articles it
        touched (new ones included) once each after all its batches, not once per batch."""
        now = utc_now()
        touched_articles = {a.article_id for a in batch.annotations}
        self._check_expected(batch.expected)
        added = set()
        # ids the plan saw absent, checked just now: no row, hence no tags (foreign key)
        new_ids = {i for i, modified in batch.expected.items() if modified is None}
        for art in batch.articles:
            cur = self.conn.execute(
                "INSERT OR IGNORE INTO articles(id, slug, title, source, published, language,"
                " origin, body, added_at) VALUES (?,?,?,?,?,?,?,?,?)",
                [art.id, art.slug, art.title, art.source, art.published, art.language,
                 art.origin, art.body, art.added_at or now])
            if cur.rowcount:
                added.add(art.id)
        self._upsert(batch.annotations, new_ids)
        if self.conn.execute("SELECT 1 FROM deletion_markers LIMIT 1").fetchone() is not None:
            self.conn.executemany("DELETE FROM deletion_markers WHERE annotation_id = ?",
                                  [(a.id,) for a in batch.annotations])
        self.conn.executemany(
            "INSERT INTO deletion_markers(annotation_id, article_id, modified) VALUES (?,?,?) "
            "ON CONFLICT(annotation_id) DO UPDATE SET modified = excluded.modified, "
            "article_id = coalesce(nullif(excluded.article_id, ''), article_id)",
            [(m.id, m.article_id, m.modified) for m in batch.markers])
        self.conn.executemany(
            "INSERT OR IGNORE INTO annotation_conflicts(annotation_id, article_id, start, end,"
            " exact, prefix, suffix, color, note, tags, author, created, modified, deleted,"
            " origin, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(a.id, a.article_id, a.start, a.end, a.exact, a.prefix, a.suffix, a.color,
              a.note, json.dumps(list(a.tags), ensure_ascii=False), a.author, a.created,
              a.modified, int(a.deleted), origin, now) for a, origin in batch.conflicts])
        self.conn.executemany("DELETE FROM annotation_orphans WHERE annotation_id = ?",
                              [(i,) for i in batch.placed])
        self.conn.executemany(
            "INSERT OR REPLACE INTO annotation_orphans(annotation_id, article_id, recorded_at)"
            " VALUES (?, ?, ?)", [(i, art, now) for i, art in batch.orphans])
        self._record_bases(batch.bases.items())
        entity_articles = self._apply_name_records(batch.names)
        titles = {a.id: a for a in batch.articles if a.id in added and reindex}
        for article_id in (touched_articles - added) if reindex else ():
            self._reindex_notes(article_id)
        self.conn.executemany(  # one FTS row per new article; its notes have their own
            "INSERT INTO articles_fts(article_id, title, body, notes) VALUES (?,?,?,'')",
            [(art.id, fold(art.title), fold(art.body)) for art in titles.values()])
        for article_id in titles:
            self._reindex_notes(article_id)
        ann_ids = {a.id for a in batch.annotations} | {a.id for a, _ in batch.conflicts}
        return Changes(articles=frozenset(added | touched_articles), annotations=frozenset(ann_ids),
                   entities=frozenset(entity_articles))

    def _record_bases(self, versions: Iterable[tuple[str, str]]) -> None:
        self.conn.executemany(
            "INSERT INTO exchange_base(annotation_id, modified) VALUES (?, ?) "
            "ON CONFLICT(annotation_id) DO UPDATE SET modified = max(modified, excluded.modified)",
            list(versions))

    def record_exchanged(self, versions: Iterable[tuple[str, str]]) -> Changes:
        """Remember the (annotation id, modified) versions that just went out in a bundle."""
        with self._atomic():
            self._record_bases(versions)
        return Changes()

    def resolve_conflict(self, annotation_id: str, chosen: int | None) -> Changes:
        """The user's pick: `chosen` = a conflict row's id to take that version (stamped now, so
        it wins everywhere it travels), or None to keep the current one. Either way the
        annotation's conflict rows are cleared."""
        with self._atomic():
            touched = set()
            if chosen is not None:
                (conflict,) = [c for c in self.conflicts(annotation_id) if c.id == chosen]
                version = conflict.version.evolve()
                self._upsert([version])
                self._reindex_notes(version.article_id)
                touched.add(version.article_id)
            self.conn.execute("DELETE FROM annotation_conflicts WHERE annotation_id = ?",
                              [annotation_id])
        return Changes(annotations=frozenset({annotation_id}), articles=frozenset(touched))
