"""A working day in the window: each test drives the real widgets as a reader would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def long_article(window):
    """Open the longest bundled article in a 1366×768 window."""
    window.resize(1366, 768)
    longest = max(window.store.article_summaries(), key=lambda s: s.chars if hasattr(s, "chars")
                  else len(window.store.article(s.id).body))
    window.session.open_article(longest.id)
    QApplication.processEvents()
    return window.session.article


def lower_half_passage(window, qtbot):
    """Scroll into the text and select a passage in the lower half of the view."""
    reader = window.reader
    bar = reader.verticalScrollBar()
    assert bar.maximum() > 400, "the article must scroll"
    bar.setValue(bar.maximum() // 3)
    QApplication.processEvents()
    view = reader.viewport().rect()
    offset = reader.offset_at(view.center().__class__(40, view.height() * 3 // 4))
    reader.select_range(offset, offset + 20)
    QApplication.processEvents()
    return bar.value()


@pytest.mark.parametrize("key", [Qt.Key.Key_1, Qt.Key.Key_N], ids=["highlight", "note"])
def test_highlighting_keeps_the_passage_where_the_eye_is(qtbot, open_window, key):
    """A highlight (1), or a note on a new highlight (N), leaves the passage where it was."""
    window = open_window()
    long_article(window)
    before = lower_half_passage(window, qtbot)
    qtbot.keyClick(window.reader, key)
    QApplication.processEvents()
    assert len(window.session.annotations()) == 1
    assert window.reader.verticalScrollBar().value() == before


def test_delete_on_plain_text_says_so(qtbot, open_window):
    window = open_window()
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Delete)
    assert "No highlight here" in window.statusBar().currentMessage() \
        or "Không có" in window.statusBar().currentMessage()


def drive_file_dialog(qtbot, path):
    """When Qt's file dialog opens, type `path` into its file-name box and accept it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFileDialog, QLineEdit

    seen = []

    def fill():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, fill)
            return
        seen.append(dialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.setText(str(path))
        dialog.accept()

    QTimer.singleShot(50, fill)
    return seen


def report_from_the_menu(qtbot, window, path, *, text="", tick=False):
    help_menu = window.help_menu
    action = next(a for a in help_menu.actions() if a is window.comfort.report_action)
    action.trigger()  # as a click on the menu item does: triggered(checked=False)
    dialog = window.comfort.report_dialog
    qtbot.waitExposed(dialog)
    dialog.description.setPlainText(text)
    if tick:
        dialog.include.setChecked(True)
    seen = drive_file_dialog(qtbot, path)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: path.exists())
    return seen


def test_report_a_problem_from_the_help_menu_saves_a_zip(qtbot, open_window, tmp_path):
    import zipfile

    window = open_window()
    target = tmp_path / "bao-loi.zip"
    seen = report_from_the_menu(qtbot, window, target, text="máy treo khi xuất")
    assert seen, "the save dialog was shown"
    with zipfile.ZipFile(target) as zf:
        names = zf.namelist()
        everything = b"".join(zf.read(n) for n in names).decode("utf-8")
    assert "versions.txt" in names
    assert "máy treo" not in everything  # not ticked: the user's words stay home
    assert str(target) in window.statusBar().currentMessage()


def test_the_users_description_goes_in_only_when_ticked(qtbot, open_window, tmp_path):
    import zipfile

    window = open_window()
    target = tmp_path / "bao-loi.zip"
    report_from_the_menu(qtbot, window, target, text="máy treo khi xuất", tick=True)
    with zipfile.ZipFile(target) as zf:
        assert zf.read("description.txt").decode("utf-8").strip() == "máy treo khi xuất"


