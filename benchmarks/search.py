"""Library search and import at scale, next to a plain Python scan measured in the same run.

    .venv/bin/python benchmarks/search.py [--articles 10000] [--files 300] [--repeat 5] [--pulled]

Builds a library of generated articles (~5 KB each, sentences of the bundled corpus shuffled,
with varied words mixed in) in a temporary folder, then measures:
- search latency (median and p95 over a mix of queries, with and without diacritics), and the
  same queries as a plain Python scan over the already-folded texts (the baseline);
- import throughput: articles/s into the store (fold + FTS), and documents/s through
  `import_documents` (reading .txt files from disk, detecting the encoding, adding).
`--pulled`: the articles arrive as a team library a sync pulled (the pull's own writer), as on
a member's laptop. Goal: search ≤ 20 ms median (also with a pulled library of 100,000).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from desktop import paths
from desktop.core.corpus import make_article, read_corpus
from desktop.core.store import Store
from desktop.core.textsearch import parse_query
from desktop.core.vietnamese import fold, sentences

ARTICLE_CHARS = 5000
GOAL_MEDIAN_MS = 20.0
QUERIES = ["phu nu", "phụ nữ", "Hòa bình", "hoa binh an ninh", "dai su", "Đại sứ Geneva",
           "PHU NU", "bình đẳng giới", "ngoai giao", "UN Women", '"ke hoach hanh dong"',
           "tuyet mai", "covid", "tre em gai", "quốc tế", "liên hợp quốc", "xyzzy", "mai",
           "hội thảo quốc tế", "world vision"]
VARIED = ["Nguyễn", "Trần", "Lê", "Phạm", "Huế", "Đà Nẵng", "Cần Thơ", "hợp tác", "phát triển",
          "kinh tế", "giáo dục", "y tế", "môi trường", "nông nghiệp", "công nghệ", "văn hóa",
          "thanh niên", "doanh nghiệp", "đầu tư", "biển đảo", "khí hậu", "lao động", "du lịch"]


def corpus_sentences() -> list[str]:
    out = []
    for article in read_corpus(paths.corpus_dir()):
        out += [article.body[s:e] for s, e in sentences(article.body)]
    return out


def generate(count: int, seed: int = 6) -> list[tuple[str, str]]:
    """(title, body) pairs of ~5 KB, each different, from the bundled texts with varied words."""
    rng = random.Random(seed)
    pool = corpus_sentences()
    out = []
    for i in range(count):
        parts, size = [], 0
        while size < ARTICLE_CHARS:
            sentence = rng.choice(pool)
            words = sentence.split()
            for _ in range(2):
                words.insert(rng.randrange(len(words) + 1), rng.choice(VARIED))
            sentence = " ".join(words)
            parts.append(sentence)
            size += len(sentence) + 1
        body = "\n".join(parts) + f"\nBài số {i} — {rng.choice(VARIED)} {rng.randrange(10**6)}."
        out.append((f"Bài {i}: {parts[0][:60]}", body))
    return out


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def scan(folded: list[str], text: str) -> list[int]:
    """Baseline: every folded text that holds every term (substring test, no index)."""
    terms = [" ".join(t) for t in parse_query(text).terms]
    return [i for i, body in enumerate(folded) if all(term in body for term in terms)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--files", type=int, default=300, help="documents imported from disk")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each query")
    parser.add_argument("--pulled", action="store_true",
                        help="write the articles as a sync's pull writes a team library")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"generating {args.articles} articles…", flush=True)
        texts = generate(args.articles)
        origin = "team" if args.pulled else "user"
        articles = [make_article(title=t, body=b, origin=origin) for t, b in texts]
        del texts
        megabytes = sum(len(a.body.encode()) for a in articles) / 1e6
        store = Store(folder / "bench.sqlite3")
        if args.pulled:
            from memory import pull_articles  # the pull's writer, shared with startup/memory

            add_ms = timed(lambda: pull_articles(store, articles))
        else:
            add_ms = timed(lambda: store.add_articles(articles))
        how = "articles, pulled as a team library" if args.pulled else "articles"
        print(f"library: {len(articles)} {how}, {megabytes:.1f} MB of text")
        print(f"add to store (fold + FTS): {add_ms / 1000:.1f} s = "
              f"{len(articles) / (add_ms / 1000):.0f} articles/s, {megabytes / (add_ms / 1000):.1f} MB/s")

        from desktop.core.documents import import_documents

        docs = folder / "docs"
        docs.mkdir()
        extra = generate(args.files, seed=66)
        for i, (title, body) in enumerate(extra):
            (docs / f"doc{i:05d}.txt").write_text(f"{title}\n\n{body}", encoding="utf-8")
        import_ms = timed(lambda: import_documents(store, [docs]))
        print(f"import_documents from disk: {args.files} .txt files in {import_ms / 1000:.2f} s = "
              f"{args.files / (import_ms / 1000):.0f} documents/s")

        folded = [fold(a.title) + "\n" + fold(a.body) for a in articles]
        search_ms, scan_ms = [], []
        for _ in range(args.repeat):
            for query in QUERIES:
                search_ms.append(timed(lambda q=query: store.search(q)))
                scan_ms.append(timed(lambda q=query: scan(folded, q)))
        slowest = max(QUERIES, key=lambda q: timed(lambda: store.search(q)))
        store.close()

    med, scan_med = statistics.median(search_ms), statistics.median(scan_ms)
    print(f"search (FTS5, {len(QUERIES)} queries × {args.repeat}): median {med:.2f} ms, "
          f"p95 {p95(search_ms):.2f} ms, max {max(search_ms):.2f} ms (slowest: {slowest!r})")
    print(f"plain Python scan of the folded texts: median {scan_med:.2f} ms, "
          f"p95 {p95(scan_ms):.2f} ms")
    print(f"ratio: the scan takes {scan_med / med:.1f}× the search's median time")
    verdict = "meets" if med <= GOAL_MEDIAN_MS else "misses"
    print(f"goal search ≤ {GOAL_MEDIAN_MS:.0f} ms median: {verdict} ({med:.2f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
