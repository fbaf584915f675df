"""Help → Report a problem: what the zip for IT holds, and the user's own words only if ticked."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)


class ReportDialog(QDialog):
    """Describe the problem (optional); Save report… then asks where the zip goes."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Report a problem"))
        intro = QLabel(self.tr(
            "The report is a zip file for IT: the app's log and the versions of the app, Qt and "
            "the system. Your articles, highlights and notes are never in it."))
        intro.setWordWrap(True)
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("What happened? What were you doing? (optional)"))
        self.description.setAccessibleName(self.tr("Description of the problem"))
        self.include = QCheckBox(self.tr("Add what I wrote above to the report"))
        self.description.textChanged.connect(
            lambda: self.include.setEnabled(bool(self.description.toPlainText().strip())))
        self.include.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("Save report…"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.description, 1)
        layout.addWidget(self.include)
        layout.addWidget(buttons)
        self.resize(520, 320)

    def user_text(self) -> str | None:
        """The description, only when the user ticked the box."""
        text = self.description.toPlainText().strip()
        return text if text and self.include.isChecked() else None
