"""The local side of the team library: what is still to send, how far the server has been read,
and what others share with this user — each pull batch written in one transaction together with
its cursor, so a killed sync leaves either all of a batch or none of it.

The merge of a user's own annotations coming back from the server is the bundle merge
(desktop/core/exchange/merge.py); this module writes what it decided (`_write_exchange`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field

from desktop.core.models import Annotation, Changes, utc_now
from desktop.core.store.base import StoreError
from desktop.core.store.exchange import ExchangeBatch, ExchangeQueries, _chunks
from desktop.core.vietnamese import fold

# a place in the outbox's order (articles first: annotations point to them): (annotation?, rowid)
OutboxPlace = tuple[int, int]
SYNC_WAL_PAGES = 50_000  # the write-ahead log's bound during a sync (~200 MB)
SYNC_CHECKPOINT_ROWS = 5_000  # rows written by a sync after which it checkpoints at its end


@dataclass(frozen=True)
class SyncState:
    login: str
    cursors: dict[str, int]
    teams: list[int]
    last_sync: str | None


@dataclass(frozen=True)
class SharedAnnotation:
    """Another user's annotation shared with one of this user's teams (read-only here)."""

    owner: str
    annotation: Annotation


@dataclass(frozen=True)
class TitleConflict:
    """The version of an article's title that lost to a newer one, kept until the user picks:
    "local" (the user's own, replaced by a trainer's newer title) or "incoming" (a trainer's
    title older than the user's own)."""

    id: int
    article_id: str
    title: str
    modified: str
    origin: str


@dataclass
class PulledBatch:
    """Everything one pull batch writes, with the cursors that move when it is committed."""

    cursors: dict[str, int] = field(default_factory=dict)
    exchange: ExchangeBatch | None = None
    shared: list[SharedAnnotation] = field(default_factory=list)
    unshared: list[tuple[str, str]] = field(default_factory=list)  # (owner, article id)
    team_articles: list[tuple[int, str, str, bool]] = field(default_factory=list)
    remote_shares: list[tuple[str, int, str, bool]] = field(default_factory=list)
    entity_decisions: list[tuple] = field(default_factory=list)
    titles: list[tuple[str, str, str]] = field(default_factory=list)  # (article, title, when)
    team_titles: list[tuple[str, str, str]] = field(default_factory=list)  # trainers' titles
    gone: list[tuple[str, str]] = field(default_factory=list)  # (article id, library|team)
    # what the server holds of this user's own requests: (team id, article id, kind, active)
    own_requests: list[tuple[int, str, str, bool]] = field(default_factory=list)


class SyncQueries(ExchangeQueries):
    def device_id(self) -> str:
        return self.conn.execute("SELECT device_id FROM sync_device").fetchone()[0]

    # -- what is still to send -----------------------------------------------------------

    def outbox(self, *, limit: int, after: OutboxPlace = (0, 0)
               ) -> tuple[list[tuple[str, str, int]], OutboxPlace]:
        """(kind, key, n) of local changes not yet on the server, articles first, from a place
        in that order on (read through its index: no sort), and the place after them."""
        entries: list[tuple[str, str, int]] = []
        flag, rowid = after
        while flag <= 1 and len(entries) < limit:
            rows = self.conn.execute(
                "SELECT kind, key, n, rowid FROM sync_outbox WHERE (kind = 'annotation') = ? "
                "AND rowid > ? ORDER BY rowid LIMIT ?", [flag, rowid, limit - len(entries)]
            ).fetchall()
            entries += [r[:3] for r in rows]
            if len(entries) < limit:
                flag, rowid = flag + 1, 0
            else:
                rowid = rows[-1][3]
        return entries, (flag, rowid)

    def outbox_times(self, keys: Iterable[str], *, kind: str = "article") -> dict[str, str]:
        """When these articles came (back) into this library, or these annotations were
        removed with their article, as far as it is known."""
        out: dict[str, str] = {}
        for chunk in _chunks(list(dict.fromkeys(keys))):
            out.update(self.conn.execute(
                "SELECT key, at FROM sync_outbox WHERE kind = ? AND at != '' AND key IN "
                f"({','.join('?' * len(chunk))})", [kind, *chunk]).fetchall())
        return out

    def outbox_size(self) -> int:
        return self.conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]

    def clear_outbox(self, entries: Iterable[tuple[str, str, int]], *,
                     exchanged: Iterable[tuple[str, str]] = (),
                     publications: Iterable[tuple[str, str, str]] = ()) -> None:
        """After the server committed a push: forget what went up, unless it changed meanwhile
        (`n` moved), and remember the versions sent (the merge's exchange base)."""
        with self._atomic():
            self.conn.executemany("DELETE FROM sync_outbox WHERE kind = ? AND key = ? AND n = ?",
                                  list(entries))
            self._record_bases(exchanged)
            self.conn.executemany(
                "UPDATE sync_publications SET pushed = 1 WHERE team = ? AND article_id = ? "
                "AND kind = ?", list(publications))

    def articles_present(self, ids: Iterable[str]) -> set[str]:
        out: set[str] = set()
        for chunk in _chunks(list(dict.fromkeys(ids))):
            out.update(r[0] for r in self.conn.execute(
                f"SELECT id FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        return out

    # -- publishing and sharing (intents, sent at the next sync) ------------------------------

    def publish(self, team: str, article_ids: Iterable[str], *, kind: str = "publish",
                active: bool = True) -> Changes:
        """Ask the next sync to publish articles to a team (a trainer), or to share (`kind` =
        "share") or stop sharing this user's annotations on them with the team."""
        asked = utc_now()
        with self._atomic():
            self.conn.executemany(
                "INSERT INTO sync_publications(team, article_id, kind, active, pushed, asked) "
                "VALUES (?, ?, ?, ?, 0, ?) ON CONFLICT(team, article_id, kind) DO UPDATE SET "
                "active = excluded.active, pushed = 0, asked = excluded.asked",
                [(team, a, kind, int(active), asked) for a in article_ids])
        return Changes(settings=frozenset({"sync"}))

    def pending_publications(self) -> list[tuple[str, str, str, bool, str]]:
        """(team, article id, kind, active, asked when) not yet on the server."""
        return [(t, a, k, bool(on), asked) for t, a, k, on, asked in self.conn.execute(
            "SELECT team, article_id, kind, active, asked FROM sync_publications WHERE "
            "pushed = 0 ORDER BY kind = 'share', rowid")]

    def entity_decisions(self) -> dict[str, tuple[str, str, list[str], bool]]:
        """This user's decisions on people and organizations (named, renamed, merged, hidden),
        by "KIND:name": (kind, name, the aliases the user gave, hidden)."""
        rows = self.conn.execute(
            "SELECT e.id, e.kind, e.name, e.hidden FROM entities e WHERE e.origin = 'user' "
            # a name hidden by a team's list carries no decision stamp: it is not this user's
            "OR (e.hidden = 1 AND e.decided_at IS NOT NULL) OR EXISTS (SELECT 1 FROM "
            "entity_aliases a WHERE a.entity_id = e.id AND a.origin = 'user') "
            "ORDER BY e.kind, e.name").fetchall()
        out = {}
        for entity_id, kind, name, hidden in rows:
            aliases = [r[0] for r in self.conn.execute(
                "SELECT alias FROM entity_aliases WHERE entity_id = ? AND origin = 'user' AND "
                "alias != ? ORDER BY alias", [entity_id, name])]
            out[f"{kind}:{name}"] = (kind, name, aliases, bool(hidden))
        return out

    def entity_decision_stamps(self) -> dict[str, str]:
        """When the user last decided on each name ("KIND:name" → its time), so that a decision
        sent late by a laptop that was away never wins over a later one made elsewhere."""
        return {f"{k}:{n}": when for k, n, when in self.conn.execute(
            "SELECT kind, name, decided_at FROM entities WHERE decided_at IS NOT NULL")}

    # -- how far the server has been read ------------------------------------------------

    def sync_state(self, server: str) -> SyncState | None:
        row = self.conn.execute("SELECT login, cursors, teams, last_sync FROM sync_state "
                                "WHERE server = ?", [server]).fetchone()
        if row is None:
            return None
        return SyncState(row[0], json.loads(row[1]), json.loads(row[2]), row[3])

    def last_sync(self) -> str | None:
        row = self.conn.execute("SELECT max(last_sync) FROM sync_state").fetchone()
        return row[0] if row else None

    def start_sync_state(self, server: str, *, login: str, teams: list[tuple[int, str, str]]
                         ) -> SyncState:
        """Record the user's teams; when they changed (or the login did), read everything
        again from the start (rows published before joining a team have old numbers)."""
        state = self.sync_state(server)
        team_ids = sorted(t[0] for t in teams)
        reset = state is None or state.login != login or state.teams != team_ids
        if state is not None and not reset and set(self.sync_teams()) == {
                (t[0], t[1], t[2]) for t in teams}:
            return state  # as last time: nothing to write
        with self._atomic():
            self.conn.execute(
                "INSERT INTO sync_state(server, login, teams) VALUES (?, ?, ?) "
                "ON CONFLICT(server) DO UPDATE SET login = excluded.login, teams = excluded.teams"
                + (", cursors = '{}'" if reset else ""),
                [server, login, json.dumps(team_ids)])
            self.conn.execute("DELETE FROM sync_teams")
            self.conn.executemany("INSERT INTO sync_teams(team_id, name, role) VALUES (?, ?, ?)",
                                  teams)
        started = self.sync_state(server)
        assert started is not None  # written just now
        return started

    def finish_sync(self, server: str) -> None:
        self.conn.execute("UPDATE sync_state SET last_sync = ? WHERE server = ?",
                          [utc_now(), server])

    def sync_teams(self) -> list[tuple[int, str, str]]:
        return self.conn.execute("SELECT team_id, name, role FROM sync_teams ORDER BY name"
                                 ).fetchall()

    def shared_owners(self, owner: str, article_id: str) -> bool:
        """Is (owner, article) still shared with this user through any team?"""
        return self.conn.execute(
            "SELECT 1 FROM sync_remote_shares WHERE owner = ? AND article_id = ? AND shared = 1",
            [owner, article_id]).fetchone() is not None

    # -- writing a pull batch ------------------------------------------------------------

    def apply_pull(self, server: str, pulled: PulledBatch) -> Changes:
        """One pull batch and its cursors, in one transaction."""
        changes = Changes()
        with self._atomic():
            batch = pulled.exchange
            if batch is not None:
                # what comes from the server is not a local change to send back (the triggers
                # stay quiet), and an edit waiting here that lost to it has nothing left to send
                known = self.articles_present(a.id for a in batch.articles)
                self.conn.execute("UPDATE sync_device SET quiet = 1")
                changes = self._write_exchange(batch, reindex=False)
                self.conn.execute("UPDATE sync_device SET quiet = 0")
                if self.conn.execute("SELECT 1 FROM sync_outbox WHERE kind = 'annotation' "
                                     "LIMIT 1").fetchone() is not None:  # else: nothing waits
                    self.conn.executemany(
                        "DELETE FROM sync_outbox WHERE kind = 'annotation' AND key = ?",
                        [(a.id,) for a in batch.annotations])
                new = {a.id for a in batch.articles} - known  # not yet in the search index
                self.conn.executemany(
                    "INSERT INTO sync_reindex(article_id, new) VALUES (?, ?) "
                    "ON CONFLICT(article_id) DO UPDATE SET new = max(new, excluded.new)",
                    [(i, int(i in new)) for i in {a.article_id for a in batch.annotations} | new])
            titled = self._write_titles(pulled.titles)
            titled |= self._write_titles(pulled.team_titles, source="team")
            self.conn.executemany(
                "INSERT INTO sync_gone(article_id, reason) VALUES (?, ?) ON CONFLICT(article_id) "
                "DO UPDATE SET reason = CASE WHEN reason = 'library' THEN reason "
                "ELSE excluded.reason END", pulled.gone)
            self.conn.executemany(
                "INSERT INTO sync_team_articles(team_id, article_id, published_by, deleted) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(team_id, article_id) DO UPDATE SET "
                "published_by = excluded.published_by, deleted = excluded.deleted",
                [(t, a, by, int(d)) for t, a, by, d in pulled.team_articles])
            self.conn.executemany(
                "INSERT INTO sync_remote_shares(owner, team_id, article_id, shared) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(owner, team_id, article_id) DO UPDATE SET "
                "shared = excluded.shared",
                [(o, t, a, int(s)) for o, t, a, s in pulled.remote_shares])
            # a request sent (here or from another laptop of this user) shows what the server
            # kept: a later one made elsewhere stands over an older one sent from here
            self.conn.executemany(
                "UPDATE sync_publications SET active = ? WHERE pushed = 1 AND article_id = ? "
                "AND kind = ? AND team = (SELECT name FROM sync_teams WHERE team_id = ?) "
                "AND active != ?",
                [(int(on), a, k, t, int(on)) for t, a, k, on in pulled.own_requests])
            self.conn.executemany(
                "DELETE FROM shared_annotations WHERE owner = ? AND article_id = ? AND NOT EXISTS"
                " (SELECT 1 FROM sync_remote_shares r WHERE r.owner = shared_annotations.owner "
                "AND r.article_id = shared_annotations.article_id AND r.shared = 1)",
                pulled.unshared)
            self.conn.executemany(
                "INSERT INTO shared_annotations(owner, id, article_id, start, end, exact, prefix,"
                " suffix, color, note, tags, author, created, modified, deleted) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(owner, id) DO UPDATE SET "
                "start = excluded.start, end = excluded.end, exact = excluded.exact, "
                "prefix = excluded.prefix, suffix = excluded.suffix, color = excluded.color, "
                "note = excluded.note, tags = excluded.tags, author = excluded.author, "
                "created = excluded.created, modified = excluded.modified, "
                "deleted = excluded.deleted",
                [(s.owner, a.id, a.article_id, a.start, a.end, a.exact, a.prefix, a.suffix,
                  a.color, a.note, json.dumps(list(a.tags), ensure_ascii=False), a.author,
                  a.created, a.modified, int(a.deleted))
                 for s in pulled.shared for a in (s.annotation,)])
            self.conn.executemany(
                "INSERT OR REPLACE INTO team_entity_decisions(team_id, kind, name, aliases, "
                "hidden, decided_by, modified, deleted) VALUES (?,?,?,?,?,?,?,?)",
                pulled.entity_decisions)
            if pulled.cursors:
                row = self.conn.execute("SELECT cursors FROM sync_state WHERE server = ?",
                                        [server]).fetchone()
                cursors = json.loads(row[0]) if row else {}
                cursors.update(pulled.cursors)
                self.conn.execute("UPDATE sync_state SET cursors = ? WHERE server = ?",
                                  [json.dumps(cursors), server])
        touched = {s.annotation.article_id for s in pulled.shared} | {a for _, a in pulled.unshared}
        touched |= titled  # their library row and the reader's title show the new one
        return changes | Changes(articles=frozenset(touched))

    def reindex_pulled(self) -> None:
        """Index the articles the pulls added or touched, once each and set-wise: a new one gets
        its row (title, text), and the notes of all of them are indexed again in one pass (one
        statement per step, not a few per article: a first pull touches every article)."""
        if self.conn.execute("SELECT 1 FROM sync_reindex LIMIT 1").fetchone() is None:
            return  # nothing to do: no write transaction
        with self._atomic():
            new = self.conn.execute(
                "SELECT a.id, a.title, a.body FROM sync_reindex r JOIN articles a "
                "ON a.id = r.article_id WHERE r.new").fetchall()
            self.conn.executemany(
                "INSERT INTO articles_fts(article_id, title, body, notes) VALUES (?,?,?,'')",
                [(i, fold(title), fold(body)) for i, title, body in new])
            # nothing to remove on a laptop with no notes yet (a first pull): the second
            # statement would list every annotation of the touched articles for nothing
            if self.conn.execute("SELECT 1 FROM note_index LIMIT 1").fetchone() is not None:
                self.conn.execute("DELETE FROM note_index WHERE article_id IN "
                                  "(SELECT article_id FROM sync_reindex)")
                self.conn.execute("DELETE FROM note_index WHERE annotation_id IN (SELECT a.id "
                                  "FROM sync_reindex r CROSS JOIN annotations a "
                                  "ON a.article_id = r.article_id)")
            notes = [(i, a, fold(n)) for i, a, n in self.conn.execute(
                "SELECT a.id, a.article_id, a.note FROM sync_reindex r CROSS JOIN annotations a "
                "ON a.article_id = r.article_id AND a.deleted = 0 WHERE a.note != ''")]
            self._insert_notes(notes)
            self.conn.execute("DELETE FROM sync_reindex")

    # -- reading what others share -------------------------------------------------------

    def shared_annotations(self, article_id: str) -> list[SharedAnnotation]:
        """Others' annotations on an article shared with this user's teams, by author."""
        rows = self.conn.execute(
            "SELECT owner, id, article_id, start, end, exact, prefix, suffix, color, note, tags,"
            " author, created, modified FROM shared_annotations WHERE article_id = ? AND "
            "deleted = 0 ORDER BY owner, start, end", [article_id]).fetchall()
        return [SharedAnnotation(r[0], Annotation(
            id=r[1], article_id=r[2], start=r[3], end=r[4], exact=r[5], prefix=r[6], suffix=r[7],
            color=r[8], note=r[9], tags=tuple(json.loads(r[10])), author=r[11], created=r[12],
            modified=r[13])) for r in rows]

    def team_entity_decisions(self) -> list[tuple[int, str, str, list[str], bool]]:
        """(team, kind, name, aliases, hidden): the people & organizations lists of trainers."""
        return [(t, k, n, json.loads(a), bool(h)) for t, k, n, a, h in self.conn.execute(
            "SELECT team_id, kind, name, aliases, hidden FROM team_entity_decisions "
            "WHERE deleted = 0 ORDER BY team_id, kind, name")]

    # -- titles and articles that left a library (team library changes) -------------------

    def title_stamps(self, ids: Iterable[str]) -> dict[str, str]:
        """When the titles of these articles were last edited (those ever edited)."""
        out: dict[str, str] = {}
        for chunk in _chunks(list(dict.fromkeys(ids))):
            out.update(self.conn.execute(
                "SELECT article_id, modified FROM sync_titles WHERE article_id IN "
                f"({','.join('?' * len(chunk))})", chunk).fetchall())
        return out

    def _write_titles(self, titles: list[tuple[str, str, str]], *, source: str = "own") -> set[str]:
        """Take the titles edited elsewhere that are newer than the one here (the merge's rule:
        newest edit wins); not a local change to send back. A trainer's title (`source` "team")
        that meets the user's own keeps the one that lost in `title_conflicts`; a title of an
        article not here yet waits for it (and is taken when a later batch brings it)."""
        incoming = [(a, t, m, source) for a, t, m in titles]
        incoming += self.conn.execute(
            "SELECT p.article_id, p.title, p.modified, p.source FROM sync_pending_titles p "
            "JOIN articles a ON a.id = p.article_id").fetchall()
        if not incoming:
            return set()
        present = self.articles_present(a for a, _, _, _ in incoming)
        self.conn.executemany(
            "INSERT INTO sync_pending_titles(article_id, title, modified, source) VALUES "
            "(?, ?, ?, ?) ON CONFLICT(article_id) DO UPDATE SET title = excluded.title, "
            "modified = excluded.modified, source = excluded.source "
            "WHERE excluded.modified > modified",
            [row for row in incoming if row[0] not in present])
        self.conn.executemany("DELETE FROM sync_pending_titles WHERE article_id = ?",
                              [(i,) for i in present])
        now = utc_now()
        titled: set[str] = set()  # whose title changed here
        for article_id, title, modified, src in sorted(
                (r for r in incoming if r[0] in present), key=lambda r: r[2]):
            local = self.conn.execute(
                "SELECT s.modified, s.source, a.title FROM articles a LEFT JOIN sync_titles s "
                "ON s.article_id = a.id WHERE a.id = ?", [article_id]).fetchone()
            stamp, here_from, current = local
            mine_here = stamp is not None and here_from == "own"
            if stamp is not None and modified <= stamp:
                if src == "team" and mine_here and title != current:  # hers is newer
                    self._title_conflict(article_id, title, modified, "incoming", now)
                continue
            if src == "team" and mine_here and title != current:  # a trainer's is newer
                self._title_conflict(article_id, current, stamp, "local", now)
            if title != current:
                titled.add(article_id)
            self.conn.execute("UPDATE sync_device SET quiet = 1")
            self.conn.execute("UPDATE articles SET title = ? WHERE id = ?", [title, article_id])
            self.conn.execute("UPDATE sync_device SET quiet = 0")
            self.conn.execute(
                "INSERT INTO sync_titles(article_id, modified, source) VALUES (?, ?, ?) "
                "ON CONFLICT(article_id) DO UPDATE SET modified = excluded.modified, "
                "source = excluded.source", [article_id, modified, src])
            self.conn.execute("UPDATE articles_fts SET title = ? WHERE article_id = ?",
                              [fold(title), article_id])
        return titled

    def _title_conflict(self, article_id: str, title: str, modified: str, origin: str,
                        now: str, *, settled: bool = False) -> None:
        """Keep a version for the user's pick, unless she has already settled that one."""
        self.conn.execute(
            "INSERT OR IGNORE INTO title_conflicts(article_id, title, modified, origin, "
            "recorded_at, settled) VALUES (?, ?, ?, ?, ?, ?)",
            [article_id, title, modified, origin, now, int(settled)])

    def title_conflicts(self, article_id: str | None = None) -> list[TitleConflict]:
        """Titles that lost to a newer edit, until the user picks (oldest first)."""
        where, params = ("AND article_id = ?", [article_id]) if article_id else ("", [])
        return [TitleConflict(*r) for r in self.conn.execute(
            "SELECT id, article_id, title, modified, origin FROM title_conflicts "
            f"WHERE settled = 0 {where} ORDER BY recorded_at, id", params)]

    def title_in_use(self, article_id: str) -> tuple[str | None, str]:
        """When the title shown was made and whose it is ("own" or "team"): what the conflict
        review shows beside the version that lost. (None, "own") for a title never edited."""
        row = self.conn.execute("SELECT modified, source FROM sync_titles WHERE article_id = ?",
                                [article_id]).fetchone()
        return (row[0], row[1]) if row else (None, "own")

    def restore_title_conflicts(self, article_id: str, title: str,
                                conflicts: list[TitleConflict]) -> Changes:
        """Undo of a pick: the title shown before (put back as an edit of the user's, made
        now, when the pick changed it) and the versions that waited for the pick."""
        with self._atomic():
            if self.conn.execute("SELECT title FROM articles WHERE id = ?",
                                 [article_id]).fetchone() != (title,):
                self.conn.execute("UPDATE articles SET title = ? WHERE id = ?", [title, article_id])
                self.conn.execute("UPDATE articles_fts SET title = ? WHERE article_id = ?",
                                  [fold(title), article_id])
            self.conn.executemany(
                "INSERT OR REPLACE INTO title_conflicts(id, article_id, title, modified, origin, "
                "recorded_at, settled) VALUES (?, ?, ?, ?, ?, ?, 0)",
                [(c.id, c.article_id, c.title, c.modified, c.origin, utc_now())
                 for c in conflicts])
        return Changes(articles=frozenset({article_id}))

    def resolve_title_conflict(self, article_id: str, chosen: int | None) -> Changes:
        """The user's pick: `chosen` = a conflict row's id to take that title (an edit of theirs,
        made now, so it goes to their own library), or None to keep the title shown. The
        versions stay as settled rows, with the one in use then: a pull that reads the server
        again from the start does not ask the same question again."""
        with self._atomic():
            modified, source = self.title_in_use(article_id)
            if modified is not None:
                self._title_conflict(article_id, self.conn.execute(
                    "SELECT title FROM articles WHERE id = ?", [article_id]).fetchone()[0],
                    modified, "local" if source == "own" else "incoming", utc_now(), settled=True)
            if chosen is not None:
                (title,) = [c.title for c in self.title_conflicts(article_id) if c.id == chosen]
                self.conn.execute("UPDATE articles SET title = ? WHERE id = ?",
                                  [title, article_id])  # stamped as the user's own edit
                self.conn.execute("UPDATE articles_fts SET title = ? WHERE article_id = ?",
                                  [fold(title), article_id])
            self.conn.execute("UPDATE title_conflicts SET settled = 1 WHERE article_id = ?",
                              [article_id])
        return Changes(articles=frozenset({article_id}))

    def settle_gone(self) -> Changes:
        """Articles whose place went away on the server (recorded by the pulls), once the pull is
        over: one still published to a team of this user's stays; one the user has own live
        annotations on stays as their own article (origin "user", sent to their own library:
        their work is never lost, `withdrawn_from_team` lists it); one that came from the team
        while the user keeps their own copy (origin not "team") stays when only the team
        withdrew it; every other leaves this laptop, quietly (not a deletion to send back)."""
        if self.conn.execute("SELECT 1 FROM sync_gone LIMIT 1").fetchone() is None:
            return Changes()
        with self._atomic():
            gone = self.conn.execute(
                "SELECT g.article_id, g.reason, a.origin, "
                " EXISTS (SELECT 1 FROM sync_team_articles t WHERE t.article_id = g.article_id "
                "         AND t.deleted = 0), "
                " EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = g.article_id "
                "         AND n.deleted = 0), "
                " EXISTS (SELECT 1 FROM sync_remote_shares r WHERE r.article_id = g.article_id "
                "         AND r.shared = 1) "
                "FROM sync_gone g JOIN articles a ON a.id = g.article_id").fetchall()
            kept: list[str] = []
            removed: list[str] = []
            for article_id, reason, origin, published, own_work, shared in gone:
                if published or shared or (reason == "team" and origin != "team"):
                    continue
                (kept if own_work else removed).append(article_id)
            self.conn.executemany("UPDATE articles SET origin = 'user' WHERE id = ?",
                                  [(i,) for i in kept])
            self.conn.executemany("INSERT OR IGNORE INTO sync_kept(article_id) VALUES (?)",
                                  [(i,) for i in kept])
            self.conn.executemany(
                "INSERT INTO sync_outbox(kind, key, at) VALUES ('article', ?, ?) "
                "ON CONFLICT(kind, key) DO UPDATE SET n = n + 1, at = excluded.at",
                [(i, utc_now()) for i in kept])
            self.conn.execute("UPDATE sync_device SET quiet = 1")
            for article_id in removed:
                for table, where, params in reversed(
                        self._dependents("articles", "id = ?", [article_id])):
                    self.conn.execute(f'DELETE FROM "{table}" WHERE {where}', params)
                self.conn.execute("DELETE FROM articles_fts WHERE article_id = ?", [article_id])
            self.conn.execute("UPDATE sync_device SET quiet = 0")
            for table in ("sync_titles", "title_conflicts"):
                self.conn.executemany(f"DELETE FROM {table} WHERE article_id = ?",
                                      [(i,) for i in removed])
            self.conn.execute("DELETE FROM sync_gone")
        touched = frozenset(kept) | frozenset(removed)
        return Changes(articles=touched, entities=frozenset(removed))

    def withdrawn_from_team(self) -> list[str]:
        """Articles a team withdrew (unpublished, or a teammate's share taken back) that stay
        here because the user has their own work on them (now the user's own); never one she
        imported herself that a teammate also shared or a trainer also published."""
        return [r[0] for r in self.conn.execute(
            "SELECT a.id FROM articles a JOIN sync_kept k ON k.article_id = a.id "
            "WHERE a.origin = 'user' AND (EXISTS (SELECT 1 FROM "
            "sync_team_articles t WHERE t.article_id = a.id AND t.deleted = 1) OR EXISTS ("
            "SELECT 1 FROM sync_remote_shares r WHERE r.article_id = a.id AND r.shared = 0)) "
            "AND NOT EXISTS (SELECT 1 FROM sync_team_articles t WHERE t.article_id = a.id AND "
            "t.deleted = 0) AND NOT EXISTS (SELECT 1 FROM sync_remote_shares r WHERE "
            "r.article_id = a.id AND r.shared = 1) ORDER BY a.title")]

    def annotations_met(self, ids: Iterable[str]) -> set[str]:
        """Which of these annotation ids this laptop has ever met: a row, a deletion marker or
        a version exchanged. Any other coming back from the server has nothing to merge with."""
        out: set[str] = set()
        for chunk in _chunks(list(dict.fromkeys(ids))):
            marks = ",".join("?" * len(chunk))
            out.update(r[0] for r in self.conn.execute(
                f"SELECT id FROM annotations WHERE id IN ({marks}) UNION ALL "
                f"SELECT annotation_id FROM deletion_markers WHERE annotation_id IN ({marks}) "
                f"UNION ALL SELECT annotation_id FROM exchange_base WHERE annotation_id IN "
                f"({marks})", chunk * 3))
        return out

    @contextmanager
    def sync_cache(self, mib: int = 64) -> Iterator[None]:
        """A bigger page cache for one sync: a first sync writes and looks up 100,000 rows by
        random ids, which thrash SQLite's default 2 MB (measured: a first pull 35–40% faster);
        the cache fills only as far as the sync needs, and is put back after. The write-ahead
        log is copied into the file once at the end, not after every batch (each batch's
        commit went over the 1,000-page threshold, and each copy waits for the disk: measured,
        100,000 annotations written 8.4 → 2.7 s on a busy disk), and only after a sync that
        wrote a batch or more (a small one leaves it to SQLite's usual threshold, as before);
        a crash before that loses nothing (the log is part of the database)."""
        before = self.conn.execute("PRAGMA cache_size").fetchone()[0]
        pages = self.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        changes = self.conn.total_changes
        self.conn.execute(f"PRAGMA cache_size = {-1024 * int(mib)}")
        self.conn.execute(f"PRAGMA wal_autocheckpoint = {SYNC_WAL_PAGES}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA cache_size = {int(before)}")
            self.conn.execute(f"PRAGMA wal_autocheckpoint = {int(pages)}")
            if self.conn.total_changes - changes >= SYNC_CHECKPOINT_ROWS:  # not after a small one
                with suppress(StoreError):  # a damaged or locked file: the next commit's turn
                    self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

    # -- publishing and sharing as the window shows them -------------------------------------

    def publication_states(self, team: str, article_ids: Iterable[str]
                           ) -> dict[str, tuple[bool, bool]]:
        """Per article: (published to the team, this user's highlights shared with it), as
        this laptop knows: its own requests (sent or waiting for the next sync) over what the
        last sync said the team library holds. A publish shares the publisher's highlights."""
        ids = list(dict.fromkeys(article_ids))
        out = {i: (False, False) for i in ids}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for (article_id,) in self.conn.execute(
                    "SELECT t.article_id FROM sync_team_articles t JOIN sync_teams s ON "
                    f"s.team_id = t.team_id WHERE s.name = ? AND t.deleted = 0 AND t.article_id "
                    f"IN ({marks})", [team, *chunk]):
                out[article_id] = (True, out[article_id][1])
            for article_id, kind, active in self.conn.execute(
                    "SELECT article_id, kind, active FROM sync_publications WHERE team = ? AND "
                    f"article_id IN ({marks}) ORDER BY kind = 'share'", [team, *chunk]):
                published, shared = out[article_id]
                if kind == "publish":
                    out[article_id] = (bool(active), shared or bool(active))
                else:
                    out[article_id] = (published, bool(active))
        return out
