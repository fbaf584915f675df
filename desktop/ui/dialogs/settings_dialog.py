"""Settings: language, theme, reading font, line spacing, reading width and the author's name."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from desktop.ui.reader_view import (
    MAX_FONT_PT,
    MAX_LINE_SPACING,
    MIN_FONT_PT,
    MIN_LINE_SPACING,
)
from desktop.ui.theme import THEME_NAMES

LANGUAGES = (("vi", "Tiếng Việt"), ("en", "English"))  # each in its own language


class SettingsDialog(QDialog):
    """Edits a dict of settings; every change is applied at once through `apply`."""

    def __init__(self, values: dict, apply, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._apply = apply
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(values["ui.language"])))
        self.language.setAccessibleName(self.tr("Interface language"))
        self.restart_note = QLabel(self.tr("The new language is used from the next start."))
        self.restart_note.setVisible(False)
        self.theme = QComboBox()
        theme_labels = {"system": self.tr("Follow the system"), "light": self.tr("Light"),
                        "dark": self.tr("Dark"), "sepia": self.tr("Sepia")}
        for name in THEME_NAMES:
            self.theme.addItem(theme_labels[name], name)
        self.theme.setCurrentIndex(max(0, self.theme.findData(values["ui.theme"])))
        self.theme.setAccessibleName(self.tr("Theme"))
        self.family = QFontComboBox()
        self.family.setCurrentFont(QFont(values["reader.font_family"]))
        self.family.setAccessibleName(self.tr("Reading font"))
        self.size = self._spin(values["reader.font_size"], MIN_FONT_PT, MAX_FONT_PT, " pt",
                               self.tr("Text size"))
        self.spacing = self._spin(values["reader.line_spacing"], MIN_LINE_SPACING,
                                  MAX_LINE_SPACING, " %", self.tr("Line spacing"), step=5)
        self.width = self._spin(values["reader.width"], 0, 200, "", self.tr("Reading width"),
                                step=5)
        self.width.setSpecialValueText(self.tr("Full width"))
        self.width.setSuffix(self.tr(" characters"))
        self.author = QLineEdit(values["author"])
        self.author.setPlaceholderText(self.tr("Your name, shown on your notes"))
        self.author.setAccessibleName(self.tr("Your name"))

        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        form.addRow("", self.restart_note)
        form.addRow(self.tr("&Theme"), self.theme)
        form.addRow(self.tr("Reading &font"), self.family)
        form.addRow(self.tr("Text &size"), self.size)
        form.addRow(self.tr("Line s&pacing"), self.spacing)
        form.addRow(self.tr("Reading &width"), self.width)
        form.addRow(self.tr("Your &name"), self.author)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self.language.currentIndexChanged.connect(self._language_changed)
        self.theme.currentIndexChanged.connect(
            lambda: self._apply("ui.theme", self.theme.currentData()))
        self.family.currentFontChanged.connect(
            lambda f: self._apply("reader.font_family", f.family()))
        self.size.valueChanged.connect(lambda v: self._apply("reader.font_size", v))
        self.spacing.valueChanged.connect(lambda v: self._apply("reader.line_spacing", v))
        self.width.valueChanged.connect(lambda v: self._apply("reader.width", v))
        self.author.editingFinished.connect(
            lambda: self._apply("author", self.author.text().strip()))

    def _spin(self, value: int, low: int, high: int, suffix: str, name: str, *,
              step: int = 1) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSingleStep(step)
        spin.setValue(int(value))
        spin.setSuffix(suffix)
        spin.setAccessibleName(name)
        return spin

    def _language_changed(self) -> None:
        self._apply("ui.language", self.language.currentData())
        self.restart_note.setVisible(True)
