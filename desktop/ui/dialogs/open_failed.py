"""When the data file cannot be opened: say why in plain words and offer to restore a backup.

Nothing is overwritten: restoring moves the file it replaces aside (core/store/backup.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from desktop.core.store import StoreError
from desktop.core.store import backup as backups


class OpenFailedDialog(QDialog):
    """The reason, the technical detail for IT, and the backups to restore from."""

    def __init__(self, error: BaseException, db_path: Path, parent=None, *,
                 while_open: bool = False, before_restore=None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.kept: Path | None = None  # where the replaced file was moved, once restored
        self._before_restore = before_restore  # the window closes its connection first
        self.closed_store = False
        self.setWindowTitle(self.tr("The data file is damaged") if while_open
                            else self.tr("The data file cannot be opened"))
        self.reason = QLabel(self.tr(
            "The data file is damaged. Nothing more is written to it: what you see is what was "
            "saved. Restore a backup in its place, or keep reading.") if while_open
            else self._reason(backups.failure_kind(error)))
        self.reason.setWordWrap(True)
        self.detail = QLabel(self.tr("Technical detail, for IT: %1").replace("%1", str(error)))
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.backups = QListWidget()
        self.backups.setAccessibleName(self.tr("Backups"))
        for item in backups.list_backups(self.db_path):
            row = QListWidgetItem(self.tr("%1 (%2 KB)").replace("%1", item.day.isoformat())
                                  .replace("%2", f"{max(1, item.size // 1024):,}"))
            row.setData(Qt.ItemDataRole.UserRole, str(item.path))
            self.backups.addItem(row)
        self.restore_button = QPushButton(self.tr("Restore from backup"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.quit_button = QPushButton(self.tr("Keep reading") if while_open else self.tr("Quit"))
        self.quit_button.clicked.connect(self.reject)
        buttons = QDialogButtonBox()
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addWidget(self.detail)
        if self.backups.count():
            self.backups.setCurrentRow(0)
            layout.addWidget(QLabel(self.tr(
                "Backups, newest first. Restoring keeps the current file beside it, renamed:")))
            layout.addWidget(self.backups, 1)
        else:
            self.restore_button.setEnabled(False)
            layout.addWidget(QLabel(self.tr("There is no backup of this data folder yet.")))
            layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def _reason(self, kind: str) -> str:
        folder = str(self.db_path.parent)
        reasons = {
            backups.CORRUPT: self.tr("The data file is damaged. Nothing was changed."),
            backups.READ_ONLY: self.tr(
                "The data folder cannot be written to (%1). Ask IT for write access to it, or "
                "start Chú Giải with another data folder. Nothing was changed."),
            backups.DISK_FULL: self.tr(
                "The disk is full. Free some space, then start Chú Giải again. Nothing was "
                "changed."),
            backups.LOCKED: self.tr(
                "Another program is holding the data file. Close it and try again. Nothing was "
                "changed."),
        }
        default = self.tr("The data file cannot be opened. Nothing was changed.")
        return reasons.get(kind, default).replace("%1", folder)

    def restore_selected(self) -> None:
        """Restore the chosen backup; on failure say why and leave every file as it was."""
        item = self.backups.currentItem()
        if item is None:
            return
        chosen = Path(item.data(Qt.ItemDataRole.UserRole))
        try:
            if self._before_restore is not None and not self.closed_store:
                if not backups.is_sound(chosen):  # checked before the window lets go of the file
                    raise StoreError(f"the backup {chosen} is damaged too; nothing was changed")
                self._before_restore()
                self.closed_store = True
            self.kept = backups.restore_backup(chosen, self.db_path)
        except (StoreError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Restore from backup"), self.tr(
                "The backup could not be restored. Nothing was changed.\n\n%1")
                .replace("%1", str(exc)))
            return
        self.accept()


def offer_backup(error: BaseException, db_path: Path, parent=None) -> bool:
    """Show why the data file cannot be opened; True when a backup was restored in its place."""
    dialog = OpenFailedDialog(error, db_path, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted  # accepted only once restored
