"""Articles and their full-text index (folded text, DESIGN §2)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core.models import Article, ArticleSummary, Changes, utc_now
from desktop.core.store.base import StoreBase
from desktop.core.vietnamese import fold, nfc

if TYPE_CHECKING:
    from desktop.core.textsearch import LibraryFilter

# the library's order; migration m004's index has the same terms, so that listing a big library
# reads that index rather than the table (whose rows carry the bodies)
LIBRARY_ORDER = "a.origin = 'user', a.added_at, a.title"
MAX_CHILD_DEPTH = 4  # articles → annotations → annotation_tags, with room for later tables
_EDITABLE = ("title", "source", "published")


@dataclass(frozen=True)
class DeletedArticle:
    """Everything a delete removed, in insert order, so that it can be put back."""

    article_id: str
    title: str
    rows: tuple[tuple[str, tuple[str, ...], tuple[tuple, ...]], ...]  # (table, columns, rows)
    fts: tuple | None
    annotation_ids: frozenset[str]


@dataclass(frozen=True)
class ArticleWeight:
    """What deleting an article takes with it, for the confirmation."""

    highlights: int
    notes: int


class ArticleQueries(StoreBase):
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
        return self._summaries("1", [])

    def library_count(self, filters: LibraryFilter | None = None) -> int:
        """How many articles the library lists (with the filters): a page is read at a time."""
        from desktop.core.store.search import filter_sql  # the filters' SQL lives with search

        where, params = filter_sql(filters)
        return self.conn.execute(f"SELECT count(*) FROM articles a WHERE {where}",
                                 params).fetchone()[0]

    def library_page(self, *, offset: int, limit: int,
                     filters: LibraryFilter | None = None) -> list[ArticleSummary]:
        """Rows `offset`.. of the library list (with the filters), so that a list of 100,000
        articles reads only what is shown."""
        from desktop.core.store.search import filter_sql  # as in library_count

        where, params = filter_sql(filters)
        return self._listed(where, params, page=(limit, offset))

    def library_has(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?",
                                 [article_id]).fetchone() is not None

    def summaries_of(self, article_ids: Iterable[str]) -> list[ArticleSummary]:
        """The library rows of some articles (those that exist), in library order."""
        ids = list(article_ids)
        return self._summaries(f"a.id IN ({','.join('?' * len(ids))})", ids) if ids else []

    def _summaries(self, where: str, params: list) -> list[ArticleSummary]:
        return self._listed(where, params)

    def _listed(self, where: str, params: list, *,
                page: tuple[int, int] | None = None) -> list[ArticleSummary]:
        """Library rows in library order; `page` = (limit, offset) reads only those."""
        rows = self.conn.execute(
            "SELECT a.id, a.title, a.source, a.origin, "
            " (SELECT count(*) FROM annotations n WHERE n.article_id = a.id AND n.deleted = 0) "
            f"FROM articles a WHERE {where} ORDER BY {LIBRARY_ORDER}"
            + (" LIMIT ? OFFSET ?" if page else ""), [*params, *(page or ())]).fetchall()
        return [ArticleSummary(*row) for row in rows]

    def article(self, article_id: str) -> Article | None:
        row = self.conn.execute(
            "SELECT id, slug, title, body, source, published, language, origin, added_at "
            "FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        return Article(*row) if row else None

    def update_article(self, article_id: str, **fields: str) -> Changes:
        """Change an article's title, source or date (never its body: that is its identity)."""
        unknown = set(fields) - set(_EDITABLE)
        if unknown:
            raise ValueError(f"cannot change {', '.join(sorted(unknown))} of an article")
        if "title" in fields:
            fields["title"] = nfc(fields["title"]).strip()
            if not fields["title"]:
                raise ValueError("an article needs a title")
        if not fields:
            return Changes()
        with self._atomic():
            cur = self.conn.execute(
                f"UPDATE articles SET {', '.join(f'{k} = ?' for k in fields)} WHERE id = ?",
                [*fields.values(), article_id])
            if "title" in fields and cur.rowcount:
                self.conn.execute("UPDATE articles_fts SET title = ? WHERE article_id = ?",
                                  [fold(fields["title"]), article_id])
        return Changes(articles=frozenset({article_id}) if cur.rowcount else frozenset())

    def article_weight(self, article_id: str) -> ArticleWeight:
        row = self.conn.execute(
            "SELECT count(*), coalesce(sum(note != ''), 0) FROM annotations "
            "WHERE article_id = ? AND deleted = 0", [article_id]).fetchone()
        return ArticleWeight(highlights=row[0], notes=row[1])

    def _child_tables(self, parent: str) -> list[tuple[str, list[str], list[str]]]:
        """Tables whose foreign keys point at `parent`: (table, their columns, parent columns)."""
        tables = [r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%'")]
        found: dict[tuple[str, int], tuple[str, list[str], list[str]]] = {}
        for table in tables:
            for fk in self.conn.execute(f'PRAGMA foreign_key_list("{table}")'):
                fk_id, _, target, column, to_column = fk[:5]
                if target == parent:
                    entry = found.setdefault((table, fk_id), (table, [], []))
                    entry[1].append(column)
                    entry[2].append(to_column)
        return list(found.values())

    def _dependents(self, table: str, where: str, params: list, depth: int = 0) -> list:
        """(table, where, params) of every row hanging off the selected rows, parents first."""
        out = [(table, where, params)]
        if depth >= MAX_CHILD_DEPTH:
            return out
        for child, columns, targets in self._child_tables(table):
            cond = (f"({', '.join(columns)}) IN (SELECT {', '.join(targets)} FROM \"{table}\" "
                    f"WHERE {where})")
            out += self._dependents(child, cond, params, depth + 1)
        return out

    def delete_article(self, article_id: str) -> tuple[Changes, DeletedArticle | None]:
        """Delete an article with everything that hangs off it, in one transaction."""
        with self._atomic():
            title_row = self.conn.execute("SELECT title FROM articles WHERE id = ?",
                                          [article_id]).fetchone()
            if title_row is None:
                return Changes(), None
            saved = []
            parts = self._dependents("articles", "id = ?", [article_id])
            for table, where, params in parts:
                cur = self.conn.execute(f'SELECT * FROM "{table}" WHERE {where}', params)
                saved.append((table, tuple(d[0] for d in cur.description), tuple(cur.fetchall())))
            annotation_ids = frozenset(
                row[0] for table, _columns, rows in saved if table == "annotations" for row in rows)
            fts = self.conn.execute("SELECT article_id, title, body, notes FROM articles_fts "
                                    "WHERE article_id = ?", [article_id]).fetchone()
            for table, where, params in reversed(parts):
                self.conn.execute(f'DELETE FROM "{table}" WHERE {where}', params)
            self.conn.execute("DELETE FROM articles_fts WHERE article_id = ?", [article_id])
        snapshot = DeletedArticle(article_id, title_row[0], tuple(saved), fts, annotation_ids)
        return self._deleted_changes(snapshot), snapshot

    def restore_article(self, snapshot: DeletedArticle) -> Changes:
        """Put a deleted article back exactly as it was (undo of delete_article)."""
        with self._atomic():
            for table, columns, rows in snapshot.rows:
                marks = ", ".join("?" * len(columns))
                names = ", ".join(f'"{c}"' for c in columns)
                self.conn.executemany(
                    f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({marks})', rows)
                if table == "note_index" and rows:  # its full-text entries are the store's
                    at = columns.index("id"), columns.index("folded")
                    self.conn.executemany("INSERT INTO notes_fts(rowid, folded) VALUES (?, ?)",
                                          [(row[at[0]], row[at[1]]) for row in rows])
            if snapshot.fts:
                self.conn.execute("DELETE FROM articles_fts WHERE article_id = ?",
                                  [snapshot.article_id])
                self.conn.execute("INSERT INTO articles_fts(article_id, title, body, notes) "
                                  "VALUES (?, ?, ?, ?)", list(snapshot.fts))
        return self._deleted_changes(snapshot)

    @staticmethod
    def _deleted_changes(snapshot: DeletedArticle) -> Changes:
        return Changes(articles=frozenset({snapshot.article_id}),
                       annotations=snapshot.annotation_ids,
                       entities=frozenset({snapshot.article_id}))
