"""A calm one-line notice above an article that its team withdrew while the user keeps it as
their own (their highlights and notes are on it); "OK" dismisses it and the library's mark."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.core.models import Changes
from desktop.ui.session import Session


class WithdrawnNotice(QFrame):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("withdrawnNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)  # follows the theme
        self.label = QLabel(self.tr(
            "This article is no longer in the team library — your copy, with your highlights "
            "and notes, is kept."))
        self.label.setWordWrap(True)
        self.ok_button = QPushButton(self.tr("OK"))
        self.ok_button.setToolTip(self.tr("Hide this notice and the article's mark in the "
                                          "library"))
        self.ok_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 4, 12, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.ok_button)
        self.setAccessibleName(self.label.text())
        self.hide()
        session.article_opened.connect(lambda _article: self.update_shown())
        session.article_closed.connect(self.hide)
        session.changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        article = self.session.article
        if article is not None and article.id in changes.articles:
            self.update_shown()

    def update_shown(self) -> None:
        article = self.session.article
        self.setVisible(article is not None and article.id in self.session.withdrawn)

    def dismiss(self) -> None:
        if self.session.article is not None:
            self.session.dismiss_withdrawn([self.session.article.id], origin=self)
