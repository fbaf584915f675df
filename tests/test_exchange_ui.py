"""Import through the real window and dialogs: preview, Import/Cancel, drop, layers."""

from dataclasses import replace

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from desktop import __version__, paths
from desktop.core.annotating import new_highlight
from desktop.core.corpus import load_bundled
from desktop.core.exchange import Selection, export_bundle
from desktop.core.store import Store


def make_bundle(tmp_path, *, note="Đại sứ tại Geneva", author="Cô Lan"):
    store = Store(tmp_path / "trainer" / paths.DB_FILENAME)
    load_bundled(store, paths.corpus_dir())
    art = store.article(store.article_summaries()[0].id)
    start = art.body.index("Bộ Ngoại giao")
    ann = new_highlight(art, start, start + 13, color="blue", note=note, tags=("WPS",),
                        author=author)
    store.put_annotation(ann)
    path = tmp_path / "bai-tap.chugiai"
    export_bundle(store, path, Selection(), author=author, app_version=__version__)
    store.close()
    return path, ann


def dump(store):
    return "\n".join(store.conn.iterdump())


def wait_preview(qtbot, window):
    qtbot.waitUntil(lambda: window.exchange.preview is not None
                    and window.exchange.preview.isVisible(), timeout=10_000)
    return window.exchange.preview


def test_import_dialog_previews_then_imports(qtbot, open_window, tmp_path):
    path, ann = make_bundle(tmp_path)
    window = open_window()
    window.session.open_article(ann.article_id)
    before = dump(window.store)
    assert "Import annotations…" in [a.text() for a in window.file_menu.actions()]
    assert window.exchange.export_action.shortcut().toString() == "Ctrl+E"

    window.exchange.import_file(str(path))
    dialog = wait_preview(qtbot, window)
    assert dialog.count_labels["new"].text() == "1"
    assert dialog.count_labels["conflict"].text() == "0"
    assert dump(window.store) == before  # the preview wrote nothing
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.store.annotation(ann.id) is not None)
    got = window.store.annotation(ann.id)
    assert (got.note, got.author, got.color, got.tags) == (ann.note, "Cô Lan", "blue", ("WPS",))
    assert any("Đại sứ tại Geneva" in window.notes.list.item(i).text()
               for i in range(window.notes.list.count()))
    body = window.session.article.body
    assert any(body[s:e] == "Bộ Ngoại giao" for s, e, _ in window.reader.painted_ranges())

    # the author's layer can be hidden and shown again
    window.session.set_author_hidden("Cô Lan", True)
    assert window.notes.list.count() == 0
    window.session.set_author_hidden("Cô Lan", False)
    assert window.notes.list.count() == 1

    # the same file again: nothing to do, Import is disabled
    window.exchange.import_file(str(path))
    dialog = wait_preview(qtbot, window)
    assert dialog.count_labels["unchanged"].text() == "1"
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)


def test_cancel_in_the_preview_changes_nothing(qtbot, open_window, tmp_path):
    path, ann = make_bundle(tmp_path)
    window = open_window()
    before = dump(window.store)
    window.exchange.import_file(str(path))
    dialog = wait_preview(qtbot, window)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.exchange.preview is None)
    assert window.store.annotation(ann.id) is None and dump(window.store) == before


def test_a_bad_file_gets_a_message_and_changes_nothing(qtbot, open_window, tmp_path):
    bad = tmp_path / "hong.chugiai"
    bad.write_bytes(b"not a zip at all")
    window = open_window()
    before = dump(window.store)
    window.exchange.import_file(str(bad))
    qtbot.waitUntil(lambda: window.exchange.message is not None
                    and window.exchange.message.isVisible(), timeout=10_000)
    assert "not a zip" in window.exchange.message.text()
    assert dump(window.store) == before
    window.exchange.message.close()


def test_dropping_a_bundle_on_the_window_starts_the_import(qtbot, open_window, tmp_path):
    path, _ = make_bundle(tmp_path)
    window = open_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)  # Qt delivers drops only during a real drag; call what it calls
    assert event.isAccepted()
    dialog = wait_preview(qtbot, window)
    assert dialog.count_labels["new"].text() == "1"
    dialog.reject()


def test_a_conflict_is_listed_and_the_user_picks_a_version(qtbot, open_window, tmp_path):
    path, ann = make_bundle(tmp_path)
    window = open_window()
    window.exchange.import_file(str(path))
    qtbot.mouseClick(wait_preview(qtbot, window).import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.store.annotation(ann.id) is not None)
    # both sides edit the same highlight; the trainer's later edit arrives
    window.store.put_annotation(replace(window.store.annotation(ann.id), note="của tôi",
                                        modified="2031-01-01T00:00:00.000Z"))
    trainer = Store(tmp_path / "trainer" / paths.DB_FILENAME)
    trainer.put_annotation(replace(trainer.annotation(ann.id), note="của cô",
                                   modified="2031-02-01T00:00:00.000Z"))
    export_bundle(trainer, path, Selection(), author="Cô Lan", app_version=__version__)
    trainer.close()
    window.exchange.import_file(str(path))
    dialog = wait_preview(qtbot, window)
    assert dialog.count_labels["conflict"].text() == "1"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.exchange.conflicts_dialog is not None
                    and window.exchange.conflicts_dialog.isVisible())
    conflicts = window.exchange.conflicts_dialog
    assert conflicts.conflict_list.count() == 1
    assert "của cô" in conflicts.current_text.toPlainText()
    assert "của tôi" in conflicts.other_text.toPlainText()
    qtbot.mouseClick(conflicts.use_other_button, Qt.MouseButton.LeftButton)
    assert window.store.annotation(ann.id).note == "của tôi"
    assert conflicts.conflict_list.count() == 0 and window.store.conflicts() == []
    conflicts.close()


def test_a_bundle_given_on_the_command_line_opens_the_window(tmp_path):
    from desktop.app import bundle_argument

    path, _ = make_bundle(tmp_path)
    assert bundle_argument([str(path)]) == (str(path.resolve()), [])
    assert bundle_argument(["--data-dir", "d", str(path)])[0] == str(path.resolve())
    assert bundle_argument(["import", str(path)]) == (None, ["import", str(path)])
    assert bundle_argument([str(tmp_path / "missing.chugiai")])[0] is None
