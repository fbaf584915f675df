"""Highlights with their notes and tags; deleted ones stay as tombstones."""

from __future__ import annotations

from desktop.core.models import Annotation, Changes
from desktop.core.store.base import StoreBase
from desktop.core.vietnamese import fold


class AnnotationQueries(StoreBase):
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
        """Insert or replace one annotation with its tags, and refresh its article's note index
        when its notes changed (the index row holds the whole text: re-indexing a 2 MB
        article took ~0.3 s, for a new highlight or a colour that changes no note)."""
        with self._atomic():
            old = self.conn.execute("SELECT note, deleted, article_id FROM annotations "
                                    "WHERE id = ?", [ann.id]).fetchone()
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
            before = "" if old is None or old[1] else old[0]
            moved = old is not None and old[2] != ann.article_id
            if moved:
                self._reindex_notes(old[2])
            if moved or before != ("" if ann.deleted else ann.note):
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
