"""Rotating daily backups, and a damaged / unwritable / full data file: clear words, a backup
offered, nothing overwritten. Real SQLite files; the disk fills up for real through
SQLite's own page limit."""

from __future__ import annotations

import os
import sqlite3
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop import paths
from desktop.core.corpus import make_article
from desktop.core.models import Annotation, utc_now
from desktop.core.store import Store, StoreError
from desktop.core.store import backup as backups
from desktop.ui.backup_job import start_daily_backup
from desktop.ui.dialogs.open_failed import OpenFailedDialog

GARBAGE = b"this is not an SQLite database at all " * 200


def add_highlight(store: Store, article, note: str = "") -> Annotation:
    now = utc_now()
    ann = Annotation(id=str(uuid.uuid4()), article_id=article.id, start=0, end=4,
                     exact=article.body[:4], color="yellow", note=note, created=now, modified=now)
    store.put_annotation(ann)
    return ann


@pytest.fixture
def filled(data_dir: Path):
    """A store holding one article and one highlight; yields (store, article, highlight)."""
    store = Store(data_dir / paths.DB_FILENAME)
    article = make_article(title="Hòa bình", body="Hòa bình cho phụ nữ và trẻ em.")
    store.add_articles([article])
    ann = add_highlight(store, article, note="ghi chú")
    yield store, article, ann
    store.close()


def test_daily_backup_copies_the_live_database_once_a_day(filled):
    store, _article, ann = filled
    made = backups.daily_backup(store.path, today=date(2026, 3, 1))
    assert made and made.parent == backups.backup_folder(store.path)
    assert backups.daily_backup(store.path, today=date(2026, 3, 1)) is None  # once a day
    copy = Store(made)
    assert copy.annotation(ann.id).note == "ghi chú"
    assert copy.integrity_ok()
    copy.close()


def test_backups_rotate_keeping_the_newest_seven(filled):
    store, _article, _ = filled
    first = date(2026, 3, 1)
    for day in range(10):
        assert backups.daily_backup(store.path, today=first + timedelta(days=day))
    kept = backups.list_backups(store.path)
    assert len(kept) == backups.KEEP_BACKUPS
    assert [b.day for b in kept] == [first + timedelta(days=d) for d in range(9, 2, -1)]


def test_a_damaged_database_does_not_push_out_the_good_backups(filled, data_dir):
    store, _, _ = filled
    first = date(2026, 3, 1)
    for day in range(backups.KEEP_BACKUPS):
        backups.daily_backup(store.path, today=first + timedelta(days=day))
    store.close()
    damaged = data_dir / "damaged.sqlite3"
    damaged.write_bytes(store.path.read_bytes()[:4096] + GARBAGE)
    (backups.backup_folder(damaged)).mkdir(exist_ok=True)
    for b in backups.list_backups(store.path):
        (backups.backup_folder(damaged) / b.path.name.replace("chugiai", "damaged")).write_bytes(
            b.path.read_bytes())
    before = backups.list_backups(damaged)
    with pytest.raises((StoreError, sqlite3.DatabaseError)):
        backups.daily_backup(damaged, today=first + timedelta(days=30))
    assert backups.list_backups(damaged) == before


def test_background_backup_runs_beside_a_writer(filled):
    store, article, _ = filled
    thread = start_daily_backup(store.path)
    for _ in range(20):
        add_highlight(store, article)  # the window keeps writing meanwhile
    thread.join(timeout=30)
    made = backups.list_backups(store.path)
    assert len(made) == 1 and backups.is_sound(made[0].path)


def test_restore_keeps_the_damaged_file_beside_the_restored_copy(filled, data_dir):
    store, _article, ann = filled
    backups.daily_backup(store.path)
    store.close()
    db = data_dir / paths.DB_FILENAME
    db.write_bytes(GARBAGE)
    with pytest.raises(StoreError) as failure:
        Store(db)
    assert backups.failure_kind(failure.value) == backups.CORRUPT
    kept = backups.restore_backup(backups.list_backups(db)[0].path, db)
    assert kept.read_bytes() == GARBAGE  # nothing overwritten
    again = Store(db)
    assert again.annotation(ann.id).note == "ghi chú"
    again.close()


def test_restoring_a_damaged_backup_changes_nothing(data_dir):
    db = data_dir / paths.DB_FILENAME
    db.write_bytes(GARBAGE)
    bad = backups.backup_folder(db) / "chugiai-2026-03-01.sqlite3"
    bad.parent.mkdir()
    bad.write_bytes(GARBAGE[::-1])
    with pytest.raises(StoreError):
        backups.restore_backup(bad, db)
    assert db.read_bytes() == GARBAGE
    assert sorted(p.name for p in data_dir.iterdir()) == [backups.BACKUP_FOLDER, db.name]


