"""Opening an article with its highlights and entity panel, next to a bare QTextEdit showing it.

    .venv/bin/python benchmarks/open_article.py [--runs 9]

Two synthetic articles in a fresh data folder: 6 KB with 50 highlights and 200 KB with 2,000,
each with 20 people/organizations already extracted (so the panel fills and no extraction
starts). The clock covers `Session.open_article` (reader, notes list, entity panel) and the
event processing that follows it, until the window is idle again. Baseline, same run: a bare
QTextEdit of the same size given the same text. Goals (issue 8): ≤ 30 ms and ≤ 200 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CASES = (("6 KB, 50 highlights", 6_000, 50, 0.030), ("200 KB, 2,000 highlights", 200_000, 2_000, 0.200))
ENTITIES = 20
SENTENCE = ("Đại sứ Nguyễn Văn An của Bộ Ngoại giao phát biểu tại Liên hợp quốc về phụ nữ, "
            "hòa bình và an ninh. ")


def make_body(size: int) -> str:
    """Paragraphs of news-like Vietnamese of about `size` characters."""
    sentences = (size // len(SENTENCE)) + 1
    paragraphs = [SENTENCE * 4 for _ in range(sentences // 4 + 1)]
    return "\n".join(paragraphs)[:size].strip()


def fill(store, body: str, highlights: int, rng: random.Random) -> str:
    """One article with highlights (some overlapping) and extracted entities; returns its id."""
    from desktop.core.annotating import new_highlight
    from desktop.core.corpus import make_article
    from desktop.core.entities import EXTRACTOR_VERSION
    from desktop.core.models import COLORS, ExtractedEntity

    article = make_article(title=f"Bài {len(body):,} ký tự", body=body, origin="user")
    store.add_articles([article])
    for _ in range(highlights):
        start = rng.randrange(len(body) - 60)
        ann = new_highlight(article, start, start + rng.randint(5, 60), color=rng.choice(COLORS),
                            note=rng.choice(["", "ghi chú"]))
        store.put_annotation(ann)
    step = max(1, len(body) // 400)
    found = [ExtractedEntity(kind="PER" if i % 2 else "ORG", name=f"Tên {uuid.uuid4().hex[:6]}",
                             mentions=tuple((p, p + 5) for p in range(i * 7, len(body) - 5,
                                                                      step * ENTITIES)))
             for i in range(ENTITIES)]
    store.save_extraction(article.id, EXTRACTOR_VERSION, found)
    return article.id


def mark_bundled_extracted(store, data: Path) -> None:
    """Load the corpus with its extraction cached, so no background job competes for the CPU."""
    from desktop import paths
    from desktop.core.corpus import load_bundled
    from desktop.core.entities import EXTRACTOR_VERSION

    load_bundled(store, paths.corpus_dir())
    for summary in store.article_summaries():
        if store.extractor_version(summary.id) is None:
            store.save_extraction(summary.id, EXTRACTOR_VERSION, [])


def settle(app) -> None:
    """Process events until nothing is pending (layout, paint)."""
    app.processEvents()
    app.processEvents()


def time_open(app, window, article_id: str, other_id: str) -> float:
    window.session.open_article(other_id)
    settle(app)
    start = time.perf_counter()
    window.session.open_article(article_id)
    settle(app)
    return time.perf_counter() - start


def time_bare(app, edit, body: str) -> float:
    edit.setPlainText("")
    settle(app)
    start = time.perf_counter()
    edit.setPlainText(body)
    settle(app)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication, QTextEdit

    from desktop.app import create_window
    from desktop.core.store import Store

    app = QApplication.instance() or QApplication(sys.argv[:1])
    data = Path(tempfile.mkdtemp(prefix="chugiai-bench-"))
    store = Store(data / "chugiai.sqlite3")
    rng = random.Random(8)
    ids = [fill(store, make_body(size), count, rng) for _, size, count, _ in CASES]
    mark_bundled_extracted(store, data)
    store.close()
    window = create_window(str(data))
    window.show()
    settle(app)
    bare = QTextEdit()
    bare.setReadOnly(True)
    bare.resize(window.reader.size())
    bare.show()
    bodies = [window.store.article(i).body for i in ids]
    other = window.store.article_summaries()[0].id  # a bundled article to switch from
    for (label, _, count, goal), article_id, body in zip(CASES, ids, bodies):
        assert len(window.store.annotations(article_id)) == count
        app_times, bare_times = [], []
        for _ in range(args.runs):
            app_times.append(time_open(app, window, article_id, other))
            bare_times.append(time_bare(app, bare, body))
        a, b = statistics.median(app_times), statistics.median(bare_times)
        verdict = "ok" if a <= goal else "OVER GOAL"
        print(f"{label:26}: {a * 1000:7.1f} ms  (bare QTextEdit {b * 1000:6.1f} ms, "
              f"ratio {a / b:5.2f}×; goal ≤ {goal * 1000:.0f} ms: {verdict})")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
