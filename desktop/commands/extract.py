"""`chugiai extract FILE... [--json]`: people and organizations of text files; user data untouched."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from desktop.commands.common import EXIT_BAD_INPUT, EXIT_OK, fail

HELP = "list the people and organizations in text files"


def register(parser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--json", action="store_true", help="print JSON (offsets in NFC code points)")


def run(args) -> int:
    from desktop.core.entities import extract
    from desktop.core.vietnamese import normalize_body

    texts = []
    for name in args.files:
        try:
            texts.append((name, normalize_body(Path(name).read_text(encoding="utf-8-sig"))))
        except FileNotFoundError:
            return fail(f"{name}: no such file", EXIT_BAD_INPUT)
        except UnicodeDecodeError:
            return fail(f"{name}: not UTF-8 text", EXIT_BAD_INPUT)
        except OSError as exc:
            return fail(f"{name}: {exc.strerror or exc}", EXIT_BAD_INPUT)
    result = {"articles": []}
    for name, text in texts:
        entities = [{"kind": e.kind, "name": e.name, "aliases": list(e.aliases),
                     "mentions": [list(m) for m in e.mentions]} for e in extract(text)]
        result["articles"].append({"file": name, "entities": entities})
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for art in result["articles"]:
            print(art["file"])
            for e in art["entities"]:
                print(f"  {e['kind']}  {e['name']}  ({len(e['mentions'])})")
    return EXIT_OK
