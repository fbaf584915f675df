"""Child process for the reliability tests: writes highlights through the real store, forever.

    python tests/reliability_writer.py DB_PATH ARTICLE_ID [--count N] [--tag NAME]

Prints "ready" once the store is open, then one annotation id per line, each only after
`Store.put_annotation` has returned (committed). The parent kills it at random moments, or lets
it finish `--count` writes, and checks that every printed id is in the file.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

# Run as a script from anywhere: make the repository importable.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.core.annotating import new_highlight
from desktop.core.models import COLORS
from desktop.core.store import Store

NOTE_TEXT = "Ghi chú về hòa bình và phụ nữ"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("article_id")
    parser.add_argument("--count", type=int, default=0, help="stop after N writes (0: never)")
    parser.add_argument("--tag", default="crash")
    args = parser.parse_args(argv)
    store = Store(args.db)
    article = store.article(args.article_id)
    if article is None:
        print(f"no article {args.article_id}", file=sys.stderr)
        return 2
    rng = random.Random()
    print("ready", flush=True)
    written = 0
    while not args.count or written < args.count:
        start = rng.randrange(len(article.body) - 1)
        end = min(len(article.body), start + rng.randint(1, 40))
        ann = new_highlight(article, start, end, color=rng.choice(COLORS),
                            note=f"{NOTE_TEXT} {written}", tags=(args.tag, f"n{written % 7}"))
        store.put_annotation(ann)
        print(ann.id, flush=True)  # only after the commit returned
        written += 1
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
