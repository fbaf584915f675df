"""One sync: push what changed here (batches, one server transaction each), then pull what
changed there (batches, one SQLite transaction each, the cursor moving in the same one).

A sync killed at any point loses nothing and duplicates nothing: a push batch repeated after a
crash is an upsert of the same client ids (the server keeps the newest `modified`), and a pull
batch is either written with its cursor or not at all. The user's own annotations coming back
go through the bundle merge (newest edit wins, the other version kept as a conflict).
"""

from __future__ import annotations

import hashlib
import json
import socket
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from desktop.core.anchoring import CONTEXT_CHARS
from desktop.core.exchange.bundle import Bundle, BundleError
from desktop.core.exchange.merge import horizon, newer, plan_import
from desktop.core.models import Changes, utc_now
from desktop.core.store import ExchangeBatch, OutboxPlace, PulledBatch, SharedAnnotation, StaleSnapshot, Store
from desktop.core.sync import server, validate
from desktop.core.sync.connect import as_sync_error, connect, redact
from desktop.core.sync.errors import SyncError
from desktop.core.wording import count, tally

PUSH_BATCH = 5_000
PULL_BATCH = 5_000
ARTICLE_BATCH = 200  # article bodies per batch (up to 16 MB each)
TEXT_CACHE_CHARS = 64_000_000  # article texts kept across pull batches
STALE_RETRIES = 3  # a local edit between a batch's merge plan and its write: plan again
TABLES = ("library", "team_articles", "shares", "entity_decisions", "annotations")


class Cancelled(Exception):
    """The user cancelled; everything committed so far stays."""


@dataclass
class SyncReport:
    login: str = ""
    pushed: int = 0
    pulled: dict[str, int] = field(default_factory=dict)  # merge outcome → count
    shared: int = 0
    articles: int = 0
    refused: list[str] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)

    def count(self, outcome: str, n: int = 1) -> None:
        self.pulled[outcome] = self.pulled.get(outcome, 0) + n

    def summary(self) -> str:
        p = self.pulled
        text = (f"sent {self.pushed}; received {tally(p, 'new', 'updated', 'deleted')}, "
                f"{count(p.get('conflict', 0), 'conflict')}, {count(self.articles, 'article')}, "
                f"{self.shared} shared by others")
        if self.refused:
            text += f"; refused {len(self.refused)} rows from the server"
        return text


# (stage, rows): "push"/"pull" report the rows done so far; "pushed" (a batch is on the server,
# not yet cleared here) and "fetched" (a batch is read, not yet written here) mark the two
# moments a crash is most likely to hurt, for the tests that kill a sync there.
Progress = Callable[[str, int], None]


def sync(store: Store, url: str, *, password: str | None = None,
         progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
         batch: int = PUSH_BATCH) -> SyncReport:
    """Push, then pull, then push what the pull left to send; SyncError says why it stopped."""
    import psycopg  # only when a server is configured

    conn = connect(url, password=password, autocommit=True)
    try:
        with store.sync_cache(), _quick_switches():
            return _Sync(store, conn, redact(url), progress, cancelled, batch,
                         reconnect=lambda: connect(url, password=password, autocommit=True)).run()
    except psycopg.Error as exc:
        raise as_sync_error(exc, url=url) from None
    finally:
        conn.close()


