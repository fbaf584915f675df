"""The main window: library | reader | notes and people & organizations, with menus and toolbar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer
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

from desktop.core.annotating import new_highlight
from desktop.core.models import COLORS, Annotation, Article, Changes
from desktop.ui.comfort import ComfortController
from desktop.ui.entity_index import EntityIndex
from desktop.ui.entity_panel import EntityPanel
from desktop.ui.exchange_ui import ExchangeController
from desktop.ui.library_panel import LibraryPanel
from desktop.ui.notes_panel import NotesPanel, swatch
from desktop.ui.reader_view import DEFAULT_FONT_PT, ReaderView
from desktop.ui.session import Session

if TYPE_CHECKING:
    from desktop.ui import workers

POSITION_SAVE_DELAY_MS = 600
BACKGROUND_START_DELAY_MS = 300  # after the window shows, before background jobs may start


class MainWindow(QMainWindow):
    def __init__(self, session: Session, *, extractor_version: str | None = None):
        super().__init__()
        self.session = session
        self.store = session.store
        self._extractor_version = extractor_version
        self._jobs: list[workers.ExtractionJob] = []
        self._background_allowed = False
        self._deferred: list[tuple[str, str | None]] = []  # (article id, body or None)
        self._release_timer = QTimer(self)
        self._release_timer.setSingleShot(True)
        self._release_timer.setInterval(BACKGROUND_START_DELAY_MS)
        self._release_timer.timeout.connect(self._allow_background)
        self._extracting: set[str] = set()
        self.setWindowTitle(self.tr("Chú Giải — Vietnamese article reader"))
        self.setObjectName("MainWindow")

        self.library = LibraryPanel(session)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setContentsMargins(24, 12, 24, 0)
        font = self.title.font()
        font.setPointSize(font.pointSize() + 5)
        font.setBold(True)
        self.title.setFont(font)
        self.reader = ReaderView()
        self.reader.setAccessibleName(self.tr("Article text"))
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.title)
        centre_layout.addWidget(self.reader, 1)

        self.notes = NotesPanel(session)
        self.entities = EntityPanel(session)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.notes, self.tr("Notes"))
        self.tabs.addTab(self.entities, self.tr("People && organizations"))
        self.entity_index = EntityIndex(session)  # the whole library's people & organizations
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
        self._connect()
        from desktop.ui.store_faults import StoreFaults

        self.faults = StoreFaults(self)  # what was not saved, and a backup when the file is damaged
        from desktop.ui.library_controller import LibraryController

        self.library_actions = LibraryController(self)  # search, find, import, filters (issue 6)

        self._position_timer = QTimer(self)
        self._position_timer.setSingleShot(True)
        self._position_timer.setInterval(POSITION_SAVE_DELAY_MS)
        self._position_timer.timeout.connect(self.save_reading_position)
        self.reader.verticalScrollBar().valueChanged.connect(lambda _: self._position_timer.start())
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setFormat(self.tr("People & organizations: %v/%m"))
        self.progress.setAccessibleName(self.tr("Progress of finding people and organizations"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_extraction)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()

    # -- actions ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        color_labels = [self.tr("Yellow"), self.tr("Green"), self.tr("Blue"), self.tr("Pink"),
                        self.tr("Purple")]
        self.highlight_actions: list[QAction] = []
        for i, (color, label) in enumerate(zip(COLORS, color_labels)):
            action = QAction(swatch(color, 16), self.tr("Highlight %1").replace("%1", label.lower()), self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.setToolTip(self.tr("Highlight the selection in %1 (%2 or %3)")
                              .replace("%1", label.lower()).replace("%2", str(i + 1))
                              .replace("%3", f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, c=color: self.highlight_selection(c))
            self.highlight_actions.append(action)
        self.reader.highlight_actions = self.highlight_actions
        self.mark_person_action = QAction(self.tr("Mark as person"), self)
        self.mark_person_action.triggered.connect(lambda: self.mark_selection("PER"))
        self.mark_org_action = QAction(self.tr("Mark as organization"), self)
        self.mark_org_action.triggered.connect(lambda: self.mark_selection("ORG"))
        self.reader.entity_actions = [self.mark_person_action, self.mark_org_action]

        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.undo_action.triggered.connect(self.session.undo)
        self.redo_action = QAction(self.tr("Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.session.redo)

        self.zoom_in_action = QAction(self.tr("Larger text"), self)
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.zoom_in_action.triggered.connect(lambda: self.reader.zoom(+1))
        self.zoom_out_action = QAction(self.tr("Smaller text"), self)
        self.zoom_out_action.setShortcuts([QKeySequence("Ctrl+-")])
        self.zoom_out_action.triggered.connect(lambda: self.reader.zoom(-1))
        self.zoom_reset_action = QAction(self.tr("Normal text size"), self)
        self.zoom_reset_action.setShortcut(QKeySequence("Ctrl+0"))
        self.zoom_reset_action.triggered.connect(lambda: self.reader.set_font_size(DEFAULT_FONT_PT))

        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)

        menu = self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(quit_action)
        menu = self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        for action in self.highlight_actions:
            menu.addAction(action)
        menu = self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.comfort = ComfortController(self)
        self.comfort.install(self.view_menu, self.help_menu)
        self.exchange = ExchangeController(self)  # issue 4: export, import, reports
        self.exchange.install(self.file_menu)
        self.setAcceptDrops(True)

        toolbar = self.addToolBar(self.tr("Highlight"))
        toolbar.setObjectName("HighlightToolbar")
        toolbar.addActions(self.highlight_actions)
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addActions([self.zoom_out_action, self.zoom_in_action])
        self._update_undo_actions()

    def _connect(self) -> None:
        s = self.session
        s.article_opened.connect(self._article_opened)
        s.article_closed.connect(self._article_closed)
        s.changed.connect(self._changed)
        s.annotation_focused.connect(self._annotation_focused)
        s.entity_focused.connect(self._entity_focused)
        self.reader.highlight_requested.connect(self.highlight_selection)
        self.reader.annotation_clicked.connect(s.annotation_focused.emit)
        self.reader.delete_requested.connect(self.delete_annotation)
        self.reader.note_requested.connect(self.add_note)
        self.entities.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.reader.font_size_changed.connect(
            lambda pt: self.store.set_setting("reader.font_size", pt))

    # -- what the user does ----------------------------------------------------------------

    def highlight_selection(self, color: str = COLORS[0]) -> Annotation | None:
        """Highlight the reader's selection in a colour; returns the new highlight."""
        article, selected = self.session.article, self.reader.selected_range()
        if article is None or selected is None:
            self.statusBar().showMessage(self.tr("Select some text first, then highlight it."),
                                         4000)
            return None
        ann = new_highlight(article, *selected, color=color, author=self.session.author)
        if self.session.write(lambda: self.session.history.create(ann),
                              what=self.tr("The highlight")) is None:
            return None  # the selection stays: the same key tries again
        cursor = self.reader.textCursor()
        cursor.clearSelection()
        self.reader.setTextCursor(cursor)
        self.session.annotation_focused.emit(ann.id)
        return ann

    def mark_selection(self, kind: str) -> None:
        """The user's word on the selection: a person or an organization, kept for good."""
        article, selected = self.session.article, self.reader.selected_range()
        if article is None or selected is None:
            self.statusBar().showMessage(self.tr("Select a name in the text first."), 4000)
            return
        self.entities.mark(article.id, *selected, kind=kind)
        self.tabs.setCurrentWidget(self.entities)

    def delete_annotation(self, annotation_id: str) -> None:
        ann = self.store.annotation(annotation_id)
        if ann and not ann.deleted:
            if self.session.write(lambda: self.session.history.delete(ann),
                                  what=self.tr("Deleting the highlight")) is None:
                return
            self.statusBar().showMessage(self.tr("Highlight deleted — Ctrl+Z brings it back."),
                                         5000)

    def add_note(self) -> None:
        """N: note on the highlight under the cursor, or highlight the selection and note it."""
        if self.reader.selected_range():
            if self.highlight_selection() is None:
                return
        else:
            ann = self.reader.annotation_at_cursor()
            if ann is None:
                self.statusBar().showMessage(
                    self.tr("Select text or click a highlight to add a note."), 4000)
                return
            self.session.annotation_focused.emit(ann.id)
        self.tabs.setCurrentWidget(self.notes)
        self.notes.focus_note()

    def import_documents(self, paths: list) -> list:
        """Import the user's own documents (menu, drag-and-drop); entities follow in the background."""
        return self.library_actions.import_documents(paths)

    # -- reacting to changes ---------------------------------------------------------------

    def _article_opened(self, article: Article) -> None:
        self.notes.save_note()
        self.title.setText(article.title)
        self.reader.show_article(article, self.session.annotations())
        self.reader.setFocus()
        self.ensure_entities(article)
        QTimer.singleShot(0, self._restore_reading_position)

    def _article_closed(self) -> None:
        self.title.setText("")
        self.reader.show_article(None, [])
        self.notes.refresh()
        self.entities.refresh()

    def _changed(self, changes: Changes) -> None:
        article = self.session.article
        if changes.annotations and article:
            self.reader.set_annotations(self.session.annotations(), changed=changes.annotations)
        self._update_undo_actions()

    def _update_undo_actions(self) -> None:
        history = self.session.history
        self.undo_action.setEnabled(history.undo_label is not None)
        self.redo_action.setEnabled(history.redo_label is not None)

    def _annotation_focused(self, annotation_id: str) -> None:
        self.tabs.setCurrentWidget(self.notes)
        self.reader.focus_annotation(annotation_id)

    def _entity_focused(self, entity) -> None:
        self.reader.show_mentions(entity.mentions if entity else [])

    # -- entity extraction off the GUI thread ----------------------------------------------

    def ensure_entities(self, article: Article) -> None:
        """Extract the open article's people and organizations in the background unless cached."""
        cached = self.store.extractor_version(article.id) == self._current_extractor_version()
        if not cached and article.id not in self._extracting:
            self._start_extraction([article])
        self.entities.set_busy(article.id in self._extracting)

    def extract_pending(self) -> None:
        """Extract every article whose cached results are missing or from an older extractor."""
        version = self._current_extractor_version()
        pending = [i for i in self.store.articles_needing_extraction(version)
                   if i not in self._extracting]
        if pending:
            self._queue_extraction([(i, None) for i in pending])  # the job reads the bodies

    def _start_extraction(self, articles: list[Article]) -> None:
        self._queue_extraction([(a.id, a.body) for a in articles])

    def _queue_extraction(self, items: list[tuple[str, str | None]]) -> None:
        """Extract (article id, body) pairs in the background; a body of None is read by the
        job itself, so that a whole library's texts never wait on the GUI thread (issue 8)."""
        self._extracting.update(article_id for article_id, _ in items)
        if not self._background_allowed:
            self._deferred.extend(items)
            return
        from desktop.ui import workers  # QRunnable and the thread pool: not before the first paint

        job = workers.ExtractionJob(items, db_path=self.store.path)
        job.signals.result.connect(self._extraction_done)
        job.signals.failed.connect(self._extraction_failed)
        job.signals.progress.connect(self._extraction_progress)
        # a bound slot (not a lambda): Qt drops the connection if the window is gone first
        job.signals.finished.connect(self._job_finished)
        self._jobs.append(job)
        workers.start(job)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._background_allowed and not self._release_timer.isActive():
            self._release_timer.start()

    def _allow_background(self) -> None:
        """Start the jobs asked for before the window was up (NLP imports compete with the
        first paint for the interpreter)."""
        self._background_allowed = True
        deferred, self._deferred = self._deferred, []
        if deferred:
            self._extracting.difference_update(article_id for article_id, _ in deferred)
            self._queue_extraction(deferred)

    def _current_extractor_version(self) -> str:
        if self._extractor_version is None:
            from desktop.core.entities import EXTRACTOR_VERSION

            self._extractor_version = EXTRACTOR_VERSION
        return self._extractor_version

    def _extraction_done(self, article_id: str, version: str, found: list) -> None:
        self._extracting.discard(article_id)
        if self.store.article(article_id) is None:
            return  # deleted meanwhile
        self.session.perform(self.store.save_extraction(article_id, version, found))
        if self.session.article and self.session.article.id == article_id:
            self.entities.set_busy(False)

    def _extraction_failed(self, article_id: str, message: str) -> None:
        self._extracting.discard(article_id)
        if self.session.article and self.session.article.id == article_id:
            self.entities.show_error(
                self.tr("Could not find people and organizations: %1").replace("%1", message))

    def _extraction_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        busy = done < total
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)

    def cancel_extraction(self) -> None:
        for job in self._jobs:
            job.cancel()
        self.statusBar().showMessage(self.tr("Stopped finding people and organizations."), 5000)

    def _job_finished(self) -> None:
        job = next((j for j in self._jobs if j.signals is self.sender()), None)
        if job is None:
            return
        for article_id, _ in job.articles:
            self._extracting.discard(article_id)
        if job in self._jobs:
            self._jobs.remove(job)
        if not self._jobs:
            self.progress.hide()
            self.cancel_button.hide()
        article = self.session.article
        if article and article.id not in self._extracting:
            self.entities.set_busy(False)

    # -- state across restarts -------------------------------------------------------------

    def restore_state(self) -> None:
        """Window layout, text size and the article that was open, as the user left them."""
        geometry = self.store.setting("window.geometry")
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
        else:
            screen = self.screen().availableGeometry()
            self.resize(min(1320, int(screen.width() * 0.9)), min(860, int(screen.height() * 0.9)))
        state = self.store.setting("window.state")
        if state:
            self.restoreState(QByteArray.fromBase64(state.encode()))
        sizes = self.store.setting("window.splitter")
        if sizes:
            self.splitter.setSizes(sizes)
        self.tabs.setCurrentIndex(int(self.store.setting("window.tab", 0)))
        self.reader.set_font_size(self.store.setting("reader.font_size", DEFAULT_FONT_PT))
        self.comfort.apply_all()
        self.library.refresh()
        article_id = self.store.setting("session.article")
        if not self.library.lists(article_id):  # deleted meanwhile: the first in the library
            article_id = self.library.article_id_at(0)
        if article_id:
            self.session.open_article(article_id)
        QTimer.singleShot(0, self.extract_pending)

    def _restore_reading_position(self) -> None:
        article = self.session.article
        if article:
            offset = self.store.setting(f"reading.{article.id}", 0)
            if offset:
                self.reader.scroll_to_top_at(offset)

    def save_reading_position(self) -> None:
        article = self.session.article
        if article and self.reader.article is article:
            self.store.set_setting(f"reading.{article.id}", self.reader.first_visible_offset())

    def save_state(self) -> None:
        self.notes.save_note()
        self.save_reading_position()
        self.store.set_setting("window.geometry", bytes(self.saveGeometry().toBase64()).decode())
        self.store.set_setting("window.state", bytes(self.saveState().toBase64()).decode())
        self.store.set_setting("window.splitter", self.splitter.sizes())
        self.store.set_setting("window.tab", self.tabs.currentIndex())

    # -- files dropped on the window (issue 4; other files go to issue 6's import) -----------

    def dragEnterEvent(self, event) -> None:
        if self.exchange.local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if self.exchange.local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:
        paths = self.exchange.local_paths(event.mimeData())
        if not paths:
            return super().dropEvent(event)
        event.acceptProposedAction()
        self.exchange.open_paths(paths)

    def closeEvent(self, event) -> None:
        if not self.notes.save_note() and not self.faults.close_anyway():
            event.ignore()  # the unsaved note stays in the editor
            return
        from desktop.core.store import StoreError

        try:
            self.save_state()
        except StoreError:
            pass  # only the layout and reading position: what mattered was said above
        from desktop.ui import workers  # extraction and file jobs (an export) end first

        for job in self._jobs:
            job.cancel()
        workers.wait_all(3000)
        super().closeEvent(event)
