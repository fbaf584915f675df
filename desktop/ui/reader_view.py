"""The article text: read-only, selectable, with highlights and entity mentions painted over it."""

from __future__ import annotations

import bisect
import itertools
import zlib
from collections.abc import Iterator

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextLayout,
)
from PySide6.QtWidgets import QMenu, QTextEdit

from desktop.core.models import COLORS, Annotation, Article
from desktop.ui.session import order_key
from desktop.ui.textpos import OffsetMap
from desktop.ui.theme import THEMES, UNDERLINES, Theme

OVERLAP_DARKEN = 115  # QColor.darker factor where two or more highlights overlap
PARAGRAPH_GAP_PX = 10
DEFAULT_FONT_PT = 13
MIN_FONT_PT, MAX_FONT_PT = 8, 40
DEFAULT_LINE_SPACING = 135  # percent of the font's line height
MIN_LINE_SPACING, MAX_LINE_SPACING = 100, 220
DEFAULT_WIDTH_CHARS = 80  # a comfortable reading column; 0 = the whole width
LONG_PARAGRAPH = 4_000  # characters; longer paragraphs are shown in pieces (display_text)
PARTIAL_REPAINT_LIMIT = 200  # more changed highlights than this: paint the whole article again
PAINT_AHEAD_BLOCKS = 30  # paragraphs painted beyond the visible ones, for a smooth scroll
TEAM_LOOK = ("team",)  # the look of a teammate's shared highlight: (TEAM_LOOK, author's colour)
# teammates' highlights are told apart by author: each gets one of these, by name (saturated
# mid tones: an underline in them shows on the light, sepia and dark themes alike)
TEAM_COLORS = ("#e91e63", "#00bfa5", "#ab47bc", "#fb8c00", "#1e88e5", "#7cb342")
FIND_COLOR, FIND_CURRENT_COLOR = "#c9d1d9", "#1f6feb"  # find hits: grey, the current one blue

_UNDERLINE_STYLES = {
    "single": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "dash": QTextCharFormat.UnderlineStyle.DashUnderline,
    "dot": QTextCharFormat.UnderlineStyle.DotLine,
    "wave": QTextCharFormat.UnderlineStyle.WaveUnderline,
    "dashdot": QTextCharFormat.UnderlineStyle.DashDotLine,
}


def color_name(color: str, theme: Theme = THEMES["light"]) -> str:
    return theme.highlights.get(color, theme.highlights["yellow"])


def team_color(owner: str) -> str:
    """A teammate's colour, the same on every laptop and in every session."""
    return TEAM_COLORS[zlib.crc32(owner.encode("utf-8")) % len(TEAM_COLORS)]


def _blend(colors: list[str], theme: Theme) -> QColor:
    qs = [QColor(color_name(c, theme)) for c in colors]
    r = sum(c.red() for c in qs) // len(qs)
    g = sum(c.green() for c in qs) // len(qs)
    b = sum(c.blue() for c in qs) // len(qs)
    return QColor(r, g, b).darker(OVERLAP_DARKEN)


def covered_segments(annotations: list[Annotation]) -> Iterator[tuple[int, int, list[Annotation]]]:
    """(start, end, highlights covering it) for each stretch under at least one highlight.

    A sweep over the sorted boundaries, O((highlights + segments) × overlap depth): 2,000
    highlights used to cost O(segments × highlights), most of a second."""
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for i, a in enumerate(annotations):
        starts.setdefault(a.start, []).append(i)
        ends.setdefault(a.end, []).append(i)
    bounds = sorted(starts.keys() | ends.keys())
    active: dict[int, Annotation] = {}
    for seg_start, seg_end in itertools.pairwise(bounds):
        for i in ends.get(seg_start, ()):
            active.pop(i, None)
        for i in starts.get(seg_start, ()):
            if annotations[i].end > seg_start:
                active[i] = annotations[i]
        if len(active) == 1:
            yield seg_start, seg_end, list(active.values())
        elif active:
            yield seg_start, seg_end, [active[i] for i in sorted(active)]


