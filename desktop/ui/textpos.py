"""Code points (the store's offsets) ↔ UTF-16 units (QTextCursor's), converted at the UI edge."""

from __future__ import annotations

import bisect
import re

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class OffsetMap:
    """Converts offsets for one text; free when the text has no characters outside the BMP."""

    def __init__(self, text: str):
        # Code-point offsets of the characters that take two UTF-16 units (found by the regex
        # engine: a Python loop over a long article is many times slower).
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_utf16 = [i + n for n, i in enumerate(self._astral)]

    def to_utf16(self, offset: int) -> int:
        if not self._astral:
            return offset
        return offset + bisect.bisect_left(self._astral, offset)

    def from_utf16(self, position: int) -> int:
        if not self._astral:
            return position
        return position - bisect.bisect_left(self._astral_utf16, position)
