"""`chugiai report --format html|md|csv|qdpx OUT`: a readable report of the annotations."""

from __future__ import annotations

from desktop.commands.common import EXIT_OK, EXIT_USAGE, fail, store_for
from desktop.commands.selection import add_selection_options, selection_from_args

HELP = "write a readable report of the annotations (html, md, csv, or a REFI-QDA .qdpx)"


def register(parser) -> None:
    parser.add_argument("out", metavar="OUT")
    parser.add_argument("--format", choices=("html", "md", "csv", "qdpx"),
                        help="the report's format (default: from OUT's suffix)")
    add_selection_options(parser)

def run(args) -> int:
    from pathlib import Path

    from desktop import __version__
    from desktop.core.exchange.bundle import write_atomically
    from desktop.core.exchange.reports import FORMATS, collect_report, render

    out = Path(args.out)
    fmt = args.format or out.suffix.lower().lstrip(".").replace("markdown", "md")
    if fmt not in FORMATS:
        return fail(f"say which format with --format ({', '.join(FORMATS)})", EXIT_USAGE)
    if not out.parent.is_dir():
        return fail(f"{out.parent}: no such folder", EXIT_USAGE)
    store = store_for(args.data_dir)
    groups = collect_report(store, selection_from_args(store, args))
    data = render(fmt, groups, author=store.setting("author") or "", app=f"Chú Giải {__version__}")
    try:
        write_atomically(out, data)
    except OSError as exc:
        return fail(f"{out}: {exc.strerror or exc}", EXIT_USAGE)
    print(f"{out}: {sum(len(g.annotations) for g in groups)} annotations in {len(groups)} articles")
    return EXIT_OK
