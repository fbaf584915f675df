"""The library: search box (Ctrl+K), filters, and every article; choosing one opens it.

The list is a model read a page at a time (`fetchMore` as the view scrolls), so a pulled team
library of 100,000 articles costs the window's start one page, not 100,000 rows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import ArticleSummary, Changes
from desktop.ui.search_panel import SearchResults
from desktop.ui.session import Session

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.library_filters import FilterBar

SEARCH_DELAY_MS = 150  # wait this long after the last key before searching
LIST_BATCH = 200  # rows laid out per pass of the event loop
PAGE = 100  # library rows read from the store at a time (a screen holds ~30)
LIST_SPACING = 3  # px around each title in the library list
RELABEL_MAX = 200  # more changed articles than this (an import): the whole list is reloaded


class SearchBox(QLineEdit):
    """The library's search field: Down moves into the list below it, Escape clears it.

    A subclass rather than an event filter: a filter sees every event of the field from the
    first paint on, and the first event reaching Python loads some fifty event classes while
    the window starts.
    """

    down_pressed = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class LibraryModel(QAbstractListModel):
    """The library's rows, read from the store a page at a time as the view asks for more."""

    def __init__(self, label, parent=None, *, tip=lambda _summary: None):
        super().__init__(parent)
        self._label = label  # ArticleSummary → the row's text
        self._tip = tip  # ArticleSummary → the row's tooltip, or None
        self._read = lambda offset, limit: []
        self.total = 0
        self.summaries: list[ArticleSummary] = []
        self.labels: dict[int, str] = {}  # each row's text once made (the view asks often)
        self.rows: dict[str, int] = {}  # the row of each loaded article

    def reset(self, read, total: int, *, keep: int = 0) -> None:
        """New rows from `read(offset, limit)`; at least `keep` of them read at once (what
        was on show before stays on show)."""
        self.beginResetModel()
        self._read, self.total = read, total
        self.summaries, self.rows, self.labels = [], {}, {}
        self._load(max(min(PAGE, total), keep))
        self.endResetModel()

    def _load(self, count: int) -> list[ArticleSummary]:
        start = len(self.summaries)
        new = self._read(start, min(count, self.total - start)) if count > 0 else []
        self.summaries += new
        self.rows.update((summary.id, start + i) for i, summary in enumerate(new))
        return new

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 0 if parent.isValid() else len(self.summaries)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.summaries) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        start = len(self.summaries)
        count = min(PAGE, self.total - start)
        if parent.isValid() or count <= 0:
            return
        self.beginInsertRows(QModelIndex(), start, start + count - 1)
        got = self._load(count)
        self.endInsertRows()
        if len(got) < count:  # the store holds fewer than it said (deleted meanwhile)
            self.total = len(self.summaries)

    def load_to(self, row: int) -> bool:
        """Read rows up to `row` (the view would on scrolling there); False past the end."""
        while row >= len(self.summaries) and self.canFetchMore():
            before = len(self.summaries)
            self.fetchMore()
            if len(self.summaries) == before:
                break
        return 0 <= row < len(self.summaries)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.summaries):
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            label = self.labels.get(row)
            if label is None:
                label = self.labels[row] = self._label(self.summaries[row])
            return label
        if role == Qt.ItemDataRole.UserRole:
            return self.summaries[row].id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(self.summaries[row])
        return None

    def relabel(self, summary: ArticleSummary) -> None:
        row = self.rows[summary.id]
        self.summaries[row] = summary
        self.labels.pop(row, None)
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.ToolTipRole])


class ListRow:
    """One row of the library list, as read when asked (its text follows relabels)."""

    def __init__(self, view: LibraryList, row: int):
        self.view, self.row = view, row

    def text(self) -> str:
        return self.view.model().data(self.view.model().index(self.row)) or ""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ListRow) and (other.view, other.row) == (self.view, self.row)

    def __hash__(self) -> int:
        return hash((id(self.view), self.row))


