"""The notes panel's list of highlights as a model and a row painter: thousands of highlights
cost nothing until their rows are scrolled into view, and an edit moves one row, not all."""

from __future__ import annotations

import bisect
import functools

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QPainter,
    QPalette,
    QPixmap,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from desktop.core.models import COLORS, Annotation
from desktop.ui.plain import tooltip
from desktop.ui.reader_view import color_name, team_color

QUOTE_PREVIEW_CHARS = 140
ROW_LINES = 3  # every row is this many lines high, so the list never measures its rows
ROW_PADDING_PX = 4
FITTED_ROWS_KEPT = 2_000  # rows' wrapped lines kept for repaints (a few screens' worth)
SWATCH_SCALE = 3  # colour chips are drawn at 3× and scaled down by Qt

IdRole = Qt.ItemDataRole.UserRole  # the highlight's id
TeamRole = Qt.ItemDataRole.UserRole + 1  # the teammate who shared it; "" for one's own

_Index = QModelIndex | QPersistentModelIndex


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


@functools.lru_cache(maxsize=16)
def team_chip(color: str, size: int = 14) -> QIcon:
    """A teammate's mark: a line in their colour under an empty chip, as the reader draws it."""
    pixmap = QPixmap(size * SWATCH_SCALE, size * SWATCH_SCALE)
    pixmap.setDevicePixelRatio(SWATCH_SCALE)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.fillRect(QRect(1, size - 4, size - 2, 3), QColor(color))
    painter.setPen(QColor(color))
    painter.drawRect(QRect(1, 1, size - 3, size - 7))
    painter.end()
    return QIcon(pixmap)


def row_text(ann: Annotation, team: str = "") -> str:
    """The quote, then the note and the tags, each on a line of its own (what is painted)."""
    quote = " ".join(ann.exact.split())
    if len(quote) > QUOTE_PREVIEW_CHARS:
        quote = quote[:QUOTE_PREVIEW_CHARS - 1] + "…"
    text = f"“{quote}”"
    if team:
        text = f"{ann.author or team}: " + text  # italic, with the author's mark (the view)
    if ann.note:
        text += "\n✎ " + " ".join(ann.note.split())[:QUOTE_PREVIEW_CHARS]
    if ann.tags:
        text += "\n# " + ", ".join(ann.tags)
    return text


def _key(ann: Annotation, team: str) -> tuple:
    """A row's place: the text order of highlights, one's own before a teammate's."""
    return (ann.start, ann.end, ann.created, ann.id, team)


