"""The team server's SQL as a user runs it: one push batch in one transaction, and the pulls.

Every statement runs as the user's own login role, so the server's row-level security decides
what it may read and write (desktop/core/sync/schema.py); nothing here filters for it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field

from psycopg.types.json import Jsonb

from desktop.core.exchange.merge import CLOCK_SKEW
from desktop.core.models import Annotation, Article, utc_now
from desktop.core.sync.schema import WRITE_LOCK

_STAMP = "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'"  # utc_now()'s form

_ANNOTATION_FIELDS = ('id, article_id, start, "end", exact, prefix, suffix, color, note, tags, '
                      "author, created, modified, deleted")
PULL_COLUMNS = {
    "library": "article_id, origin, deleted, title, title_modified",
    "team_articles": "team_id, article_id, published_by, deleted, title, title_modified",
    "shares": "owner, team_id, article_id, shared",
    "entity_decisions": "team_id, kind, name, aliases, hidden, decided_by, modified, deleted",
    # tags as their JSON text: parsed (and checked) by validate.annotation, once per spelling
    "annotations": "owner, " + _ANNOTATION_FIELDS.replace("tags,", "tags::text,"),
}


@dataclass
class Push:
    """One push batch: written on the server in one transaction, or not at all."""

    articles: list[Article] = field(default_factory=list)
    gone_articles: list[str] = field(default_factory=list)  # deleted from this laptop
    # when an article came (back) into the library here, if known (else its `added_at`): an
    # undone deletion or one kept for the user's own work is added when that happened
    added: dict[str, str] = field(default_factory=dict)
    titles: list[tuple[str, str, str]] = field(default_factory=list)  # (id, title, edited when)
    # of those, the team's articles (not in the user's library): the title alone goes there
    team_titles: set[str] = field(default_factory=set)
    annotations: list[Annotation] = field(default_factory=list)
    gone_annotations: list[tuple[str, str]] = field(default_factory=list)  # (id, when)
    # (team id, article id, publish|share, active, title, title edited when, asked when)
    publications: list[tuple[int, str, str, bool, str, str, str]] = field(default_factory=list)
    # (team id, kind, name, aliases, hidden, deleted, modified): a trainer's name decisions
    entity_decisions: list[tuple] = field(default_factory=list)
    device: str = ""


def whoami(conn) -> str:
    return conn.execute("SELECT current_user").fetchone()[0]


def my_teams(conn) -> list[tuple[int, str, str]]:
    """(team id, name, role) of the user's teams."""
    return conn.execute(
        "SELECT t.id, t.name, m.role FROM chugiai.memberships m JOIN chugiai.teams t "
        "ON t.id = m.team_id WHERE m.login = current_user ORDER BY t.id").fetchall()


def visible_articles(conn, ids: Iterable[str]) -> set[str]:
    return {r[0] for r in conn.execute(
        "SELECT id FROM chugiai.articles WHERE id = ANY(%s)", [list(ids)])}


