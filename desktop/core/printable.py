"""Text from outside (a bundle's author, a title) made safe to print on a terminal."""

from __future__ import annotations

import re

# C0 and C1 controls (escape sequences, bells, carriage returns that overwrite a line), the
# bidirectional overrides and isolates (text shown in another order than it is), and lone
# surrogates (which cannot be encoded for output at all).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _visible(match: re.Match) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def for_terminal(text: str) -> str:
    """The text on one line with every control character shown as an escape (`\\x1b`), so
    that nothing in it can move the cursor, clear the screen or write the clipboard."""
    return _UNSAFE.sub(_visible, str(text))