class LibraryList(QListView):
    """The list view over `LibraryModel`, with the row-based calls of a list widget."""

    currentRowChanged = Signal(int)

    def __init__(self, model: LibraryModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.currentRowChanged.emit(current.row()))

    def count(self) -> int:
        """The articles listed, read or not yet."""
        return self.model().total

    def item(self, row: int) -> ListRow | None:
        return ListRow(self, row) if self.model().load_to(row) else None

    def currentRow(self) -> int:
        return self.currentIndex().row()

    def setCurrentRow(self, row: int) -> None:
        if self.model().load_to(row):  # made current and the one chosen, as a click does
            self.selectionModel().setCurrentIndex(
                self.model().index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def visualItemRect(self, item: ListRow) -> QRect:
        return self.visualRect(self.model().index(item.row))

    def itemAt(self, pos) -> ListRow | None:
        index = self.indexAt(pos)
        return ListRow(self, index.row()) if index.isValid() else None

    def setCurrentItem(self, item: ListRow) -> None:
        self.setCurrentRow(item.row)

    def selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.selectionModel().selectedRows())


class LibraryPanel(QWidget):
    hit_opened = Signal(object, str)  # SearchHit, the text searched for

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.deleted: list = []  # DeletedArticle snapshots, newest last: undoable until closing
        title = QLabel(self.tr("Library"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.search = SearchBox()
        self.search.setPlaceholderText(self.tr("Search… (Ctrl+K)"))
        self.search.setToolTip(self.tr("Search titles, text and notes (Ctrl+K)"))
        self.search.setAccessibleName(self.tr("Search the library"))
        self.search.setToolTip(self.tr("Diacritics optional: “phu nu” finds “phụ nữ”. "
                                       "Put words in quotes to find them side by side."))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.search.returnPressed.connect(self._return_in_search)
        self.search.down_pressed.connect(self._into_list)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.filter_button = QToolButton()
        self.filter_button.setText(self.tr("Filters"))
        self.filter_button.setCheckable(True)
        self.filter_button.setToolTip(self.tr("Show only articles with a person or organization, "
                                              "a highlight colour, a tag, an author or notes"))
        self.filter_button.toggled.connect(self._toggle_filters)
        self._filters: FilterBar | None = None  # built when first shown: 44 widgets
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.model = LibraryModel(self._label, self, tip=self._tip)
        self.list = LibraryList(self.model)
        self.list.setWordWrap(True)
        self.list.setSpacing(LIST_SPACING)  # wrapped titles must not touch the next one
        # the view lays the rows it has out a batch at a time between events, so the window
        # shows at once
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(LIST_BATCH)
        # several articles can be chosen (Ctrl/Shift+click) for what acts on many at once
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setAccessibleName(self.tr("Articles"))
        self.team_actions: list[QAction] = []  # a team server's publish and share, if any
        self.list.currentRowChanged.connect(self._current_changed)
        self.model.rowsInserted.connect(lambda *_: self._select_open_article())
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.results = SearchResults()
        self.results.hit_chosen.connect(lambda hit: self.hit_opened.emit(hit, self.search.text()))
        self.results.hide()
        self.undo_label = QLabel()
        self.undo_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo delete"))
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_bar = QWidget()
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(0, 0, 0, 0)
        undo_layout.addWidget(self.undo_label, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()
        self._build_actions()

        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.filter_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(title)
        layout.addLayout(search_row)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.undo_bar)
        self.status.hide()
        session.changed.connect(self._changed)
        session.article_opened.connect(lambda article: self._select(article.id))

    def _build_actions(self) -> None:
        self.details_action = QAction(self.tr("Title, source and date…"), self)
        self.details_action.setShortcut(QKeySequence("F2"))
        self.details_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.details_action.triggered.connect(lambda: self.edit_details(self._chosen_id()))
        self.delete_action = QAction(self.tr("Delete article…"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(lambda: self.delete_article(self._chosen_id()))
        self.list.addActions([self.details_action, self.delete_action])

    # -- the list --------------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.session.article.id if self.session.article else None
        filters = self.filters.current() if self.filter_button.isChecked() else None
        store = self.session.store
        total = store.library_count(filters)
        self.list.blockSignals(True)
        self.list.selectionModel().blockSignals(True)
        self.model.reset(lambda offset, limit: store.library_page(
            offset=offset, limit=limit, filters=filters), total, keep=self.model.rowCount())
        self.list.selectionModel().blockSignals(False)
        self.list.blockSignals(False)
        if filters:
            self._show_status(self.tr("%n article(s) match the filters", "", total))
        elif not self.search.text().strip():
            self.status.hide()
        if current:
            self._select(current)

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def _label(self, summary: ArticleSummary) -> str:
        text = summary.title
        if summary.annotation_count:
            text += "  " + self.tr("(%n highlight(s))", "", summary.annotation_count)
        if summary.id in self.session.withdrawn:
            text += "  · " + self.tr("left the team library")
        return text

    def _tip(self, summary: ArticleSummary) -> str | None:
        if summary.id in self.session.withdrawn:  # what the mark means
            return self.tr("No longer in the team library — your copy is kept")
        return None

    def _relabel(self, article_ids: frozenset[str]) -> bool:
        """Update the rows of changed articles in place (a highlight changes a row's count);
        False when the list itself must change: an article added, deleted or renamed, or a
        filter that may now let it through or not. Keeps a highlight's cost independent of the
        library's size."""
        rows = self.model.rows
        if self.filter_button.isChecked() or len(article_ids) > RELABEL_MAX \
                or not article_ids <= rows.keys():
            return False
        summaries = self.session.store.summaries_of(article_ids)
        if len(summaries) != len(article_ids):
            return False
        for summary in summaries:
            if summary.title != self.model.summaries[rows[summary.id]].title:
                return False  # the order is by title
        for summary in summaries:
            self.model.relabel(summary)
        return True

    def article_id_at(self, row: int) -> str | None:
        """The article listed in a row (None outside the list)."""
        return self.model.summaries[row].id if self.model.load_to(row) else None

    def lists(self, article_id: str | None) -> bool:
        """Whether the list shows this article (the store may have lost it meanwhile); one
        not yet read from a long list is asked of the store."""
        if not article_id:
            return False
        if article_id in self.model.rows:
            return True
        return not self.filter_button.isChecked() and self.session.store.library_has(article_id)

    def chosen_ids(self) -> list[str]:
        """The articles chosen in the list (several with Ctrl/Shift+click), else the current."""
        ids = [self.model.summaries[row].id for row in self.list.selected_rows()
               if row < len(self.model.summaries)]
        current = self._chosen_id()
        return ids or ([current] if current else [])

    def _select(self, article_id: str) -> None:
        """Make an article's row current if it has been read (one far down a long list is
        not read just for this: the reader shows it all the same, and the row is chosen when
        scrolling reads it)."""
        row = self.model.rows.get(article_id)
        self.list.blockSignals(True)
        if row is not None:
            self.list.setCurrentRow(row)
        else:  # no other row stays marked as the open one
            self.list.selectionModel().clearCurrentIndex()
            self.list.clearSelection()
        self.list.blockSignals(False)

    def _select_open_article(self) -> None:
        """Rows read on scrolling: the open article's, if among them and nothing is current."""
        article = self.session.article
        if article is not None and self.list.currentRow() < 0 and article.id in self.model.rows:
            self._select(article.id)

    def _current_changed(self, row: int) -> None:
        article_id = self.article_id_at(row)
        if article_id is not None:
            self.session.open_article(article_id)

    @property
    def filters(self) -> FilterBar:
        """The filter bar under the search box, built the first time it is needed."""
        if self._filters is None:
            from desktop.ui.library_filters import FilterBar  # built when first needed

            self._filters = FilterBar(self.session)
            self._filters.hide()
            self._filters.filters_changed.connect(self._filters_changed)
            layout = self.layout()
            layout.insertWidget(layout.indexOf(self.status), self._filters)
        return self._filters

    def _changed(self, changes: Changes) -> None:
        if changes.articles:
            if not self._relabel(changes.articles):
                self.refresh()
            if self.search.text().strip():
                self.run_search()
        if self._filters is not None and self._filters.isVisible() \
                and (changes.annotations or changes.entities):
            self.filters.reload_choices()

    # -- search and filters ----------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def run_search(self) -> None:
        """Show the hits for the search box (with the filters), or the library when it is empty."""
        self._search_timer.stop()
        text = self.search.text()
        if not text.strip():
            self.results.hide()
            self.list.show()
            self.refresh()
            return
        filters = self.filters.current() if self.filter_button.isChecked() else None
        hits = self.session.store.search(text, filters=filters)
        self.results.show_hits(hits)
        self.list.hide()
        self.results.show()
        self._show_status(self.tr("%n article(s) found", "", len(hits)) if hits else
                          self.tr("Nothing found. Fewer words, or other spellings, may help."))

    def _return_in_search(self) -> None:
        self.run_search()
        if self.results.hits:
            self.results.setCurrentRow(0)
            self.hit_opened.emit(self.results.hits[0], self.search.text())

    def _into_list(self) -> None:
        """Down in the search box: on to the results (or the library) below it."""
        target = self.results if self.results.isVisible() else self.list
        target.setFocus()
        if target.currentRow() < 0 and target.count():
            target.setCurrentRow(0)

    def _toggle_filters(self, shown: bool) -> None:
        if shown:
            self.filters.reload_choices()
        self.filters.setVisible(shown)
        self._filters_changed()

    def _filters_changed(self) -> None:
        if self.search.text().strip():
            self.run_search()
        else:
            self.refresh()

    # -- rename, details, delete -----------------------------------------------------------

    def _chosen_id(self) -> str | None:
        if self.results.isVisible():
            item = self.results.currentItem()
            return item.data(Qt.ItemDataRole.UserRole) if item else None
        return self.article_id_at(self.list.currentRow())

    def _context_menu(self, pos) -> None:
        item = self.list.itemAt(pos)
        menu = QMenu(self)
        if item is not None:
            if item.row not in self.list.selected_rows():
                self.list.setCurrentItem(item)
            menu.addActions([self.details_action, self.delete_action])
            if self.team_actions:
                menu.addSeparator()
                menu.addActions(self.team_actions)
        if self.deleted:
            menu.addSeparator()
            menu.addAction(self.tr("Undo delete of “%1”").replace("%1", self.deleted[-1].title),
                           self.undo_delete)
        if not menu.isEmpty():
            menu.exec(self.list.viewport().mapToGlobal(pos))

    def edit_details(self, article_id: str | None) -> None:
        from desktop.ui.dialogs.article_details import ArticleDetailsDialog  # dialogs: when opened

        article = self.session.store.article(article_id) if article_id else None
        if article is None:
            return
        dialog = ArticleDetailsDialog(article, self)
        if dialog.exec():
            self.session.perform(self.session.store.update_article(article.id, **dialog.values()),
                                 origin=self)

    def delete_confirmation(self, article_id: str) -> QMessageBox:
        """The question asked before deleting, saying what goes with the article."""
        from PySide6.QtWidgets import QMessageBox  # dialogs: not on the start-up path

        store = self.session.store
        article = store.article(article_id)
        weight = store.article_weight(article_id)
        text = self.tr("Delete “%1” from the library?").replace("%1", article.title)
        if weight.highlights:
            text += "\n\n" + self.tr("Its %n highlight(s)", "", weight.highlights) + " " + \
                self.tr("and %n note(s) are deleted with it.", "", weight.notes)
        text += "\n\n" + self.tr("You can undo this until you close Chú Giải.")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete article"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box

    def delete_article(self, article_id: str | None) -> bool:
        """Delete an article with its highlights after the user confirms; returns whether done."""
        if not article_id or self.session.store.article(article_id) is None:
            return False
        from PySide6.QtWidgets import QMessageBox  # dialogs: not on the start-up path

        if self.delete_confirmation(article_id).exec() != QMessageBox.StandardButton.Yes:
            return False
        was_open = self.session.article is not None and self.session.article.id == article_id
        row = self.list.currentRow()
        changes, snapshot = self.session.store.delete_article(article_id)
        if snapshot is None:
            return False
        self.deleted.append(snapshot)
        self.session.perform(changes, origin=self)
        self.undo_label.setText(self.tr("Deleted “%1”.").replace("%1", snapshot.title))
        self.undo_bar.show()
        if was_open and self.list.count():
            self.list.setCurrentRow(min(max(row, 0), self.list.count() - 1))
            article_id = self.article_id_at(self.list.currentRow())
            if article_id is not None:
                self.session.open_article(article_id)
        elif was_open:
            self.session.close_article()
        return True

    def undo_delete(self) -> None:
        """Put the last deleted article back with its highlights, notes and tags."""
        if not self.deleted:
            return
        snapshot = self.deleted.pop()
        self.session.perform(self.session.store.restore_article(snapshot), origin=self)
        self.session.open_article(snapshot.article_id)
        if self.deleted:
            self.undo_label.setText(self.tr("Deleted “%1”.").replace("%1", self.deleted[-1].title))
        else:
            self.undo_bar.hide()
