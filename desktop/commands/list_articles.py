"""`chugiai list [--json]`: the articles in the library."""

from __future__ import annotations

import json
import sys

from desktop.commands.common import EXIT_OK, store_for
from desktop.core.printable import for_terminal

HELP = "list the articles in the library"


def register(parser) -> None:
    parser.add_argument("--json", action="store_true")


def run(args) -> int:

    store = store_for(args.data_dir)
    rows = store.article_summaries()
    if args.json:
        json.dump([{"id": r.id, "title": r.title, "source": r.source, "origin": r.origin,
                    "annotations": r.annotation_count} for r in rows],
                  sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        print(f"{'id':12}  {'annotations':>11}  title")
        for r in rows:
            print(f"{r.id[:12]}  {r.annotation_count:11d}  {for_terminal(r.title)}")
    return EXIT_OK
