"""The team's highlights on the open article: read-only, by author; one can be copied into the
user's own work (a new highlight of theirs, which they may then change)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from desktop.core.store import SharedAnnotation
from desktop.ui.session import Session


class SharedNotesDialog(QDialog):
    """Lists `store.shared_annotations(article)` grouped by author; "Copy to my notes" adds one."""

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Team highlights"))
        self.setObjectName("SharedNotesDialog")
        self.resize(640, 420)
        intro = QLabel(self.tr("Highlights your team shares on this article. They are read-only; "
                               "copy one to make it yours."))
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Quote"), self.tr("Note"), self.tr("Tags")])
        self.tree.setAccessibleName(self.tr("Team highlights"))
        self.tree.setColumnWidth(0, 260)
        self.tree.setColumnWidth(1, 240)
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.copy_button = QPushButton(self.tr("Copy to my notes"))
        self.copy_button.clicked.connect(self.copy_current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.fill()

    def fill(self) -> None:
        self.tree.clear()
        article = self.session.article
        shared = self.session.store.shared_annotations(article.id) if article else []
        groups: dict[str, QTreeWidgetItem] = {}
        for item in shared:
            author = item.annotation.author or item.owner
            if author not in groups:
                groups[author] = QTreeWidgetItem(self.tree, [author])
                groups[author].setFirstColumnSpanned(True)
            row = QTreeWidgetItem(groups[author], [item.annotation.exact, item.annotation.note,
                                                   ", ".join(item.annotation.tags)])
            row.setData(0, Qt.ItemDataRole.UserRole, item)
            row.setToolTip(0, item.annotation.exact)
            row.setToolTip(1, item.annotation.note)
        self.tree.expandAll()
        self._enable()

    def _current(self) -> SharedAnnotation | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _enable(self) -> None:
        self.copy_button.setEnabled(self._current() is not None)

    def copy_current(self) -> None:
        shared = self._current()
        if shared is not None:
            self.session.copy_shared(shared)
