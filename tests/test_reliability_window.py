"""Faults of the data file and the disk while the window is open: a note typed on a full disk is
said to be NOT saved and stays in the editor to retry; a highlight during another process's lock
is refused within about a second (not frozen for ten) and can be retried; damage found while
reading offers the backup in place. Real widgets, real files, a real second process."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop import paths
from desktop.core.corpus import make_article
from desktop.core.store import Store, StoreError
from desktop.core.store import backup as backups
from desktop.ui.backup_job import start_daily_backup
from desktop.ui.session import GUI_BUSY_TIMEOUT_S
from tests.test_reliability_faults import (
    BODY,
    LOCKER,
    TITLE,
    damage_page,
    fill_disk,
    make_library,
    small_disk,  # noqa: F401 — a fixture
)

LOCK_HOLD_S = 30  # the test ends it sooner


@pytest.fixture(autouse=True)
def no_modal_left_open():
    """A failed test must not leave a message box waiting for a click (it would hang)."""
    yield
    ModalWatcher()  # closes what teardown shows; lives until the next test's event loop


def window_on(qtbot, data: Path):
    from desktop.app import create_window

    window = create_window(str(data))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.session.open_article(make_article_id(data / paths.DB_FILENAME, window.store))
    return window


class ModalWatcher:
    """Closes each message box the window shows and keeps its text (what the user read)."""

    def __init__(self):
        self.texts: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self):
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            self.texts.append(box.text())
            box.close()

    def stop(self):
        self.timer.stop()


def type_note(qtbot, window, text: str) -> None:
    window.notes.note.setFocus()
    window.notes.note.setPlainText(text)
    window.notes.save_note()


def first_highlight(qtbot, window):
    body = window.session.article.body
    start = body.index("Hà Nội")
    before = {a.id for a in window.session.annotations()}
    window.reader.select_range(start, start + len("Hà Nội"))
    qtbot.keyClick(window.reader, "1")
    (new,) = [a for a in window.session.annotations() if a.id not in before]
    return new


@pytest.fixture(params=["tmpfs", "page-limit"])
def full_disk(request, tmp_path):
    """(data folder, fill, free): a real full tmpfs where mounting is allowed, and always
    SQLite's own page limit (the same SQLITE_FULL a full disk gives)."""
    if request.param == "tmpfs":
        disk = request.getfixturevalue("small_disk")
        data = disk / "data"
        data.mkdir()
        filler = []
        return (data, lambda window: filler.append(fill_disk(disk, leave=96 * 1024)),
                lambda window: filler and filler.pop().unlink())
    data = tmp_path / "data"
    data.mkdir()

    def fill(window):
        conn = window.store.conn
        conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")

    return data, fill, lambda window: window.store.conn.execute("PRAGMA max_page_count = 1073741823")


def test_a_note_typed_on_a_full_disk_is_not_claimed_saved_and_stays_to_retry(qtbot, full_disk):
    data, fill, free = full_disk
    make_library(data, notes=3)
    window = window_on(qtbot, data)
    ann = first_highlight(qtbot, window)
    type_note(qtbot, window, "đã lưu")
    assert window.store.annotation(ann.id).note == "đã lưu"
    fill(window)

    long_note = "Ghi chú dài về hòa bình và an ninh. " * 3000
    type_note(qtbot, window, long_note)
    notes = window.notes
    assert notes.unsaved_box.isVisible()
    assert "NOT saved" in notes.unsaved.text() and "disk is full" in notes.unsaved.text()
    assert notes.note.toPlainText() == long_note  # kept in the editor
    assert window.store.annotation(ann.id).note == "đã lưu"  # what was saved, no more

    # choosing another highlight must not throw the unsaved text away
    other = next(a for a in window.session.annotations() if a.id != ann.id)
    window.session.annotation_focused.emit(other.id)
    assert notes.note.toPlainText() == long_note

    free(window)
    qtbot.mouseClick(notes.retry_button, Qt.MouseButton.LeftButton)
    assert not notes.unsaved_box.isVisible()
    assert window.store.annotation(ann.id).note == long_note


