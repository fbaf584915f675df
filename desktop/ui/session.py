"""The state the panels share: the store, the undo history, the open article, and one change signal.

Every mutation goes through `perform`, which publishes the core's `Changes` on `changed`; each
panel refreshes only what is flagged and skips changes it started itself (Anki's way).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from desktop.core.annotating import History
from desktop.core.models import Annotation, Article, Changes, EntitySummary
from desktop.core.store import Store, StoreError

# A write from the window waits this long for another program's lock, then is refused with a
# message and can be retried: the window must not freeze for the command line's 10 s.
GUI_BUSY_TIMEOUT_S = 1.0
PATCH_LIMIT = 200  # more changed highlights than this: read the open article's again


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
    layers_changed = Signal()  # an author's layer was hidden or shown
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
        if self._loaded is None or self.article is None:
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
                key = _order(ann)
                at = bisect.bisect_left(self._keys, key)
                self._keys.insert(at, key)
                self._loaded.insert(at, ann)
                self._index[ann_id] = ann

    def _drop(self, ann_id: str) -> None:
        old = self._index.pop(ann_id, None)
        if old is None:
            return
        at = bisect.bisect_left(self._keys, _order(old))
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

    def close_article(self) -> None:
        """Nothing open any more (the open article was deleted and none is left)."""
        self.article = None
        self._loaded = None
        self.article_closed.emit()

    def open_article(self, article_id: str) -> Article | None:
        article = self.store.article(article_id)
        if article is None:
            return None
        self.article = article
        self._loaded = None
        self.perform(self.store.set_setting("session.article", article_id))
        with self._one_read():
            self.article_opened.emit(article)
        return article

    def annotations(self) -> list[Annotation]:
        """The open article's highlights that are shown: not orphaned (their quote is not
        in this text) and not of an author whose layer is hidden."""
        if not self.article:
            return []
        if self._loaded is None:
            orphans = self.store.orphaned_ids(self.article.id)
            self._loaded = [a for a in self.store.annotations(self.article.id)
                            if a.id not in orphans]
            self._loaded.sort(key=_order)
            self._keys = [_order(a) for a in self._loaded]
            self._index = {a.id: a for a in self._loaded}
        if not self.hidden_authors:
            return list(self._loaded)
        return [a for a in self._loaded if a.author not in self.hidden_authors]

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


def _order(ann: Annotation) -> tuple:
    """The store's order of an article's highlights: start, end, creation, then id."""
    return (ann.start, ann.end, ann.created, ann.id)


