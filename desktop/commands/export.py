"""`chugiai export OUT.chugiai [--article ID]… [--color C]… [--tag T]…`: share annotations."""

from __future__ import annotations

from pathlib import Path

from desktop import __version__
from desktop.commands.common import EXIT_OK, EXIT_USAGE, fail, store_for
from desktop.commands.selection import add_selection_options, selection_from_args
from desktop.core.wording import count

HELP = "write annotations (and the articles they mark) to a .chugiai bundle"


def register(parser) -> None:
    parser.add_argument("out", metavar="OUT.chugiai", help="the bundle to write")
    add_selection_options(parser)
    parser.add_argument("--author", metavar="NAME",
                        help="your name in the bundle (default: the `author` setting)")
    parser.add_argument("--no-names", action="store_true",
                        help="leave out your corrections of people and organizations "
                             "(renames, merges, not-a-name, marked names)")


def run(args) -> int:
    from desktop.core.exchange import SUFFIX, export_bundle  # not for `--help`

    out = Path(args.out)
    if out.suffix.lower() != SUFFIX:
        return fail(f"{out.name}: the bundle's name must end in {SUFFIX}", EXIT_USAGE)
    if not out.parent.is_dir():
        return fail(f"{out.parent}: no such folder", EXIT_USAGE)
    store = store_for(args.data_dir)
    author = args.author if args.author is not None else (store.setting("author") or "")
    selection = selection_from_args(store, args)
    try:
        result = export_bundle(store, out, selection, author=author, app_version=__version__,
                               names=not args.no_names)
    except OSError as exc:
        return fail(f"{out}: {exc.strerror or exc}", EXIT_USAGE)
    names = "" if result.names is None else f", {count(result.names, 'name decision')}"
    print(f"{out}: {count(result.annotations, 'annotation')}, "
          f"{count(result.tombstones, 'deletion')}, {count(result.articles, 'article')}{names}")
    return EXIT_OK
