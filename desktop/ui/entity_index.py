"""Every person and organization of the library, in Vietnamese alphabetical order.

Clicking one lists the articles that mention it; clicking an article opens it with the entity's
mentions marked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import Changes, EntityIndexEntry
from desktop.core.vietnamese import fold
from desktop.ui.entity_tree import EntityTree
from desktop.ui.plain import tooltip
from desktop.ui.session import Session


class EntityIndex(QWidget):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self._stale = True  # refreshed when shown: extraction of a whole library sends many changes
        self._entries: dict[int, EntityIndexEntry] = {}
        self._selected: int | None = None
        self._built = False  # the widgets come when the tab is first shown (not at start-up)
        session.changed.connect(self._changed)

    def setVisible(self, visible: bool) -> None:
        if visible and not self._built:
            self._build()
        super().setVisible(visible)

    def _build(self) -> None:
        self._built = True
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter names"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter people and organizations"))
        self.filter.setAccessibleDescription(self.tr(
            "Type part of a name; diacritics are optional."))
        self.filter.textChanged.connect(lambda _: self._fill())
        self.tree = EntityTree((self.tr("Name"), self.tr("Articles")))
        self.tree.setAccessibleName(self.tr("All people and organizations"))
        self.tree.setAccessibleDescription(self.tr(
            "Every person and organization in the library, with the number of articles. "
            "Enter lists the articles."))
        self.tree.itemClicked.connect(self._entity_clicked)
        self.tree.itemActivated.connect(self._entity_clicked)
        self.articles_label = QLabel()
        self.articles_label.setWordWrap(True)
        self.articles_label.setTextFormat(Qt.TextFormat.PlainText)
        self.articles = QListWidget()
        self.articles.setWordWrap(True)
        self.articles.setAccessibleName(self.tr("Articles mentioning the chosen name"))
        self.articles.setAccessibleDescription(self.tr(
            "Enter opens the article with the name marked."))
        self.articles.itemClicked.connect(self._article_clicked)
        self.articles.itemActivated.connect(self._article_clicked)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.articles_label)
        lower_layout.addWidget(self.articles, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.hidden_button = QPushButton()
        self.hidden_button.setToolTip(self.tr("Names you marked as not a name in any article: "
                                              "see them and show them again"))
        self.hidden_button.clicked.connect(self.show_hidden_names)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.hidden_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        if not self._built:
            self._build()
        self._stale = False
        self._entries = {e.id: e for e in self.session.store.entity_index()}
        hidden = len(self.session.store.hidden_entities())
        self.hidden_button.setText(self.tr("Hidden (%n)…", "", hidden))
        self.hidden_button.setEnabled(bool(hidden))
        self._fill()
        if self._selected not in self._entries:
            self._selected = None
        self._show_articles(self._selected)

    def show_hidden_names(self) -> None:
        from desktop.ui.dialogs.hidden_names import HiddenNamesDialog  # dialogs: when opened

        self.hidden_dialog = HiddenNamesDialog(self.session, self)
        self.hidden_dialog.open()

    def _fill(self) -> None:
        """Rows for the entries whose folded name contains the filter text."""
        wanted = fold(self.filter.text().strip())
        groups = (("PER", self.tr("People")), ("ORG", self.tr("Organizations")))
        self.tree.fill((label, [(e.id, e.name, e.article_count) for e in self._entries.values()
                                if e.kind == kind and wanted in fold(e.name)])  # in Vietnamese order
                       for kind, label in groups)

    def item_for(self, name: str) -> QTreeWidgetItem | None:
        return self.tree.item_for(name)

    def _entity_clicked(self, item: QTreeWidgetItem) -> None:
        entity_id = item.data(0, Qt.ItemDataRole.UserRole)
        if entity_id is not None:
            self._selected = entity_id
            self._show_articles(entity_id)

    def _show_articles(self, entity_id: int | None) -> None:
        self.articles.clear()
        if entity_id is None:
            self.articles_label.setText(self.tr("Choose a name to see the articles that mention it."))
            return
        entry = self._entries[entity_id]
        self.articles_label.setText(self.tr("Articles mentioning %1:").replace("%1", entry.name))
        for article_id, title, count in self.session.store.entity_articles(entity_id):
            item = QListWidgetItem(f"{title}  ({count})")
            item.setData(Qt.ItemDataRole.UserRole, article_id)
            item.setToolTip(tooltip(title))
            self.articles.addItem(item)

    def _article_clicked(self, item: QListWidgetItem) -> None:
        """Open the article and mark the chosen entity's mentions in it."""
        article_id = item.data(Qt.ItemDataRole.UserRole)
        if self.session.open_article(article_id) is None:
            return
        focused = next((e for e in self.session.entities() if e.id == self._selected), None)
        if focused is not None:
            self.session.entity_focused.emit(focused)

    def _changed(self, changes: Changes) -> None:
        if changes.entities or changes.articles:
            self._stale = True
            if self.isVisible():
                self.refresh()
