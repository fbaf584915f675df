"""The --article/--color/--tag options that export and report share, and what they select."""

from __future__ import annotations

from desktop.commands.common import EXIT_USAGE, Refusal
from desktop.core.models import COLORS


def add_selection_options(parser, *, what: str = "annotations") -> None:
    parser.add_argument("--article", action="append", metavar="ID",
                        help=f"only this article's {what} (an id or its start, as `list` "
                             "shows; repeat for more)")
    parser.add_argument("--color", action="append", choices=COLORS,
                        help="only highlights of this colour (repeat for more)")
    parser.add_argument("--tag", action="append", metavar="TAG",
                        help=f"only {what} with this tag (repeat for more)")


def selection_from_args(store, args):
    """A core `Selection` from the options; an unknown article id is refused (exit 2)."""
    # the exchange package: not for `--help`
    from desktop.core.exchange import Selection
    from desktop.core.exchange.exporting import resolve_article_ids

    try:
        ids = resolve_article_ids(store, args.article) if args.article else None
    except ValueError as exc:
        raise Refusal(str(exc), EXIT_USAGE) from exc
    return Selection(article_ids=ids, colors=tuple(args.color) if args.color else None,
                     tags=tuple(args.tag) if args.tag else None)