class _Sync:
    def __init__(self, store: Store, conn, server_key: str, progress, cancelled, batch: int, *,
                 reconnect: Callable[[], Any]):
        self.store, self.conn, self.key = store, conn, server_key
        self.progress = progress or (lambda stage, n: None)
        self.cancelled = cancelled or (lambda: False)
        self.batch = batch
        self.report = SyncReport()
        self.planned: dict[str, int] = {}  # merge outcomes of the batch being written
        self.text_cache: dict[str, str] = {}
        self.reconnect = reconnect  # a second connection, to read ahead
        self.on_server: set[str] = set()  # articles this sync saw on the server or sent there

    def check(self) -> None:
        if self.cancelled():
            raise Cancelled()

    def run(self) -> SyncReport:
        login = server.whoami(self.conn)
        self.report.login = login
        teams = server.my_teams(self.conn)
        self.teams = {t[0]: t for t in teams}
        self.state = self.store.start_sync_state(self.key, login=login, teams=teams)
        self.device = _device(self.store)
        self.push()
        self.store.reindex_pulled()  # left over by a sync that was stopped
        self.pull()
        self.store.reindex_pulled()
        self.report.changes = self.report.changes | self.store.settle_gone()
        # the trainers' name decisions pulled: the team's list, under the user's own
        self.report.changes = self.report.changes | self.store.apply_team_names(login=self.report.login)
        if self.store.outbox_size():  # local versions that won over the server's
            self.push()
        self.store.finish_sync(self.key)
        return self.report

    # -- push ----------------------------------------------------------------------------

    def push(self) -> None:
        """Send the outbox in batches, each in one server transaction; while the server writes
        one batch (in a thread: psycopg waits on the network without the GIL), the next is read
        here and the one before is cleared."""
        self.push_publications()
        self.push_entity_decisions()
        place: OutboxPlace = (0, 0)
        pool: ThreadPoolExecutor | None = None  # from the first full page: a small push has none
        # (outbox entries, the server's answer to come, the batch)
        sending: tuple[list[tuple[str, str, int]], Future, server.Push] | None = None
        try:
            while True:
                self.check()
                entries, place = self.store.outbox(limit=self.batch, after=place)
                batch = self.local_batch(entries) if entries else None
                sent = sending and (sending[0], sending[1].result(), sending[2])
                sending = None
                if batch is not None:  # the connection is free again
                    self.add_needed_articles(batch)
                    if len(entries) < self.batch and pool is None:  # the last page
                        answer: Future = Future()
                        answer.set_result(server.push(self.conn, batch))
                    else:
                        pool = pool or ThreadPoolExecutor(max_workers=1,
                                                          thread_name_prefix="push")
                        answer = pool.submit(server.push, self.conn, batch)
                    sending = (entries, answer, batch)
                if sent:
                    self.cleared(*sent)
                if sending is None:
                    return
        finally:
            if pool is not None:  # a batch still in flight (stopped here) ends on its own
                pool.shutdown(wait=True)

    def local_batch(self, entries: list[tuple[str, str, int]]) -> server.Push:
        """What the outbox entries say to send, read here (no server call)."""
        art_ids = [k for kind, k, _ in entries if kind == "article"]
        ann_ids = [k for kind, k, _ in entries if kind == "annotation"]
        title_ids = [k for kind, k, _ in entries if kind in ("article", "title")]
        local_articles = self.store.articles_by_id(art_ids)
        local_anns = self.store.annotations_by_id(ann_ids)
        batch = server.Push(device=self.device, added=self.store.outbox_times(art_ids))
        batch.articles = list(local_articles.values())
        batch.gone_articles = [i for i in art_ids if i not in local_articles]
        batch.annotations = list(local_anns.values())
        gone = [i for i in ann_ids if i not in local_anns]
        removed = self.store.outbox_times(gone, kind="annotation") if gone else {}
        batch.gone_annotations = [(i, removed.get(i) or utc_now()) for i in gone]
        stamps = self.store.title_stamps(title_ids)
        if stamps:
            titled = self.store.articles_by_id(stamps)
            batch.titles = [(i, titled[i].title, when) for i, when in stamps.items()
                            if i in titled]
            batch.team_titles = {i for i in stamps if i in titled and
                                 titled[i].origin == "team"}
        return batch

    def add_needed_articles(self, batch: server.Push) -> None:
        """An annotation's article must be on the server first: those it lacks go with the
        batch; annotations on an article that cannot go (not its text's hash) stay here."""
        local = {a.id for a in batch.articles}
        needed = {a.article_id for a in batch.annotations} - local
        unknown = needed - self.on_server
        if unknown:
            visible = server.visible_articles(self.conn, unknown)
            self.on_server |= visible
            batch.articles += list(self.store.articles_by_id(unknown - visible).values())
        batch.articles = [a for a in batch.articles if _shareable(a)]
        self.on_server |= {a.id for a in batch.articles}  # once this batch is in (or it fails)
        shareable = {a.id for a in batch.articles} | needed
        batch.annotations = [a for a in batch.annotations if a.article_id in shareable]

    def cleared(self, entries: list[tuple[str, str, int]], accepted: set[str],
                batch: server.Push) -> None:
        """A batch the server committed: forget it here."""
        self.progress("pushed", len(entries))  # on the server, not yet cleared here
        # only a version the server took has been "seen elsewhere"; one it refused (it has
        # a newer one) comes back in the pull and the merge keeps both
        self.store.clear_outbox(entries, exchanged=[(a.id, a.modified) for a in batch.annotations
                                                    if a.id in accepted])
        self.report.pushed += len(entries)
        self.progress("push", self.report.pushed)

    def push_entity_decisions(self) -> None:
        """A trainer's people & organizations decisions become each of their teams' list; sent
        when they changed since the last sync (a name no longer decided on is a tombstone)."""
        teams = [t[0] for t in self.teams.values() if t[2] == "trainer"]
        if not teams:
            return
        setting = f"sync.entity_decisions:{self.key}"
        now, sent = self.store.entity_decisions(), self.store.setting(setting, {})
        current = {k: [v[0], v[1], list(v[2]), v[3]] for k, v in now.items()}
        # her decisions the team's list brought from her other laptops are hers here too:
        # as if sent from here while the list's state stands, withdrawn once she changed it
        own = self.store.own_team_decisions(self.report.login)
        sent = {**sent, **{k: v for k, (v, _) in own.items()}}
        current = {**{k: v for k, (v, kept) in own.items() if kept}, **current}
        if current == sent:
            return
        # a decision carries when it was made (a withdrawal, when it was noticed): the server
        # keeps the newest, so an old laptop's decisions never undo later ones
        when = utc_now()
        decided = self.store.entity_decision_stamps()
        rows = [(t, kind, name, aliases, hidden, False, decided.get(key) or when)
                for t in teams for key, (kind, name, aliases, hidden) in current.items()
                if sent.get(key) != [kind, name, aliases, hidden]]
        rows += [(t, kind, name, aliases, hidden, True, when) for t in teams
                 for key, (kind, name, aliases, hidden) in sent.items() if key not in current]
        server.push(self.conn, server.Push(entity_decisions=rows))
        self.store.set_setting(setting, current)

    def push_publications(self) -> None:
        pending = self.store.pending_publications()
        if not pending:
            return
        by_name = {t[1]: t for t in self.teams.values()}
        found, done = [], []
        for team, article_id, kind, active, asked in pending:
            done.append((team, article_id, kind))
            known = by_name.get(team)
            if known is None or (kind == "publish" and known[2] != "trainer"):
                self.report.refused.append(f"{kind} to {team}: not a {'trainer' if known else 'member'}"
                                           " of that team")
                continue
            found.append((known[0], article_id, kind, active, asked))
        stamps = self.store.title_stamps(r[1] for r in found)
        titles = {i: a.title for i, a in self.store.articles_by_id(stamps).items()}
        rows = [(t, a, k, on, titles.get(a, ""), stamps.get(a, "") if a in titles else "", asked)
                for t, a, k, on, asked in found]
        ids = {r[1] for r in rows}
        missing = ids - server.visible_articles(self.conn, ids)
        batch = server.Push(articles=[a for a in self.store.articles_by_id(missing).values()
                                      if _shareable(a)], publications=rows)
        server.push(self.conn, batch)
        self.store.clear_outbox([], publications=done)

    # -- pull ----------------------------------------------------------------------------

    def pull(self) -> None:
        cursors = dict(self.state.cursors)
        todo = server.changed_tables(self.conn, {t: cursors.get(t, 0) for t in TABLES})
        with _ReadAhead(self.reconnect) as ahead:
            for table in (t for t in TABLES if t in todo):
                limit = ARTICLE_BATCH if table in ("library", "team_articles") else self.batch
                coming = None  # the next batch, being read while this one is written
                while True:
                    self.check()
                    after = cursors.get(table, 0)
                    rows, upto = coming.result() if coming else server.changes(
                        self.conn, table, after=after, limit=limit, device=self.device)
                    coming = None
                    if upto == after:
                        break
                    if len(rows) >= limit:  # more to come
                        coming = ahead.changes(table, after=upto, limit=limit,
                                               device=self.device)
                    self.pull_batch(table, rows, upto)
                    cursors[table] = upto
                    self.progress("pull", sum(self.report.pulled.values()) + self.report.shared)
                    if len(rows) < limit:
                        break

    def pull_batch(self, table: str, rows: list[tuple], upto: int) -> None:
        """Write one batch with its cursor, planned again if the user edited meanwhile."""
        for attempt in range(STALE_RETRIES):
            self.planned = {}
            pulled = PulledBatch(cursors={table: upto})
            if rows:
                getattr(self, f"pull_{table}")(rows, pulled)
                if not attempt:
                    self.progress("fetched", len(rows))  # read, not yet written here
            try:
                self.apply(pulled)
                return
            except StaleSnapshot:  # the user edited meanwhile: plan this batch again
                if attempt == STALE_RETRIES - 1:
                    raise SyncError("the library changed during the sync; sync again") from None

    def apply(self, pulled: PulledBatch) -> None:
        changes = self.store.apply_pull(self.key, pulled)
        for name, n in self.planned.items():  # counted once the batch is written
            self.report.count(name, n)
        self.planned = {}
        self.report.changes = self.report.changes | changes

    def fetch_articles(self, ids, *, origin: str) -> list:
        """Articles not yet here, checked; refused ones are reported and left out."""
        missing = set(ids) - self.store.articles_present(ids)
        out = []
        for row in server.articles(self.conn, missing) if missing else []:
            try:
                out.append(validate.article(row, origin=origin))
            except validate.Refused as exc:
                self.report.refused.append(str(exc))
        self.report.articles += len(out)
        return out

    def pull_library(self, rows, pulled: PulledBatch) -> None:
        # a row of origin "team" carries the user's own title of a team article, not the article
        live = [r[0] for r in rows if not r[2] and r[1] != "team"]
        pulled.exchange = ExchangeBatch(articles=self.fetch_articles(live, origin="user"))
        pulled.gone = [(r[0], "library") for r in rows if r[2]]
        pulled.titles = self.titles((r[0], r[3], r[4]) for r in rows if not r[2])

    def pull_team_articles(self, rows, pulled: PulledBatch) -> None:
        pulled.team_articles = [(r[0], r[1], r[2], r[3]) for r in rows]
        live = [r[1] for r in rows if not r[3]]
        pulled.exchange = ExchangeBatch(articles=self.fetch_articles(live, origin="team"))
        pulled.gone = [(r[1], "team") for r in rows if r[3]]
        # a trainer's title: kept apart from the user's own when they collide (the user's own
        # publications are the user's own titles)
        me = self.report.login
        pulled.titles = self.titles((r[1], r[4], r[5]) for r in rows if not r[3] and r[2] == me)
        pulled.team_titles = self.titles((r[1], r[4], r[5]) for r in rows
                                         if not r[3] and r[2] != me)
        pulled.own_requests = [(r[0], r[1], "publish", not r[3]) for r in rows]

    def titles(self, rows) -> list[tuple[str, str, str]]:
        """Title edits carried by library rows, checked; a stamp from the future never wins
        (the merge's rule), one that does not parse is refused."""
        latest = horizon()
        out = []
        for article_id, title, modified in rows:
            if not modified:
                continue  # never edited: the article's own title
            try:
                checked = validate.title(article_id, title, modified)
            except validate.Refused as exc:
                self.report.refused.append(str(exc))
                continue
            if not newer(modified, latest):
                out.append(checked)
        return out

    def pull_entity_decisions(self, rows, pulled: PulledBatch) -> None:
        for team_id, kind, name, aliases, hidden, by, modified, deleted, _ in rows:
            if not isinstance(aliases, list) or not all(isinstance(a, str) and len(a) <= 500
                                                        for a in aliases) or len(name) > 500:
                self.report.refused.append(f"name decision {name[:40]!r}: bad aliases")
                continue
            pulled.entity_decisions.append((team_id, kind, name, json.dumps(aliases,
                                            ensure_ascii=False), int(hidden), by, modified,
                                            int(deleted)))

    def pull_shares(self, rows, pulled: PulledBatch) -> None:
        me = self.report.login
        others = [r for r in rows if r[0] != me]
        pulled.own_requests = [(r[1], r[2], "share", r[3]) for r in rows if r[0] == me]
        pulled.remote_shares = [(r[0], r[1], r[2], r[3]) for r in others]
        # what came only with a share taken back leaves (settle_gone keeps the user's work)
        pulled.gone = [(r[2], "team") for r in others if not r[3]]
        articles = self.fetch_articles({r[2] for r in others if r[3]}, origin="team")
        pulled.exchange = ExchangeBatch(articles=articles)
        texts = self.texts({r[2] for r in others}, articles)
        for owner, _team, article_id, shared, _ in others:
            if shared:
                anns = server.shared_annotations(self.conn, owner, article_id)
                pulled.shared += self.checked_shared(anns, texts)
            else:
                pulled.unshared.append((owner, article_id))

    def texts(self, ids, extra=()) -> dict[str, str]:
        """Article texts, kept across the batches of this sync (each is read once)."""
        cache = self.text_cache
        for a in extra:
            cache[a.id] = a.body
        missing = [i for i in ids if i not in cache]
        if missing:
            if sum(map(len, cache.values())) > TEXT_CACHE_CHARS:
                cache.clear()
            cache.update((a.id, a.body) for a in self.store.articles_by_id(missing).values())
        return {i: cache[i] for i in ids if i in cache}

    def checked_shared(self, rows, texts) -> list[SharedAnnotation]:
        out = []
        for row in rows:
            try:
                out.append(SharedAnnotation(row[0], validate.annotation(row[1:-1], texts)))
            except validate.Refused as exc:
                self.report.refused.append(f"{row[0]}: {exc}")
        self.report.shared += len(out)
        return out

    def pull_annotations(self, rows, pulled: PulledBatch) -> None:
        me = self.report.login
        mine = [r for r in rows if r[0] == me]
        others = [r for r in rows if r[0] != me]
        article_ids = {r[2] for r in rows}
        articles = self.fetch_articles(article_ids, origin="user")
        texts = self.texts(article_ids, articles)
        pulled.shared = self.checked_shared(others, texts)
        own = []
        for row in mine:
            try:
                own.append(validate.annotation(row[1:-1], texts))
            except validate.Refused as exc:
                self.report.refused.append(f"{me}: {exc}")
        fresh, own = self.fresh(own, texts)
        batch = ExchangeBatch(articles=articles)
        if own:
            bundle = Bundle(version=1, created="", author=me, app_version="",
                            annotations=tuple(own), articles={a.id: a for a in articles})
            try:
                plan = plan_import(self.store, bundle)
            except BundleError as exc:
                self.report.refused.append(f"{me}: {exc}")
                own = []
            else:
                self.planned = {name: n for name, n in plan.counts.items() if n and name in
                                ("new", "updated", "deleted", "conflict", "unchanged")}
                batch = plan.batch
                planned = {a.id for a in batch.articles}
                batch.articles += [a for a in articles if a.id not in planned]
        if fresh:
            batch.annotations += fresh
            batch.expected.update((a.id, None) for a in fresh)  # checked absent when written
            batch.bases.update((a.id, a.modified) for a in fresh)
            self.planned["new"] = self.planned.get("new", 0) + len(fresh)
        pulled.exchange = batch

    def fresh(self, own: list, texts: dict[str, str]) -> tuple[list, list]:
        """(annotations this laptop never met, the rest): the first kind has nothing to merge
        with — new, as the merge would say — when it is live, not stamped in the future and
        still at its place in the text (already checked by validate); the rest go through the
        merge plan."""
        met = self.store.annotations_met(a.id for a in own)
        latest = horizon()
        fresh, rest = [], []
        for a in own:
            if a.id in met or a.deleted or newer(a.modified, latest) or not _at_place(
                    a, texts[a.article_id]):
                rest.append(a)
            else:
                fresh.append(a)
        return fresh, rest


