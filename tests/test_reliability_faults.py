"""Faults of the data file and the disk through the command line: an empty or damaged file, a
full disk, another process's lock. Each command ends with one line and exit 3, never a
traceback, and nothing is written into a damaged file. Real processes, real files: a page of a
real database overwritten, a real full disk (a 2 MB tmpfs), a real lock held by a second process.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from desktop import paths
from desktop.core.corpus import make_article
from desktop.core.models import Annotation, utc_now
from desktop.core.store import Store

ROOT = Path(__file__).resolve().parent.parent
BODY = ("Hội nghị về phụ nữ, hòa bình và an ninh diễn ra tại Hà Nội. "
        "Bộ Ngoại giao và Liên hợp quốc cùng tổ chức. ") * 40
TITLE = "Bài thử độ bền của dữ liệu"
NOTES = 80  # enough highlights with long notes for the annotations table to span many pages
LOCK_HOLD_S = 14  # longer than the command line's busy timeout (10 s)


def chugiai(data_dir: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=timeout, env=env, cwd=ROOT)


def one_line_refusal(done: subprocess.CompletedProcess) -> str:
    """The command ended with exit 3 and one line on stderr (no traceback); returns the line."""
    assert done.returncode == 3, (done.returncode, done.stdout[-500:], done.stderr[-2000:])
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("chugiai: "), done.stderr
    return lines[0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def highlight(article, i: int, note: str) -> Annotation:
    now = utc_now()
    start = (i * 37) % (len(article.body) - 20)
    return Annotation(id=str(uuid.uuid4()), article_id=article.id, start=start, end=start + 12,
                      exact=article.body[start:start + 12], color="yellow", note=note,
                      created=now, modified=now)


def make_library(data_dir: Path, *, notes: int = NOTES, tag: str = "mine") -> Path:
    """A closed data file (its journal folded in) with one article and long-noted highlights."""
    db = data_dir / paths.DB_FILENAME
    store = Store(db)
    article = make_article(title=TITLE, body=BODY)
    store.add_articles([article])
    for i in range(notes):
        store.put_annotation(highlight(article, i, f"{tag} ghi chú {i} " + "hòa bình " * 40))
    store.close()
    assert not Path(f"{db}-wal").exists()
    return db


def damage_page(db: Path, table: str, *, seed: int = 17) -> int:
    """Overwrite one real leaf page of a table with random bytes; returns its number."""
    import sqlite3

    conn = sqlite3.connect(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = [r[0] for r in conn.execute(
        "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno", [table])]
    conn.close()
    assert len(pages) > 2, f"{table} fits in {len(pages)} pages: nothing to damage"
    page = pages[len(pages) // 2]
    with open(db, "r+b") as fh:
        fh.seek((page - 1) * page_size)
        fh.write(random.Random(seed).randbytes(page_size))
    return page


def document(folder: Path, size: int = 2_000, name: str = "bai.txt") -> Path:
    path = folder / name
    words = ["phụ nữ", "hòa bình", "an ninh", "Hà Nội", "ngoại giao", "Liên hợp quốc"]
    rng = random.Random(size)
    text = "Bài viết mới\n\n" + " ".join(rng.choice(words) + f" {rng.randrange(10**6)}"
                                         for _ in range(size // 16))
    path.write_text(text, encoding="utf-8")
    return path


def bundle_from_another_library(tmp_path: Path, *, notes: int = NOTES) -> Path:
    """A colleague's export: the same article with other highlights."""
    other = tmp_path / "colleague"
    other.mkdir()
    make_library(other, notes=notes, tag="colleague")
    out = tmp_path / "colleague.chugiai"
    done = chugiai(other, "export", str(out))
    assert done.returncode == 0, done.stderr
    return out


# -- an empty data file ---------------------------------------------------------------------

@pytest.mark.parametrize("command", [["list"], ["search", "hòa bình"], ["add", "DOC"]])
def test_an_empty_data_file_is_damage_not_a_new_library(data_dir, tmp_path, command):
    db = data_dir / paths.DB_FILENAME
    db.write_bytes(b"")
    command = [str(document(tmp_path)) if a == "DOC" else a for a in command]
    line = one_line_refusal(chugiai(data_dir, *command))
    assert "empty (0 bytes)" in line
    assert db.read_bytes() == b""  # not made into a new library
    assert sorted(p.name for p in data_dir.iterdir()) == [db.name]


def test_a_new_data_folder_is_still_a_new_library(tmp_path):
    folder = tmp_path / "fresh"
    done = chugiai(folder, "list")
    assert done.returncode == 0, done.stderr
    assert (folder / paths.DB_FILENAME).stat().st_size > 0
    assert not [p for p in folder.iterdir() if ".new-" in p.name]  # the aside copy is gone


