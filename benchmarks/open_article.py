"""Opening an article with its highlights and entity panel, next to a bare QTextEdit showing it.

    .venv/bin/python benchmarks/open_article.py [--runs 9]

Two synthetic articles in a fresh data folder: 6 KB with 50 highlights and 200 KB with 2,000,
each with 20 people/organizations already extracted (so the panel fills and no extraction
starts). The clock covers `Session.open_article` (reader, notes list, entity panel) and the
event processing that follows it, until the window is idle again. Baseline, same run: a bare
QTextEdit of the same size given the same text. Goals: ≤ 30 ms and ≤ 200 ms.

Big articles (`--big`, on by default; `--no-big` skips them): 2 MB of paragraphs with 10,000
highlights, and 10 MB on one line with 1,000. Besides opening (goal ≤ 1 s), the edits a reader
makes: a new highlight, a note saved, a colour changed (goal ≤ 50 ms each), each clocked until
the window is idle again. Baseline for an edit: the bare QTextEdit giving 20 characters a
background colour (the least an edit can cost in Qt).
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


BIG_CASES = (("2 MB, 10,000 highlights", 2_000_000, 10_000, False),
             ("10 MB one line, 1,000 highlights", 10_000_000, 1_000, True))
BIG_OPEN_GOAL_S, EDIT_GOAL_S = 1.0, 0.050
EDIT_RUNS = 7


def fill_big(store, size: int, highlights: int, one_line: bool, rng: random.Random) -> str:
    """One big article with its highlights written in one transaction; returns its id."""
    from desktop.core.annotating import new_highlight
    from desktop.core.corpus import make_article
    from desktop.core.entities import EXTRACTOR_VERSION
    from desktop.core.models import COLORS
    from desktop.core.store import ExchangeBatch

    body = make_body(size)
    if one_line:
        body = body.replace("\n", " ")
    article = make_article(title=f"Bài lớn {len(body):,} ký tự", body=body, origin="user")
    anns = []
    for _ in range(highlights):
        start = rng.randrange(len(body) - 60)
        anns.append(new_highlight(article, start, start + rng.randint(5, 60),
                                  color=rng.choice(COLORS), note=rng.choice(["", "ghi chú"])))
    store.apply_exchange(ExchangeBatch(articles=[article], annotations=anns))
    store.save_extraction(article.id, EXTRACTOR_VERSION, [])
    return article.id


def time_edits(app, window, rng: random.Random) -> dict[str, float]:
    """Median time of each edit on the open article, until the window is idle again."""
    body = window.session.article.body
    times: dict[str, list[float]] = {"highlight": [], "note": [], "colour": []}
    for i in range(EDIT_RUNS):
        start = rng.randrange(len(body) - 30)
        window.reader.select_range(start, start + 20)  # the user's selection, before the edit
        settle(app)
        t = time.perf_counter()
        window.reading.highlight_selection("green")
        settle(app)
        times["highlight"].append(time.perf_counter() - t)
        window.notes.note.setPlainText(f"ghi chú {i}")
        t = time.perf_counter()
        window.notes.save_note()
        settle(app)
        times["note"].append(time.perf_counter() - t)
        t = time.perf_counter()
        window.notes.colors.button(i % 5).click()
        settle(app)
        times["colour"].append(time.perf_counter() - t)
    return {k: statistics.median(v) for k, v in times.items()}


def time_bare_edit(app, edit, rng: random.Random) -> float:
    from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor

    times = []
    size = len(edit.toPlainText())
    for _ in range(EDIT_RUNS):
        start = rng.randrange(size - 30)
        cursor = QTextCursor(edit.document())
        cursor.setPosition(start)
        cursor.setPosition(start + 20, QTextCursor.MoveMode.KeepAnchor)
        settle(app)
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#c8e6c9"))
        t = time.perf_counter()
        cursor.mergeCharFormat(fmt)
        settle(app)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def run_big(app, window, bare, ids: list[str], other: str, runs: int) -> None:
    rng = random.Random(13)
    for (label, _, _, _), article_id in zip(BIG_CASES, ids, strict=True):
        body = window.store.article(article_id).body
        app_times, bare_times = [], []
        for _ in range(runs):
            app_times.append(time_open(app, window, article_id, other))
            bare_times.append(time_bare(app, bare, body))
        a, b = statistics.median(app_times), statistics.median(bare_times)
        verdict = "ok" if a <= BIG_OPEN_GOAL_S else "OVER GOAL"
        print(f"{label:34} open: {a * 1000:8.1f} ms  (bare QTextEdit {b * 1000:7.1f} ms, "
              f"ratio {a / b:5.2f}×; goal ≤ {BIG_OPEN_GOAL_S * 1000:.0f} ms: {verdict})",
              flush=True)
        window.session.open_article(article_id)
        settle(app)
        edits = time_edits(app, window, rng)
        bare_edit = time_bare_edit(app, bare, rng)
        for name, value in edits.items():
            verdict = "ok" if value <= EDIT_GOAL_S else "OVER GOAL"
            print(f"{'':34} {name:9}: {value * 1000:7.1f} ms  (bare QTextEdit format "
                  f"{bare_edit * 1000:6.1f} ms, ratio {value / bare_edit:6.2f}×; goal ≤ "
                  f"{EDIT_GOAL_S * 1000:.0f} ms: {verdict})", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--big", action=argparse.BooleanOptionalAction, default=True,
                        help="also the 2 MB and 10 MB articles (opening and edits)")
    parser.add_argument("--big-runs", type=int, default=3)
    parser.add_argument("--big-scale", type=float, default=1.0,
                        help="scale the big articles' size and highlights (tests: 0.01)")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication, QTextEdit

    from desktop.app import create_window
    from desktop.core.store import Store

    app = QApplication.instance() or QApplication(sys.argv[:1])
    data = Path(tempfile.mkdtemp(prefix="chugiai-bench-"))
    store = Store(data / "chugiai.sqlite3")
    rng = random.Random(8)
    ids = [fill(store, make_body(size), count, rng) for _, size, count, _ in CASES]
    big_ids = [fill_big(store, int(size * args.big_scale), max(5, int(count * args.big_scale)),
                        one_line, rng)
               for _, size, count, one_line in BIG_CASES] if args.big else []
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
    for (label, _, count, goal), article_id, body in zip(CASES, ids, bodies, strict=True):
        assert len(window.store.annotations(article_id)) == count
        app_times, bare_times = [], []
        for _ in range(args.runs):
            app_times.append(time_open(app, window, article_id, other))
            bare_times.append(time_bare(app, bare, body))
        a, b = statistics.median(app_times), statistics.median(bare_times)
        verdict = "ok" if a <= goal else "OVER GOAL"
        print(f"{label:26}: {a * 1000:7.1f} ms  (bare QTextEdit {b * 1000:6.1f} ms, "
              f"ratio {a / b:5.2f}×; goal ≤ {goal * 1000:.0f} ms: {verdict})", flush=True)
    if big_ids:
        run_big(app, window, bare, big_ids, other, args.big_runs)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
