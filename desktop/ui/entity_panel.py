"""People and organizations of the open article; clicking one marks its mentions in the reader."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import Changes, EntitySummary
from desktop.ui.session import Session


class EntityPanel(QWidget):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self._entities: dict[int, EntitySummary] = {}
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Mentions")])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setAccessibleName(self.tr("People and organizations"))
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        self.clear_button = QPushButton(self.tr("Clear marks"))
        self.clear_button.clicked.connect(self.clear_focus)
        self.clear_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.clear_button)
        session.changed.connect(self._changed)
        session.article_opened.connect(lambda _: self.refresh())

    def set_busy(self, busy: bool) -> None:
        if busy:
            self.status.setText(self.tr("Finding people and organizations…"))
        self.status.setVisible(busy or not self._entities)

    def show_error(self, message: str) -> None:
        self.status.setText(message)
        self.status.setVisible(True)

    def refresh(self) -> None:
        entities = self.session.entities()
        self._entities = {e.id: e for e in entities}
        self.tree.clear()
        groups = (("PER", self.tr("People")), ("ORG", self.tr("Organizations")))
        for kind, label in groups:
            members = [e for e in entities if e.kind == kind]
            group = QTreeWidgetItem([f"{label} ({len(members)})"])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            for entity in members:
                item = QTreeWidgetItem([entity.name, str(entity.mention_count)])
                item.setData(0, Qt.ItemDataRole.UserRole, entity.id)
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                item.setToolTip(0, entity.name)
                group.addChild(item)
            group.setExpanded(True)
        self.status.setText("" if entities else self.tr("No people or organizations found yet."))
        self.status.setVisible(not entities)
        self.clear_button.setEnabled(False)

    def item_for(self, name: str) -> QTreeWidgetItem | None:
        for group_index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(group_index)
            for i in range(group.childCount()):
                if group.child(i).text(0) == name:
                    return group.child(i)
        return None

    def _clicked(self, item: QTreeWidgetItem) -> None:
        entity_id = item.data(0, Qt.ItemDataRole.UserRole)
        if entity_id is None:
            return
        self.session.entity_focused.emit(self._entities[entity_id])
        self.clear_button.setEnabled(True)

    def clear_focus(self) -> None:
        self.tree.clearSelection()
        self.session.entity_focused.emit(None)
        self.clear_button.setEnabled(False)

    def _changed(self, changes: Changes) -> None:
        if self.session.article and self.session.article.id in changes.entities:
            self.refresh()