# -- a damaged page ----------------------------------------------------------------------------

@pytest.mark.parametrize("command", ["list", "search", "add", "import", "export"])
def test_every_command_refuses_a_damaged_page_of_notes(data_dir, tmp_path, command):
    bundle = bundle_from_another_library(tmp_path, notes=5) if command == "import" else None
    db = make_library(data_dir)
    damage_page(db, "annotations")
    before = digest(db)
    args = {"list": ["list"], "search": ["search", "hòa bình"],
            "add": ["add", str(document(tmp_path))], "import": ["import", str(bundle)],
            "export": ["export", str(tmp_path / "out.chugiai")]}[command]
    line = one_line_refusal(chugiai(data_dir, *args))
    assert "damaged" in line
    assert digest(db) == before  # nothing written into the damaged file


def test_add_checks_the_whole_file_before_its_first_write(data_dir, tmp_path):
    """Damage among the article texts (not checked at every open): `add` refuses to write."""
    db = make_library(data_dir)
    store = Store(db)
    store.add_articles([make_article(title=f"Bài {i}", body=BODY + str(i) * 500)
                        for i in range(40)])
    store.close()
    damage_page(db, "articles")
    before = digest(db)
    line = one_line_refusal(chugiai(data_dir, "add", str(document(tmp_path))))
    assert "damaged" in line
    assert digest(db) == before


# -- a full disk -------------------------------------------------------------------------------

@pytest.fixture
def small_disk(tmp_path: Path):
    """A real 2 MB file system (tmpfs); skipped where mounting is not permitted."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here (needs root): {done.stderr.strip()}")
    try:
        yield mount
    finally:
        _let_background_jobs_finish()
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def _let_background_jobs_finish() -> None:
    """A window on the small disk starts its deferred jobs (reading the file) a moment after it
    shows: let them start and end before the disk goes away."""
    import sys as _sys

    if "PySide6.QtWidgets" not in _sys.modules:
        return  # no window in this process
    from PySide6.QtTest import QTest  # only where a window was made
    from PySide6.QtWidgets import QApplication

    from desktop.ui import workers

    if QApplication.instance() is None:
        return
    QTest.qWait(600)
    workers.wait_all(10_000)


def fill_disk(folder: Path, *, leave: int) -> Path:
    """Take all but about `leave` bytes of the file system's free space."""
    filler = folder / "filler"
    free = shutil.disk_usage(folder).free - leave
    with open(filler, "wb") as fh, contextlib.suppress(OSError):
        fh.write(b"\0" * max(0, free))
    return filler


def test_a_full_disk_is_one_line_and_keeps_what_was_saved(small_disk, tmp_path):
    bundle = bundle_from_another_library(tmp_path, notes=400)
    data = small_disk / "data"
    data.mkdir()
    db = make_library(data, notes=20)
    filler = fill_disk(small_disk, leave=96 * 1024)  # room for the journal's index, not more

    added = chugiai(data, "add", str(document(tmp_path, size=600_000)))
    assert "disk is full" in one_line_refusal(added)
    imported = chugiai(data, "import", str(bundle))
    line = one_line_refusal(imported)
    assert "disk is full" in line and "cannot rollback" not in line

    filler.unlink()
    store = Store(db)
    assert store.integrity_ok()
    notes = [a.note for a in store.annotations(store.article_summaries()[0].id)]
    assert len(notes) == 20 and all(n.startswith("mine") for n in notes)  # as saved, no more
    store.close()


# -- a lock held by another process ----------------------------------------------------------

LOCKER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO settings(key, value) VALUES ('locker', '1') "
             "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
"""


def test_a_lock_held_by_another_process_is_one_line(data_dir, tmp_path):
    bundle = bundle_from_another_library(tmp_path, notes=5)
    db = make_library(data_dir)
    locker = subprocess.Popen([sys.executable, "-c", LOCKER, str(db), str(LOCK_HOLD_S)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert locker.stdout.readline().strip() == "locked"
        env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
        started = time.monotonic()
        commands = [["add", str(document(tmp_path))], ["import", str(bundle)]]
        procs = [subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(data_dir),
                                   *c], env=env, cwd=ROOT, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for c in commands]
        for proc in procs:
            out, err = proc.communicate(timeout=60)
            line = one_line_refusal(subprocess.CompletedProcess(proc.args, proc.returncode,
                                                                out, err))
            assert "another program is holding the data file" in line
        assert time.monotonic() - started < LOCK_HOLD_S  # refused, not waited out
    finally:
        locker.kill()
        locker.wait()
    store = Store(db)
    assert len(store.article_summaries()) == 1  # nothing was added meanwhile
    store.close()
