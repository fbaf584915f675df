"""Controllers built on their own, without a main window: each gets only what it uses."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QProgressBar, QPushButton, QStatusBar, QWidget

from desktop.core.models import Article
from desktop.ui.entity_panel import EntityPanel
from desktop.ui.extraction_controller import ExtractionController
from desktop.ui.find_bar import FindBar
from desktop.ui.library_controller import LibraryController
from desktop.ui.library_panel import LibraryPanel
from desktop.ui.reader_view import ReaderView
from desktop.ui.session import Session
from tests.test_documents import TEXT
from tests.test_ui import EXTRACTION_TIMEOUT_MS


def test_library_controller_imports_documents_without_a_window(qtbot, store, tmp_path):
    session = Session(store)
    parent = QWidget()
    qtbot.addWidget(parent)
    library, reader = LibraryPanel(session, parent), ReaderView(parent)
    status_bar, file_menu, edit_menu = QStatusBar(parent), QMenu(parent), QMenu(parent)
    quit_action = file_menu.addAction("Quit")
    controller = LibraryController(session, library, FindBar(reader, parent), window=parent,
                                   status_bar=status_bar, file_menu=file_menu, edit_menu=edit_menu)
    assert file_menu.actions()[:2] == [controller.add_files_action, controller.add_folder_action]
    assert file_menu.actions()[-1] is quit_action
    assert controller.search_action in edit_menu.actions()
    assert controller.find_action in parent.actions()  # its shortcut works in the window

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "notes.bin").write_bytes(b"\x00\x01")
    # adding runs off the GUI thread: the outcomes arrive with `imported`, after documents_added
    added = []
    controller.documents_added.connect(lambda: added.append(True))
    with qtbot.waitSignal(controller.imported, timeout=30_000) as done:
        controller.import_documents([folder])
    outcomes = done.args[0]
    assert added
    assert sorted(o.status for o in outcomes) == ["added", "skipped"]
    assert library.list.count() == 1
    assert session.article is not None and session.article.body == TEXT
    assert status_bar.currentMessage().startswith("1 document")
    assert controller.report_box.parent() is parent and "notes.bin" in controller.report_box.text()
    controller.report_box.close()


def test_extraction_controller_waits_for_the_window_then_saves_what_it_found(qtbot, store):
    store.add_articles([Article(id="a1", slug="a1", title="Hà Nội", body=TEXT, origin="user")])
    session = Session(store)
    entities = EntityPanel(session)
    qtbot.addWidget(entities)
    progress, cancel_button, status_bar = QProgressBar(), QPushButton(), QStatusBar()
    controller = ExtractionController(session, entities, progress=progress,
                                      cancel_button=cancel_button, status_bar=status_bar)
    session.open_article("a1")  # the controller asks for the open article's names at once
    assert controller._extracting == {"a1"} and not controller._jobs  # the window is not up yet
    assert store.extractor_version("a1") is None

    controller.window_shown()
    qtbot.waitUntil(lambda: store.extractor_version("a1") is not None and not controller._jobs,
                    timeout=EXTRACTION_TIMEOUT_MS)
    assert not controller._extracting
    assert session.entities()  # the people and organizations of the text were saved
