"""`chugiai report --format html|md|csv|qdpx|qdc|codebook-csv OUT`: a readable report of the
annotations, a REFI-QDA project, or the tags as a codebook."""

from __future__ import annotations

from pathlib import Path

from desktop import __version__
from desktop.commands.common import EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, fail, store_for
from desktop.commands.selection import add_selection_options, selection_from_args
from desktop.core.wording import count

HELP = ("write a readable report of the annotations (html, md, csv), a REFI-QDA project (qdpx), "
        "or the tags as a codebook (qdc, codebook-csv)")
FORMATS = ("html", "md", "csv", "qdpx", "qdc", "codebook-csv")


def register(parser) -> None:
    parser.add_argument("out", metavar="OUT")
    parser.add_argument("--format", choices=FORMATS,
                        help="the report's format (default: from OUT's suffix)")
    add_selection_options(parser)


def run(args) -> int:
    # the exchange code: not for --help
    from desktop.core.exchange.bundle import write_atomically
    from desktop.core.exchange.reports import collect_report, render

    out = Path(args.out)
    fmt = args.format or out.suffix.lower().lstrip(".").replace("markdown", "md")
    if fmt not in FORMATS:
        return fail(f"say which format with --format ({', '.join(FORMATS)})", EXIT_USAGE)
    if not out.parent.is_dir():
        return fail(f"{out.parent}: no such folder", EXIT_USAGE)
    store = store_for(args.data_dir)
    groups = collect_report(store, selection_from_args(store, args))
    try:
        data = render(fmt, groups, author=store.setting("author") or "",
                      app=f"Chú Giải {__version__}", locale=args.lang or "vi")
    except ValueError as exc:  # e.g. a REFI-QDA file that could not be written correctly
        return fail(f"{out}: not written: {exc}", EXIT_BAD_INPUT)
    try:
        write_atomically(out, data)
    except OSError as exc:
        return fail(f"{out}: {exc.strerror or exc}", EXIT_USAGE)
    if fmt in ("qdc", "codebook-csv"):
        tags = len({t for g in groups for a in g.annotations for t in a.tags})
        print(f"{out}: {count(tags, 'tag')}")
        return EXIT_OK
    print(f"{out}: {count(sum(len(g.annotations) for g in groups), 'annotation')} in "
          f"{count(len(groups), 'article')}")
    return EXIT_OK
