"""The main window: library | reader | notes and people & organizations, with menus and toolbar.

It only lays widgets out and holds the actions its menus and toolbar show; what they do is
connected by the composition root (desktop/ui/compose.py) to the controllers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import COLORS
from desktop.ui.entity_index import EntityIndex
from desktop.ui.entity_panel import EntityPanel
from desktop.ui.find_bar import FindBar
from desktop.ui.library_panel import LibraryPanel
from desktop.ui.notes_panel import NotesPanel, swatch
from desktop.ui.reader_view import ReaderView

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.core.store import Store
    from desktop.ui.comfort import ComfortController
    from desktop.ui.exchange_ui import ExchangeController
    from desktop.ui.extraction_controller import ExtractionController
    from desktop.ui.library_controller import LibraryController
    from desktop.ui.reading_controller import ReadingController
    from desktop.ui.session import Session
    from desktop.ui.store_faults import StoreFaults


class MainWindow(QMainWindow):
    shown = Signal()  # every show; the first one lets background jobs start
    closing = Signal()  # before the window closes: save, stop the jobs
    paths_dropped = Signal(list)  # local files dropped on the window

    # set by desktop/ui/compose.py, which made them; the window itself does not use them (for
    # the tests, the self-test and a second start handing over its file)
    session: Session
    store: Store
    comfort: ComfortController
    exchange: ExchangeController
    reading: ReadingController
    extraction: ExtractionController
    library_actions: LibraryController
    faults: StoreFaults
    close_allowed: Callable[[], bool] | None = None  # False keeps the window open

    def __init__(self, *, library: LibraryPanel, reader: ReaderView, find_bar: FindBar,
                 notes: NotesPanel, entities: EntityPanel, entity_index: EntityIndex):
        super().__init__()
        # no app name here: Qt adds the application's display name ("… — Chú Giải") itself
        self.setWindowTitle("")
        self.setObjectName("MainWindow")

        self.library = library
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setContentsMargins(24, 12, 24, 0)
        font = self.title.font()
        font.setPointSize(font.pointSize() + 5)
        font.setBold(True)
        self.title.setFont(font)
        self.reader = reader
        self.reader.setAccessibleName(self.tr("Article text"))
        self.find_bar = find_bar
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.title)
        centre_layout.addWidget(self.find_bar)
        centre_layout.addWidget(self.reader, 1)
        self._centre_layout = centre_layout

        self.notes = notes
        self.entities = entities
        self.entity_index = entity_index  # the whole library's people & organizations
        self.tabs = QTabWidget()
        self.tabs.addTab(self.notes, self.tr("Notes"))
        self.tabs.addTab(self.entities, self.tr("People && organizations"))
        self.tabs.addTab(self.entity_index, self.tr("Index"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("MainSplitter")
        self.splitter.addWidget(self.library)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 720, 340])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._build_menus()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setFormat(self.tr("People & organizations: %v/%m"))
        self.progress.setAccessibleName(self.tr("Progress of finding people and organizations"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()
        self.setAcceptDrops(True)

    # -- actions, menus and toolbar --------------------------------------------------------

    def _build_actions(self) -> None:
        color_labels = [self.tr("Yellow"), self.tr("Green"), self.tr("Blue"), self.tr("Pink"),
                        self.tr("Purple")]
        self.highlight_actions: list[QAction] = []
        for i, (color, label) in enumerate(zip(COLORS, color_labels, strict=True)):
            action = QAction(swatch(color, 16), self.tr("Highlight %1").replace("%1", label.lower()), self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.setToolTip(self.tr("Highlight the selection in %1 (%2 or %3)")
                              .replace("%1", label.lower()).replace("%2", str(i + 1))
                              .replace("%3", f"Ctrl+{i + 1}"))
            self.highlight_actions.append(action)
        self.mark_person_action = QAction(self.tr("Mark as person"), self)
        self.mark_org_action = QAction(self.tr("Mark as organization"), self)

        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = QAction(self.tr("Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])

        self.zoom_in_action = QAction(self.tr("Larger text"), self)
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.zoom_out_action = QAction(self.tr("Smaller text"), self)
        self.zoom_out_action.setShortcuts([QKeySequence("Ctrl+-")])
        self.zoom_reset_action = QAction(self.tr("Normal text size"), self)
        self.zoom_reset_action.setShortcut(QKeySequence("Ctrl+0"))

        self.quit_action = QAction(self.tr("Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)

    def _build_menus(self) -> None:
        """The four menus with the window's own actions; controllers add theirs to them."""
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addActions(self.highlight_actions)
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.view_menu.addActions([self.zoom_in_action, self.zoom_out_action,
                                   self.zoom_reset_action])
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))

        toolbar = self.addToolBar(self.tr("Highlight"))
        toolbar.setObjectName("HighlightToolbar")
        toolbar.addActions(self.highlight_actions)
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addActions([self.zoom_out_action, self.zoom_in_action])

    # -- events handed to the composition root ---------------------------------------------

    def add_notice(self, notice: QWidget) -> None:
        """A notice about the open article, between its title and its text."""
        self._centre_layout.insertWidget(self._centre_layout.indexOf(self.find_bar), notice)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.shown.emit()

    @staticmethod
    def local_paths(mime) -> list[str]:
        """The local files a drag carries."""
        if not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event) -> None:
        if self.local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if self.local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:
        paths = self.local_paths(event.mimeData())
        if not paths:
            return super().dropEvent(event)
        event.acceptProposedAction()
        self.paths_dropped.emit(paths)

    def closeEvent(self, event) -> None:
        if self.close_allowed is not None and not self.close_allowed():
            event.ignore()  # an unsaved note stays in its editor
            return
        self.closing.emit()
        super().closeEvent(event)
