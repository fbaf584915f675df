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


# Characters never written to a terminal as they are: C0/C1 controls (escape sequences clear
# the screen, set the title, write the clipboard), and bidi/format controls that reorder or hide
# what follows. Tabs stay; any other control becomes a visible "\x.." escape.
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                           "\u2066\u2067\u2068\u2069")


def terminal_safe(text: object) -> str:
    """Text (a title, an author, a file name) safe to print on one terminal line: controls and
    undecodable bytes of file names shown as escapes, never sent to the terminal."""
    text = str(text)
    if text.isprintable() and text.isascii():
        return text
    out = []
    for ch in text:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8
            out.append(f"\\x{code - 0xDC00:02x}")
        elif 0xD800 <= code <= 0xDFFF:  # a lone surrogate: cannot be written as UTF-8
            out.append("\ufffd")
        elif ch == "\t" or ch == " " or (ch.isprintable() and ch not in _BIDI_CONTROLS):
            out.append(ch)
        else:
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
    return "".join(out)


def fail(message: str, code: int) -> int:
    """Print a one-line reason on stderr and return the exit code."""
    print(f"chugiai: {terminal_safe(message)}", file=sys.stderr)
    return code


def open_store(data_dir: str | None = None) -> Store:
    """Open the user's store and load the bundled corpus on a data folder's first use."""
    # platformdirs, the store and the corpus: not for `--help`
    from desktop import paths
    from desktop.core.corpus import load_bundled
    from desktop.core.store import Store

    store = Store(paths.database_path(data_dir))
    load_bundled(store, paths.corpus_dir())
    return store


class Refusal(Exception):
    """A command stops with a one-line reason and an exit code (see `fail`)."""

    def __init__(self, message: str, code: int):
        super().__init__(message)
        self.code = code


def store_for(data_dir: str | None) -> Store:
    """`open_store`, or a Refusal (exit 3) that says why the data file cannot be opened."""
    from desktop.core.store import StoreError  # as in open_store

    try:
        return open_store(data_dir)
    except StoreError as exc:
        raise Refusal(str(exc), EXIT_BAD_INPUT) from exc
