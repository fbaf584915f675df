"""Full-text search over folded titles, bodies and notes (FTS5), and the library's filters."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core.models import ArticleSummary
from desktop.core.store.base import StoreBase
from desktop.core.vietnamese import fold

# desktop.core.textsearch (query parsing, snippets) is imported by the methods that search: the
# window's first paint needs none of it
if TYPE_CHECKING:
    from desktop.core.textsearch import LibraryFilter, Query, SearchHit

SEARCH_LIMIT = 50  # results shown for one query; more only make the list longer, not better
TITLE_WEIGHT, BODY_WEIGHT, NOTES_WEIGHT = 8.0, 1.0, 2.0  # bm25 column weights
# Above this many matching articles, ranking every one by bm25 costs more than the 20 ms a
# search may take (benchmarks/search.py); such queries list title hits, then the newest.
RANK_MAX_MATCHES = 1500


@dataclass(frozen=True)
class FilterChoices:
    """What the library can be filtered by, as found in this database."""

    entities: tuple[tuple[int, str, str, int], ...]  # (id, kind, name, article count)
    colors: tuple[str, ...]
    tags: tuple[str, ...]
    authors: tuple[str, ...]


def filter_sql(filters: LibraryFilter | None, alias: str = "a") -> tuple[str, list]:
    """SQL conditions on an articles row (`alias`) for the filters, ANDed; "1" when none."""
    if not filters:
        return "1", []
    live = f"FROM annotations n WHERE n.article_id = {alias}.id AND n.deleted = 0"
    parts: list[str] = []
    params: list[object] = []
    if filters.entity_id is not None:
        parts.append(f"EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = {alias}.id "
                     "AND m.entity_id = ? AND m.rejected = 0)")
        params.append(filters.entity_id)
    for column, value in (("color", filters.color), ("author", filters.author)):
        if value:  # a live highlight of this colour / by this author
            parts.append(f"EXISTS (SELECT 1 {live} AND n.{column} = ?)")
            params.append(value)
    if filters.tag:
        parts.append(f"EXISTS (SELECT 1 {live} AND EXISTS (SELECT 1 FROM annotation_tags t "
                     "WHERE t.annotation_id = n.id AND t.tag = ?))")
        params.append(filters.tag)
    if filters.has_notes:
        parts.append(f"EXISTS (SELECT 1 {live} AND n.note != '')")
    return " AND ".join(parts), params


def _coverage(folded: str, query: Query) -> tuple[bool, int]:
    """How much of a query a folded text holds: the whole phrase typed, then how many terms."""
    from desktop.core.textsearch import phrase_spans  # as in `search`

    whole = len(query.words) > 1 and bool(phrase_spans(folded, query.words))
    return whole, sum(1 for term in query.terms if phrase_spans(folded, term))


class SearchQueries(StoreBase):
    def search(self, text: str, *, filters: LibraryFilter | None = None,
               limit: int = SEARCH_LIMIT) -> list[SearchHit]:
        """Articles matching what the user typed (folded, whole words), best first: each term
        in the title, the text or a note of the article."""
        from desktop.core.textsearch import fts_query, parse_query  # not before the first search

        query = parse_query(text)
        if not query:
            return []
        match = fts_query(query)
        # counted only as far as the choice below needs: a common word in a pulled library of
        # 100,000 articles would otherwise read its whole list of matches just to count them
        matches = self.conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?)",
            [match, RANK_MAX_MATCHES + 1]).fetchone()[0]
        noted = self._noted(query, match, filters)
        order: list[tuple[float, int | str]]  # (score, FTS rowid or, found by notes, article id)
        if matches <= RANK_MAX_MATCHES:
            order = [*self._ranked_rowids(match, filters, limit), *(
                (score, article_id) for article_id, score in noted.items())]
            order = sorted(order, key=lambda scored: scored[0])[:limit]
        else:
            found = self._title_then_newest_rowids(match, filters, limit)
            order = [*((0.0, r) for r in found),
                     *((0.0, a) for a in list(noted)[:limit - len(found)])]
        rowids = [key for _, key in order if isinstance(key, int)]
        rows = self.conn.execute(
            "SELECT fts.rowid, fts.article_id, a.title, a.body, fts.body "
            "FROM articles_fts fts JOIN articles a ON a.id = fts.article_id "
            f"WHERE fts.rowid IN ({','.join('?' * len(rowids))})", rowids).fetchall()
        by_key: dict[int | str, tuple[str, str, str, str]] = {
            row[0]: (row[1], row[2], row[3], row[4]) for row in rows}
        note_ids = [key for _, key in order if isinstance(key, str)]
        for article_id, title, body in self.conn.execute(
                f"SELECT id, title, body FROM articles WHERE id IN ({','.join('?' * len(note_ids))})",
                note_ids).fetchall():
            by_key[article_id] = (article_id, title, body, fold(body))
        hits = []
        for _, key in order:
            if key in by_key:
                article_id, title, body, folded = by_key[key]
                hits.append(self._hit(query, article_id, title, body, folded,
                                      self._folded_notes(article_id)))
        return hits

    def _noted(self, query: Query, match: str, filters: LibraryFilter | None) -> dict[str, float]:
        """Articles that match only thanks to their notes (some term is in no title or text
        of theirs, but in a note), with a score comparable to bm25's: lower is better."""
        from desktop.core.textsearch import Query, fts_query  # as in `search`

        per_term: list[dict[str, float]] = []
        for term in query.terms:
            per_term.append(dict(self.conn.execute(
                "WITH hit AS MATERIALIZED (SELECT rowid, bm25(notes_fts) AS score FROM notes_fts "
                "WHERE notes_fts MATCH ?) SELECT n.article_id, min(hit.score) FROM hit "
                "JOIN note_index n ON n.id = hit.rowid GROUP BY n.article_id",
                [fts_query(Query((term,), term))]).fetchall()))
        candidates = set().union(*per_term)
        if not candidates:
            return {}
        lacking: dict[tuple[int, ...], list[str]] = {}  # terms their notes lack -> articles
        for article_id in candidates:
            missing = tuple(i for i, scores in enumerate(per_term) if article_id not in scores)
            lacking.setdefault(missing, []).append(article_id)
        where, params = filter_sql(filters)
        found: set[str] = set()
        for missing, ids in lacking.items():
            sql = (f"SELECT a.id FROM articles a WHERE a.id IN ({','.join('?' * len(ids))}) "
                   f"AND {where}")
            args: list = [*ids, *params]
            if missing:  # the text must hold the rest
                sql += " AND a.id IN (SELECT article_id FROM articles_fts WHERE articles_fts MATCH ?)"
                args.append(fts_query(Query(tuple(query.terms[i] for i in missing), ())))
            found.update(row[0] for row in self.conn.execute(sql, args))
        if found:  # those whose text holds every term are ranked with the text's hits
            found -= {row[0] for row in self.conn.execute(
                "SELECT article_id FROM articles_fts WHERE articles_fts MATCH ? AND article_id IN "
                f"({','.join('?' * len(found))})", [match, *found])}
        return {article_id: NOTES_WEIGHT * sum(scores.get(article_id, 0.0) for scores in per_term)
                for article_id in found}

    def _matching_rowids(self, match: str, filters: LibraryFilter | None, order: str,
                         limit: int) -> list[int]:
        return [rowid for _, rowid in self._matching(match, filters, order, limit)]

    def _matching(self, match: str, filters: LibraryFilter | None, order: str,
                  limit: int) -> list[tuple[float, int]]:
        """(the order's value, FTS rowid) of the articles matching, in that order."""
        where, params = filter_sql(filters)
        return [(row[0], row[1]) for row in self.conn.execute(
            f"SELECT {order}, fts.rowid FROM articles_fts fts JOIN articles a "
            f"ON a.id = fts.article_id WHERE fts.articles_fts MATCH ? AND {where} "
            "ORDER BY 1 LIMIT ?", [match, *params, limit])]

    def _ranked_rowids(self, match: str, filters: LibraryFilter | None,
                       limit: int) -> list[tuple[float, int]]:
        """(bm25, FTS rowid), best first; the notes have an index of their own (`_noted`)."""
        order = f"bm25(articles_fts, 0.0, {TITLE_WEIGHT}, {BODY_WEIGHT}, 0.0)"
        return self._matching(match, filters, order, limit)

    def _title_then_newest_rowids(self, match: str, filters: LibraryFilter | None,
                                  limit: int) -> list[int]:
        """For a query that most of a big library matches (ranking all of it is slow, and says
        little): articles with the words in their title first, then the newest others."""
        found = self._matching_rowids(f"title : ({match})", filters, "fts.rowid DESC", limit)
        if len(found) < limit:
            seen = set(found)
            more = self._matching_rowids(match, filters, "fts.rowid DESC", limit + len(found))
            found += [r for r in more if r not in seen][:limit - len(found)]
        return found

    def _folded_notes(self, article_id: str) -> str:
        return " \n".join(row[0] for row in self.conn.execute(
            "SELECT folded FROM note_index WHERE article_id = ?", [article_id]))

    def _hit(self, query: Query, article_id: str, title: str, body: str, folded_body: str,
             folded_notes: str) -> SearchHit:
        """The snippet: where the query matches best — the text, or a note that holds more of
        what was typed than the text does (the note is what the user remembers writing)."""
        from desktop.core.textsearch import SearchHit, find_spans, snippet  # as in `search`

        spans = find_spans(folded_body, query)
        body_score = _coverage(folded_body, query) if spans else (False, 0)
        if folded_notes and _coverage(folded_notes, query) > body_score:
            best = max(((_coverage(fold(n), query), n) for n in self._notes(article_id)),
                       key=lambda scored: scored[0], default=None)
            if best is not None and best[0] > body_score:
                text, marks = snippet(best[1], find_spans(fold(best[1]), query))
                return SearchHit(article_id, title, (), text, marks, "notes")
        if spans:
            text, marks = snippet(body, spans)
            return SearchHit(article_id, title, tuple(spans), text, marks, "body")
        text, marks = snippet(body, [])
        return SearchHit(article_id, title, (), text, (), "title")

    def _notes(self, article_id: str) -> list[str]:
        return [row[0] for row in self.conn.execute(
            "SELECT note FROM annotations WHERE article_id = ? AND deleted = 0 AND note != '' "
            "ORDER BY start", [article_id])]

    def filtered_summaries(self, filters: LibraryFilter | None) -> list[ArticleSummary]:
        """The library list with only the articles the filters let through."""
        where, params = filter_sql(filters)
        return self._summaries(where, params)

    def filter_choices(self) -> FilterChoices:
        """Entities, colours, tags and authors that occur, for the filter menus."""
        entities = self.conn.execute(
            "SELECT e.id, e.kind, e.name, count(DISTINCT m.article_id) AS n FROM entities e "
            "JOIN mentions m ON m.entity_id = e.id WHERE m.rejected = 0 AND e.hidden = 0 "
            "GROUP BY e.id ORDER BY n DESC, e.name").fetchall()
        live = "FROM annotations WHERE deleted = 0"
        colors = [r[0] for r in self.conn.execute(f"SELECT DISTINCT color {live} ORDER BY color")]
        tags = [r[0] for r in self.conn.execute(
            "SELECT DISTINCT t.tag FROM annotation_tags t JOIN annotations n "
            "ON n.id = t.annotation_id WHERE n.deleted = 0 ORDER BY t.tag")]
        authors = [r[0] for r in self.conn.execute(
            f"SELECT DISTINCT author {live} AND author != '' ORDER BY author")]
        return FilterChoices(tuple(map(tuple, entities)), tuple(colors), tuple(tags),
                             tuple(authors))
