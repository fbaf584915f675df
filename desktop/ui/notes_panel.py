"""The open article's highlights in text order, and an editor for the chosen one."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.annotating import parse_tags
from desktop.core.models import COLORS, Annotation, Changes
from desktop.ui.plain import tooltip
from desktop.ui.reader_view import color_name
from desktop.ui.session import Session

NOTE_SAVE_DELAY_MS = 400  # a pause in typing this long saves the note
QUOTE_PREVIEW_CHARS = 140
SWATCH_SCALE = 3  # colour chips are drawn at 3× and scaled down by Qt
NOTE_EDITOR_MAX_PX = 150  # the list of highlights gets the rest of the height


@functools.lru_cache(maxsize=64)  # one chip per colour and size: the notes list shows thousands
def swatch(color: str, size: int = 14) -> QIcon:
    """A colour chip carrying its key (1–5), so colours differ by more than colour."""
    pixmap = QPixmap(size * SWATCH_SCALE, size * SWATCH_SCALE)  # crisp on high-DPI screens
    pixmap.setDevicePixelRatio(SWATCH_SCALE)
    pixmap.fill(QColor(color_name(color)))
    if color in COLORS and size >= 12:
        painter = QPainter(pixmap)
        font = painter.font()
        font.setPixelSize(int(size * 0.7))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#1a1a1a"))
        painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter,
                         str(COLORS.index(color) + 1))
        painter.end()
    return QIcon(pixmap)


def _byline(widget: QWidget, ann: Annotation | None) -> str:
    """Who wrote it and when, in the interface language's date style."""
    if ann is None:
        return ""
    when = QDateTime.fromString(ann.modified or ann.created, Qt.DateFormat.ISODateWithMs)
    date = QLocale().toString(when.toLocalTime(), QLocale.FormatType.ShortFormat)
    if ann.author:
        return QCoreApplication.translate("NotesPanel", "by %1, %2").replace(
            "%1", ann.author).replace("%2", date)
    return date


