"""The team library against a real PostgreSQL on loopback, next to a bare COPY of the same rows.

    .venv/bin/python benchmarks/sync.py [--articles 1000] [--annotations 100000] [--clients 20]
    .venv/bin/python benchmarks/sync.py --small      # a quick run (tests/test_benchmarks_run.py)

Starts a throw-away cluster (tests/pgcluster.py; fsync on), then measures in one run:

- first sync **up**: a laptop with N annotations over M articles pushes everything (goal ≤ 10 s
  for 100,000 over 1,000), against a bare `COPY … FROM STDIN` of the same annotation rows into
  a plain table (the floor: no upsert, no policies, no change numbers, no local bookkeeping);
- first sync **down**: a second laptop of the same user pulls everything (goal ≤ 10 s), against
  a bare `COPY … TO STDOUT` of the same rows;
- an incremental sync of 10 changed annotations, up on one laptop and down on the other (goal
  ≤ 200 ms each; median of 5);
- C clients (one user each, in one team, sharing with it) syncing at once, each its own
  process (as C laptops would), each with a few new annotations and what the others shared:
  median and p95 of one client's sync, timed inside each process from a common start.

    .venv/bin/python benchmarks/sync.py --client DATA_DIR URL START   # one of those processes
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import pgcluster  # noqa: E402
from exchange import corpus_articles  # noqa: E402  (beside this file)

from desktop import paths  # noqa: E402
from desktop.core.annotating import new_highlight  # noqa: E402
from desktop.core.corpus import make_article  # noqa: E402
from desktop.core.store import Store  # noqa: E402
from desktop.core.sync import schema  # noqa: E402
from desktop.core.sync.connect import connect  # noqa: E402
from desktop.core.sync.engine import sync  # noqa: E402

COLUMNS = ("id text, article_id text, start integer, \"end\" integer, exact text, prefix text, "
           "suffix text, color text, note text, tags jsonb, author text, created text, "
           "modified text, deleted boolean")


def fill(store: Store, n_articles: int, n_annotations: int) -> list:
    arts = corpus_articles(n_articles)
    store.add_articles(arts)
    rows = []
    for i in range(n_annotations):
        art = arts[i % n_articles]
        start = (i * 7) % (len(art.body) - 40)
        h = new_highlight(art, start, start + 12, note=f"ghi chú số {i}" if i % 3 else "",
                          tags=("nhãn",) if i % 5 == 0 else ())
        rows.append(h)
    store.conn.execute("BEGIN")
    store.conn.executemany(
        "INSERT INTO annotations(id, article_id, start, end, exact, prefix, suffix, color, note, "
        "author, created, modified, deleted) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,0)",
        [(h.id, h.article_id, h.start, h.end, h.exact, h.prefix, h.suffix, h.color, h.note,
          h.author, h.created, h.modified) for h in rows])
    store.conn.executemany("INSERT INTO annotation_tags(annotation_id, tag) VALUES (?, ?)",
                           [(h.id, t) for h in rows for t in h.tags])
    store.conn.execute("COMMIT")
    return rows


def bare_copy(admin_url: str, rows: list) -> tuple[float, float]:
    """COPY the same rows in, and out again, on a plain table: the floor of each direction."""
    from psycopg.types.json import Jsonb

    with connect(admin_url, autocommit=True) as conn:
        conn.execute(f"CREATE TABLE bare_copy ({COLUMNS})")
        t = time.perf_counter()
        with conn.transaction(), conn.cursor() as cur, cur.copy("COPY bare_copy FROM STDIN") as copy:
            for h in rows:
                copy.write_row((h.id, h.article_id, h.start, h.end, h.exact, h.prefix,
                                h.suffix, h.color, h.note, Jsonb(list(h.tags)), h.author,
                                h.created, h.modified, False))
        up = time.perf_counter() - t
        t = time.perf_counter()
        with conn.cursor() as cur, cur.copy("COPY bare_copy TO STDOUT") as copy:
            n = sum(1 for _ in copy.rows())
        down = time.perf_counter() - t
        assert n == len(rows)
        conn.execute("DROP TABLE bare_copy")
    return up, down


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--annotations", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--small", action="store_true", help="20 articles, 2,000 annotations, "
                                                             "4 clients")
    parser.add_argument("--client", nargs=3, metavar=("DATA_DIR", "URL", "START"),
                        help="(internal) one concurrent client: wait until START, sync once")
    args = parser.parse_args()
    if args.client:
        client(*args.client)
        return
    if args.small:
        args.articles, args.annotations, args.clients = 20, 2000, 4
    reason = pgcluster.missing()
    if reason:
        sys.exit(f"sync.py: {reason}")
    folder = Path(tempfile.mkdtemp(prefix="chugiai-sync-bench-"))
    cluster = pgcluster.Cluster.create(durable=True)
    try:
        run(args, cluster, folder)
    finally:
        cluster.destroy()


def run(args, cluster, folder: Path) -> None:
    with connect(cluster.admin_url, autocommit=True) as conn:
        conn.execute("CREATE DATABASE bench")
    admin = cluster.url(cluster.admin, cluster.admin_password, "bench")
    with connect(admin, autocommit=True) as conn:
        schema.init(conn)
        schema.add_team(conn, "bench")
        schema.add_user(conn, "reader", team="bench", role="trainer", password="pw-reader")
    url = cluster.url("reader", "pw-reader", "bench")

    one = Store(folder / "one" / paths.DB_FILENAME)
    rows = fill(one, args.articles, args.annotations)
    print(f"{args.annotations:,} annotations over {args.articles:,} articles "
          f"(PostgreSQL on loopback, fsync on)")
    copy_up, copy_down = bare_copy(admin, rows)

    t = time.perf_counter()
    report = sync(one, url)
    up = time.perf_counter() - t
    assert report.pushed >= args.annotations
    two = Store(folder / "two" / paths.DB_FILENAME)
    t = time.perf_counter()
    report = sync(two, url)
    down = time.perf_counter() - t
    got = two.conn.execute("SELECT count(*) FROM annotations").fetchone()[0]
    assert got == args.annotations, got
    print(f"first sync up:   {up:6.2f} s   bare COPY in:  {copy_up:5.2f} s   ratio "
          f"{up / copy_up:5.1f}×   goal ≤ 10 s")
    print(f"first sync down: {down:6.2f} s   bare COPY out: {copy_down:5.2f} s   ratio "
          f"{down / copy_down:5.1f}×   goal ≤ 10 s")

    ups, downs = [], []
    for round_ in range(5):
        for h in rows[round_ * 10:(round_ + 1) * 10]:
            one.put_annotation(h.evolve(note=f"sửa lần {round_}"))
        t = time.perf_counter()
        sync(one, url)
        ups.append(time.perf_counter() - t)
        t = time.perf_counter()
        r = sync(two, url)
        downs.append(time.perf_counter() - t)
        assert r.pulled.get("updated") == 10, r.pulled
    print(f"incremental, 10 changes: up {statistics.median(ups) * 1000:5.0f} ms, down "
          f"{statistics.median(downs) * 1000:5.0f} ms (median of 5)   goal ≤ 200 ms")
    one.close()
    two.close()
    concurrent(args, cluster, admin, folder)


def concurrent(args, cluster, admin: str, folder: Path) -> None:
    n = args.clients
    with connect(admin, autocommit=True) as conn:
        for i in range(n):
            schema.add_user(conn, f"c{i}", team="bench", role="staff", password=f"pw-{i}")
    urls = [cluster.url(f"c{i}", f"pw-{i}", "bench") for i in range(n)]
    stores = []
    for i in range(n):
        store = Store(folder / f"c{i}" / paths.DB_FILENAME)
        art = make_article(title=f"Bài của {i}", body=f"Văn bản riêng của người số {i}. " * 20)
        store.add_articles([art])
        for j in range(20):
            store.put_annotation(new_highlight(art, j, j + 10, note=f"{i}/{j}"))
        store.publish("bench", [art.id], kind="share")
        sync(store, urls[i])  # the first sync (the team's whole library) is measured above
        for j in range(5):
            store.put_annotation(new_highlight(art, j + 30, j + 40, note=f"mới {i}/{j}"))
        stores.append(store.path)
        store.close()
    # each client is its own process: started, and its imports done, before the common start
    start = time.time() + 5 + 0.5 * n
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    procs = [subprocess.Popen([sys.executable, __file__, "--client", str(stores[i].parent),
                               urls[i], repr(start)], env=env, stdout=subprocess.PIPE, text=True)
             for i in range(n)]
    results = [json.loads(p.communicate(timeout=600)[0]) for p in procs]
    assert all(p.returncode == 0 for p in procs)
    times = sorted(r["seconds"] for r in results)
    wall = max(r["ended"] for r in results) - start
    late = max(r["started"] for r in results) - start
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    print(f"{n} clients at once ({n} processes): median {statistics.median(times) * 1000:.0f}"
          f" ms, p95 {p95 * 1000:.0f} ms, all done in {wall:.2f} s (last start {late * 1000:.0f}"
          " ms after the common start)")
    print(f"ratio (first sync up / bare COPY) printed above; {len(times)} clients finished")


def client(data_dir: str, url: str, start: str) -> None:
    """One laptop of the concurrent run: its own process, one sync from a common start."""
    import psycopg  # noqa: F401  (loaded before the start, as in a running window)

    store = Store(Path(data_dir) / paths.DB_FILENAME)
    time.sleep(max(0.0, float(start) - time.time()))
    started = time.time()
    t = time.perf_counter()
    sync(store, url)
    seconds = time.perf_counter() - t
    store.close()
    print(json.dumps({"seconds": seconds, "started": started, "ended": time.time()}))


if __name__ == "__main__":
    main()
