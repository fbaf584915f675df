"""The library: search box (Ctrl+K), filters, and every article; choosing one opens it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
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
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(LIST_SPACING)  # wrapped titles must not touch the next one
        # a big library: the view lays its rows out a batch at a time between events, so the
        # window shows at once (laying out 10,000 wrapped titles in one go would hold it up)
        self.list.setLayoutMode(QListWidget.LayoutMode.Batched)
        self.list.setBatchSize(LIST_BATCH)
        self.list.setAccessibleName(self.tr("Articles"))
        self._ids: list[str] = []  # the article of each row, and its title
        self._titles: list[str] = []
        self._rows: dict[str, int] = {}  # and the row of each article
        self.list.currentRowChanged.connect(self._current_changed)
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
        summaries = (self.session.store.filtered_summaries(filters) if filters
                     else self.session.store.article_summaries())
        texts = [self._label(summary) for summary in summaries]
        self._titles = [summary.title for summary in summaries]
        self._ids = [summary.id for summary in summaries]
        self._rows = {article_id: row for row, article_id in enumerate(self._ids)}
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems(texts)  # in one call, not a Python call per item
        self.list.blockSignals(False)
        if filters:
            self._show_status(self.tr("%n article(s) match the filters", "", len(summaries)))
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
        return text

    def _relabel(self, article_ids: frozenset[str]) -> bool:
        """Update the rows of changed articles in place (a highlight changes a row's count);
        False when the list itself must change: an article added, deleted or renamed, or a
        filter that may now let it through or not. Keeps a highlight's cost independent of the
        library's size."""
        if self.filter_button.isChecked() or len(article_ids) > RELABEL_MAX \
                or not article_ids <= self._rows.keys():
            return False
        summaries = self.session.store.summaries_of(article_ids)
        if len(summaries) != len(article_ids):
            return False
        for summary in summaries:
            row = self._rows[summary.id]
            if summary.title != self._titles[row]:
                return False  # the order is by title
            self.list.item(row).setText(self._label(summary))
        return True

    def article_id_at(self, row: int) -> str | None:
        """The article listed in a row (None outside the list)."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def lists(self, article_id: str | None) -> bool:
        """Whether the list shows this article (the store may have lost it meanwhile)."""
        return article_id in self._rows

    def _select(self, article_id: str) -> None:
        row = self._rows.get(article_id)
        if row is not None:
            self.list.blockSignals(True)
            self.list.setCurrentRow(row)
            self.list.blockSignals(False)

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

    def filter_by_entity(self, entity_id: int) -> None:
        """Show every article that mentions one person or organization."""
        self.filter_button.setChecked(True)
        self.filters.set_entity(entity_id)

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
            self.list.setCurrentItem(item)
            menu.addActions([self.details_action, self.delete_action])
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