class NotesPanel(QWidget):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self._current: Annotation | None = None
        self._loading = False
        self._items: dict[str, QListWidgetItem] = {}  # annotation id -> its row

        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setIconSize(QSize(14, 14))
        self.list.setAccessibleName(self.tr("Highlights of this article"))
        self.list.itemClicked.connect(self._item_clicked)
        self.list.itemActivated.connect(self._item_clicked)
        self.empty = QLabel(self.tr("No highlights yet. Select text in the article and press "
                                    "1–5 to highlight it."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.editor = QGroupBox(self.tr("Highlight"))
        self.quote = QLabel()
        self.quote.setWordWrap(True)
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        self.colors = QButtonGroup(self)
        color_row = QHBoxLayout()
        for i, color in enumerate(COLORS):
            button = QToolButton()
            button.setCheckable(True)
            button.setIcon(swatch(color, 18))
            button.setAccessibleName(self.tr("Colour %1").replace("%1", str(i + 1)))
            button.setToolTip(button.accessibleName())
            self.colors.addButton(button, i)
            color_row.addWidget(button)
        color_row.addStretch(1)
        self.colors.idClicked.connect(self._color_chosen)
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(NOTE_EDITOR_MAX_PX)
        self.note.setPlaceholderText(self.tr("Write a note…"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.textChanged.connect(self._note_typed)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("tags, separated by commas"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.editingFinished.connect(self._tags_edited)
        self.delete_button = QPushButton(self.tr("Delete highlight"))
        self.delete_button.setToolTip(self.tr("Delete this highlight with its note (Delete); "
                                              "Ctrl+Z brings it back"))
        self.delete_button.clicked.connect(self._delete)
        self.author = QLabel()
        self.author.setTextFormat(Qt.TextFormat.PlainText)  # a bundle's author is any text
        form = QFormLayout(self.editor)
        form.addRow(self.quote)
        form.addRow(self.tr("Colour"), color_row)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.author)  # its own row: a long name or date must not narrow the fields
        form.addRow(self.delete_button)
        self.editor.setEnabled(False)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._write_note)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.list)
        top_layout.addWidget(self.empty)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        self.editor.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        session.changed.connect(self._changed)
        session.article_opened.connect(lambda _: self.refresh())
        session.annotation_focused.connect(self.show_annotation)

    # -- rendering -------------------------------------------------------------------------

    def add_header(self, widget: QWidget) -> None:
        """A control above the list (the authors' layers), left-aligned."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, widget, 0, Qt.AlignmentFlag.AlignLeft)

    def refresh(self) -> None:
        current = self._current.id if self._current else None
        self.list.clear()
        self._items = {}
        annotations = self.session.annotations()
        for ann in annotations:
            quote = " ".join(ann.exact.split())
            if len(quote) > QUOTE_PREVIEW_CHARS:
                quote = quote[:QUOTE_PREVIEW_CHARS - 1] + "…"
            text = f"“{quote}”"
            if ann.note:
                text += "\n✎ " + " ".join(ann.note.split())[:QUOTE_PREVIEW_CHARS]
            if ann.tags:
                text += "\n# " + ", ".join(ann.tags)
            item = QListWidgetItem(swatch(ann.color), text)
            item.setData(Qt.ItemDataRole.UserRole, ann.id)
            item.setToolTip(tooltip(ann.exact))
            self.list.addItem(item)
            self._items.setdefault(ann.id, item)
        self.list.setVisible(bool(annotations))
        self.empty.setVisible(not annotations)
        still_there = next((a for a in annotations if a.id == current), None)
        self._load_editor(still_there)

    def _select_item(self, annotation_id: str | None) -> None:
        item = self._items.get(annotation_id) if annotation_id else None
        if item is not None:
            self.list.setCurrentItem(item)

    def _load_editor(self, ann: Annotation | None) -> None:
        self._loading = True
        self._current = ann
        self.editor.setEnabled(ann is not None)
        self.quote.setText(f"“{ann.exact}”" if ann else "")
        if self.note.toPlainText() != (ann.note if ann else ""):
            self.note.setPlainText(ann.note if ann else "")
        self.tags.setText(", ".join(ann.tags) if ann else "")
        self.author.setText(_byline(self, ann))
        for i, color in enumerate(COLORS):
            self.colors.button(i).setChecked(bool(ann) and ann.color == color)
        self._select_item(ann.id if ann else None)
        self._loading = False

    def show_annotation(self, annotation_id: str) -> None:
        """Choose a highlight for editing (clicked in the reader or in the list)."""
        self.save_note()
        self._load_editor(self.session.store.annotation(annotation_id))

    def _changed(self, changes: Changes) -> None:
        if changes.origin is self or not self.session.article:
            return
        if changes.annotations or self.session.article.id in changes.articles:
            self.refresh()

    # -- editing ---------------------------------------------------------------------------

    def _item_clicked(self, item: QListWidgetItem) -> None:
        annotation_id = item.data(Qt.ItemDataRole.UserRole)
        self.session.annotation_focused.emit(annotation_id)

    def _fresh(self) -> Annotation | None:
        """The chosen highlight as stored now (an undo may have changed it)."""
        return self.session.store.annotation(self._current.id) if self._current else None

    def _edit(self, **fields) -> None:
        current = self._fresh()
        if current is None or all(getattr(current, k) == v for k, v in fields.items()):
            return
        changes = self.session.history.edit(current, **fields)
        self._current = self.session.store.annotation(current.id)
        self.session.perform(changes, origin=self)
        self._refresh_item()

    def _refresh_item(self) -> None:
        """Re-render the list without reloading the editor the user is typing in."""
        self._loading = True
        current = self._current
        self.refresh()
        self._current = current
        self._loading = False

    def _color_chosen(self, index: int) -> None:
        if not self._loading:
            self._edit(color=COLORS[index])

    def _note_typed(self) -> None:
        if not self._loading:
            self._save_timer.start()

    def save_note(self) -> None:
        """Write a pending note edit now (when the highlight, the article or the window changes)."""
        if self._save_timer.isActive():
            self._save_timer.stop()
            self._write_note()

    def _write_note(self) -> None:
        self._edit(note=self.note.toPlainText())

    def _tags_edited(self) -> None:
        if not self._loading:
            self._edit(tags=parse_tags(self.tags.text()))

    def _delete(self) -> None:
        current = self._fresh()
        if current:
            self.save_note()
            self.session.perform(self.session.history.delete(current), origin=None)

    def focus_note(self) -> None:
        self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)
