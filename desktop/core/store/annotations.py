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
            "ORDER BY start, end, created, id", params
        ).fetchall()
        if not rows:
            return []
        tags: dict[str, list[str]] = {}
        for ann_id, tag in self.conn.execute(  # the same rows' tags (not one parameter per highlight)
            "SELECT annotation_id, tag FROM annotation_tags WHERE annotation_id IN "
            f"(SELECT id FROM annotations WHERE {where}) ORDER BY rowid", params
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
        """Insert or replace one annotation with its tags, and its note's row of the search
        index when the note changed (only that row: the article's own stays as it is)."""
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
            before = (None, "") if old is None or old[1] else (old[2], old[0])
            if before != (ann.article_id, "" if ann.deleted else ann.note):
                self._index_notes([ann])
        return Changes(annotations=frozenset({ann.id}), articles=frozenset({ann.article_id}))

    def _index_notes(self, annotations: list[Annotation]) -> None:
        """Put these annotations' notes in the search index as they are now (a deleted
        annotation or an empty note has no row)."""
        self.conn.executemany("DELETE FROM note_index WHERE annotation_id = ?",
                              [(a.id,) for a in annotations])
        self._insert_notes([(a.id, a.article_id, fold(a.note)) for a in annotations
                            if a.note and not a.deleted])

    def _reindex_notes(self, article_id: str) -> None:
        """Index an article's notes again, all of them (after a merge or a pull wrote many)."""
        self.conn.execute("DELETE FROM note_index WHERE article_id = ? OR annotation_id IN "
                          "(SELECT id FROM annotations WHERE article_id = ?)",
                          [article_id, article_id])
        self._insert_notes([(i, article_id, fold(n)) for i, n in self.conn.execute(
            "SELECT id, note FROM annotations WHERE article_id = ? AND deleted = 0 "
            "AND note != ''", [article_id]).fetchall()])

    def _insert_notes(self, rows: list[tuple[str, str, str]]) -> None:
        """Add (annotation id, article id, folded note) rows to the note index, then their
        full-text entries in one statement: new rows take ids above the current largest."""
        if not rows:
            return
        (last,) = self.conn.execute("SELECT coalesce(max(id), 0) FROM note_index").fetchone()
        self.conn.executemany(
            "INSERT INTO note_index(annotation_id, article_id, folded) VALUES (?, ?, ?)", rows)
        self.conn.execute("INSERT INTO notes_fts(rowid, folded) SELECT id, folded FROM "
                          "note_index WHERE id > ?", [last])
