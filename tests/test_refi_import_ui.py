"""The window's Import takes a REFI-QDA project: dropped or chosen, previewed, then merged."""

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel
from test_exchange_ui import dump, wait_preview
from test_refi_import import maxqda_style


def test_a_dropped_qdpx_is_previewed_with_what_is_left_out_then_imported(qtbot, open_window,
                                                                        tmp_path):
    path = maxqda_style(tmp_path)
    window = open_window()
    before = dump(window.store)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    dialog = wait_preview(qtbot, window)
    assert dialog.count_labels["new"].text() == "2"
    intro = dialog.findChildren(QLabel)[0].text()
    assert "maxqda.qdpx — left out: 1 PDF, 1 audio" in intro
    assert dump(window.store) == before
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sum(not a.deleted for a in window.store.annotations_for_export())
                    == 2)
    tags = sorted(a.tags for a in window.store.annotations_for_export())
    assert tags == [(), ("Địa danh",)]
