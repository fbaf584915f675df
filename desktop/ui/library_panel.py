"""The library: every article in the store; choosing one opens it in the reader."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.core.models import Changes
from desktop.ui.session import Session


class LibraryPanel(QWidget):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        title = QLabel(self.tr("Library"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Articles"))
        self.list.currentItemChanged.connect(self._current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(title)
        layout.addWidget(self.list)
        session.changed.connect(self._changed)
        session.article_opened.connect(lambda article: self._select(article.id))

    def refresh(self) -> None:
        current = self.session.article.id if self.session.article else None
        self.list.blockSignals(True)
        self.list.clear()
        for summary in self.session.store.article_summaries():
            text = summary.title
            if summary.annotation_count:
                text += "  " + self.tr("(%n highlight(s))", "", summary.annotation_count)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setToolTip(summary.title)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if current:
            self._select(current)

    def _select(self, article_id: str) -> None:
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == article_id:
                self.list.setCurrentRow(row)
        self.list.blockSignals(False)

    def _current_changed(self, item: QListWidgetItem | None, _previous) -> None:
        if item is not None:
            self.session.open_article(item.data(Qt.ItemDataRole.UserRole))

    def _changed(self, changes: Changes) -> None:
        if changes.articles:
            self.refresh()
