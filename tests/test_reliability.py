"""Nothing lost: writers killed mid-stream, and two writers at once on one data folder.

Real processes, a real SQLite file in a temp folder. The store runs WAL with synchronous=NORMAL:
a transaction that has returned from COMMIT is in the WAL file in the operating system's cache,
so killing the process (SIGKILL, a crash, the task manager) cannot lose it; only a power cut or
an OS crash before the next checkpoint's fsync could. These tests prove the first promise;
the second is what FULL would buy at the price of an fsync per highlight, which we do not pay.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop.core.corpus import make_article
from desktop.core.store import Store

WRITER = Path(__file__).with_name("reliability_writer.py")
KILL_TRIALS = 24
MAX_KILL_DELAY_S = 0.25  # after "ready": long enough for dozens of committed writes
EARLY_KILL_EVERY = 6  # every sixth trial is killed while the store is still opening
READY_TIMEOUT_S = 20
CONCURRENT_WRITES = 150
TAGS_PER_WRITE = 2  # reliability_writer.py writes two tags with each highlight

BODY = ("Hội nghị về phụ nữ, hòa bình và an ninh diễn ra tại Hà Nội. "
        "Bộ Ngoại giao và Liên hợp quốc cùng tổ chức. ") * 40


@pytest.fixture
def shared_db(tmp_path: Path) -> tuple[Path, str]:
    """A database file with one article, closed again: children open it themselves."""
    path = tmp_path / "data" / "chugiai.sqlite3"
    store = Store(path)
    article = make_article(title="Phụ nữ, hòa bình và an ninh", body=BODY)
    store.add_articles([article])
    store.close()
    return path, article.id


class Child:
    """A writer process whose complete output lines are collected by a thread."""

    def __init__(self, db: Path, article_id: str, *extra: str):
        self.proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(db), article_id, *extra],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.lines: list[str] = []
        self.ready = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for raw in self.proc.stdout:
            if not raw.endswith(b"\n"):
                break  # cut off by the kill: that write had not been reported
            line = raw.decode().strip()
            if line == "ready":
                self.ready.set()
            else:
                self.lines.append(line)
        self.ready.set()

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.finish()

    def finish(self, timeout: float = 60) -> str:
        """Wait for the end; returns what the child wrote on stderr."""
        self.proc.wait(timeout=timeout)
        self._reader.join(timeout=5)
        return self.proc.stderr.read().decode(errors="replace")


def stored_ids(db: Path, ids: list[str]) -> set[str]:
    store = Store(db)
    try:
        assert store.integrity_ok()
        found = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in store.conn.execute(
                f"SELECT id FROM annotations WHERE id IN ({marks})", chunk))
        return found
    finally:
        store.close()


def tagless_annotations(db: Path) -> int:
    """Highlights whose tags are missing: a transaction that was only half written."""
    store = Store(db)
    try:
        return store.conn.execute(
            "SELECT count(*) FROM annotations a WHERE (SELECT count(*) FROM annotation_tags t "
            "WHERE t.annotation_id = a.id) != ?", [TAGS_PER_WRITE]).fetchone()[0]
    finally:
        store.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_writer_killed_at_random_moments_loses_no_committed_highlight(shared_db):
    db, article_id = shared_db
    rng = random.Random(8)
    reported: list[str] = []
    for trial in range(KILL_TRIALS):
        child = Child(db, article_id)
        if trial % EARLY_KILL_EVERY == 0:
            time.sleep(rng.uniform(0, 0.05))  # maybe still importing or opening the store
        else:
            assert child.ready.wait(READY_TIMEOUT_S), "writer never became ready"
            time.sleep(rng.uniform(0, MAX_KILL_DELAY_S))
        child.kill()
        reported.extend(child.lines)
        missing = set(reported) - stored_ids(db, reported)
        assert not missing, f"trial {trial}: {len(missing)} committed highlights lost"
    assert len(reported) > KILL_TRIALS, "the writers hardly wrote anything: test proves nothing"
    assert tagless_annotations(db) == 0


def test_two_writers_at_once_lose_nothing_and_never_see_a_locked_database(shared_db):
    db, article_id = shared_db
    children = [Child(db, article_id, "--count", str(CONCURRENT_WRITES), "--tag", f"w{i}")
                for i in range(2)]
    errors = [child.finish() for child in children]
    for child, err in zip(children, errors, strict=True):
        assert child.proc.returncode == 0, err
        assert "locked" not in err and "busy" not in err.lower(), err
        assert len(child.lines) == CONCURRENT_WRITES
    ids = [line for child in children for line in child.lines]
    assert stored_ids(db, ids) == set(ids)
    assert tagless_annotations(db) == 0


def test_two_processes_opening_a_new_data_folder_at_once_both_succeed(tmp_path):
    """First use of a data folder (schema steps, corpus load) raced by two starts."""
    code = ("import sys; from desktop import cli; s = cli.open_store(sys.argv[1]); "
            "print(len(s.article_summaries())); s.close()")
    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, PYTHONPATH=str(root))
    for attempt in range(3):
        folder = tmp_path / f"data{attempt}"
        procs = [subprocess.Popen([sys.executable, "-c", code, str(folder)], env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(2)]
        results = [p.communicate(timeout=120) for p in procs]
        for proc, (_out, err) in zip(procs, results, strict=True):
            assert proc.returncode == 0, err
        counts = {out.strip() for out, _ in results}
        assert len(counts) == 1 and int(counts.pop()) > 0
        store = Store(folder / "chugiai.sqlite3")
        assert store.integrity_ok()
        store.close()