def push(conn, batch: Push) -> set[str]:
    """Write one batch in one server transaction; repeating it changes nothing (upserts keyed
    by the client's ids; an annotation is replaced only by a version as new or newer). Returns the ids
    of the annotations the server took (not those it has a newer version of)."""
    accepted: set[str] = set()
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", [WRITE_LOCK])
        if batch.articles:
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO chugiai.articles(id, slug, title, body, source, published, "
                    "language) VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT (id) DO NOTHING",
                    [(a.id, a.slug, a.title, a.body, a.source, a.published, a.language)
                     for a in batch.articles])
                # a row that carried only the user's title of a team article ("team") becomes
                # the user's own article when it is sent as one; a deleted one comes back only
                # when added after its deletion (an import on a laptop that was away does not)
                cur.executemany(
                    "INSERT INTO chugiai.library(article_id, origin, modified) VALUES "
                    "(%s, %s, %s) ON CONFLICT (owner, article_id) DO UPDATE SET deleted = false, "
                    "modified = greatest(library.modified, excluded.modified), origin = "
                    "CASE WHEN library.origin = 'team' THEN excluded.origin ELSE library.origin "
                    "END WHERE (library.deleted AND library.modified < excluded.modified) "
                    "OR library.origin = 'team'",
                    [(a.id, a.origin, batch.added.get(a.id) or a.added_at or "")
                     for a in batch.articles])
        if batch.titles:
            _push_titles(conn, batch.titles, batch.team_titles)
        if batch.gone_articles:
            gone = [batch.gone_articles, utc_now()]
            conn.execute("UPDATE chugiai.library SET deleted = true, modified = greatest("
                         "modified, %s) WHERE owner = current_user AND article_id = ANY(%s) "
                         "AND NOT deleted", gone[::-1])
            # what this trainer published leaves the team with it, and their shares on it
            conn.execute("UPDATE chugiai.team_articles SET deleted = true, modified = "
                         "greatest(modified, %s) WHERE article_id = ANY(%s) AND published_by = "
                         "current_user AND NOT deleted", gone[::-1])
            conn.execute("UPDATE chugiai.shares SET shared = false, modified = greatest(modified,"
                         " %s) WHERE owner = current_user AND article_id = ANY(%s) AND shared",
                         gone[::-1])
        if batch.annotations:
            accepted = _push_annotations(conn, batch.annotations, batch.device)
        if batch.gone_annotations:
            with conn.cursor() as cur:
                cur.executemany(
                    "UPDATE chugiai.annotations SET deleted = true, modified = %s, device = %s "
                    "WHERE owner = current_user AND id = %s AND NOT deleted AND modified < %s",
                    [(when, batch.device, i, when) for i, when in batch.gone_annotations])
        trust = _trusted(conn) if batch.publications or batch.entity_decisions else str
        for team_id, article_id, kind, active, title, title_modified, asked in \
                batch.publications:
            asked = trust(asked)
            # a request older than the one the server holds (from a laptop that was away) is
            # left out: the later one stands
            if kind == "publish":
                conn.execute(
                    "INSERT INTO chugiai.team_articles(team_id, article_id, deleted, title, "
                    "title_modified, modified) VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT "
                    "(team_id, article_id) DO UPDATE SET deleted = excluded.deleted, "
                    "published_by = current_user, title = CASE WHEN excluded.title_modified > "
                    "team_articles.title_modified THEN excluded.title ELSE team_articles.title "
                    "END, title_modified = greatest(team_articles.title_modified, "
                    "excluded.title_modified), modified = excluded.modified "
                    "WHERE team_articles.modified <= excluded.modified",
                    [team_id, article_id, not active, title if title_modified else "",
                     title_modified, asked])
            if kind in ("share", "publish"):
                # a trainer's annotations on what they publish are shared by default, and
                # withdrawn with it
                conn.execute(
                    "INSERT INTO chugiai.shares(team_id, article_id, shared, modified) "
                    "VALUES (%s, %s, %s, %s) ON CONFLICT (owner, team_id, article_id) DO UPDATE "
                    "SET shared = excluded.shared, modified = excluded.modified "
                    "WHERE shares.shared <> excluded.shared AND shares.modified < "
                    "excluded.modified", [team_id, article_id, active, asked])
        if batch.entity_decisions:
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO chugiai.entity_decisions(team_id, kind, name, aliases, hidden, "
                    "deleted, modified) VALUES (%s, %s, %s, %s, %s, %s, %s) "
                    "ON CONFLICT (team_id, kind, name) DO UPDATE SET aliases = excluded.aliases, "
                    "hidden = excluded.hidden, deleted = excluded.deleted, "
                    "modified = excluded.modified, decided_by = current_user "
                    "WHERE entity_decisions.modified <= excluded.modified",
                    [(t, k, n, Jsonb(a), h, d, trust(m)) for t, k, n, a, h, d, m in
                     batch.entity_decisions])
    return accepted


def _trusted(conn) -> Callable[[str], str]:
    """The merge's horizon for requests and decisions, on the server's clock: a stamp later
    than its time plus `CLOCK_SKEW` (a laptop whose clock is far ahead) counts as made now, so
    it cannot lock out every later request."""
    now, horizon = conn.execute(
        f"SELECT to_char(t, {_STAMP}), to_char(t + %s, {_STAMP}) FROM "
        "(SELECT now() AT TIME ZONE 'UTC' AS t) n", [CLOCK_SKEW]).fetchone()
    return lambda stamp: now if stamp and stamp > horizon else stamp


def _push_titles(conn, titles: list[tuple[str, str, str]], team: Collection[str] = ()
                 ) -> None:
    """A title edited here: into the user's own library row and into what they published to
    their teams, where it is newer than the title there (newest edit wins). A team article
    (`team`) gets a library row of origin "team" that carries the user's title alone (it never
    brings the article to their other laptops); one the user deleted keeps its tombstone."""
    ids, names, stamps = (list(x) for x in zip(*titles, strict=True))
    values = "SELECT * FROM unnest(%s::text[], %s::text[], %s::text[]) AS v(id, title, modified)"
    if team:
        conn.execute(
            f"INSERT INTO chugiai.library(article_id, origin, title, title_modified) SELECT v.id,"
            f" 'team', v.title, v.modified FROM ({values}) v WHERE v.id = ANY(%s) AND EXISTS "
            "(SELECT 1 FROM chugiai.articles a WHERE a.id = v.id) "
            "ON CONFLICT (owner, article_id) DO NOTHING", [ids, names, stamps, list(team)])
    conn.execute(
        f"UPDATE chugiai.library l SET title = v.title, title_modified = v.modified FROM "
        f"({values}) v WHERE l.owner = current_user AND l.article_id = v.id AND NOT l.deleted "
        "AND l.title_modified < v.modified", [ids, names, stamps])
    conn.execute(
        f"UPDATE chugiai.team_articles t SET title = v.title, title_modified = v.modified FROM "
        f"({values}) v WHERE t.article_id = v.id AND t.published_by = current_user AND NOT "
        "t.deleted AND t.title_modified < v.modified", [ids, names, stamps])


