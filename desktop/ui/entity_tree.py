"""The list of people and organizations shared by the People tab and the Index tab."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from desktop.ui.plain import tooltip


class EntityTree(QTreeWidget):
    """Names under bold, unselectable group headings ("People (3)"), each with a count beside it
    and its entity id in Qt.ItemDataRole.UserRole of column 0."""

    def __init__(self, headers: tuple[str, str], parent=None):
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderLabels(list(headers))
        self.setRootIsDecorated(False)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def fill(self, groups: Iterable[tuple[str, list[tuple]]]) -> None:
        """Replace the rows: per (heading, [(entity id, name, count[, hover])]) a heading and its
        names; a name cut with "…" shows its hover text (default: the whole name)."""
        self.clear()
        for label, members in groups:
            group = QTreeWidgetItem([f"{label} ({len(members)})"])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.addTopLevelItem(group)
            for entity_id, name, count, *hover in members:
                item = QTreeWidgetItem([name, str(count)])
                item.setData(0, Qt.ItemDataRole.UserRole, entity_id)
                item.setToolTip(0, tooltip(hover[0] if hover else name))
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                group.addChild(item)
            group.setExpanded(True)

    def item_for(self, name: str) -> QTreeWidgetItem | None:
        """The row of a name (None when it is not listed)."""
        for g in range(self.topLevelItemCount()):
            group = self.topLevelItem(g)
            for i in range(group.childCount()):
                if group.child(i).text(0) == name:
                    return group.child(i)
        return None
