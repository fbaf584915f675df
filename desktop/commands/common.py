"""What every sub-command shares: exit codes, the one-line refusal, opening the user's store.

Below `desktop.cli`, which imports the commands: a command never imports the command line.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.store import Store

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_BAD_INPUT = 3
# after a fault: the step that failed wrote nothing (one transaction), earlier steps stay
NOT_SAVED = "the step that failed was not saved; what was saved before it is kept"


def fail(message: str, code: int) -> int:
    """Print a one-line reason on stderr and return the exit code."""
    from desktop.core.printable import for_terminal  # light; only when a command refuses

    print(f"chugiai: {for_terminal(message)}", file=sys.stderr)
    return code


def open_store(data_dir: str | None = None, *, check_before_write: bool = False) -> Store:
    """Open the user's store and load the bundled corpus on a data folder's first use."""
    # platformdirs, the store and the corpus: not for `--help`
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


def store_for(data_dir: str | None) -> Store:
    """`open_store`, or a Refusal (exit 3) that says why the data file cannot be opened. The
    whole file is checked before a command's first write: nothing is written into damage."""
    from desktop.core.store import StoreError  # as in open_store

    try:
        return open_store(data_dir, check_before_write=True)
    except StoreError as exc:
        raise Refusal(str(exc), EXIT_BAD_INPUT) from exc
