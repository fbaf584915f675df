"""Peak memory of the real app with 10,000 articles in the library, next to a bare PySide6 window.

    .venv/bin/python benchmarks/memory.py [--articles 10000] [--seconds 8] [--pulled]

Fills a fresh data folder with synthetic articles (~2 KB each; `--pulled`: written as a team
library's pull writes them, see `pull_articles`), then starts the app's own
window code in a child process (`desktop.app.create_window`, shown, left running for
`--seconds` so the background extraction of the library starts too) and reads the child's
peak resident set size from the operating system when it exits (wait4 / ru_maxrss). The
baseline is the minimal bare window of benchmarks/bare_window.py, measured the same way in the same run.
Goal: ≤ 250 MB.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from startup import BARE_WINDOW  # noqa: E402

GOAL_MB = 250
PULLED_GOAL_MB = 300  # a pulled team library of 100,000 articles
PARAGRAPH = ("Ngày {n}, đại diện Bộ Ngoại giao Việt Nam và các tổ chức của Liên hợp quốc đã "
             "thảo luận về vai trò của phụ nữ trong gìn giữ hòa bình và an ninh. ")
APP = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop.app import create_window
app = QApplication(sys.argv[:1])
window = create_window(sys.argv[1])
window.show()
QTimer.singleShot(int(float(sys.argv[2]) * 1000), lambda: (window.close(), app.quit()))
app.exec()
print("articles", len(window.store.article_summaries()), flush=True)
"""


PULL_BATCH = 200  # articles per pull batch, as the sync engine fetches them


def fill_library(folder: Path, count: int, *, pulled: bool = False) -> None:
    """`count` distinct articles of about 2 KB in a new data folder (plus the bundled corpus);
    `pulled`: as a team library that a sync brought, through the pull's own writer."""
    from desktop import cli
    from desktop.core.corpus import make_article

    store = cli.open_store(str(folder))
    batch = [make_article(title=f"Bài số {n}", body=PARAGRAPH.format(n=n) * 12,
                          origin="team" if pulled else "user") for n in range(count)]
    if pulled:
        pull_articles(store, batch)
    else:
        store.add_articles(batch)
    store.close()


def pull_articles(store, articles: list) -> None:
    """Write articles the way a sync writes a pulled team library (published to one team by
    its trainer): `apply_pull` a batch at a time, each with its cursor, then the index once."""
    from desktop.core.store import ExchangeBatch, PulledBatch

    server = "postgresql://server.example/chugiai"
    store.start_sync_state(server, login="lan", teams=[(1, "Phòng Đào tạo", "staff")])
    for start in range(0, len(articles), PULL_BATCH):
        chunk = articles[start:start + PULL_BATCH]
        store.apply_pull(server, PulledBatch(
            cursors={"team_articles": start + len(chunk)},
            exchange=ExchangeBatch(articles=chunk),
            team_articles=[(1, a.id, "hoa", False) for a in chunk]))
    store.reindex_pulled()
    store.finish_sync(server)


def peak_rss_mb(cmd: list[str], env: dict) -> tuple[float, str]:
    """Run a command to its end; its peak resident memory in MB (Linux: ru_maxrss is in KB)."""
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    out = proc.stdout.read().decode()
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[:3]} exited with {proc.returncode}")
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return usage.ru_maxrss * 1024 / scale / 1024, out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--pulled", action="store_true",
                        help="the articles arrive as a pulled team library (sync's writer)")
    parser.add_argument("--fill-only", metavar="FOLDER", help=argparse.SUPPRESS)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONPATH=str(ROOT))
    env.pop("CHUGIAI_EXIT_WHEN_IDLE", None)
    if args.fill_only:
        fill_library(Path(args.fill_only), args.articles, pulled=args.pulled)
        return 0
    data = Path(tempfile.mkdtemp(prefix="chugiai-bench-mem-"))
    started = time.perf_counter()
    # filled by another process: Linux counts the RSS a child had when it was forked (before
    # its exec) in its peak, so this process must stay small while it measures
    subprocess.run([sys.executable, __file__, "--articles", str(args.articles),
                    "--fill-only", str(data), *(["--pulled"] if args.pulled else [])],
                   check=True, env=env)
    size = (data / "chugiai.sqlite3").stat().st_size / 1e6
    how = "pulled team library" if args.pulled else "articles"
    print(f"library             : {args.articles:,} {how}, {size:.0f} MB database "
          f"(filled in {time.perf_counter() - started:.0f} s)")
    bare, _ = peak_rss_mb([sys.executable, str(BARE_WINDOW)], env)
    app, out = peak_rss_mb([sys.executable, "-c", APP, str(data), str(args.seconds)], env)
    print(f"bare PySide6 window : {bare:7.0f} MB peak RSS")
    print(f"chugiai, {out.split()[-1]} articles, {args.seconds:.0f} s: {app:7.0f} MB peak RSS")
    goal = PULLED_GOAL_MB if args.pulled else GOAL_MB
    print(f"ratio               : {app / bare:7.2f}×  (goal ≤ {goal} MB: "
          f"{'ok' if app <= goal else 'OVER GOAL'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