_switches = {"syncs": 0, "before": 0.0}  # syncs under way in this process (threads may run several)
_switches_lock = threading.Lock()


@contextmanager
def _quick_switches(seconds: float = 0.0005) -> Iterator[None]:
    """Hand the GIL over sooner during a sync: its threads each wait on a socket in turn (the
    server writing one push batch, reading the next pull batch) while another works here, and
    each wake-up waited for up to the default 5 ms (thousands of them in a first sync). Put
    back when the last sync of the process ends."""
    with _switches_lock:
        if not _switches["syncs"]:
            _switches["before"] = sys.getswitchinterval()
            sys.setswitchinterval(min(_switches["before"], seconds))
        _switches["syncs"] += 1
    try:
        yield
    finally:
        with _switches_lock:
            _switches["syncs"] -= 1
            if not _switches["syncs"]:
                sys.setswitchinterval(_switches["before"])


class _ReadAhead:
    """Reads the next pull batch on a second connection, in a thread, while this one is
    written here (psycopg waits on the network without the GIL); opened only for a pull of
    several batches (a first sync), so an incremental sync costs no second log-in."""

    def __init__(self, reconnect: Callable[[], Any]):
        self.reconnect = reconnect
        self.pool: ThreadPoolExecutor | None = None
        self.conn = None

    def __enter__(self) -> _ReadAhead:
        return self

    def changes(self, table: str, *, after: int, limit: int, device: str) -> Future:
        if self.pool is None:
            self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pull")
        return self.pool.submit(self._changes, table, after, limit, device)

    def _changes(self, table: str, after: int, limit: int, device: str):
        if self.conn is None:
            self.conn = self.reconnect()
        return server.changes(self.conn, table, after=after, limit=limit, device=device)

    def __exit__(self, *exc) -> None:
        if self.pool is not None:  # a read still under way ends first
            self.pool.shutdown(wait=True)
        if self.conn is not None:
            self.conn.close()


def _device(store: Store) -> str:
    """This laptop's data file: its random id, the machine and the file's place, so that a copy
    of the data folder on another machine (or beside it) is another device, which must receive
    what this one sent."""
    key = f"{store.device_id()}|{socket.gethostname()}|{store.path.resolve()}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _at_place(ann, text: str) -> bool:
    """Does the highlight's quote and context stand where it says, in this text?"""
    start, end = ann.start, ann.end
    return (text.startswith(ann.exact, start) and end - start == len(ann.exact)
            and text[max(0, start - CONTEXT_CHARS):start] == ann.prefix
            and text[end:end + CONTEXT_CHARS] == ann.suffix)


def _shareable(article) -> bool:
    """Only an article whose id is its text's SHA-256 can go to the server (it checks)."""
    return hashlib.sha256(article.body.encode("utf-8")).hexdigest() == article.id
