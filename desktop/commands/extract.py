"""`chugiai extract FILE... [--json]`: people and organizations of documents; user data untouched.

Files are read by the same readers as `chugiai add` (.txt, .md, .html, .docx: page menus and
footers removed, legacy encodings repaired), and the body is normalized as the library stores
it, so offsets are those of the article the reader would show. A file that cannot be read gets a
one-line error on stderr; every other file is still extracted, and the exit code says some failed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from desktop import paths
from desktop.commands.common import EXIT_BAD_INPUT, EXIT_OK, fail
from desktop.core.documents import DocumentError, read_document
from desktop.core.entities import extract  # light: underthesea loads on the first call
from desktop.core.printable import for_terminal
from desktop.core.vietnamese import normalize_body

HELP = "list the people and organizations in documents (.txt, .md, .html, .docx)"


def register(parser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--json", action="store_true", help="print JSON (offsets in NFC code points)")


def _body(path: Path) -> str:
    """The article body the library would store for this file (raises DocumentError)."""
    return normalize_body(read_document(path).body)


def _entities(body: str) -> list[dict]:
    return [{"kind": e.kind, "name": e.name, "aliases": list(e.aliases),
             "mentions": [list(m) for m in e.mentions]}
            for e in extract(body, resources=paths.resource_dir())]


def run(args) -> int:
    result: dict = {"articles": []}
    failed = 0
    for name in args.files:
        try:
            body = _body(Path(name))
        except DocumentError as exc:
            failed += 1
            fail(f"{name}: {exc}", EXIT_BAD_INPUT)
            continue
        result["articles"].append({"file": name, "entities": _entities(body)})
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for art in result["articles"]:
            print(for_terminal(art["file"]))
            for e in art["entities"]:
                print(f"  {e['kind']}  {for_terminal(e['name'])}  ({len(e['mentions'])})")
    return EXIT_BAD_INPUT if failed else EXIT_OK
