"""The state the panels share: the store, the undo history, the open article, and one change signal.

Every mutation goes through `perform`, which publishes the core's `Changes` on `changed`; each
panel refreshes only what is flagged and skips changes it started itself (Anki's way).
"""

from __future__ import annotations

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
        self.author = author if author is not None else (store.setting("author") or _os_user())
        self._sharing = 0  # > 0 while a signal is delivered: its receivers share one read
        self._shared: tuple[tuple, list[Annotation]] | None = None  # (article, hidden), read

    @contextmanager
    def _one_read(self) -> Iterator[None]:
        """While a signal is delivered, the panels that ask for the open article's highlights
        share one read of the store (thousands of highlights take a while). Whatever caused the
        signal may have changed them, so the shared read starts and ends empty."""
        self._shared = None
        self._sharing += 1
        try:
            yield
        finally:
            self._sharing -= 1
            self._shared = None

    def perform(self, changes: Changes, origin: object = None) -> Changes:
        """Publish what a core mutation changed, marked with who started it."""
        if changes:
            with self._one_read():
                self.changed.emit(Changes(changes.articles, changes.annotations,
                                          changes.entities, changes.settings, origin))
        return changes

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
        self.article_closed.emit()

    def open_article(self, article_id: str) -> Article | None:
        article = self.store.article(article_id)
        if article is None:
            return None
        self.article = article
        self.perform(self.store.set_setting("session.article", article_id))
        with self._one_read():
            self.article_opened.emit(article)
        return article

    def annotations(self) -> list[Annotation]:
        """The open article's highlights that are shown: not orphaned (issue 4: their quote is
        not in this text) and not of an author whose layer is hidden."""
        if not self.article:
            return []
        shared = self._shared
        if shared is not None and shared[0] == (self.article.id, frozenset(self.hidden_authors)):
            return list(shared[1])
        orphans = self.store.orphaned_ids(self.article.id)
        found = [a for a in self.store.annotations(self.article.id)
                 if a.id not in orphans and a.author not in self.hidden_authors]
        if self._sharing:
            self._shared = ((self.article.id, frozenset(self.hidden_authors)), found)
        return list(found)

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


def _os_user() -> str:
    import getpass  # only when no author name is set (it also loads termios)

    try:
        return getpass.getuser()
    except Exception:  # no user name in some sandboxes; the name is only a label
        return ""
