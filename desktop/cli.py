"""Command line: the options every entry shares, and the headless sub-commands (no Qt here).

Each sub-command is a module in `desktop/commands/` with `HELP`, `register(parser)` and
`run(args) -> int`, listed in `command_modules()` below; its heavy imports stay inside `run`, so that
`--help` is quick.
"""

from __future__ import annotations

import argparse
from types import ModuleType

from desktop import __version__
from desktop.commands.common import EXIT_BAD_INPUT, NOT_SAVED, Refusal, fail, open_store

__all__ = ["build_parser", "command_modules", "open_store", "parse_args", "run", "window_args"]


def command_modules() -> dict[str, ModuleType]:
    """Every sub-command → its module, in the order --help lists them."""
    # imported when a command line names a sub-command or asks for help: loading the command
    # modules would cost the window's start ~8 ms (python -X importtime)
    from desktop.commands import (
        add,
        export,
        extract,
        import_bundle,
        list_articles,
        report,
        search,
        server,
        sync,
    )

    return {
        "extract": extract,
        "list": list_articles,
        "export": export,
        "import": import_bundle,
        "report": report,
        "add": add,
        "search": search,
        "sync": sync,
        "server": server,
    }


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; `commands=False` leaves out the sub-commands (their parsers
    are not needed to start the window)."""
    parser = argparse.ArgumentParser(
        prog="chugiai",
        description="Chú Giải — offline reader and annotator for Vietnamese articles. "
                    "Without a sub-command it opens the window.")
    parser.add_argument("--version", action="version", version=f"chugiai {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="data folder to use (default: CHUGIAI_DATA_DIR, else the per-user "
                             "data folder)")
    parser.add_argument("--lang", choices=("vi", "en"), help="interface language (default vi)")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation in a temporary data folder (user data "
                             "untouched), print one line per step; exit 0 if all passed")
    parser.add_argument("--probe-platform", action="store_true", help=argparse.SUPPRESS)
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, command in command_modules().items():
        command.register(sub.add_parser(name, help=command.HELP, description=command.HELP))
    return parser


def window_args(argv: list[str]) -> argparse.Namespace | None:
    """The options of a start that names no sub-command and asks no help (the window's start),
    parsed without the sub-commands; None for any other command line."""
    if any(a in ("-h", "--help") for a in argv):
        return None
    short = build_parser(commands=False)
    short.exit_on_error = False
    try:
        args, rest = short.parse_known_args(argv)
    except argparse.ArgumentError:
        return None  # the whole parser says what is wrong, with its full usage line
    return None if rest else args


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Parse the command line. Anything the window's short parser does not know goes to the
    whole one, so help, errors and sub-commands read exactly the same."""
    return window_args(argv) or build_parser().parse_args(argv)


def run(args: argparse.Namespace) -> int:
    """Run a sub-command; a refusal or a fault of the data file or the disk (damage, a full
    disk, another program's lock) ends it with one line and exit 3, never a traceback."""
    # sqlite3 and the store: when a command runs, not for `--help`
    import sqlite3

    from desktop.core.store import StoreError
    from desktop.core.store.base import fault_kind, schema_damage, store_error

    try:
        return command_modules()[args.command].run(args)
    except Refusal as exc:
        return fail(str(exc), exc.code)
    except StoreError as exc:
        return fail(f"{exc}; {NOT_SAVED}", EXIT_BAD_INPUT)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # a fault met reading rows
        damaged = schema_damage(exc)
        if fault_kind(exc) is None and damaged is None:
            raise
        return fail(f"{damaged or store_error(exc)}; {NOT_SAVED}", EXIT_BAD_INPUT)
