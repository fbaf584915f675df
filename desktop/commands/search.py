"""`chugiai search QUERY [--json]`: full-text search of titles, bodies and notes, accents optional."""

from __future__ import annotations

import json
import sys

from desktop.commands.common import EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, fail, open_store

HELP = "search the library (with or without diacritics: \"phu nu\" finds \"phụ nữ\")"


def register(parser) -> None:
    parser.add_argument("query", nargs="+", metavar="QUERY",
                        help='words to find (all of them); "quoted words" must follow each other')
    parser.add_argument("--json", action="store_true",
                        help="print JSON (offsets are code points in the NFC body)")
    parser.add_argument("--limit", type=int, default=None, metavar="N",
                        help="at most N articles (default 50)")


def run(args) -> int:
    # the store and the query parser: not for `--help`
    from desktop.core.store import StoreError
    from desktop.core.store.search import SEARCH_LIMIT
    from desktop.core.textsearch import marked, parse_query

    text = " ".join(args.query)
    if not parse_query(text):
        return fail("the query has no words to search for", EXIT_USAGE)
    if args.limit is not None and args.limit < 1:
        return fail("--limit must be at least 1", EXIT_USAGE)
    try:
        store = open_store(args.data_dir)
    except StoreError as exc:
        return fail(str(exc), EXIT_BAD_INPUT)
    try:
        hits = store.search(text, limit=args.limit or SEARCH_LIMIT)
    finally:
        store.close()
    if args.json:
        json.dump({"query": text, "hits": [
            {"id": h.article_id, "title": h.title, "offsets": [list(s) for s in h.spans],
             "snippet": h.snippet, "snippet_marks": [list(m) for m in h.snippet_marks],
             "snippet_marked": marked(h.snippet, h.snippet_marks), "found_in": h.where}
            for h in hits]}, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for h in hits:
            print(f"{h.article_id[:12]}  {h.title}")
            print(f"    {marked(h.snippet, h.snippet_marks)}")
        if not hits:
            print("no articles found")
    return EXIT_OK