class NotesModel(QAbstractListModel):
    """The shown highlights in text order, one's own (team "") and teammates' shared ones;
    rows are rendered when Qt asks for them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Annotation] = []
        self._teams: list[str] = []  # per row: the teammate who shared it, "" for one's own
        self._keys: list[tuple] = []
        self._by_id: dict[tuple[str, str], Annotation] = {}  # (team, id) -> highlight
        self._texts: dict[tuple[str, str], str] = {}  # rendered text, made when first shown

    # -- what Qt asks ----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        ann, team = self._rows[index.row()], self._teams[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self._texts.get((team, ann.id))
            if text is None:
                text = self._texts[(team, ann.id)] = row_text(ann, team)
            return text
        if role == Qt.ItemDataRole.DecorationRole:
            return team_chip(team_color(team)) if team else swatch(ann.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(ann.exact)
        if role == IdRole:
            return ann.id
        if role == TeamRole:
            return team
        return None

    # -- what the panel tells it -----------------------------------------------------------

    def reset(self, own: list[Annotation], shared: list[tuple[str, Annotation]] = ()) -> None:
        """All rows anew: one's own highlights, in text order, and teammates' (team, highlight)."""
        self.beginResetModel()
        self._rows = list(own)
        self._teams = [""] * len(own)
        self._keys = [(a.start, a.end, a.created, a.id, "") for a in own]
        if shared:
            rows = sorted([*zip(self._keys, own, self._teams, strict=True),
                           *((_key(a, t), a, t) for t, a in shared)], key=lambda r: r[0])
            self._keys = [r[0] for r in rows]
            self._rows = [r[1] for r in rows]
            self._teams = [r[2] for r in rows]
        self._by_id = {(t, a.id): a for a, t in zip(self._rows, self._teams, strict=True)}
        self._texts = {}
        self.endResetModel()

    def row(self, number: int) -> tuple[Annotation, str]:
        """The highlight of a row and the teammate who shared it ("" for one's own)."""
        return self._rows[number], self._teams[number]

    def row_of(self, ann_id: str, team: str = "") -> int | None:
        """Where a highlight's row is now, by bisection (rows stay in text order)."""
        ann = self._by_id.get((team, ann_id))
        if ann is None:
            return None
        at = bisect.bisect_left(self._keys, _key(ann, team))
        return at if at < len(self._rows) and self._rows[at] is ann else None

    def put(self, ann_id: str, fresh: Annotation | None, team: str = "") -> None:
        """Take a highlight's row out, and put `fresh` back where the text order has it."""
        at = self.row_of(ann_id, team)
        if at is not None:
            self.beginRemoveRows(QModelIndex(), at, at)
            del self._rows[at], self._teams[at], self._keys[at]
            self._by_id.pop((team, ann_id), None)
            self.endRemoveRows()
        self._texts.pop((team, ann_id), None)
        if fresh is not None:
            key = _key(fresh, team)
            at = bisect.bisect_left(self._keys, key)
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.insert(at, fresh)
            self._teams.insert(at, team)
            self._keys.insert(at, key)
            self._by_id[(team, fresh.id)] = fresh
            self.endInsertRows()


class NotesListView(QTableView):
    """A list of rows of one height. A table of one column, not a QListView: a list view lays
    every row out again (asking the model for each) after any row is inserted, which grows
    with the rows; a table's rows are sections of a header of fixed size, placed by arithmetic."""

    def __init__(self, model: NotesModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(NoteRowDelegate(self))
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as it does a list
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._fit_rows()

    def _fit_rows(self) -> None:
        self.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().lineSpacing() * ROW_LINES + 2 * ROW_PADDING_PX)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit_rows()


class NoteRowDelegate(QStyledItemDelegate):
    """Paints a row in ROW_LINES lines: the quote wrapped, then the note and tags, elided."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._lines: dict[tuple, list[str]] = {}  # (text, font, width) -> the lines painted

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return QSize(120, option.fontMetrics.lineSpacing() * ROW_LINES + 2 * ROW_PADDING_PX)

    def paint(self, painter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        rect = rect.adjusted(2, ROW_PADDING_PX, -2, -ROW_PADDING_PX)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                                         else QPalette.ColorRole.Text))
        font = QFont(opt.font)
        font.setItalic(bool(index.data(TeamRole)))  # a teammate's, read-only
        painter.setFont(font)
        metrics = QFontMetrics(font)
        key = (text, font.key(), rect.width())
        lines = self._lines.get(key)
        if lines is None:  # laid out once per text and width, not on every repaint
            if len(self._lines) > FITTED_ROWS_KEPT:
                self._lines.clear()
            lines = self._lines[key] = _fit(text, font, rect.width())
        for i, line in enumerate(lines):
            painter.drawText(rect.left(), rect.top() + i * metrics.lineSpacing() + metrics.ascent(),
                             line)
        painter.restore()


def _fit(text: str, font: QFont, width: int) -> list[str]:
    """ROW_LINES lines of a row's text: the quote wrapped over the lines the note and tags leave,
    the last of its lines and each of theirs elided with "…"."""
    metrics = QFontMetrics(font)
    quote, *extras = text.split("\n")
    extras = extras[:ROW_LINES - 1]
    room = ROW_LINES - len(extras)
    lines: list[str] = []
    layout = QTextLayout(quote, font)
    units = quote.encode("utf-16-le")  # Qt's positions count UTF-16 units, not code points
    layout.beginLayout()
    at = 0
    while len(lines) < room - 1:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        at = line.textStart() + line.textLength()
        lines.append(units[2 * line.textStart():2 * at].decode("utf-16-le").rstrip())
    layout.endLayout()
    rest = units[2 * at:].decode("utf-16-le")
    if rest or not lines:
        lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return lines + [metrics.elidedText(e, Qt.TextElideMode.ElideRight, width) for e in extras]
