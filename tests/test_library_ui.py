"""Search, Find, filters, import and delete, driven through the real window with qtbot."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop.ui.search_panel import PLAIN_ROLE
from tests.test_documents import TEXT, to_vni
from tests.test_store import make_annotation
from tests.test_ui import open_article_by_title, type_text


def visible_in_reader(reader, offset):
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(reader.document())
    cursor.setPosition(offset)
    return reader.viewport().rect().contains(reader.cursorRect(cursor).center())


def test_search_box_finds_without_diacritics_and_opens_the_hit(qtbot, open_window):
    window = open_window()
    window.resize(1000, 500)
    open_article_by_title(qtbot, window, "Hội thảo")
    library = window.library
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert library.search.hasFocus()
    type_text(qtbot, library.search, "dai su")
    qtbot.waitUntil(lambda: library.results.isVisible() and library.results.count() == 2)
    assert library.list.isHidden()
    first = library.results.item(0)
    assert "Đại sứ" in first.data(PLAIN_ROLE)
    label = library.results.itemWidget(first)
    assert "background" in label.text() and ">Đại sứ</span>" in label.text()

    hit = library.results.hits[0]
    qtbot.mouseClick(library.results.viewport(), Qt.MouseButton.LeftButton,
                     pos=library.results.visualItemRect(first).center())
    qtbot.waitUntil(lambda: window.session.article.id == hit.article_id)
    reader = window.reader
    qtbot.waitUntil(lambda: reader.find_ranges[0] == list(hit.spans))
    body = window.session.article.body
    spans, current = reader.find_ranges
    assert current == 0 and body[spans[0][0]:spans[0][1]] == "Đại sứ"
    assert visible_in_reader(reader, spans[0][0])
    painted = {(s, e) for s, e, _ in reader.painted_ranges()}
    assert set(hit.spans) <= painted

    library.search.clear()
    qtbot.waitUntil(lambda: library.list.isVisible())
    assert library.list.count() == 2


def test_down_leaves_the_search_box_for_the_results_and_escape_clears_it(qtbot, open_window):
    window = open_window()
    library = window.library
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(library.search, Qt.Key.Key_Down)  # nothing searched: on to the library
    assert library.list.hasFocus() and library.list.currentRow() == 0
    library.search.setFocus()
    type_text(qtbot, library.search, "dai su")
    qtbot.waitUntil(lambda: library.results.isVisible() and library.results.count() == 2)
    qtbot.keyClick(library.search, Qt.Key.Key_Down)
    assert library.results.hasFocus() and library.results.currentRow() == 0
    library.search.setFocus()
    qtbot.keyClick(library.search, Qt.Key.Key_Escape)
    assert library.search.text() == ""
    qtbot.waitUntil(lambda: library.list.isVisible())


def test_ctrl_f_finds_with_next_and_previous(qtbot, open_window):
    window = open_window()
    window.resize(1000, 500)
    open_article_by_title(qtbot, window, "Hội thảo")
    qtbot.keyClick(window.reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.library_actions.find_bar
    assert bar.isVisible() and bar.edit.hasFocus()
    type_text(qtbot, bar.edit, "hoa binh")
    body = window.session.article.body
    assert len(bar.spans) >= 3
    assert {body[s:e] for s, e in bar.spans} == {"Hoà bình", "Hòa bình", "hòa bình"} & {
        body[s:e] for s, e in bar.spans}
    assert all(body[s:e].lower() in ("hoà bình", "hòa bình") for s, e in bar.spans)
    assert bar.count.text() == f"1 of {len(bar.spans)}"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.current == 1 and window.reader.find_ranges[1] == 1
    assert visible_in_reader(window.reader, bar.spans[1][0])
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.current == 0
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.current == len(bar.spans) - 1  # wraps around
    qtbot.keyClick(window.reader, Qt.Key.Key_F3)
    assert bar.current == 0
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.reader.find_ranges == ([], -1)


def test_import_documents_adds_opens_and_reports(qtbot, open_window, tmp_path):
    window = open_window()
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "vni.txt").write_bytes(to_vni(TEXT))
    (folder / "empty.txt").write_bytes(b"")
    outcomes = add_and_wait(qtbot, window, [folder])
    assert sorted(o.status for o in outcomes) == ["added", "refused"]
    assert window.library.list.count() == 3
    assert window.session.article.body == TEXT and window.session.article.origin == "user"
    assert window.title.text() == "Hà Nội, Việt Nam: phụ nữ và hòa bình."
    box = window.library_actions.report_box
    assert box.isVisible() and "empty.txt: The file is empty." in box.text()
    box.close()
    article_id = window.session.article.id
    assert article_id in window.extraction._extracting or window.store.extractor_version(article_id)
    again = add_and_wait(qtbot, window, [folder / "vni.txt"])
    assert [o.status for o in again] == ["duplicate"]
    assert window.library.list.count() == 3


def test_files_not_added_are_told_in_vietnamese(qtbot, open_window, tmp_path):
    import os

    from PySide6.QtWidgets import QApplication

    from desktop.app import install_translator

    app = QApplication.instance()
    translator = install_translator(app, "vi")
    try:
        window = open_window()
        folder = tmp_path / "docs"
        folder.mkdir()
        (folder / "empty.txt").write_bytes(b"")
        (folder / "scan.txt").write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
        (folder / "invisible.md").write_text("\u200b\u200b", encoding="utf-8")
        (folder / "slides.pptx").write_bytes(b"PK\x03\x04")
        os.mkfifo(tmp_path / "pipe.txt")
        outcomes = add_and_wait(qtbot, window, [folder, tmp_path / "pipe.txt"])
        assert {o.status for o in outcomes} == {"refused", "skipped"}
        box = window.library_actions.report_box
        text = box.text()
        for line in ("empty.txt: Tệp trống.",
                     "scan.txt: Đây không phải tài liệu văn bản (hỗ trợ: .txt, .md, .html, .docx).",
                     "invisible.md: Tệp không có chữ nào nhìn thấy được",
                     "slides.pptx: Không hỗ trợ tệp loại .pptx",
                     "pipe.txt: Đây là một đường ống (pipe) hoặc một thiết bị, không phải tệp."):
            assert line in text, text
        assert "the file is empty" not in text
        box.close()
    finally:
        app.removeTranslator(translator)


def add_and_wait(qtbot, window, paths):
    """Add documents as the menu does (off the GUI thread) and wait for the outcomes."""
    with qtbot.waitSignal(window.library_actions.imported, timeout=30_000) as done:
        window.library_actions.import_documents(paths)
    return done.args[0]


def test_adding_runs_off_the_gui_thread_and_can_be_cancelled(qtbot, open_window, tmp_path):
    window = open_window()
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(60):  # ~0.2 s each to read and add
        (folder / f"{n:02d}.txt").write_text(f"Bài {n}\n" + (TEXT + "\n") * 3000, encoding="utf-8")
    before = window.library.list.count()
    with qtbot.waitSignal(window.library_actions.imported, timeout=60_000) as done:
        job = window.library_actions.import_documents([folder])
        assert window.library.list.count() == before  # returned at once: the window stays live
        dialog = window.library_actions.progress_dialog
        qtbot.waitUntil(lambda: dialog.isVisible() and dialog.value() >= 1, timeout=30_000)
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert job.should_stop()
    added = [o for o in done.args[0] if o.status == "added"]
    assert 1 <= len(added) < 60
    assert window.library.list.count() == before + len(added)


def answer_next_dialog(qtbot, button):
    """Press a button of the next modal message box once it is up."""
    seen = {}

    def press():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen["text"] = box.text()
        box.button(button).click()

    QTimer.singleShot(0, press)
    return seen


def test_delete_asks_says_what_goes_and_can_be_undone(qtbot, open_window):
    from PySide6.QtWidgets import QApplication

    from desktop.app import install_translator

    install_translator(QApplication.instance(), "en")  # English, with its plural forms
    window = open_window()
    open_article_by_title(qtbot, window, "Geneva")
    article = window.session.article
    store = window.store
    store.put_annotation(make_annotation(article, note="ghi chú"))
    store.put_annotation(make_annotation(article, start=10, end=20, exact=article.body[10:20]))
    library = window.library

    seen = answer_next_dialog(qtbot, QMessageBox.StandardButton.Cancel)
    assert not library.delete_article(article.id)
    assert "Its 2 highlights and 1 note are deleted" in seen["text"]
    assert store.article(article.id) is not None

    answer_next_dialog(qtbot, QMessageBox.StandardButton.Yes)
    assert library.delete_article(article.id)
    assert store.article(article.id) is None
    assert library.list.count() == 1
    assert window.session.article.id != article.id  # another article is open instead
    assert library.undo_bar.isVisible()
    qtbot.mouseClick(library.undo_button, Qt.MouseButton.LeftButton)
    assert library.list.count() == 2
    assert window.session.article.id == article.id
    assert len(store.annotations(article.id)) == 2
    assert not library.undo_bar.isVisible()


def test_deleting_the_last_article_clears_the_reader(qtbot, open_window):
    window = open_window()
    library = window.library
    for _ in range(2):
        answer_next_dialog(qtbot, QMessageBox.StandardButton.Yes)
        assert library.delete_article(window.session.article.id)
    assert library.list.count() == 0
    assert window.session.article is None
    assert window.reader.toPlainText() == "" and window.title.text() == ""
    assert window.notes.model.rowCount() == 0
    qtbot.mouseClick(library.undo_button, Qt.MouseButton.LeftButton)
    assert window.session.article is not None
    assert window.reader.toPlainText() == window.session.article.body


def test_filters_narrow_the_library_and_the_search(qtbot, open_window):
    window = open_window()
    library = window.library
    open_article_by_title(qtbot, window, "Geneva")
    article = window.session.article
    window.session.perform(window.store.put_annotation(
        make_annotation(article, color="purple", tags=("WPS",))))
    qtbot.mouseClick(library.filter_button, Qt.MouseButton.LeftButton)
    assert library.filters.isVisible()
    color = library.filters.color
    color.setCurrentIndex(color.findData("purple"))
    assert library.list.count() == 1
    assert "Geneva" in library.list.item(0).text()
    library.search.setText("phu nu")
    library.run_search()
    assert [h.article_id for h in library.results.hits] == [article.id]
    library.filters.clear()
    assert library.results.count() == 2
    qtbot.mouseClick(library.filter_button, Qt.MouseButton.LeftButton)  # hiding = no filter
    library.search.clear()
    library.run_search()
    assert library.list.count() == 2


def test_renaming_updates_the_list_and_the_title(qtbot, open_window):
    window = open_window()
    article = window.session.article
    window.session.perform(window.store.update_article(article.id, title="Tên mới"))
    assert window.title.text() == "Tên mới"
    assert any(window.library.list.item(r).text().startswith("Tên mới")
               for r in range(window.library.list.count()))


def test_long_titles_wrap_in_the_export_list_and_show_their_start_in_details(qtbot, open_window):
    from desktop.ui.dialogs.article_details import ArticleDetailsDialog
    from desktop.ui.dialogs.export_dialog import ExportDialog

    window = open_window()
    export = ExportDialog(window.store, window.session.article.id, window)
    qtbot.addWidget(export)
    export.show()
    qtbot.waitExposed(export)
    assert not export.articles.horizontalScrollBar().isVisible()
    details = ArticleDetailsDialog(window.session.article, window)
    qtbot.addWidget(details)
    assert len(details.title.text()) > 40 and details.title.cursorPosition() == 0


def test_a_new_highlight_relabels_its_row_without_rebuilding_the_list(qtbot, open_window):
    from desktop.core.annotating import new_highlight

    window = open_window()
    library, article = window.library, window.session.article
    row = library.list.currentRow()
    items = [library.list.item(r) for r in range(library.list.count())]
    before = items[row].text()
    ann = new_highlight(article, 0, 5, color="green")
    window.session.perform(window.session.history.create(ann))
    assert items[row].text() != before and "(1 highlight" in items[row].text()
    assert [library.list.item(r) for r in range(library.list.count())] == items  # same rows
    assert library.list.currentRow() == row
    window.session.perform(window.store.update_article(article.id, title="Ă bài mới"))
    assert any(library.list.item(r).text().startswith("Ă bài mới  (1 highlight")
               for r in range(library.list.count()))  # renamed: listed again


def test_a_document_in_two_encodings_is_added_and_flagged_to_check(qtbot, open_window, tmp_path):
    from tests.test_documents import to_cp1258

    window = open_window()
    first, second = TEXT.split("\n\n")
    path = tmp_path / "ghep.txt"
    path.write_bytes(first.encode("utf-8") + b"\n\n" + to_cp1258(second))
    outcomes = add_and_wait(qtbot, window, [path])
    assert [o.status for o in outcomes] == ["added"]
    assert window.session.article.body == TEXT
    box = window.library_actions.report_box
    assert box.isVisible() and "ghep.txt: its lines are in more than one encoding" in box.text()
    box.close()


def test_a_document_in_two_encodings_is_flagged_in_vietnamese(qtbot, open_window, tmp_path):
    from PySide6.QtWidgets import QApplication

    from desktop.app import install_translator
    from tests.test_documents import to_cp1258

    app = QApplication.instance()
    translator = install_translator(app, "vi")
    try:
        window = open_window()
        first, second = TEXT.split("\n\n")
        path = tmp_path / "ghep.txt"
        path.write_bytes(first.encode("utf-8") + b"\n\n" + to_cp1258(second))
        add_and_wait(qtbot, window, [path])
        text = window.library_actions.report_box.text()
        assert "ghep.txt: các dòng của tệp dùng nhiều hơn một bảng mã" in text, text
        assert "more than one encoding" not in text
        window.library_actions.report_box.close()
    finally:
        app.removeTranslator(translator)