def _push_annotations(conn, annotations: list[Annotation], device: str) -> set[str]:
    """COPY into a temporary table, then one upsert: newest `modified` wins on the server."""
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS push_annotations (id text, article_id text, "
        'start integer, "end" integer, exact text, prefix text, suffix text, color text, '
        "note text, tags jsonb, author text, created text, modified text, deleted boolean, "
        "device text) ON COMMIT DELETE ROWS")
    with conn.cursor() as cur, \
            cur.copy(f"COPY push_annotations ({_ANNOTATION_FIELDS}, device) FROM STDIN") as copy:
        for a in annotations:
            copy.write_row((a.id, a.article_id, a.start, a.end, a.exact, a.prefix, a.suffix,
                            a.color, a.note, _tags_json(a.tags), a.author, a.created or "",
                            a.modified or "", a.deleted, device))
    return {row[0] for row in conn.execute(
        f"INSERT INTO chugiai.annotations ({_ANNOTATION_FIELDS}, device) "
        f"SELECT {_ANNOTATION_FIELDS}, device FROM push_annotations "
        "ON CONFLICT (owner, id) DO UPDATE SET start = excluded.start, \"end\" = excluded.\"end\", "
        "exact = excluded.exact, prefix = excluded.prefix, suffix = excluded.suffix, "
        "color = excluded.color, note = excluded.note, tags = excluded.tags, "
        "author = excluded.author, created = excluded.created, modified = excluded.modified, "
        "deleted = excluded.deleted, device = excluded.device "
        "WHERE annotations.modified <= excluded.modified RETURNING id")}


def _tags_json(tags: tuple[str, ...]) -> str:
    """Tags as the JSON text COPY gives the jsonb column (most annotations have none)."""
    return json.dumps(list(tags), ensure_ascii=False) if tags else "[]"


def changed_tables(conn, cursors: dict[str, int]) -> set[str]:
    """Which tables have rows the user may see after their cursor: one round trip, so that an
    incremental sync reads only those (a row committed just after is found by the next sync,
    since the cursors of the others do not move)."""
    tables = list(cursors)
    query = " UNION ALL ".join(
        f"SELECT %s::text WHERE EXISTS (SELECT 1 FROM chugiai.{t} WHERE seq > %s)" for t in tables)
    return {r[0] for r in conn.execute(query, [v for t in tables for v in (t, cursors[t])])}


def changes(conn, table: str, *, after: int, limit: int, device: str = ""
            ) -> tuple[list[tuple], int]:
    """Rows of `table` the user may see, changed after the cursor, oldest first (the last
    column is the row's change number), and the cursor to keep once they are written.

    Annotations this device wrote last are left out (they are what it sent); the cursor still
    moves past them: read in one snapshot, the newest number seen is safe, since writers commit
    in number order (the advisory lock of schema.py)."""
    mine = " AND NOT (owner = current_user AND device = %s)" if table == "annotations" else ""
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        rows = conn.execute(
            f"SELECT {PULL_COLUMNS[table]}, seq FROM chugiai.{table} WHERE seq > %s{mine} "
            "ORDER BY seq LIMIT %s", [after, *([device] if mine else []), limit]).fetchall()
        if len(rows) == limit:
            return rows, rows[-1][-1]
        if not mine:
            return rows, rows[-1][-1] if rows else after
        newest = conn.execute(f"SELECT max(seq) FROM chugiai.{table} WHERE seq > %s",
                              [after]).fetchone()[0]
        return rows, max(after, newest or after, rows[-1][-1] if rows else after)


def articles(conn, ids: Iterable[str]) -> list[tuple]:
    """(id, slug, title, body, source, published, language) of the visible ones among ids."""
    return conn.execute(
        "SELECT id, slug, title, body, source, published, language FROM chugiai.articles "
        "WHERE id = ANY(%s)", [list(ids)]).fetchall()


def shared_annotations(conn, owner: str, article_id: str) -> list[tuple]:
    """All of one owner's annotations on one article (as `changes` returns them, with seq)."""
    return conn.execute(
        f"SELECT {PULL_COLUMNS['annotations']}, seq FROM chugiai.annotations "
        "WHERE owner = %s AND article_id = %s ORDER BY seq", [owner, article_id]).fetchall()