def display_text(body: str) -> tuple[str, list[int]]:
    """The body as shown, and where a space became a paragraph break: a paragraph longer than
    LONG_PARAGRAPH is cut at spaces into pieces Qt lays out one by one (it lays a paragraph out
    whole on every change of it: 10 MB on one line took seconds per highlight). A space and a
    break are one position each, so every offset stays the same."""
    if len(body) <= LONG_PARAGRAPH:
        return body, []
    lines, breaks, at = [], [], 0
    for line in body.split("\n"):
        if len(line) > LONG_PARAGRAPH:
            pieces, start = [], 0
            while len(line) - start > LONG_PARAGRAPH:
                cut = line.rfind(" ", start + LONG_PARAGRAPH // 2, start + LONG_PARAGRAPH)
                if cut < 0:
                    cut = line.find(" ", start + LONG_PARAGRAPH)
                    if cut < 0:
                        break
                pieces.append(line[start:cut])
                breaks.append(at + cut)
                start = cut + 1
            pieces.append(line[start:])
            line = "\n".join(pieces)
        lines.append(line)
        at += len(line) + 1
    return "\n".join(lines), breaks


class ReaderView(QTextEdit):
    """Shows one article; offsets in and out are code points into the NFC body."""

    highlight_requested = Signal(str)  # colour: highlight the current selection
    annotation_clicked = Signal(str)  # annotation id
    shared_clicked = Signal(str, str)  # a teammate's highlight: owner, annotation id
    delete_requested = Signal(str)  # annotation id under the cursor
    note_requested = Signal()  # add a note to the selection or the highlight under the cursor
    font_size_changed = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)  # keyboard users move on to the panels
        self.setUndoRedoEnabled(False)
        self.document().setDocumentMargin(24)
        self.article: Article | None = None
        self._map = OffsetMap("")
        self._annotations: list[Annotation] = []  # in text order (`order_key`)
        self._keys: list[tuple] = []  # their keys, for bisection
        self._longest = 0  # the longest highlight's length: how far back one may start
        self._mentions: list[tuple[int, int]] = []
        self._find: list[tuple[int, int]] = []  # Find in the article / search hits
        self._find_current = -1
        self._focused: str | None = None
        self._by_id: dict[str, Annotation] = {}  # the painted highlights by id
        self._team: list[tuple[str, Annotation]] = []  # teammates' shared ones: (owner, it)
        self._soft_breaks: list[int] = []  # spaces shown as paragraph breaks (display_text)
        self._block_specs: dict[int, tuple] = {}  # block number -> its highlight formats
        # 1 for each paragraph whose highlights are not painted yet: they are painted when
        # first shown (paintEvent), so opening thousands of highlights paints a screenful
        self._unpainted = bytearray()
        self._formats: dict[tuple, QTextCharFormat] = {}  # look -> format, in this theme
        self._font_pt = DEFAULT_FONT_PT
        self.theme = THEMES["light"]
        self._family: str | None = None
        self._line_spacing = DEFAULT_LINE_SPACING
        self._width_chars = DEFAULT_WIDTH_CHARS
        self.set_font_size(DEFAULT_FONT_PT)

    # -- content ---------------------------------------------------------------------------

    def show_article(self, article: Article | None, annotations: list[Annotation], *,
                     shared: list | None = None) -> None:
        self.article = article
        self._team = [(s.owner, s.annotation) for s in shared or () if not s.annotation.deleted]
        self._mentions = []
        self._find, self._find_current = [], -1
        self._focused = None
        body = article.body if article else ""
        self._map = OffsetMap(body)
        shown, self._soft_breaks = display_text(body)
        self.setPlainText(shown)
        self._block_specs = {}  # new blocks, no formats yet
        self._unpainted = bytearray(b"\x01") * self.document().blockCount()
        # One edit block: Qt lays the text out once, lazily, with the paragraph formats
        # already in place (cursors made outside one force a layout up to them).
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        self._format_paragraphs()
        self._set(annotations)
        cursor.endEditBlock()
        self._paint_overlays()

    def _format_paragraphs(self) -> None:
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()  # selecting the document outside one lays all of it out
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setBottomMargin(PARAGRAPH_GAP_PX)
        block.setLineHeight(self._line_spacing,
                            QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.mergeBlockFormat(block)
        if self._soft_breaks:  # a long paragraph cut for speed still reads as one
            joined = QTextBlockFormat()
            joined.setBottomMargin(0)
            doc = self.document()
            for position in self._soft_breaks:
                QTextCursor(doc.findBlock(self._map.to_utf16(position))).mergeBlockFormat(joined)
        cursor.endEditBlock()

    def _set(self, annotations: list[Annotation]) -> None:
        """Take the highlights to paint, kept in text order (so those over a stretch of text
        are found by bisection, not by looking at all of them)."""
        shown = [a for a in annotations if not a.deleted]
        keys = [order_key(a) for a in shown]
        if any(a > b for a, b in itertools.pairwise(keys)):
            shown.sort(key=order_key)
            keys.sort()
        self._annotations, self._keys = shown, keys
        self._by_id = {a.id: a for a in shown}
        self._longest = max((a.end - a.start for a in shown), default=0)

    def _overlapping(self, lo: int, hi: int) -> list[Annotation]:
        """The highlights over any of lo..hi (code points), in text order."""
        first = bisect.bisect_left(self._keys, (lo - self._longest,))
        last = bisect.bisect_left(self._keys, (hi,))
        return [a for a in self._annotations[first:last] if a.end > lo]

    def set_annotations(self, annotations: list[Annotation], *,
                        changed: frozenset[str] | set[str] | None = None) -> None:
        """Paint these highlights; with `changed` (the ids an edit touched) only the
        paragraphs where those were or are now are painted again, not the whole article."""
        if changed is None or len(changed) > PARTIAL_REPAINT_LIMIT:
            self._set(annotations)
            self._repaint_marks()
            return
        given = {a.id: a for a in annotations if a.id in changed}
        self.patch({ann_id: given.get(ann_id) for ann_id in changed})

    def patch(self, fresh: dict[str, Annotation | None]) -> None:
        """Some highlights changed (None: gone): each is moved to its new place in text order,
        and only the paragraphs where they were or are now are painted again."""
        spans = []
        for ann_id, ann in fresh.items():
            old = self._by_id.pop(ann_id, None)
            if old is not None:
                at = bisect.bisect_left(self._keys, order_key(old))
                del self._annotations[at], self._keys[at]
                spans.append((old.start, old.end))
            if ann is not None and not ann.deleted:
                at = bisect.bisect_left(self._keys, order_key(ann))
                self._annotations.insert(at, ann)
                self._keys.insert(at, order_key(ann))
                self._by_id[ann_id] = ann
                self._longest = max(self._longest, ann.end - ann.start)
                spans.append((ann.start, ann.end))
        if spans:
            self._paint_highlights(min(s for s, _ in spans), max(e for _, e in spans))
        self._paint_overlays()

    def set_team(self, shared: list) -> None:
        """Paint teammates' shared highlights (`SharedAnnotation`s; empty: none) beside one's
        own, read-only."""
        team = [(s.owner, s.annotation) for s in shared if not s.annotation.deleted]
        if team != self._team:
            self._team = team
            self._repaint_marks()

    def shared_at(self, offset: int):
        """The teammates' highlights covering an offset, as (owner, highlight)."""
        return [(o, a) for o, a in self._team if a.start <= offset < a.end]

    def show_mentions(self, mentions: list[tuple[int, int]] | tuple) -> None:
        """Mark an entity's mentions (empty to clear) and scroll to the first."""
        self._mentions = list(mentions)
        self._paint_overlays()
        if self._mentions:
            self.scroll_to(self._mentions[0][0], self._mentions[0][1])

    @property
    def mention_ranges(self) -> list[tuple[int, int]]:
        return list(self._mentions)

    def show_find_marks(self, spans: list[tuple[int, int]], current: int = -1) -> None:
        """Mark search/find hits (empty to clear); the current one stands out and is scrolled to."""
        self._find, self._find_current = list(spans), current
        self._paint_overlays()
        if 0 <= current < len(self._find):
            self.scroll_to(*self._find[current])

    @property
    def find_ranges(self) -> tuple[list[tuple[int, int]], int]:
        return list(self._find), self._find_current

    def _find_selections(self) -> list[QTextEdit.ExtraSelection]:
        out = []
        for i, (start, end) in enumerate(self._find):
            fmt = QTextCharFormat()
            current = i == self._find_current
            fmt.setBackground(QColor(FIND_CURRENT_COLOR if current else FIND_COLOR))
            fmt.setForeground(QColor("#ffffff" if current else "#1a1a1a"))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            out.append(self._extra(start, end, fmt))
        return out

    def focus_annotation(self, annotation_id: str | None) -> None:
        self._focused = annotation_id
        self._paint_overlays()
        ann = self._by_id.get(annotation_id) if annotation_id else None
        if ann:
            self.scroll_to(ann.start, ann.end)

    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_utf16(start))
        cursor.setPosition(self._map.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _repaint_marks(self) -> None:
        """Every paragraph's highlights are painted again when next shown; the shown ones now."""
        self._unpainted = bytearray(b"\x01") * self.document().blockCount()
        self._paint_shown()
        self._paint_overlays()

    def paintEvent(self, event) -> None:
        self._paint_shown()
        super().paintEvent(event)

    def _paint_shown(self) -> None:
        """Paint the highlights of the paragraphs in view (and a few beyond) not painted yet."""
        if self._unpainted.find(1) < 0:
            return
        port = self.viewport()
        # points inside the text, not its margin: Qt answers a point in the document's top
        # margin with the last paragraph, after laying the whole text out (a long freeze)
        inset = int(self.document().documentMargin()) + 1
        top = self.cursorForPosition(QPoint(inset, inset)).blockNumber()
        bottom = self.cursorForPosition(QPoint(inset, port.height() - inset)).blockNumber()
        if bottom < top:  # a point below the last paragraph
            bottom = top
        self._paint_blocks(max(0, top - PAINT_AHEAD_BLOCKS), bottom + PAINT_AHEAD_BLOCKS)

    def paint_all(self) -> None:
        """Paint every paragraph's highlights now (before reading them back)."""
        self._paint_blocks(0, len(self._unpainted))

    def _paint_blocks(self, first: int, last: int) -> None:
        """Paint the not yet painted paragraphs among first..last (block numbers)."""
        flags = self._unpainted
        last = min(last, len(flags) - 1)
        start, end = flags.find(1, first, last + 1), flags.rfind(1, first, last + 1)
        if start < 0:
            return
        doc = self.document()
        block = doc.findBlockByNumber(end)
        lo = self._map.from_utf16(doc.findBlockByNumber(start).position())
        hi = self._map.from_utf16(block.position() + block.length() - 1)
        self._paint_highlights(lo, max(lo, hi))

    @staticmethod
    def _look(covering: list[Annotation]) -> tuple[tuple[str, ...], str]:
        """What a segment's format depends on: the covering colours and the innermost one."""
        if len(covering) == 1:
            return (covering[0].color,), covering[0].color
        innermost = min(covering, key=lambda a: a.end - a.start)
        return tuple(sorted(a.color for a in covering)), innermost.color

    def _format(self, look: tuple[tuple[str, ...], str]) -> QTextCharFormat:
        """The format of a look, made once per theme."""
        fmt = self._formats.get(look)
        if fmt is None:
            fmt = self._formats[look] = self._highlight_format(look)
        return fmt

    def _highlight_format(self, look: tuple[tuple[str, ...], str]) -> QTextCharFormat:
        colors, innermost = look
        fmt = QTextCharFormat()
        if colors == TEAM_LOOK:  # read-only, someone else's: no fill, a thick-looking line
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor(innermost))
            fmt.setFontUnderline(True)
            return fmt
        if len(colors) == 1:
            fmt.setBackground(QColor(color_name(innermost, self.theme)))
        else:
            fmt.setBackground(_blend(list(colors), self.theme))
        # the non-colour cue: each colour has its own underline style
        fmt.setUnderlineStyle(_UNDERLINE_STYLES[UNDERLINES.get(innermost, "single")])
        fmt.setUnderlineColor(QColor(self.theme.highlight_text))
        fmt.setForeground(QColor(self.theme.highlight_text))
        return fmt

    def _paint_highlights(self, lo: int | None = None, hi: int | None = None) -> None:
        """Paint highlights as segments so overlaps stay visible; with `lo`/`hi` (code points)
        only the paragraphs holding that stretch are worked out and painted again.

        They are formats of the paragraphs' layouts (what QSyntaxHighlighter does), not extra
        selections: thousands of those each need a cursor, and Qt lays the whole document out
        to place them. Only paragraphs whose formats changed are re-laid out."""
        doc = self.document()
        to_utf16 = self._map.to_utf16
        if lo is None or hi is None:
            first = doc.begin()
            annotations = self._annotations
        else:
            first = doc.findBlock(to_utf16(lo))
        starts = []  # where each paragraph starts (UTF-16), from the first one worked on
        block = first
        last_pos = None if lo is None else to_utf16(hi)
        while block.isValid():
            starts.append(block.position())
            if last_pos is not None and block.position() + block.length() > last_pos:
                block = block.next()
                break
            block = block.next()
        starts.append(block.position() if block.isValid() else doc.characterCount())
        first_number = first.blockNumber()
        if lo is not None:
            span_lo = self._map.from_utf16(starts[0])
            span_hi = self._map.from_utf16(starts[-1])
            annotations = self._overlapping(span_lo, span_hi)
        formats = self._formats  # one per look, shared by its segments
        specs: dict[int, list[tuple]] = {}
        if lo is None:
            team = self._team
        else:
            team = [(o, a) for o, a in self._team if a.start < span_hi and a.end > span_lo]
        # a teammate's highlight: an underline in its author's colour, laid over one's own
        spans = [*((s, e, self._look(covering)) for s, e, covering in covered_segments(annotations)),
                 *((a.start, a.end, (TEAM_LOOK, team_color(owner))) for owner, a in team)]
        for seg_start, seg_end, key in spans:
            start, end = to_utf16(seg_start), to_utf16(seg_end)
            self._format(key)
            index = max(0, bisect.bisect_right(starts, start) - 1)
            while index < len(starts) - 1 and starts[index] < end:
                pos, text_end = starts[index], starts[index + 1] - 1  # separator not laid out
                if start < text_end:
                    specs.setdefault(first_number + index, []).append(
                        (max(start, pos) - pos, min(end, text_end) - max(start, pos), key))
                index += 1
        numbers = range(first_number, first_number + len(starts) - 1)
        old = self._block_specs if lo is None else \
            {n: self._block_specs[n] for n in numbers if n in self._block_specs}
        changed = [n for n in specs.keys() | old.keys()
                   if tuple(specs.get(n, ())) != old.get(n)]
        # Each setFormats records its paragraph as changed; the end of the (outermost) edit
        # block lays the changed stretch out again and repaints it, once.
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        for number in changed:
            ranges = []
            for start, length, key in specs.get(number, ()):
                r = QTextLayout.FormatRange()
                r.start, r.length, r.format = start, length, formats[key]
                ranges.append(r)
            doc.findBlockByNumber(number).layout().setFormats(ranges)
        cursor.endEditBlock()
        self._unpainted[first_number:first_number + len(numbers)] = bytes(len(numbers))
        if lo is None:
            self._block_specs = {n: tuple(v) for n, v in specs.items()}
        else:
            for n in numbers:
                if n in specs:
                    self._block_specs[n] = tuple(specs[n])
                else:
                    self._block_specs.pop(n, None)

    def _paint_overlays(self) -> None:
        """The focused highlight's emphasis, then entity mentions and find hits on top: few
        marks, painted as extra selections over the highlights."""
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()  # cursors placed inside one skip laying the text out
        selections = []
        focused = self._by_id.get(self._focused) if self._focused else None
        if focused is not None:
            near = self._overlapping(focused.start, focused.end)
            for seg_start, seg_end, covering in covered_segments(near):
                if any(a.id == self._focused for a in covering):
                    fmt = QTextCharFormat(self._format(self._look(covering)))
                    fmt.setFontWeight(QFont.Weight.DemiBold)
                    selections.append(self._extra(seg_start, seg_end, fmt))
        for start, end in self._mentions:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(self.theme.mention))
            fmt.setForeground(QColor(self.theme.highlight_text))
            fmt.setFontWeight(QFont.Weight.DemiBold)
            # over a highlight, its underline is covered too
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)
            selections.append(self._extra(start, end, fmt))
        selections += self._find_selections()
        cursor.endEditBlock()
        self.setExtraSelections(selections)

    def _extra(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        sel.cursor = self._cursor(start, end)
        sel.format = fmt
        return sel

    def painted_ranges(self) -> list[tuple[int, int, str]]:
        """What is painted over the text, read back from Qt: (start, end, background colour
        name) in code points, highlights (a highlight crossing paragraphs is one range)
        then the extra marks."""
        self.paint_all()
        out: list[tuple[int, int, str]] = []
        block = self.document().begin()
        while block.isValid():
            pos = block.position()
            for r in block.layout().formats():
                start, end = pos + r.start, pos + r.start + r.length
                color = r.format.background().color().name()
                if out and out[-1][1] == pos - 1 and start == pos and out[-1][2] == color:
                    start = out.pop()[0]  # continued over the paragraph separator
                out.append((start, end, color))
            block = block.next()
        out = [(self._map.from_utf16(s), self._map.from_utf16(e), c) for s, e, c in out]
        for sel in self.extraSelections():
            out.append((self._map.from_utf16(sel.cursor.selectionStart()),
                        self._map.from_utf16(sel.cursor.selectionEnd()),
                        sel.format.background().color().name()))
        return out

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._formats = {}
        self._block_specs = dict.fromkeys(self._block_specs)  # every painted paragraph changes
        self._repaint_marks()

    # -- positions -------------------------------------------------------------------------

    def selected_range(self) -> tuple[int, int] | None:
        """The selection in code points, white space at its edges trimmed; None when empty."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or not self.article:
            return None
        start = self._map.from_utf16(cursor.selectionStart())
        end = self._map.from_utf16(cursor.selectionEnd())
        body = self.article.body
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None

    def select_range(self, start: int, end: int) -> None:
        self.setTextCursor(self._cursor(start, end))

    def offset_at(self, point: QPoint) -> int:
        return self._map.from_utf16(self.cursorForPosition(point).position())

    def annotation_at_cursor(self) -> Annotation | None:
        """The innermost highlight under the text cursor (keyboard users have no mouse)."""
        return self.annotation_at(self._map.from_utf16(self.textCursor().position()))

    def annotation_at(self, offset: int) -> Annotation | None:
        """The innermost highlight covering an offset."""
        covering = self._overlapping(offset, offset + 1)
        return min(covering, key=lambda a: a.end - a.start) if covering else None

    def first_visible_offset(self) -> int:
        return self.offset_at(QPoint(0, 0))

    def scroll_to(self, start: int, end: int | None = None) -> None:
        """Bring a range into view, a little below the top edge; a range already in view stays
        where the eye is (highlighting what one just selected must not move the text)."""
        rect = self.cursorRect(self._cursor(start, start))
        last = self.cursorRect(self._cursor(end, end)) if end is not None else rect
        if rect.top() >= 0 and last.bottom() <= self.viewport().height():
            return
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.viewport().height() // 4)

    def scroll_to_top_at(self, offset: int) -> None:
        """Put the line holding `offset` at the top of the view (restoring a reading position)."""
        rect = self.cursorRect(self._cursor(offset, offset))
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top())

    # -- font ------------------------------------------------------------------------------

    @property
    def font_size(self) -> int:
        return self._font_pt

    def set_font_size(self, points: int) -> None:
        points = max(MIN_FONT_PT, min(MAX_FONT_PT, int(points)))
        anchor = self.first_visible_offset() if self.article else 0
        self._font_pt = points
        font = self.font()
        if self._family:
            font.setFamily(self._family)
        font.setPointSize(points)
        self.setFont(font)
        self.document().setDefaultFont(font)
        self._fit_width()
        if self.article:
            self.scroll_to_top_at(anchor)
        self.font_size_changed.emit(points)

    def set_reading_options(self, *, family: str | None = None, line_spacing: int | None = None,
                            width_chars: int | None = None) -> None:
        """Font family, line spacing (percent) and reading width (characters, 0 = full)."""
        if family is not None:
            self._family = family or None
        if line_spacing is not None:
            self._line_spacing = max(MIN_LINE_SPACING, min(MAX_LINE_SPACING, int(line_spacing)))
            self._format_paragraphs()
        if width_chars is not None:
            self._width_chars = max(0, int(width_chars))
        self.set_font_size(self._font_pt)

    def _fit_width(self) -> None:
        """Centre a column of about `width_chars` characters; long lines tire the eye."""
        side = 0
        if self._width_chars:
            column = self._width_chars * self.fontMetrics().averageCharWidth()
            side = max(0, (self.width() - column) // 2 - int(self.document().documentMargin()))
        self.setViewportMargins(side, 0, side, 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_width()

    def zoom(self, step: int) -> None:
        self.set_font_size(self._font_pt + step)

    # -- input -----------------------------------------------------------------------------

    def mouseReleaseEvent(self, event):
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            offset = self.offset_at(event.position().toPoint())
            ann = self.annotation_at(offset)
            if ann:
                self.annotation_clicked.emit(ann.id)
            elif shared := self.shared_at(offset):
                owner, first = min(shared, key=lambda s: s[1].end - s[1].start)
                self.shared_clicked.emit(owner, first.id)

    def keyPressEvent(self, event):
        text = event.text()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.NoModifier and text in {"1", "2", "3", "4", "5"}:
            if self.selected_range():
                self.highlight_requested.emit(COLORS[int(text) - 1])
            return
        if mods == Qt.KeyboardModifier.NoModifier and text.lower() == "n":
            self.note_requested.emit()
            return
        if event.key() == Qt.Key.Key_Delete:
            ann = self.annotation_at_cursor()
            self.delete_requested.emit(ann.id if ann else "")  # "": nothing to delete, say so
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event):
        self.context_menu(event.pos()).exec(event.globalPos())

    def context_menu(self, pos: QPoint) -> QMenu:
        """The right-click menu at `pos`; a find hit under the pointer counts as selected, so
        a word found with Ctrl+F can be highlighted or marked as a name like any selection."""
        if not self.selected_range():
            offset = self.offset_at(pos)
            hit = next(((s, e) for s, e in self._find if s <= offset < e), None)
            if hit:
                self.select_range(*hit)
        menu: QMenu = self.createStandardContextMenu(pos)
        if self.selected_range():
            menu.addSeparator()
            for action in getattr(self, "highlight_actions", []):
                menu.addAction(action)
            entity_actions = getattr(self, "entity_actions", [])  # "Mark as person / org…"
            if entity_actions:
                menu.addSeparator()
                menu.addActions(entity_actions)
        else:
            ann = self.annotation_at(self.offset_at(pos))
            if ann:
                menu.addSeparator()
                menu.addAction(self.tr("Edit highlight…"),
                               lambda: self.annotation_clicked.emit(ann.id))
                menu.addAction(self.tr("Delete highlight"),
                               lambda: self.delete_requested.emit(ann.id))
        return menu
