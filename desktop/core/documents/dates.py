"""A page's date as Vietnamese news write it: "ngày 28 tháng 3 năm 2026", "28/3/2026",
"Thứ bảy, 28/3/2026, 10:05 (GMT+7)", "28-03-2026" — day first, always a whole date.

A year alone, or a month and a year, is not a date: it is left empty, never guessed to the
first of January or of the month.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

_WORDS = re.compile(  # "ngày 28 tháng 3 năm 2026", "28 tháng 03, 2026"
    r"(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*,\s*|\s+năm\s+)(\d{4})(?!\d)", re.IGNORECASE)
_NUMBERS = re.compile(  # "28/3/2026", "28-03-2026", "28.03.2026": day first
    r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)(?![/.-]\d)")
_YEAR_FIRST = re.compile(  # "2026-03-28T10:05", "/2026/03/28/" in a link
    r"(?<!\d)(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?!\d)(?![/.-]\d)")


def whole_dates(text: str) -> list[str]:
    """Every whole date written in `text`, as ISO "YYYY-MM-DD", in the order written."""
    text = unicodedata.normalize("NFC", text)
    found = [(m.start(), _iso(m[3], m[2], m[1])) for m in _WORDS.finditer(text)]
    found += [(m.start(), _iso(m[4], m[3], m[1])) for m in _NUMBERS.finditer(text)]
    found += [(m.start(), _iso(m[1], m[3], m[4])) for m in _YEAR_FIRST.finditer(text)]
    return [iso for _, iso in sorted(found) if iso]


def read_date(text: str) -> str:
    """The first whole date written in `text`, or "" when there is none."""
    return next(iter(whole_dates(text)), "")


def _iso(year: str, month: str, day: str) -> str:
    """The date in ISO form, or "" when no calendar has it (31/2, month 13)."""
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return ""
