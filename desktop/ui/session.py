"""The state the panels share: the store, the undo history, the open article, and one change signal.

Every mutation goes through `perform`, which publishes the core's `Changes` on `changed`; each
panel refreshes only what is flagged and skips changes it started itself (Anki's way).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from desktop.core.annotating import History, new_highlight
from desktop.core.models import COLORS, Annotation, Article, Changes, EntitySummary
from desktop.core.store import SharedAnnotation, Store, StoreError

# A write from the window waits this long for another program's lock, then is refused with a
# message and can be retried: the window must not freeze for the command line's 10 s.
GUI_BUSY_TIMEOUT_S = 1.0
PATCH_LIMIT = 200  # more changed highlights than this: read the open article's again
# articles a team withdrew whose notice the user has dismissed ("OK" in the reader)
WITHDRAWN_SEEN_SETTING = "team.withdrawn_seen"


@dataclass(frozen=True)
class WriteFailure:
    """A change that was not saved: what it was (for the user), and why."""

    what: str
    error: StoreError
    origin: object = None  # the widget that asked; it may say so itself


class Session(QObject):
    changed = Signal(object)  # Changes, with .origin set to the widget that started it
    article_opened = Signal(object)  # Article
    article_closed = Signal()
    annotation_focused = Signal(str)  # annotation id: show and edit it
    entity_focused = Signal(object)  # EntitySummary or None: show its mentions
    layers_changed = Signal()  # an author's layer, or the team's highlights, hidden or shown
    shared_focused = Signal(object)  # SharedAnnotation: a teammate's highlight to show
    team_changed = Signal()  # the team's highlights on the open article changed (a sync)
    write_failed = Signal(object)  # WriteFailure: nothing of that change was saved

    def __init__(self, store: Store, *, author: str | None = None):
        super().__init__()
        self.store = store
        store.set_busy_timeout(GUI_BUSY_TIMEOUT_S)
        self.history = History(store)
        self.article: Article | None = None
        self.hidden_authors: set[str] = set()
        # never the login name ("root", "user01"): the user's own, IT's pre-filled one, or none
        self.author = author if author is not None else (store.setting("author") or "")
        # the open article's shown highlights (not orphaned), in text order, kept up to date from
        # each change's ids: a big article's thousands are read once, not once per edit
        self._loaded: list[Annotation] | None = None
        self._keys: list[tuple] = []  # their sort keys, for bisect
        self._index: dict[str, Annotation] = {}  # the same by id
        # teammates' shared highlights, shown beside one's own: only the team library's
        # controller (built when a server is configured) turns this on
        self.team_available = False
        self.team_shown = False
        self._shared: list[SharedAnnotation] | None = None  # of the open article
        # articles a team withdrew that stay as the user's own (their work is on them), whose
        # notice the user has not dismissed yet: marked in the library and the reader
        self.withdrawn: frozenset[str] = frozenset()

    @contextmanager
    def _one_read(self) -> Iterator[None]:
        """Kept for callers that group a signal's receivers; the cache makes one read of them."""
        yield

    def perform(self, changes: Changes, origin: object = None) -> Changes:
        """Publish what a core mutation changed, marked with who started it."""
        if changes:
            self._follow(changes)
            self.changed.emit(Changes(changes.articles, changes.annotations,
                                      changes.entities, changes.settings, origin))
        return changes

    def _follow(self, changes: Changes) -> None:
        """Bring the open article's highlights up to date: a few changed ones are read again
        and put in place (O(log n) each); many, or a change to the article, reads all again."""
        if self.article is None:
            return
        if self.article.id in changes.articles and self._shared is not None:
            before, self._shared = self._shared, None
            if self.shared() != before:  # a sync brought or withdrew some
                self.team_changed.emit()
        if self._loaded is None:
            return
        ids = changes.annotations
        if not ids:
            if self.article.id in changes.articles:
                self._loaded = None
            return
        if len(ids) > PATCH_LIMIT:
            self._loaded = None
            return
        fresh = self.store.annotations_by_id(ids)
        orphans = self.store.orphaned_ids(self.article.id) & ids if fresh else set()
        for ann_id in ids:
            self._drop(ann_id)
            ann = fresh.get(ann_id)
            if ann and ann.article_id == self.article.id and not ann.deleted \
                    and ann_id not in orphans:
                key = order_key(ann)
                at = bisect.bisect_left(self._keys, key)
                self._keys.insert(at, key)
                self._loaded.insert(at, ann)
                self._index[ann_id] = ann

    def _drop(self, ann_id: str) -> None:
        old = self._index.pop(ann_id, None)
        if old is None:
            return
        at = bisect.bisect_left(self._keys, order_key(old))
        while at < len(self._loaded) and self._loaded[at].id != ann_id:
            at += 1
        if at < len(self._loaded):
            del self._loaded[at], self._keys[at]

    def write(self, mutation: Callable[[], Changes], *, what: str,
              origin: object = None) -> Changes | None:
        """Apply a core mutation and publish what it changed. When the data file or the disk
        fails, nothing of it was saved: `write_failed` says what, and None is returned."""
        try:
            changes = mutation()
        except StoreError as exc:
            self.write_failed.emit(WriteFailure(what, exc, origin))
            return None
        return self.perform(changes, origin)

    def copy_shared(self, shared: SharedAnnotation) -> Annotation | None:
        """A teammate's highlight on the open article becomes one of the user's own, undoable;
        None when there is no article or it was not saved (`write_failed` said why)."""
        if self.article is None:
            return None
        a = shared.annotation
        mine = new_highlight(self.article, a.start, a.end,
                             color=a.color if a.color in COLORS else COLORS[0],
                             author=self.author, note=a.note, tags=a.tags)
        if self.write(lambda: self.history.create(mine), what=self.tr("The copy")) is None:
            return None
        return mine

    def close_article(self) -> None:
        """Nothing open any more (the open article was deleted and none is left)."""
        self.article = None
        self._loaded = None
        self._shared = None
        self.article_closed.emit()

    def open_article(self, article_id: str) -> Article | None:
        article = self.store.article(article_id)
        if article is None:
            return None
        self.article = article
        self._loaded = None
        self._shared = None
        self.perform(self.store.set_setting("session.article", article_id))
        with self._one_read():
            self.article_opened.emit(article)
        return article

    def annotations(self) -> list[Annotation]:
        """The open article's highlights that are shown: not orphaned (their quote is not
        in this text) and not of an author whose layer is hidden."""
        if not self._load():
            return []
        if not self.hidden_authors:
            return list(self._loaded)
        return [a for a in self._loaded if a.author not in self.hidden_authors]

    def shown(self, annotation_id: str) -> Annotation | None:
        """One highlight of the open article as shown now; None when it is deleted, orphaned,
        of another article, or of a hidden author's layer."""
        if not self._load():
            return None
        ann = self._index.get(annotation_id)
        return None if ann is None or ann.author in self.hidden_authors else ann

    def _load(self) -> list[Annotation] | None:
        """The open article's shown highlights, read once (then kept up to date by `_follow`)."""
        if not self.article:
            return None
        if self._loaded is None:
            orphans = self.store.orphaned_ids(self.article.id)
            self._loaded = [a for a in self.store.annotations(self.article.id)
                            if a.id not in orphans]
            # the store gives them in this order already: the sort only checks it (linear)
            self._keys = [(a.start, a.end, a.created, a.id) for a in self._loaded]
            if any(a > b for a, b in itertools.pairwise(self._keys)):
                self._loaded.sort(key=order_key)
                self._keys.sort()
            self._index = {a.id: a for a in self._loaded}
        return self._loaded

    def shared(self) -> list[SharedAnnotation]:
        """Teammates' highlights shared on the open article (read-only), when they are shown."""
        if not (self.article and self.team_available and self.team_shown):
            return []
        if self._shared is None:
            self._shared = self.store.shared_annotations(self.article.id)
        return self._shared

    def set_team_shown(self, shown: bool) -> None:
        """Show or hide the team's highlights in the reader and the notes panel."""
        self.team_shown = shown
        self._shared = None
        self.layers_changed.emit()

    def load_withdrawn(self) -> Changes:
        """Read which withdrawn team articles still carry a notice (the team library's
        controller does, at start and after each sync); flags the articles whose mark came
        or went. One republished since its notice was dismissed is forgotten as dismissed, so
        a later withdrawal is news again."""
        now = frozenset(self.store.withdrawn_from_team())
        seen = frozenset(self.store.setting(WITHDRAWN_SEEN_SETTING, []))
        if seen - now:
            self.store.set_setting(WITHDRAWN_SEEN_SETTING, sorted(seen & now))
        before, self.withdrawn = self.withdrawn, now - seen
        return Changes(articles=before ^ self.withdrawn)

    def dismiss_withdrawn(self, article_ids: Iterable[str], origin: object = None) -> Changes | None:
        """The user has read that these articles left the team library: their notice and mark
        go, on this laptop, for good."""
        ids = frozenset(article_ids) & self.withdrawn
        if not ids:
            return Changes()
        seen = set(self.store.setting(WITHDRAWN_SEEN_SETTING, [])) | ids

        def mutation() -> Changes:
            changes = self.store.set_setting(WITHDRAWN_SEEN_SETTING, sorted(seen))
            self.withdrawn = self.withdrawn - ids
            return changes | Changes(articles=ids)

        return self.write(mutation, what=self.tr("Dismissing the notice"), origin=origin)

    def set_author_hidden(self, author: str, hidden: bool) -> None:
        """Hide or show one author's layer of highlights (the notes panel's filter)."""
        (self.hidden_authors.add if hidden else self.hidden_authors.discard)(author)
        with self._one_read():
            self.layers_changed.emit()

    def entities(self) -> list[EntitySummary]:
        return self.store.article_entities(self.article.id) if self.article else []

    def undo(self) -> Changes | None:
        return self.write(self.history.undo, what=self.tr("The undo"))

    def redo(self) -> Changes | None:
        return self.write(self.history.redo, what=self.tr("The redo"))


def order_key(ann: Annotation) -> tuple:
    """The store's order of an article's highlights: start, end, creation, then id."""
    return (ann.start, ann.end, ann.created, ann.id)