def test_a_highlight_during_another_process_lock_is_refused_quickly_then_retried(qtbot, data_dir):
    db = make_library(data_dir, notes=3)
    window = window_on(qtbot, data_dir)
    before = len(window.session.annotations())
    locker = subprocess.Popen([sys.executable, "-c", LOCKER, str(db), str(LOCK_HOLD_S)],
                              stdout=subprocess.PIPE, text=True)
    watcher = ModalWatcher()
    try:
        assert locker.stdout.readline().strip() == "locked"
        body = window.session.article.body
        start = body.index("Hà Nội")
        window.reader.select_range(start, start + len("Hà Nội"))
        began = time.monotonic()
        qtbot.keyClick(window.reader, "1")
        waited = time.monotonic() - began
        qtbot.waitUntil(lambda: bool(watcher.texts), timeout=5000)
    finally:
        locker.kill()
        locker.wait()
        watcher.stop()
    assert waited < GUI_BUSY_TIMEOUT_S + 2, f"the window froze {waited:.1f} s"
    assert "highlight was NOT saved" in watcher.texts[0]
    assert "another program" in watcher.texts[0]
    assert len(window.session.annotations()) == before
    assert window.reader.selected_range() == (start, start + len("Hà Nội"))  # kept to retry
    qtbot.keyClick(window.reader, "1")
    assert len(window.session.annotations()) == before + 1


def test_damage_found_while_open_stops_writing_and_offers_the_backup(qtbot, data_dir):
    db = make_library(data_dir, notes=3)
    store = Store(db)
    store.add_articles([make_article(title=f"Bài {i}", body=BODY + str(i) * 500)
                        for i in range(40)])
    saved = {a.id for a in store.annotations(make_article_id(db))}
    store.close()
    assert backups.daily_backup(db, today=date(2026, 3, 1))
    damage_page(db, "articles_fts_content")  # the search index: not read to open the window
    window = window_on(qtbot, data_dir)  # own tables are sound: it opens

    offered: list[QDialog] = []

    def restore_when_offered():
        dialog = QApplication.activeModalWidget()
        if dialog is not None and hasattr(dialog, "restore_button") and not offered:
            offered.append(dialog)
            assert "damaged" in dialog.reason.text()
            dialog.restore_button.click()

    poll = QTimer()
    poll.timeout.connect(restore_when_offered)
    poll.start(20)
    try:
        start_daily_backup(db, on_damage=window.faults.damage_found.emit).join(timeout=60)
        qtbot.waitUntil(lambda: bool(offered), timeout=10000)
        qtbot.waitUntil(lambda: not window.store.damaged and window.session.article is not None,
                        timeout=10000)
    finally:
        poll.stop()
    assert backups.is_sound(db)
    assert {a.id for a in window.store.annotations(make_article_id(db))} == saved
    assert list(data_dir.glob("*.damaged-*"))  # the damaged file kept beside it
    first_highlight(qtbot, window)  # writing works again, on the restored file


def test_an_empty_data_file_offers_the_backup_in_the_window(qtbot, data_dir):
    from desktop.app import create_window
    from desktop.ui.dialogs.open_failed import OpenFailedDialog

    db = make_library(data_dir, notes=3)
    assert backups.daily_backup(db, today=date(2026, 3, 1))
    db.write_bytes(b"")
    with pytest.raises(StoreError) as refused:
        create_window(str(data_dir))
    assert refused.value.kind == backups.CORRUPT
    dialog = OpenFailedDialog(refused.value, paths.database_path(str(data_dir)))
    qtbot.addWidget(dialog)
    assert "damaged" in dialog.reason.text() and "empty" in dialog.detail.text()
    assert dialog.restore_button.isEnabled() and dialog.backups.count() == 1
    assert db.read_bytes() == b""


def make_article_id(db: Path, store: Store | None = None) -> str:
    """The id of make_library's article."""
    own = store or Store(db)
    try:
        return next(s.id for s in own.article_summaries() if s.title == TITLE)
    finally:
        if store is None:
            own.close()
