"""Command line: the options every entry shares, and the headless sub-commands (no Qt here)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop import __version__

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_BAD_INPUT = 3

PLANNED = {
    "export": "write annotations to a .chugiai bundle",
    "import": "merge a .chugiai bundle into the library",
    "report": "write a readable report (html, md, csv)",
    "add": "add your own documents to the library",
    "search": "full-text search of the library",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="chugiai",
        description="Chú Giải — offline reader and annotator for Vietnamese articles. "
                    "Without a sub-command it opens the window.")
    parser.add_argument("--version", action="version", version=f"chugiai {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="data folder to use (default: CHUGIAI_DATA_DIR, else the per-user "
                             "data folder)")
    parser.add_argument("--lang", choices=("vi", "en"), help="interface language (default vi)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("extract", help="list the people and organizations in text files")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print JSON (offsets in NFC code points)")

    p = sub.add_parser("list", help="list the articles in the library")
    p.add_argument("--json", action="store_true")

    for name, text in PLANNED.items():
        p = sub.add_parser(name, help=f"{text} (not in this version yet)")
        p.add_argument("args", nargs=argparse.REMAINDER)
    return parser


def _fail(message: str, code: int) -> int:
    print(f"chugiai: {message}", file=sys.stderr)
    return code


def cmd_extract(args: argparse.Namespace) -> int:
    """Extract from files given on the command line; the user's data is not touched."""
    from desktop.core.entities import extract
    from desktop.core.vietnamese import normalize_body

    texts = []
    for name in args.files:
        try:
            texts.append((name, normalize_body(Path(name).read_text(encoding="utf-8-sig"))))
        except FileNotFoundError:
            return _fail(f"{name}: no such file", EXIT_BAD_INPUT)
        except UnicodeDecodeError:
            return _fail(f"{name}: not UTF-8 text", EXIT_BAD_INPUT)
        except OSError as exc:
            return _fail(f"{name}: {exc.strerror or exc}", EXIT_BAD_INPUT)
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


def cmd_list(args: argparse.Namespace) -> int:
    from desktop.core.store import StoreError

    try:
        store = open_store(args.data_dir)
    except StoreError as exc:
        return _fail(str(exc), EXIT_BAD_INPUT)
    rows = store.article_summaries()
    if args.json:
        json.dump([{"id": r.id, "title": r.title, "source": r.source, "origin": r.origin,
                    "annotations": r.annotation_count} for r in rows],
                  sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for r in rows:
            print(f"{r.id[:12]}  {r.annotation_count:4d}  {r.title}")
    return EXIT_OK


def open_store(data_dir: str | None = None):
    """Open the user's store and load the bundled corpus on a data folder's first use."""
    from desktop import paths
    from desktop.core.corpus import load_bundled
    from desktop.core.store import Store

    store = Store(paths.database_path(data_dir))
    load_bundled(store, paths.corpus_dir())
    return store


COMMANDS = {"extract": cmd_extract, "list": cmd_list}


def run(args: argparse.Namespace) -> int:
    command = COMMANDS.get(args.command)
    if command is None:
        return _fail(f"'{args.command}' is not available in this version yet", EXIT_USAGE)
    return command(args)
