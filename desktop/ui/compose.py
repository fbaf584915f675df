"""The composition root of the window: builds the session, the panels, the window and the
controllers, and connects them. Nothing else creates a controller; each gets only what it uses."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QTimer

from desktop.core.store import Store, StoreError
from desktop.ui.comfort import ComfortController
from desktop.ui.entity_index import EntityIndex
from desktop.ui.entity_panel import EntityPanel
from desktop.ui.exchange_ui import ExchangeController
from desktop.ui.extraction_controller import ExtractionController
from desktop.ui.find_bar import FindBar
from desktop.ui.library_controller import LibraryController
from desktop.ui.library_panel import LibraryPanel
from desktop.ui.main_window import MainWindow
from desktop.ui.notes_panel import NotesPanel
from desktop.ui.reader_view import ReaderView
from desktop.ui.reading_controller import ReadingController
from desktop.ui.session import Session
from desktop.ui.store_faults import StoreFaults

CLOSE_WAIT_MS = 3000  # how long closing waits for extraction and file jobs (an export) to end


def build_window(store: Store, *, extractor_version: str | None = None,
                 team_server: str | None = None) -> MainWindow:
    """The whole window on one open store, wired and not yet shown (see `restore_state`)."""
    session = Session(store)
    reader = ReaderView()
    notes = NotesPanel(session)
    entities = EntityPanel(session)
    window = MainWindow(library=LibraryPanel(session), reader=reader, find_bar=FindBar(reader),
                        notes=notes, entities=entities, entity_index=EntityIndex(session))
    status_bar = window.statusBar()
    comfort = ComfortController(session, reader, window=window, status_bar=status_bar,
                                view_menu=window.view_menu, help_menu=window.help_menu)
    comfort.describe_widgets(library=window.library, notes=notes, entities=entities,
                             tabs=window.tabs)
    exchange = ExchangeController(session, notes=notes, reader=reader, window=window,
                                  status_bar=status_bar, file_menu=window.file_menu)
    notes.add_header(exchange.author_button)
    reading = ReadingController(
        session, reader, title=window.title, notes=notes, entities=entities, tabs=window.tabs,
        status_bar=status_bar, highlight_actions=window.highlight_actions,
        mark_person_action=window.mark_person_action, mark_org_action=window.mark_org_action,
        undo_action=window.undo_action, redo_action=window.redo_action,
        zoom_in_action=window.zoom_in_action, zoom_out_action=window.zoom_out_action,
        zoom_reset_action=window.zoom_reset_action)
    extraction = ExtractionController(session, entities, progress=window.progress,
                                      cancel_button=window.cancel_button, status_bar=status_bar,
                                      extractor_version=extractor_version)
    library = LibraryController(session, window.library, window.find_bar, window=window,
                                status_bar=status_bar, file_menu=window.file_menu,
                                edit_menu=window.edit_menu)

    library.documents_added.connect(extraction.extract_pending)
    exchange.documents_dropped.connect(library.import_documents)
    window.paths_dropped.connect(exchange.open_paths)
    faults = StoreFaults(session, window=window, notes=notes,
                         reload=lambda: restore_state(window))
    window.close_allowed = lambda: notes.save_note() or faults.close_anyway()
    session.article_opened.connect(lambda article: window.setWindowTitle(article.title))
    session.article_closed.connect(lambda: window.setWindowTitle(""))
    window.shown.connect(extraction.window_shown)

    def close() -> None:
        try:
            save_state(window)
        except StoreError:
            pass  # only the layout and reading position: what mattered was said before
        from desktop.ui import workers  # the thread pool: loaded by the first job, if any

        extraction.stop()
        workers.wait_all(CLOSE_WAIT_MS)

    window.closing.connect(close)
    window.session, window.store = session, store
    window.comfort, window.exchange, window.reading = comfort, exchange, reading
    window.extraction, window.library_actions = extraction, library
    window.faults = faults
    window.sync = window.team_publish = window.withdrawn_notice = None
    if team_server:  # the team library; without a server, none of it and no network at all
        from desktop.ui.sync_controller import SyncController  # only with a server
        from desktop.ui.team_notice import WithdrawnNotice  # only with a server

        window.withdrawn_notice = WithdrawnNotice(session)
        window.add_notice(window.withdrawn_notice)
        window.sync = SyncController(session, status_bar, server_url=team_server, parent=window)
        window.sync.review_conflicts.connect(exchange.show_conflicts)
        from desktop.ui.team_publish import TeamPublishController  # only with a server

        window.team_publish = TeamPublishController(
            session, window.library, window=window, file_menu=window.file_menu,
            status_bar=status_bar, sync_now=window.sync.sync_now, synced=window.sync.finished)
    return window


def restore_state(window: MainWindow) -> None:
    """Window layout, text size and the article that was open, as the user left them."""
    store = window.store
    geometry = store.setting("window.geometry")
    if geometry:
        window.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
    else:
        screen = window.screen().availableGeometry()
        window.resize(min(1320, int(screen.width() * 0.9)), min(860, int(screen.height() * 0.9)))
    state = store.setting("window.state")
    if state:
        window.restoreState(QByteArray.fromBase64(state.encode()))
    sizes = store.setting("window.splitter")
    if sizes:
        window.splitter.setSizes(sizes)
    window.tabs.setCurrentIndex(int(store.setting("window.tab", 0)))
    window.reading.restore_font_size()
    window.comfort.apply_all()
    window.library.refresh()
    article_id = store.setting("session.article")
    if not window.library.lists(article_id):  # deleted meanwhile: the first in the library
        article_id = window.library.article_id_at(0)
    if article_id:
        window.session.open_article(article_id)
    QTimer.singleShot(0, window.extraction.extract_pending)


def save_state(window: MainWindow) -> None:
    window.reading.save()
    store = window.store
    store.set_setting("window.geometry", bytes(window.saveGeometry().toBase64()).decode())
    store.set_setting("window.state", bytes(window.saveState().toBase64()).decode())
    store.set_setting("window.splitter", window.splitter.sizes())
    store.set_setting("window.tab", window.tabs.currentIndex())
