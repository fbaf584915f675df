"""Index → Hidden names: the names rejected in every article, and a way to show them again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from desktop.core.models import Changes
from desktop.core.store.entities import EntityError
from desktop.ui.session import Session


class HiddenNamesDialog(QDialog):
    """Lists `store.hidden_entities()`; "Show again" takes a rejection back (and saves it)."""

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Hidden names"))
        self.setObjectName("HiddenNamesDialog")
        intro = QLabel(self.tr("Names you marked as not a name in any article. They stay hidden "
                               "when articles are read again, until you show them again here."))
        intro.setWordWrap(True)
        self.names = QListWidget()
        self.names.setAccessibleName(self.tr("Hidden names"))
        self.names.currentItemChanged.connect(lambda *_: self._enable())
        self.names.itemActivated.connect(lambda _item: self.show_again())
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.show_button = QPushButton(self.tr("Show again"))
        self.show_button.setToolTip(self.tr("List this name again in every article that "
                                            "mentions it"))
        self.show_button.clicked.connect(self.show_again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.names, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        session.changed.connect(self._changed)
        self.fill()
        self.resize(460, 380)

    def fill(self) -> None:
        kinds = {"PER": self.tr("person"), "ORG": self.tr("organization")}
        self.names.clear()
        for entry in self.session.store.hidden_entities():
            item = QListWidgetItem(self.tr("%1 — %2, %n article(s)", "", entry.article_count)
                                   .replace("%1", entry.name).replace("%2", kinds[entry.kind]))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.names.addItem(item)
        if not self.names.count():
            self.names.addItem(QListWidgetItem(self.tr("No hidden names.")))
            self.names.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            self.names.setCurrentRow(0)
        self._enable()

    def show_again(self) -> bool:
        item = self.names.currentItem()
        entity_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if entity_id is None:
            return False
        try:
            changes = self.session.store.show_entity(entity_id)
        except EntityError as exc:  # gone meanwhile (merged, say): say so, list what is left
            self.problem.setText(str(exc))
            self.problem.show()
            self.fill()
            return False
        self.session.perform(changes, origin=self)
        self.fill()
        return True

    def _enable(self) -> None:
        item = self.names.currentItem()
        self.show_button.setEnabled(item is not None
                                    and item.data(Qt.ItemDataRole.UserRole) is not None)

    def _changed(self, changes: Changes) -> None:
        if changes.entities and changes.origin is not self:
            self.fill()  # a name rejected everywhere while the dialog is open
