"""Import through the real window and dialogs: preview, Import/Cancel, drop, layers."""

from dataclasses import replace
from datetime import UTC

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
    assert any("Đại sứ tại Geneva" in window.notes.model.index(i).data()
               for i in range(window.notes.model.rowCount()))
    body = window.session.article.body
    assert any(body[s:e] == "Bộ Ngoại giao" for s, e, _ in window.reader.painted_ranges())

    # the author's layer can be hidden and shown again
    window.session.set_author_hidden("Cô Lan", True)
    assert window.notes.model.rowCount() == 0
    window.session.set_author_hidden("Cô Lan", False)
    assert window.notes.model.rowCount() == 1

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


def _soon(*, seconds: int) -> str:
    """A stamp a little after now: later than the bundle's, within the allowed clock skew."""
    from datetime import datetime, timedelta

    when = datetime.now(UTC) + timedelta(seconds=seconds)
    return when.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def test_a_conflict_is_listed_and_the_user_picks_a_version(qtbot, open_window, tmp_path):
    path, ann = make_bundle(tmp_path)
    window = open_window()
    window.exchange.import_file(str(path))
    qtbot.mouseClick(wait_preview(qtbot, window).import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.store.annotation(ann.id) is not None)
    # both sides edit the same highlight; the trainer's later edit arrives
    window.store.put_annotation(replace(window.store.annotation(ann.id), note="của tôi",
                                        modified=_soon(seconds=1)))
    trainer = Store(tmp_path / "trainer" / paths.DB_FILENAME)
    trainer.put_annotation(replace(trainer.annotation(ann.id), note="của cô",
                                   modified=_soon(seconds=2)))
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


HOSTILE_AUTHOR = "<h1>Cô Lan</h1><img src='/tmp/chugiai-local.png'>"


def _shows_literally(label) -> bool:
    """A label shows its text as text: plain format, or nothing Qt would take for markup."""
    from PySide6.QtGui import Qt as GuiQt

    return label.textFormat() == Qt.TextFormat.PlainText or not GuiQt.mightBeRichText(
        label.text())


def test_a_bundles_author_is_shown_as_plain_text_everywhere(qtbot, open_window, tmp_path):
    path, ann = make_bundle(tmp_path, author=HOSTILE_AUTHOR,
                            note="<b>đậm</b> <img src='/etc/passwd'>")
    window = open_window()
    window.session.open_article(ann.article_id)
    window.exchange.import_file(str(path))
    dialog = wait_preview(qtbot, window)
    labels = dialog.findChildren(type(dialog.count_labels["new"]))
    assert any(HOSTILE_AUTHOR in label.text() for label in labels)
    assert all(_shows_literally(label) for label in labels if "<" in label.text())
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.store.annotation(ann.id) is not None)

    window.notes.show_annotation(ann.id)
    assert HOSTILE_AUTHOR in window.notes.author.text()
    assert _shows_literally(window.notes.author)
    tip = window.notes.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert "<h1>" not in tip or "&lt;" in tip  # a tooltip of markup is escaped
    for label in window.notes.findChildren(type(window.notes.author)):
        assert _shows_literally(label), label.text()

    # a conflict with that author: the dialog shows both versions as text
    window.store.put_annotation(replace(window.store.annotation(ann.id), note="của tôi",
                                        modified=_soon(seconds=1)))
    trainer = Store(tmp_path / "trainer" / paths.DB_FILENAME)
    trainer.put_annotation(replace(trainer.annotation(ann.id), note="<h1>của cô</h1>",
                                   modified=_soon(seconds=2)))
    export_bundle(trainer, path, Selection(), author=HOSTILE_AUTHOR, app_version=__version__)
    trainer.close()
    window.exchange.import_file(str(path))
    qtbot.mouseClick(wait_preview(qtbot, window).import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.exchange.conflicts_dialog is not None
                    and window.exchange.conflicts_dialog.isVisible())
    conflicts = window.exchange.conflicts_dialog
    assert HOSTILE_AUTHOR in conflicts.current_text.toPlainText()
    for label in conflicts.findChildren(type(window.notes.author)):
        assert _shows_literally(label), label.text()
    conflicts.close()


def test_the_preview_lists_far_future_stamps(qtbot, open_window, tmp_path):
    path, ann = make_bundle(tmp_path)
    trainer = Store(tmp_path / "trainer" / paths.DB_FILENAME)
    trainer.put_annotation(replace(trainer.annotation(ann.id),
                                   modified="9999-12-31T23:59:59.999Z"))
    export_bundle(trainer, path, Selection(), author="Cô Lan", app_version=__version__)
    trainer.close()
    window = open_window()
    window.exchange.import_file(str(path))
    dialog = wait_preview(qtbot, window)
    assert dialog.count_labels["future"].text() == "1"


def test_the_export_dialog_sends_name_corrections_unless_unticked(qtbot, open_window, tmp_path):
    import json
    import zipfile

    from desktop.ui.dialogs.export_dialog import ExportDialog

    path, ann = make_bundle(tmp_path)
    window = open_window()
    window.exchange.import_file(str(path))
    qtbot.mouseClick(wait_preview(qtbot, window).import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.store.annotation(ann.id) is not None)
    dialog = ExportDialog(window.store, ann.article_id, window)
    qtbot.addWidget(dialog)
    assert dialog.names_box.isChecked() and dialog.include_names()
    report = ExportDialog(window.store, ann.article_id, window, names_option=False)
    qtbot.addWidget(report)
    assert not report.include_names()
    for ticked, name in ((True, "with.chugiai"), (False, "without.chugiai")):
        dialog.names_box.setChecked(ticked)
        out = tmp_path / name
        window.exchange.export_to(str(out), dialog.selection(), "Cô Lan",
                                  names=dialog.include_names())
        qtbot.waitUntil(lambda out=out: out.exists() and not window.exchange.jobs, timeout=10_000)
        with zipfile.ZipFile(out) as zf:
            members = zf.namelist()
        assert ("names.json" in members) == ticked
        if ticked:
            with zipfile.ZipFile(out) as zf:
                assert json.loads(zf.read("names.json"))["format"] == "chugiai-names"
