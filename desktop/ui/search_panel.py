"""Search results above the library: each shows the article's title and a snippet, hit marked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem

from desktop.ui.plain import tooltip

if TYPE_CHECKING:
    from desktop.core.textsearch import SearchHit

HIT_BACKGROUND = "#ffe08a"
PLAIN_ROLE = Qt.ItemDataRole.UserRole + 1  # "title — snippet" as plain text (tests, a11y)


def hit_html(hit: SearchHit, *, notes_label: str) -> str:
    """Title in bold, then the snippet with every hit on a coloured background (text escaped)."""
    import html  # it loads html.entities: not before the first search

    pieces, last = [], 0
    for start, end in hit.snippet_marks:
        pieces.append(html.escape(hit.snippet[last:start]))
        pieces.append(f'<span style="background:{HIT_BACKGROUND}; color:#1a1a1a">'
                      f"{html.escape(hit.snippet[start:end])}</span>")
        last = end
    pieces.append(html.escape(hit.snippet[last:]))
    where = f"<i>{html.escape(notes_label)}</i> " if hit.where == "notes" else ""
    return f"<b>{html.escape(hit.title)}</b><br><small>{where}{''.join(pieces)}</small>"


class SearchResults(QListWidget):
    """The hits of one search; clicking or Enter opens one."""

    hit_chosen = Signal(object)  # SearchHit

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Search results"))
        self.setWordWrap(True)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.hits: list[SearchHit] = []
        self.itemClicked.connect(self._chosen)
        self.itemActivated.connect(self._chosen)

    def show_hits(self, hits: list[SearchHit]) -> None:
        self.clear()
        self.hits = list(hits)
        width = max(self.viewport().width() - 8, 120)
        for hit in hits:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, hit.article_id)
            where = self.tr("In a note:") + " " if hit.where == "notes" else ""
            item.setData(PLAIN_ROLE, f"{hit.title} — {where}{hit.snippet}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{hit.title}. {where}{hit.snippet}")
            item.setToolTip(tooltip(hit.title))
            label = QLabel(hit_html(hit, notes_label=self.tr("In a note:")))
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setContentsMargins(4, 3, 4, 5)
            label.setFixedWidth(width)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self.addItem(item)
            self.setItemWidget(item, label)
            item.setSizeHint(QSize(width, label.heightForWidth(width) + 2))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        width = max(self.viewport().width() - 8, 120)
        for row in range(self.count()):
            label = self.itemWidget(self.item(row))
            if label is not None and label.width() != width:
                label.setFixedWidth(width)
                self.item(row).setSizeHint(QSize(width, label.heightForWidth(width) + 2))

    def _chosen(self, item: QListWidgetItem) -> None:
        row = self.row(item)
        if 0 <= row < len(self.hits):
            self.hit_chosen.emit(self.hits[row])
