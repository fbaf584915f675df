"""Rename an article and give it a source and a date (its text stays as it is: it is its identity)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from desktop.core.models import Article

DATE_PATTERN = re.compile(r"^$|^\d{4}(-\d{2}(-\d{2})?)?$")  # ISO date, year or year-month allowed


class ArticleDetailsDialog(QDialog):
    def __init__(self, article: Article, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Title, source and date"))
        self.title = QLineEdit(article.title)
        self.title.setAccessibleName(self.tr("Title"))
        self.source = QLineEdit(article.source)
        self.source.setAccessibleName(self.tr("Source"))
        self.source.setPlaceholderText(self.tr("e.g. a newspaper or a web address"))
        self.published = QLineEdit(article.published)
        self.published.setAccessibleName(self.tr("Date"))
        self.published.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Date"), self.published)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        for field in (self.title, self.source):
            field.setCursorPosition(0)  # a long title shows its beginning, not its end
        self.resize(520, self.sizeHint().height())

    def values(self) -> dict[str, str]:
        return {"title": self.title.text().strip(), "source": self.source.text().strip(),
                "published": self.published.text().strip()}

    def _accept(self) -> None:
        values = self.values()
        if not values["title"]:
            self.problem.setText(self.tr("An article needs a title."))
        elif not DATE_PATTERN.match(values["published"]):
            self.problem.setText(self.tr("Write the date as YYYY-MM-DD (or YYYY-MM, or YYYY)."))
        else:
            self.accept()
