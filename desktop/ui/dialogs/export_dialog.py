"""What to export: all annotations, those of chosen articles, or those of chosen colours/tags."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
)

from desktop.core.exchange import Selection
from desktop.core.models import COLORS
from desktop.ui.plain import tooltip


def _checkable(text: str, data: str, checked: bool) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setToolTip(tooltip(text))
    item.setData(Qt.ItemDataRole.UserRole, data)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def _checked(lst: QListWidget) -> tuple[str, ...]:
    return tuple(lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())
                 if lst.item(i).checkState() == Qt.CheckState.Checked)


class ExportDialog(QDialog):
    def __init__(self, store, current_article: str | None = None, parent=None,
                 *, title: str | None = None, names_option: bool = True):
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Export annotations"))
        self.setObjectName("ExportDialog")
        self.all_button = QRadioButton(self.tr("All annotations"))
        self.articles_button = QRadioButton(self.tr("Annotations of these articles:"))
        self.filter_button = QRadioButton(self.tr("Annotations with the chosen colours and tags:"))
        self.all_button.setChecked(True)
        self.articles = QListWidget()
        self.articles.setWordWrap(True)  # long Vietnamese titles wrap, as in the library
        self.articles.setAccessibleName(self.tr("Articles to export"))
        for s in store.article_summaries():
            self.articles.addItem(_checkable(s.title, s.id, s.id == current_article))
        color_labels = [self.tr("Yellow"), self.tr("Green"), self.tr("Blue"), self.tr("Pink"),
                        self.tr("Purple")]
        self.color_boxes = {}
        colors_row = QHBoxLayout()
        for color, label in zip(COLORS, color_labels, strict=True):
            box = QCheckBox(label)
            self.color_boxes[color] = box
            colors_row.addWidget(box)
        colors_row.addStretch(1)
        self.tags = QListWidget()
        self.tags.setAccessibleName(self.tr("Tags to export"))
        for tag in store.all_tags():
            self.tags.addItem(_checkable(tag, tag, False))
        self.tags.setMaximumHeight(120)
        self.names_box = QCheckBox(self.tr("Include my corrections of people and organizations "
                                           "(renamed, merged, split, not a name, marked)"))
        self.names_box.setChecked(True)
        self.names_box.setVisible(names_option)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.all_button)
        layout.addWidget(self.articles_button)
        layout.addWidget(self.articles)
        layout.addWidget(self.filter_button)
        layout.addLayout(colors_row)
        layout.addWidget(QLabel(self.tr("Tags")))
        layout.addWidget(self.tags)
        layout.addWidget(self.names_box)
        layout.addWidget(buttons)
        for button in (self.all_button, self.articles_button, self.filter_button):
            button.toggled.connect(self._enable)
        self._enable()
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    def _enable(self) -> None:
        self.articles.setEnabled(self.articles_button.isChecked())
        on = self.filter_button.isChecked()
        for box in self.color_boxes.values():
            box.setEnabled(on)
        self.tags.setEnabled(on)

    def include_names(self) -> bool:
        """Send the decisions on names (a report has no such option)."""
        return not self.names_box.isHidden() and self.names_box.isChecked()

    def selection(self) -> Selection:
        if self.articles_button.isChecked():
            return Selection(article_ids=_checked(self.articles))
        if self.filter_button.isChecked():
            colors = tuple(c for c, box in self.color_boxes.items() if box.isChecked())
            tags = _checked(self.tags)  # both chosen: a highlight must match both
            return Selection(colors=colors or None, tags=tags or None)
        return Selection()
