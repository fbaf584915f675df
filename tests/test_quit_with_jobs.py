"""Closing the window while a bundle is being read: the process ends, and the next start on
the same data folder opens its window (it does not find a process still holding the folder).

Real processes: the hostile bundle (200 highlights whose quotes are nowhere in a 200 KB
article) kept the old process alive for many minutes after its window closed.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import uuid
from pathlib import Path

from desktop import __version__
from desktop.core.corpus import make_article
from desktop.core.exchange import Selection, export_bundle
from desktop.core.store import Store
from tests.test_exchange import highlight, rezip, unzip

ROOT = Path(__file__).resolve().parent.parent
QUIT_LIMIT_S = 40  # the app waits at most a few seconds for its jobs
WORDS = ("Ngày 28/3, Hội thảo quốc tế về Phụ nữ, Hòa bình và An ninh đã được Bộ Ngoại giao "
         "phối hợp với UN Women tổ chức tại Hà Nội. Hòa bình là chủ đề chính của hội thảo.").split()


def hostile_bundle(tmp_path: Path) -> Path:
    rng = random.Random(11)
    body = " ".join(rng.choice(WORDS) for _ in range(34_000))  # ~200 KB
    store = Store(tmp_path / "source" / "chugiai.sqlite3")
    article = make_article(title="Bài dài", body=body)
    store.add_articles([article])
    highlight(store, store.article(article.id), WORDS[3])
    out = tmp_path / "out.chugiai"
    export_bundle(store, out, Selection(), author="Cô Lan", app_version=__version__)
    store.close()
    members = unzip(out)
    doc = json.loads(members["annotations.jsonld"])
    first = doc["first"]["items"][0]
    items = []
    for n in range(200):
        item = json.loads(json.dumps(first))
        item["id"] = f"urn:uuid:{uuid.UUID(int=n + 1)}"
        quote = " ".join(rng.choice(WORDS) for _ in range(14)) + " ¶"
        item["target"]["selector"][0]["exact"] = quote
        start = rng.randrange(len(body) - len(quote))
        item["target"]["selector"][1]["start"], item["target"]["selector"][1]["end"] = \
            start, start + len(quote)
        items.append(item)
    doc["first"]["items"] = items
    doc["total"] = len(items)
    members["annotations.jsonld"] = json.dumps(doc).encode()
    out.write_bytes(rezip(members))
    return out


def _start(data_dir: Path, *args: str, timeout: float) -> subprocess.CompletedProcess:
    env = {**os.environ, "CHUGIAI_EXIT_WHEN_IDLE": "1", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=timeout, env=env)


def test_closing_during_a_bundle_import_ends_the_process_and_frees_the_folder(tmp_path):
    bundle = hostile_bundle(tmp_path)
    data = tmp_path / "data"
    first = _start(data, str(bundle), timeout=QUIT_LIMIT_S)  # TimeoutExpired: it stayed alive
    assert "idle" in first.stdout.split(), first.stderr[-2000:]
    second = _start(data, timeout=QUIT_LIMIT_S)
    assert "idle" in second.stdout.split(), second.stderr[-2000:]
