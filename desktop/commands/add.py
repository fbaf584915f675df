"""`chugiai add PATH...`: import the user's own documents (a folder imports all it holds)."""

from __future__ import annotations

from pathlib import Path

from desktop.commands.common import EXIT_BAD_INPUT, EXIT_OK, fail, store_for
from desktop.core.documents import import_documents
from desktop.core.printable import for_terminal

HELP = "add your own documents (.txt, .md, .html, .docx, or folders of them) to the library"


def register(parser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to import")


def run(args) -> int:
    store = store_for(args.data_dir)
    try:
        outcomes, _ = import_documents(store, [Path(p) for p in args.paths])
    finally:
        store.close()
    refused = 0
    for outcome in outcomes:
        path, message = for_terminal(outcome.path), for_terminal(outcome.message)
        if outcome.status == "added":
            print(f"added      {path}  →  {for_terminal(outcome.title)}  "
                  f"({outcome.article_id[:12]})")
            if outcome.message:
                print(f"warning    {path}: {message}")
        elif outcome.status == "duplicate":
            print(f"duplicate  {path}  ({message})")
        elif outcome.status == "skipped":
            print(f"skipped    {path}  ({message})")
        else:
            refused += 1
            fail(f"{outcome.path}: refused: {outcome.message}", EXIT_BAD_INPUT)
    counts = {s: sum(o.status == s for o in outcomes) for s in ("added", "duplicate", "skipped")}
    print(f"{counts['added']} added, {counts['duplicate']} already in the library, "
          f"{counts['skipped']} skipped, {refused} refused")
    return EXIT_BAD_INPUT if refused else EXIT_OK