def test_searching_words_of_a_note_shows_the_note_and_says_so(qtbot, open_window):
    from test_ui import type_text

    from desktop.ui.search_panel import PLAIN_ROLE

    window = open_window()
    body = window.session.article.body
    window.reader.select_range(0, 12)
    window.reading.highlight_selection("yellow")
    window.notes.note.setPlainText("gặp phóng viên quỹ nhi đồng hôm thứ ba")
    window.notes.save_note()
    word = next(w for w in body.split() if len(w) > 3 and w.isalpha())  # one word of the text
    library = window.library
    library.search.setFocus()
    type_text(qtbot, library.search, f"{word} quỹ nhi đồng hôm thứ ba")
    qtbot.waitUntil(lambda: library.results.isVisible() and library.results.count() >= 1)
    row = next(i for i, h in enumerate(library.results.hits)
               if h.article_id == window.session.article.id)
    plain = library.results.item(row).data(PLAIN_ROLE)
    assert "quỹ nhi đồng" in plain
    label = library.results.itemWidget(library.results.item(row)).text()
    assert "In a note:" in label or "Trong ghi chú" in label


def test_the_deleted_message_goes_after_ctrl_z(qtbot, open_window):
    window = open_window()
    window.reader.select_range(0, 10)
    ann = window.reading.highlight_selection("yellow")
    window.reading.delete_annotation(ann.id)
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    window.reader.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not window.store.annotation(ann.id).deleted
    assert window.statusBar().currentMessage() == ""


def test_a_failed_import_leaves_no_importing_message_and_says_why(qtbot, open_window, tmp_path):
    window = open_window()
    bad = tmp_path / "not-a-bundle.chugiai"
    bad.write_text("hello", encoding="utf-8")
    job = window.exchange.import_file(str(bad))
    busy = window.statusBar().currentMessage()
    assert busy.endswith("…")
    qtbot.waitUntil(lambda: job not in window.exchange.jobs)
    assert window.statusBar().currentMessage() != busy
    message = window.exchange.message.text()
    assert "not a .chugiai bundle" in message or "không phải gói .chugiai" in message
    assert "the file is not a zip archive" in message or "tệp nén zip" in message
    window.exchange.message.close()


def found_word(qtbot, window):
    """Ctrl+F and a word of the article: the reader's point on the current hit."""
    from test_ui import type_text

    body = window.session.article.body
    word = next(w for w in body.split() if len(w) > 4 and w.isalpha())
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.library_actions.find_bar
    type_text(qtbot, bar.edit, word)
    spans, current = window.reader.find_ranges
    assert spans and current >= 0
    start, end = spans[current]
    rect = window.reader.cursorRect(window.reader._cursor(start + 1, start + 1))
    window.reader.setFocus()
    return (start, end), rect.center()


def test_a_found_word_can_be_highlighted_from_the_right_click_menu(qtbot, open_window):
    window = open_window()
    (start, end), point = found_word(qtbot, window)
    menu = window.reader.context_menu(point)
    assert window.highlight_actions[1] in menu.actions()
    window.highlight_actions[1].trigger()
    (ann,) = window.session.annotations()
    assert (ann.start, ann.end, ann.color) == (start, end, "green")


def test_a_found_word_can_be_marked_as_a_name(qtbot, open_window):
    window = open_window()
    (start, end), point = found_word(qtbot, window)
    menu = window.reader.context_menu(point)
    assert window.mark_person_action in menu.actions()
    assert window.reader.selected_range() == (start, end)


def marked_name(qtbot, window, name):
    from tests.test_entities_ui import click_item, wait_extracted
    from tests.test_ui import open_article_by_title

    open_article_by_title(qtbot, window, "Geneva")
    wait_extracted(qtbot, window)
    window.tabs.setCurrentWidget(window.entities)
    panel = window.entities
    item = panel.item_for(name)
    click_item(qtbot, panel.tree, item)
    assert window.reader.mention_ranges and panel.clear_button.isEnabled()
    return panel, item.data(0, Qt.ItemDataRole.UserRole)


