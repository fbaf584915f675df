"""`chugiai export OUT.chugiai [--article ID]… [--color C]… [--tag T]…`: share annotations."""

from __future__ import annotations

from desktop.cli import EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, fail, open_store

HELP = "write annotations (and the articles they mark) to a .chugiai bundle"


def register(parser) -> None:
    from desktop.core.models import COLORS

    parser.add_argument("out", metavar="OUT.chugiai", help="the bundle to write")
    parser.add_argument("--article", action="append", metavar="ID",
                        help="only this article's annotations (an id or its start, as `list` "
                             "shows; repeat for more)")
    parser.add_argument("--color", action="append", choices=COLORS,
                        help="only highlights of this colour (repeat for more)")
    parser.add_argument("--tag", action="append", metavar="TAG",
                        help="only annotations with this tag (repeat for more)")
    parser.add_argument("--author", metavar="NAME",
                        help="your name in the bundle (default: the `author` setting)")


def run(args) -> int:
    from pathlib import Path

    from desktop import __version__
    from desktop.core.exchange import SUFFIX, Selection, export_bundle
    from desktop.core.exchange.exporting import resolve_article_ids
    from desktop.core.store import StoreError

    out = Path(args.out)
    if out.suffix.lower() != SUFFIX:
        return fail(f"{out.name}: the bundle's name must end in {SUFFIX}", EXIT_USAGE)
    if not out.parent.is_dir():
        return fail(f"{out.parent}: no such folder", EXIT_USAGE)
    try:
        store = open_store(args.data_dir)
    except StoreError as exc:
        return fail(str(exc), EXIT_BAD_INPUT)
    try:
        ids = resolve_article_ids(store, args.article) if args.article else None
    except ValueError as exc:
        return fail(str(exc), EXIT_USAGE)
    author = args.author if args.author is not None else (store.setting("author") or "")
    selection = Selection(article_ids=ids, colors=tuple(args.color) if args.color else None,
                          tags=tuple(args.tag) if args.tag else None)
    try:
        result = export_bundle(store, out, selection, author=author, app_version=__version__)
    except OSError as exc:
        return fail(f"{out}: {exc.strerror or exc}", EXIT_USAGE)
    print(f"{out}: {result.annotations} annotations, {result.tombstones} deletions, "
          f"{result.articles} articles")
    return EXIT_OK
