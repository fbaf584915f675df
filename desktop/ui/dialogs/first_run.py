"""First run: the user's display name for annotations (skippable), then a short tour."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)


class FirstRunDialog(QDialog):
    """Page 0 asks the name; the next pages show the three panels. Close at any time."""

    def __init__(self, suggested_name: str, parent=None, *, ask_name: bool = True):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Chú Giải"))
        self.asks_name = ask_name
        self.name = QLineEdit(suggested_name)
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setPlaceholderText(self.tr("e.g. Nguyễn Thị Lan"))
        ask = QWidget()
        ask_layout = QVBoxLayout(ask)
        ask_layout.addWidget(self._text(self.tr(
            "What name should your highlights and notes carry? Trainees and colleagues see it "
            "when you share your work. You can change it later in Settings.")))
        ask_layout.addWidget(self.name)
        self.pages = QStackedWidget()
        if ask_name:  # IT's defaults.ini may say not to ask (a pre-filled name, or none)
            self.pages.addWidget(ask)
        for text in (
            self.tr("Library (left): the articles. Click one to read it."),
            self.tr("Reader (centre): select text and press 1–5 to highlight it in a colour; "
                    "N adds a note; Ctrl+Z undoes."),
            self.tr("Right: Notes lists your highlights; People & organizations lists who and "
                    "what the article mentions — click one to see where."),
        ):
            self.pages.addWidget(self._text(text))
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.skip_button = QPushButton(self.tr("Skip"))
        buttons = QDialogButtonBox()
        for button in (self.skip_button, self.back_button, self.next_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.back_button.clicked.connect(lambda: self._go(-1))
        self.next_button.clicked.connect(lambda: self._go(+1))
        self.skip_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        self._go(0)
        self.resize(480, 260)

    def _text(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def _go(self, step: int) -> None:
        index = self.pages.currentIndex() + step
        if index >= self.pages.count():
            self.accept()
            return
        self.pages.setCurrentIndex(max(0, index))
        last = self.pages.currentIndex() == self.pages.count() - 1
        self.back_button.setEnabled(self.pages.currentIndex() > 0)
        self.next_button.setText(self.tr("Start reading") if last else self.tr("Next"))
        self.skip_button.setVisible(not last)

    def chosen_name(self) -> str:
        return self.name.text().strip() if self.asks_name else ""