def test_after_a_rename_the_marks_and_the_clear_button_agree(qtbot, open_window):
    window = open_window()
    panel, entity_id = marked_name(qtbot, window, "Lê Thị Tuyết Mai")
    marks = window.reader.mention_ranges
    assert panel.rename(entity_id, "Đại sứ Lê Thị Tuyết Mai")
    assert window.reader.mention_ranges == marks  # still marked …
    assert panel.clear_button.isEnabled()  # … so Clear can still take them off
    assert panel.tree.currentItem().text(0) == "Đại sứ Lê Thị Tuyết Mai"
    panel.clear_button.click()
    assert window.reader.mention_ranges == [] and not panel.clear_button.isEnabled()


def test_after_a_merge_into_the_marked_name_its_new_mentions_are_marked(qtbot, open_window):
    window = open_window()
    panel, _ = marked_name(qtbot, window, "Lê Thị Tuyết Mai")
    orgs = [e for e in panel._entities.values() if e.kind == "ORG"]
    target, other = orgs[0], orgs[1]
    click_item_named(qtbot, panel, target.name)
    assert panel.merge(other.id, into=target.id)
    merged = panel._entities[target.id]
    assert window.reader.mention_ranges == list(merged.mentions)  # the new mentions marked too
    assert panel.clear_button.isEnabled()


def click_item_named(qtbot, panel, name):
    from tests.test_entities_ui import click_item

    click_item(qtbot, panel.tree, panel.item_for(name))


def test_merging_the_marked_name_away_marks_the_name_it_joined(qtbot, open_window):
    window = open_window()
    panel, _ = marked_name(qtbot, window, "Lê Thị Tuyết Mai")
    orgs = [e for e in panel._entities.values() if e.kind == "ORG"]
    target, other = orgs[0], orgs[1]
    click_item_named(qtbot, panel, other.name)
    assert panel.merge(other.id, into=target.id)
    assert window.reader.mention_ranges == list(panel._entities[target.id].mentions)
    assert panel.clear_button.isEnabled()


def test_english_counts_say_one_highlight_and_two_highlights(qtbot, open_window):
    from desktop.app import install_translator

    install_translator(QApplication.instance(), "en")
    window = open_window()
    tr = window.library.tr
    assert tr("(%n highlight(s))", "", 1) == "(1 highlight)"
    assert tr("(%n highlight(s))", "", 5) == "(5 highlights)"
    assert tr("%n article(s) match the filters", "", 1) == "1 article matches the filters"


def test_the_window_title_names_the_article_and_the_app_once(qtbot, open_window):
    window = open_window()
    QApplication.instance().setApplicationDisplayName("Chú Giải")
    assert window.windowTitle() == window.session.article.title
    assert "Chú Giải" not in window.windowTitle()  # Qt appends " — Chú Giải" once


def test_wrapped_titles_in_the_library_do_not_touch(qtbot, open_window):
    window = open_window()
    window.resize(1366, 768)
    listing = window.library.list
    QApplication.processEvents()
    first, second = listing.visualItemRect(listing.item(0)), listing.visualItemRect(listing.item(1))
    assert second.top() - first.bottom() >= 4


def test_the_shortcut_list_names_the_delete_key_one_way(qtbot, open_window):
    window = open_window()
    keys = [key for _, key in window.comfort.shortcut_rows()]
    assert not ({"Del", "Delete"} <= set(keys))


def test_right_click_on_a_highlight_offers_to_delete_it(qtbot, open_window):
    window = open_window()
    window.reader.select_range(0, 10)
    ann = window.reading.highlight_selection("yellow")
    rect = window.reader.cursorRect(window.reader._cursor(3, 3))
    menu = window.reader.context_menu(rect.center())
    texts = [a.text() for a in menu.actions()]
    assert any("Delete highlight" in t or "Xóa đoạn tô sáng" in t for t in texts)
    next(a for a in menu.actions() if "Delete highlight" in a.text()
         or "Xóa đoạn tô sáng" in a.text()).trigger()
    assert window.store.annotation(ann.id).deleted