def test_a_full_disk_while_writing_is_an_error_that_keeps_what_was_saved(filled):
    """SQLite's own page limit makes the disk "full" for real; the last good write survives."""
    store, article, ann = filled
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StoreError) as full:
        for _ in range(200):
            add_highlight(store, article, note="x" * 4000)
    assert full.value.kind == backups.DISK_FULL
    assert backups.failure_kind(full.value) == backups.DISK_FULL
    assert store.integrity_ok()
    assert store.annotation(ann.id).note == "ghi chú"


def test_a_read_only_database_is_reported_as_read_only(filled, data_dir):
    """The error a read-only folder gives (root ignores chmod, so open the file read-only)."""
    store, _article, _ = filled
    store.close()
    conn = sqlite3.connect(f"file:{store.path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as refused:
        conn.execute("INSERT INTO settings(key, value) VALUES ('a', 'b')")
    conn.close()
    assert backups.failure_kind(refused.value) == backups.READ_ONLY


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root writes into read-only folders")
def test_a_new_database_in_a_read_only_folder_is_a_clear_error(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(StoreError) as failure:
            Store(folder / paths.DB_FILENAME)
        assert backups.failure_kind(failure.value) == backups.READ_ONLY
    finally:
        folder.chmod(0o755)


def dialog_for_damaged(qtbot, db):
    """Damage the data file, fail to open it, and show the dialog the app would show."""
    db.write_bytes(GARBAGE)
    with pytest.raises(StoreError) as failure:
        Store(db)
    dialog = OpenFailedDialog(failure.value, db)
    qtbot.addWidget(dialog)
    return dialog


def test_dialog_restores_the_chosen_backup_and_keeps_the_damaged_file(qtbot, filled, data_dir):
    store, _article, ann = filled
    backups.daily_backup(store.path, today=date(2026, 3, 1))
    store.close()
    db = data_dir / paths.DB_FILENAME
    dialog = dialog_for_damaged(qtbot, db)
    dialog.show()
    assert "damaged" in dialog.reason.text()
    assert dialog.backups.count() == 1 and "2026-03-01" in dialog.backups.item(0).text()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.kept.read_bytes() == GARBAGE
    again = Store(db)
    assert again.annotation(ann.id) is not None
    again.close()


def test_dialog_without_backups_says_so_and_cannot_restore(qtbot, data_dir):
    db = data_dir / paths.DB_FILENAME
    dialog = dialog_for_damaged(qtbot, db)
    assert not dialog.restore_button.isEnabled()
    assert db.read_bytes() == GARBAGE


def week_of_backups(store: Store) -> date:
    first = date(2026, 3, 1)
    for day in range(backups.KEEP_BACKUPS):
        assert backups.daily_backup(store.path, today=first + timedelta(days=day))
    return first + timedelta(days=backups.KEEP_BACKUPS)


def test_an_empty_data_file_is_damage_and_never_backed_up(filled, data_dir):
    store, _, _ = filled
    next_day = week_of_backups(store)
    store.close()
    before = backups.list_backups(store.path)
    store.path.write_bytes(b"")  # what a crash or a sync tool leaves
    for suffix in ("-wal", "-shm"):
        Path(f"{store.path}{suffix}").unlink(missing_ok=True)
    assert not backups.is_sound(store.path)
    with pytest.raises(StoreError) as refused:
        Store(store.path)
    assert refused.value.kind == backups.CORRUPT and "empty" in str(refused.value)
    assert store.path.read_bytes() == b""
    with pytest.raises(StoreError):
        backups.daily_backup(store.path, today=next_day)
    assert backups.list_backups(store.path) == before


def test_an_emptied_library_does_not_rotate_the_good_backups_out(filled, data_dir):
    """A library that lost everything of the user's (recreated by a sync tool, say)."""
    store, _, _ = filled
    next_day = week_of_backups(store)
    store.close()
    before = backups.list_backups(store.path)
    store.path.unlink()
    Store(store.path).close()  # a fresh, empty library in its place
    for day in range(backups.KEEP_BACKUPS):
        with pytest.raises(StoreError):
            backups.daily_backup(store.path, today=next_day + timedelta(days=day))
    assert backups.list_backups(store.path) == before
    assert all(backups.user_items(b.path) > 0 for b in before)
