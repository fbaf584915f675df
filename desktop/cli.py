"""Command line: the options every entry shares, and the headless sub-commands (no Qt here).

Each sub-command is a module in `desktop/commands/` with `register(subparsers)` and
`run(args) -> int`; heavy imports stay inside `run`, so `--help` and the window start fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from desktop import __version__

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_BAD_INPUT = 3
# after a fault: the step that failed wrote nothing (one transaction), earlier steps stay
NOT_SAVED = "the step that failed was not saved; what was saved before it is kept"

# sub-command → module in desktop/commands/, in the order --help lists them
COMMANDS = {
    "extract": "extract",
    "list": "list_articles",
    "export": "export",
    "import": "import_bundle",
    "report": "report",
    "add": "add",
    "search": "search",
}


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; `commands=False` leaves out the sub-commands (importing each
    command module costs ~20 ms, which the window's start does not need)."""
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
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module in COMMANDS.items():
        command = _module(module)
        command.register(sub.add_parser(name, help=command.HELP, description=command.HELP))
    return parser


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Parse the command line; without a sub-command (the window's start) the command modules
    are not imported. Anything the short parser does not know goes to the whole one, so help,
    errors and sub-commands read exactly the same."""
    if not any(a in COMMANDS or a in ("-h", "--help") for a in argv):
        short = build_parser(commands=False)
        short.exit_on_error = False
        try:
            args, rest = short.parse_known_args(argv)
        except argparse.ArgumentError:
            rest = argv  # the whole parser says what is wrong, with its full usage line
        if not rest:
            return args
    return build_parser().parse_args(argv)


def _module(name: str):
    return importlib.import_module(f"desktop.commands.{name}")


def fail(message: str, code: int) -> int:
    """Print a one-line reason on stderr and return the exit code."""
    print(f"chugiai: {message}", file=sys.stderr)
    return code


def open_store(data_dir: str | None = None, *, check_before_write: bool = False):
    """Open the user's store and load the bundled corpus on a data folder's first use."""
    from desktop import paths
    from desktop.core.corpus import load_bundled
    from desktop.core.store import Store

    store = Store(paths.database_path(data_dir), check_before_write=check_before_write)
    load_bundled(store, paths.corpus_dir())
    return store


class Refusal(Exception):
    """A command stops with a one-line reason and an exit code (see `fail`)."""

    def __init__(self, message: str, code: int):
        super().__init__(message)
        self.code = code


def store_for(data_dir: str | None):
    """`open_store`, or a Refusal (exit 3) that says why the data file cannot be opened. The
    whole file is checked before a command's first write: nothing is written into damage."""
    from desktop.core.store import StoreError

    try:
        return open_store(data_dir, check_before_write=True)
    except StoreError as exc:
        raise Refusal(str(exc), EXIT_BAD_INPUT) from exc


def run(args: argparse.Namespace) -> int:
    """Run a sub-command; a refusal or a fault of the data file or the disk (damage, a full
    disk, another program's lock) ends it with one line and exit 3, never a traceback."""
    import sqlite3

    from desktop.core.store import StoreError
    from desktop.core.store.base import fault_kind, store_error

    try:
        return _module(COMMANDS[args.command]).run(args)
    except Refusal as exc:
        return fail(str(exc), exc.code)
    except StoreError as exc:
        return fail(f"{exc}; {NOT_SAVED}", EXIT_BAD_INPUT)
    except sqlite3.DatabaseError as exc:  # a fault met while rows were read
        if fault_kind(exc) is None:
            raise
        return fail(f"{store_error(exc)}; {NOT_SAVED}", EXIT_BAD_INPUT)
