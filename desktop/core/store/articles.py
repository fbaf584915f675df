"""Articles and their full-text index (folded text, DESIGN §2)."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.models import Article, ArticleSummary, Changes, utc_now
from desktop.core.store.base import StoreBase
from desktop.core.vietnamese import fold


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
