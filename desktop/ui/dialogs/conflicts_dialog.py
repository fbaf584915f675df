"""Conflicts from imports (both versions kept until the user picks one) and orphaned highlights."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.times import local_time
from desktop.ui.labels import color_label


def _short(text: str, n: int = 80) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[:n - 1] + "…"


class ConflictsDialog(QDialog):
    resolved = Signal(object)  # Changes

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Conflicts and highlights not found"))
        self.setObjectName("ConflictsDialog")
        self.conflict_list = QListWidget()
        self.conflict_list.setAccessibleName(self.tr("Conflicts"))
        self.conflict_list.currentItemChanged.connect(self._show)
        self.current_text = QPlainTextEdit(readOnly=True)
        self.other_text = QPlainTextEdit(readOnly=True)
        self.current_text.setAccessibleName(self.tr("The version in use"))
        self.other_text.setAccessibleName(self.tr("The other version"))
        self.keep_button = QPushButton(self.tr("Keep the version in use"))
        self.use_other_button = QPushButton(self.tr("Use the other version"))
        self.keep_button.clicked.connect(lambda: self._resolve(False))
        self.use_other_button.clicked.connect(lambda: self._resolve(True))
        conflicts_page = QWidget()
        grid = QGridLayout(conflicts_page)
        grid.addWidget(self.conflict_list, 0, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("In use")), 1, 0)
        grid.addWidget(QLabel(self.tr("Other version")), 1, 1)
        grid.addWidget(self.current_text, 2, 0)
        grid.addWidget(self.other_text, 2, 1)
        grid.addWidget(self.keep_button, 3, 0)
        grid.addWidget(self.use_other_button, 3, 1)
        self.orphan_list = QListWidget()
        self.orphan_list.setAccessibleName(self.tr("Highlights not found in their text"))
        self.tabs = QTabWidget()
        self.tabs.addTab(conflicts_page, self.tr("Conflicts"))
        self.tabs.addTab(self.orphan_list, self.tr("Not found in the text"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(760, 520)
        self.refresh()

    def _describe(self, ann) -> str:
        if ann is None:
            return ""
        if ann.deleted:
            return self.tr("(deleted)") + "\n" + local_time(ann.modified, QLocale().name())
        lines = [f"“{ann.exact}”", "", ann.note or self.tr("(no note)"), "",
                 self.tr("Colour: %1").replace("%1", color_label(ann.color))]
        if ann.tags:
            lines.append(self.tr("Tags: %1").replace("%1", ", ".join(ann.tags)))
        lines.append(self.tr("By %1, %2").replace("%1", ann.author or "—")
                     .replace("%2", local_time(ann.modified, QLocale().name())))
        return "\n".join(lines)

    def refresh(self) -> None:
        self.conflict_list.clear()
        for conflict in self.store.conflicts():
            current = self.store.annotation(conflict.version.id)
            quote = _short((current or conflict.version).exact)
            item = QListWidgetItem(f"“{quote}”")
            item.setData(Qt.ItemDataRole.UserRole, conflict)
            self.conflict_list.addItem(item)
        if self.conflict_list.count():
            self.conflict_list.setCurrentRow(0)
        else:
            self._show(None, None)
        self.orphan_list.clear()
        for ann in self.store.orphaned_annotations():
            article = self.store.article(ann.article_id)
            self.orphan_list.addItem(f"“{_short(ann.exact)}” — {article.title if article else ''}"
                                     + (f" ({ann.author})" if ann.author else ""))
        self.tabs.setTabText(0, self.tr("Conflicts (%1)").replace(
            "%1", str(self.conflict_list.count())))
        self.tabs.setTabText(1, self.tr("Not found in the text (%1)").replace(
            "%1", str(self.orphan_list.count())))

    def _show(self, item, _previous=None) -> None:
        conflict = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.current_text.setPlainText(
            self._describe(self.store.annotation(conflict.version.id)) if conflict else "")
        self.other_text.setPlainText(self._describe(conflict.version) if conflict else "")
        self.keep_button.setEnabled(conflict is not None)
        self.use_other_button.setEnabled(conflict is not None)

    def _resolve(self, use_other: bool) -> None:
        item = self.conflict_list.currentItem()
        if item is None:
            return
        conflict = item.data(Qt.ItemDataRole.UserRole)
        changes = self.store.resolve_conflict(conflict.version.id,
                                              conflict.id if use_other else None)
        self.resolved.emit(changes)
        self.refresh()
