"""`chugiai report --format html|md|csv|qdpx OUT`: a readable report of the annotations."""

from __future__ import annotations

from desktop.cli import EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, fail, open_store

HELP = "write a readable report of the annotations (html, md, csv, or a REFI-QDA .qdpx)"


def register(parser) -> None:
    from desktop.core.models import COLORS

    parser.add_argument("out", metavar="OUT")
    parser.add_argument("--format", choices=("html", "md", "csv", "qdpx"),
                        help="the report's format (default: from OUT's suffix)")
    parser.add_argument("--article", action="append", metavar="ID",
                        help="only this article (repeat for more)")
    parser.add_argument("--color", action="append", choices=COLORS)
    parser.add_argument("--tag", action="append", metavar="TAG")


def run(args) -> int:
    from pathlib import Path

    from desktop import __version__
    from desktop.core.exchange import Selection
    from desktop.core.exchange.bundle import write_atomically
    from desktop.core.exchange.exporting import resolve_article_ids
    from desktop.core.exchange.reports import FORMATS, collect_report, render
    from desktop.core.store import StoreError

    out = Path(args.out)
    fmt = args.format or out.suffix.lower().lstrip(".").replace("markdown", "md")
    if fmt not in FORMATS:
        return fail(f"say which format with --format ({', '.join(FORMATS)})", EXIT_USAGE)
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
    groups = collect_report(store, Selection(
        article_ids=ids, colors=tuple(args.color) if args.color else None,
        tags=tuple(args.tag) if args.tag else None))
    data = render(fmt, groups, author=store.setting("author") or "", app=f"Chú Giải {__version__}")
    try:
        write_atomically(out, data)
    except OSError as exc:
        return fail(f"{out}: {exc.strerror or exc}", EXIT_USAGE)
    print(f"{out}: {sum(len(g.annotations) for g in groups)} annotations in {len(groups)} articles")
    return EXIT_OK
