"""The window driven as a person would: real widgets, real SQLite file in a temp folder."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from desktop import paths
from desktop.core.store import Store

EXTRACTION_TIMEOUT_MS = 60_000


def open_article_by_title(qtbot, window, fragment):
    """Click the library entry whose title contains `fragment`."""
    lst = window.library.list
    for row in range(lst.count()):
        item = lst.item(row)
        if fragment in item.text():
            qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton,
                             pos=lst.visualItemRect(item).center())
            qtbot.waitUntil(lambda: fragment in window.title.text())
            return
    raise AssertionError(f"no article titled like {fragment!r}")


def drag_select(qtbot, reader, start, end):
    """Select body[start:end] by dragging the mouse across it."""
    reader.scroll_to(start)

    def point(offset):
        cursor = QTextCursor(reader.document())
        cursor.setPosition(offset)
        rect = reader.cursorRect(cursor)
        return QPoint(rect.x() + 1, rect.center().y())

    qtbot.mousePress(reader.viewport(), Qt.MouseButton.LeftButton, pos=point(start))
    qtbot.mouseMove(reader.viewport(), pos=point(end))
    qtbot.mouseRelease(reader.viewport(), Qt.MouseButton.LeftButton, pos=point(end))


def type_text(qtbot, widget, text):
    """Type as a Vietnamese input method does: it commits composed words, not key codes."""
    for word in text.split(" ")[:-1]:
        QApplication.sendEvent(widget, _commit(word + " "))
    QApplication.sendEvent(widget, _commit(text.split(" ")[-1]))
    qtbot.wait(1)


def _commit(text):
    event = QInputMethodEvent()
    event.setCommitString(text)
    return event


def click_offset(qtbot, reader, offset):
    cursor = QTextCursor(reader.document())
    cursor.setPosition(offset)
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton,
                     pos=reader.cursorRect(cursor).center() + QPoint(2, 0))


def test_first_start_shows_the_library_and_an_article(open_window):
    window = open_window()
    assert window.library.list.count() == 2
    assert window.session.article is not None
    assert window.reader.toPlainText() == window.session.article.body
    assert window.title.text() == window.session.article.title


def test_highlight_note_survive_restart(qtbot, open_window, data_dir):
    window = open_window()
    open_article_by_title(qtbot, window, "Geneva")
    body = window.session.article.body
    start = body.index("Lê Thị Tuyết Mai")
    drag_select(qtbot, window.reader, start, start + len("Lê Thị Tuyết Mai"))
    assert window.reader.selected_range() == (start, start + 16)

    qtbot.keyClick(window.reader, "2")  # 2 = green
    anns = window.session.annotations()
    assert [(a.exact, a.color) for a in anns] == [("Lê Thị Tuyết Mai", "green")]
    assert window.notes.model.rowCount() == 1

    window.notes.note.setFocus()
    type_text(qtbot, window.notes.note, "Đại sứ tại Geneva")
    qtbot.waitUntil(lambda: window.session.annotations()[0].note == "Đại sứ tại Geneva")
    window.notes.tags.setFocus()
    type_text(qtbot, window.notes.tags, "ngoại giao, WPS")
    qtbot.keyClick(window.notes.tags, Qt.Key.Key_Return)
    assert window.session.annotations()[0].tags == ("ngoại giao", "WPS")
    window.close()

    reopened = open_window()
    assert "Geneva" in reopened.title.text()  # same article open again
    anns = reopened.session.annotations()
    assert [(a.exact, a.note, a.color) for a in anns] == [
        ("Lê Thị Tuyết Mai", "Đại sứ tại Geneva", "green")]
    assert "Đại sứ tại Geneva" in reopened.notes.model.index(0).data()
    marks, body = reopened.reader.painted_ranges(), reopened.session.article.body
    assert any(body[s:e] == "Lê Thị Tuyết Mai" for s, e, _ in marks)


def test_clicking_a_highlight_edits_it_and_delete_is_undoable(qtbot, open_window):
    window = open_window()
    body = window.session.article.body
    start = body.index("Bộ Ngoại giao")
    drag_select(qtbot, window.reader, start, start + len("Bộ Ngoại giao"))
    window.highlight_actions[0].trigger()  # toolbar: yellow
    ann_id = window.session.annotations()[0].id

    window.session.annotation_focused.emit("")  # nothing chosen
    click_offset(qtbot, window.reader, start + 3)
    assert window.notes._current and window.notes._current.id == ann_id
    qtbot.mouseClick(window.notes.colors.button(3), Qt.MouseButton.LeftButton)  # pink
    assert window.session.store.annotation(ann_id).color == "pink"

    qtbot.mouseClick(window.notes.delete_button, Qt.MouseButton.LeftButton)
    assert window.session.annotations() == []
    assert not any(body[s:e] == "Bộ Ngoại giao" for s, e, _ in window.reader.painted_ranges())

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = window.session.annotations()
    assert [(a.id, a.color) for a in restored] == [(ann_id, "pink")]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the colour
    assert window.session.store.annotation(ann_id).color == "yellow"
    qtbot.keyClick(window, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.session.store.annotation(ann_id).color == "pink"


def test_overlapping_highlights_both_stay_visible(qtbot, open_window):
    window = open_window()
    body = window.session.article.body
    a = body.index("Bộ Ngoại giao")
    window.reader.select_range(a, a + 13)
    qtbot.keyClick(window.reader, "1")
    window.reader.select_range(a + 4, a + 30)
    qtbot.keyClick(window.reader, "3")
    assert len(window.session.annotations()) == 2
    backgrounds = {(s, e): color for s, e, color in window.reader.painted_ranges()}
    assert len(backgrounds) == 3  # yellow only, the overlap, blue only
    assert len(set(backgrounds.values())) == 3


def test_clicking_an_entity_marks_its_mentions(qtbot, open_window):
    window = open_window()
    open_article_by_title(qtbot, window, "Geneva")
    window.tabs.setCurrentWidget(window.entities)
    panel = window.entities
    qtbot.waitUntil(lambda: panel.item_for("Lê Thị Tuyết Mai") is not None,
                    timeout=EXTRACTION_TIMEOUT_MS)
    item = panel.item_for("Lê Thị Tuyết Mai")
    panel.tree.scrollToItem(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.tree.visualItemRect(item).center())
    body = window.session.article.body
    mentions = window.reader.mention_ranges
    assert len(mentions) == int(item.text(1)) >= 3
    assert all(body[s:e] in ("Lê Thị Tuyết Mai",) for s, e in mentions)
    painted = {(s, e) for s, e, _ in window.reader.painted_ranges()}
    assert set(mentions) <= painted
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert window.reader.mention_ranges == []


def test_extraction_is_cached_in_the_store(qtbot, open_window, data_dir):
    window = open_window()
    article_id = window.session.article.id
    qtbot.waitUntil(lambda: not window.extraction._extracting, timeout=EXTRACTION_TIMEOUT_MS)
    assert all(window.store.extractor_version(s.id) for s in window.store.article_summaries())
    window.close()
    from desktop.core.entities import EXTRACTOR_VERSION

    store = Store(data_dir / paths.DB_FILENAME)
    assert store.extractor_version(article_id) == EXTRACTOR_VERSION
    assert store.article_entities(article_id)
    reopened = open_window()
    qtbot.waitUntil(lambda: reopened.extraction._background_allowed)  # pending is looked up
    assert not reopened.extraction._extracting  # nothing to redo
    assert reopened.entities.tree.topLevelItemCount() == 2


def test_font_size_shortcuts_and_layout_persist(qtbot, open_window):
    window = open_window()
    size = window.reader.font_size
    qtbot.keyClick(window.reader, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.reader, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.reader, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.font_size == size + 1
    window.resize(780, 560)  # inside the offscreen screen (800×800), so nothing is clamped
    window.splitter.setSizes([150, 400, 200])
    sizes = window.splitter.sizes()
    window.tabs.setCurrentWidget(window.entities)
    window.close()
    reopened = open_window()
    assert reopened.reader.font_size == size + 1
    assert reopened.size().width() == 780
    assert reopened.splitter.sizes() == sizes
    assert reopened.tabs.currentWidget() is reopened.entities


def test_reading_position_is_restored(qtbot, open_window):
    window = open_window()
    window.resize(900, 400)
    body = window.session.article.body
    target = body.index("World Vision")
    window.reader.scroll_to_top_at(target)
    qtbot.wait(50)
    saved = window.reader.first_visible_offset()
    assert saved > 0
    window.close()
    reopened = open_window()
    qtbot.waitUntil(lambda: reopened.reader.first_visible_offset() > 0)
    assert abs(reopened.reader.first_visible_offset() - saved) < 200


def test_background_extraction_shows_progress_and_can_be_cancelled(qtbot, open_window, data_dir):
    from desktop.core.corpus import load_bundled, make_article

    store = Store(data_dir / paths.DB_FILENAME)  # a library big enough to still be busy
    load_bundled(store, paths.corpus_dir())
    seed = (paths.corpus_dir() / "000_652b9201e81262da.txt").read_text(encoding="utf-8")
    store.add_articles(make_article(title=f"Bản sao {i}", body=f"{seed}\nBản {i}.")
                       for i in range(20))
    store.close()
    window = open_window()
    # the whole library is queued on start, once background jobs may run (after the first paint)
    qtbot.waitUntil(lambda: len(window.extraction._extracting) == 22)
    assert not window.entities.status.isHidden()
    assert window.entities.status.text() == "Finding people and organizations…"
    qtbot.waitUntil(window.cancel_button.isVisible)
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.extraction._jobs, timeout=EXTRACTION_TIMEOUT_MS)
    assert not window.cancel_button.isVisible() and not window.progress.isVisible()
    versions = [window.store.extractor_version(s.id) for s in window.store.article_summaries()]
    assert None in versions  # stopped before the library was done
    # reopening the article asks again, and finishes
    window.session.open_article(window.session.article.id)
    qtbot.waitUntil(lambda: window.entities.tree.topLevelItemCount() == 2
                    and not window.extraction._extracting, timeout=EXTRACTION_TIMEOUT_MS)
    assert window.store.extractor_version(window.session.article.id)


def test_keyboard_only_note_and_delete_on_the_highlight_under_the_cursor(qtbot, open_window):
    window = open_window()
    body = window.session.article.body
    start = body.index("Bộ Ngoại giao")
    window.reader.select_range(start, start + len("Bộ Ngoại giao"))
    qtbot.keyClick(window.reader, "1")
    (ann,) = window.session.annotations()
    cursor = window.reader.textCursor()
    cursor.setPosition(start + 2)  # the caret inside the highlight, no selection
    window.reader.setTextCursor(cursor)
    qtbot.keyClick(window.reader, "n")
    assert window.tabs.currentWidget() is window.notes
    assert window.notes._current.id == ann.id
    assert QApplication.focusWidget() is window.notes.note
    window.reader.setFocus()
    window.reader.setTextCursor(cursor)
    qtbot.keyClick(window.reader, Qt.Key.Key_Delete)
    assert window.session.annotations() == []
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [a.id for a in window.session.annotations()] == [ann.id]
