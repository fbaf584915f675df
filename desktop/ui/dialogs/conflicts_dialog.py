"""Conflicts from imports and the team library (both versions kept until the user picks one):
highlights, and an article's title the user edited that met a trainer's; orphaned highlights."""

from __future__ import annotations

from collections.abc import Callable

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

from desktop.core.store import TitleConflict
from desktop.core.times import local_time
from desktop.ui.labels import color_label


def _short(text: str, n: int = 80) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[:n - 1] + "…"


class ConflictsDialog(QDialog):
    resolved = Signal(object)  # Changes

    def __init__(self, store, parent=None, *, write: Callable | None = None):
        super().__init__(parent)
        self.store = store
        # a title's pick goes through the session's write (a failed write is said, not raised)
        self._write = write or (lambda mutation, **_: self.resolved.emit(mutation()) or True)
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
        # a title's pick can be taken back while the dialog is open: (article, title, versions)
        self._title_undo: list[tuple[str, str, list[TitleConflict]]] = []
        self.undo_button = QPushButton(self.tr("Undo the last title choice"))
        self.undo_button.clicked.connect(self.undo_title_choice)
        self.undo_button.setVisible(False)
        conflicts_page = QWidget()
        grid = QGridLayout(conflicts_page)
        grid.addWidget(self.conflict_list, 0, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("In use")), 1, 0)
        grid.addWidget(QLabel(self.tr("Other version")), 1, 1)
        grid.addWidget(self.current_text, 2, 0)
        grid.addWidget(self.other_text, 2, 1)
        grid.addWidget(self.keep_button, 3, 0)
        grid.addWidget(self.use_other_button, 3, 1)
        grid.addWidget(self.undo_button, 4, 0, 1, 2)
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

    def _describe_title(self, title: str, modified: str | None, mine: bool) -> str:
        whose = self.tr("Your title") if mine else self.tr("The team's title")
        lines = [f"“{title}”", "", whose]
        if modified:
            lines.append(self.tr("Made %1").replace("%1", local_time(modified, QLocale().name())))
        return "\n".join(lines)

    def refresh(self) -> None:
        self.conflict_list.clear()
        for conflict in self.store.title_conflicts():
            article = self.store.article(conflict.article_id)
            if article is None:
                continue
            item = QListWidgetItem(self.tr("Title: “%1” or “%2”")
                                   .replace("%1", _short(article.title, 40))
                                   .replace("%2", _short(conflict.title, 40)))
            item.setData(Qt.ItemDataRole.UserRole, conflict)
            self.conflict_list.addItem(item)
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
        self.undo_button.setVisible(bool(self._title_undo))
        self.tabs.setTabText(0, self.tr("Conflicts (%1)").replace(
            "%1", str(self.conflict_list.count())))
        self.tabs.setTabText(1, self.tr("Not found in the text (%1)").replace(
            "%1", str(self.orphan_list.count())))

    def _show(self, item, _previous=None) -> None:
        conflict = item.data(Qt.ItemDataRole.UserRole) if item else None
        if isinstance(conflict, TitleConflict):
            article = self.store.article(conflict.article_id)
            modified, source = self.store.title_in_use(conflict.article_id)
            self.current_text.setPlainText(
                self._describe_title(article.title, modified, source == "own") if article else "")
            self.other_text.setPlainText(self._describe_title(
                conflict.title, conflict.modified, conflict.origin == "local"))
            self.keep_button.setEnabled(article is not None)
            self.use_other_button.setEnabled(article is not None)
            return
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
        if isinstance(conflict, TitleConflict):
            self._choose_title(conflict, use_other)
            return
        changes = self.store.resolve_conflict(conflict.version.id,
                                              conflict.id if use_other else None)
        self.resolved.emit(changes)
        self.refresh()

    def _choose_title(self, conflict: TitleConflict, use_other: bool) -> None:
        """The user keeps one title; the others of that article are settled with it."""
        article = self.store.article(conflict.article_id)
        if article is None:
            return
        before = (article.id, article.title, self.store.title_conflicts(article.id))
        chosen = conflict.id if use_other else None
        if self._write(lambda: self.store.resolve_title_conflict(article.id, chosen),
                       what=self.tr("The choice of title"), origin=self) is not None:
            self._title_undo.append(before)
        self.refresh()

    def undo_title_choice(self) -> None:
        """Both titles back as they were before the last pick, waiting for the user again."""
        if not self._title_undo:
            return
        article_id, title, conflicts = self._title_undo[-1]
        if self._write(lambda: self.store.restore_title_conflicts(article_id, title, conflicts),
                       what=self.tr("The undo"), origin=self) is not None:
            self._title_undo.pop()
        self.refresh()
