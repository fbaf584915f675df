"""The library's filters: an entity, a highlight colour, a tag, an author, "has notes"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QPushButton, QWidget

from desktop.core.models import COLORS
from desktop.core.textsearch import LibraryFilter
from desktop.ui.session import Session


class FilterBar(QWidget):
    """Combined with AND, and with the search box; choices come from what the library holds."""

    filters_changed = Signal()

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.entity = self._combo(self.tr("Person or organization"))
        self.entity.setEditable(True)  # type to find one among many
        self.entity.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.color = self._combo(self.tr("Highlight colour"))
        self.tag = self._combo(self.tr("Tag"))
        self.author = self._combo(self.tr("Author of highlights"))
        self.has_notes = QCheckBox(self.tr("Has notes"))
        self.has_notes.toggled.connect(lambda _: self.filters_changed.emit())
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entity, 0, 0, 1, 2)
        layout.addWidget(self.color, 1, 0)
        layout.addWidget(self.tag, 1, 1)
        layout.addWidget(self.author, 2, 0)
        layout.addWidget(self.has_notes, 2, 1)
        layout.addWidget(self.clear_button, 3, 0, 1, 2)
        self._color_labels = {"yellow": self.tr("Yellow"), "green": self.tr("Green"),
                              "blue": self.tr("Blue"), "pink": self.tr("Pink"),
                              "purple": self.tr("Purple")}

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setMinimumContentsLength(8)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(lambda _: self.filters_changed.emit())
        return combo

    def reload_choices(self) -> None:
        """Refill the menus from the store, keeping what is chosen."""
        choices = self.session.store.filter_choices()
        self._fill(self.entity, self.tr("All people & organizations"),
                   [(f"{name} ({count})", entity_id) for entity_id, _, name, count in
                    choices.entities])
        self._fill(self.color, self.tr("Any colour"),
                   [(self._color_labels.get(c, c), c) for c in COLORS if c in choices.colors])
        self._fill(self.tag, self.tr("Any tag"), [(t, t) for t in choices.tags])
        self._fill(self.author, self.tr("Anyone"), [(a, a) for a in choices.authors])

    def _fill(self, combo: QComboBox, everything: str, items: list[tuple[str, object]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for label, value in items:
            combo.addItem(label, value)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if chosen is not None and index < 0:
            self.filters_changed.emit()  # what was chosen is gone

    def current(self) -> LibraryFilter:
        return LibraryFilter(entity_id=self.entity.currentData(), color=self.color.currentData(),
                             tag=self.tag.currentData(), author=self.author.currentData(),
                             has_notes=self.has_notes.isChecked())

    def clear(self) -> None:
        for combo in (self.entity, self.color, self.tag, self.author):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.has_notes.blockSignals(True)
        self.has_notes.setChecked(False)
        self.has_notes.blockSignals(False)
        self.filters_changed.emit()
