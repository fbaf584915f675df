"""Find in the open article (Ctrl+F): the library search's matching, with next and previous."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from desktop.ui.reader_view import ReaderView


class FindBar(QWidget):
    """A row above the reader: typing marks every hit; Enter/F3 next, Shift+Enter/Shift+F3 back."""

    closed = Signal()

    def __init__(self, reader: ReaderView, parent=None):
        super().__init__(parent)
        self.reader = reader
        self.spans: list[tuple[int, int]] = []
        self.current = -1
        self._anchor = 0  # typing finds the first hit from here (where the view was on Ctrl+F)
        self._anchored_article: str | None = None
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Find in this article (diacritics optional)"))
        self.edit.setAccessibleName(self.tr("Find in this article"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(lambda _: self.refresh())
        self.count = QLabel()
        self.count.setMinimumWidth(70)
        self.prev_button = self._button("↑", self.tr("Previous hit (Shift+Enter, Shift+F3)"),
                                        self.previous)
        self.next_button = self._button("↓", self.tr("Next hit (Enter, F3)"), self.next)
        close = self._button("✕", self.tr("Close (Esc)"), self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 2, 24, 2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.prev_button)
        layout.addWidget(self.next_button)
        layout.addWidget(close)
        self.hide()

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    def open_bar(self, text: str | None = None) -> None:
        """Show the bar with the cursor in it (the selection, if any, becomes the query)."""
        selected = self.reader.selected_range()
        if text is None and selected and self.reader.article:
            text = self.reader.article.body[selected[0]:selected[1]]
        at_top = self.reader.verticalScrollBar().value() == 0  # (layout may still be pending)
        self._anchor = 0 if at_top or not self.reader.article else self.reader.first_visible_offset()
        self._anchored_article = self.reader.article.id if self.reader.article else None
        self.show()
        if text is not None and "\n" not in text:
            self.edit.setText(text)
        self.edit.setFocus()
        self.edit.selectAll()
        self.refresh()

    def show_hits(self, text: str, spans: list[tuple[int, int]] | tuple, current: int = 0) -> None:
        """Show given hits (a library search result) as the find state, current one scrolled to."""
        self.edit.blockSignals(True)
        self.edit.setText(text)
        self.edit.blockSignals(False)
        self.show()
        self._set(list(spans), current if spans else -1)

    def refresh(self) -> None:
        """Find again in the reader's article (after typing, or when another article opens)."""
        article = self.reader.article
        if not self.isVisible() or article is None:
            return
        if article.id != self._anchored_article:
            self._anchor, self._anchored_article = 0, article.id
        from desktop.core.textsearch import find_in_text  # with the first search, not at start-up

        spans = find_in_text(article.body, self.edit.text())
        self._set(spans, self._first_index_after(spans, self._anchor))

    @staticmethod
    def _first_index_after(spans: list[tuple[int, int]], anchor: int) -> int:
        if not spans:
            return -1
        return next((i for i, (start, _) in enumerate(spans) if start >= anchor), 0)

    def _set(self, spans: list[tuple[int, int]], current: int) -> None:
        self.spans, self.current = spans, current
        self.reader.show_find_marks(spans, current)
        if not self.edit.text().strip():
            self.count.setText("")
        elif spans:
            self.count.setText(self.tr("%1 of %2").replace("%1", str(current + 1))
                               .replace("%2", str(len(spans))))
        else:
            self.count.setText(self.tr("No hits"))
        self.prev_button.setEnabled(len(spans) > 1)
        self.next_button.setEnabled(len(spans) > 1)

    def next(self) -> None:
        if self.spans:
            self._set(self.spans, (self.current + 1) % len(self.spans))

    def previous(self) -> None:
        if self.spans:
            self._set(self.spans, (self.current - 1) % len(self.spans))

    def close_bar(self) -> None:
        self.hide()
        self.spans, self.current = [], -1
        self.reader.show_find_marks([])
        self.reader.setFocus()
        self.closed.emit()

    def keyPressEvent(self, event) -> None:
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            (self.previous if mods & Qt.KeyboardModifier.ShiftModifier else self.next)()
        elif key == Qt.Key.Key_Escape:
            self.close_bar()
        elif event.matches(QKeySequence.StandardKey.FindNext):
            self.next()
        elif event.matches(QKeySequence.StandardKey.FindPrevious):
            self.previous()
        else:
            super().keyPressEvent(event)
