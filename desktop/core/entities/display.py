"""How the sidebar shows a found name: the whole name, and the acronym the text defines for it."""

from __future__ import annotations

import re

# "(UN Women)", "(WTO)": a short bracketed form right after a name defines its acronym.
_BRACKET = re.compile(r"\s*\(\s*([^()\n]{2,24}?)\s*\)")


def defined_acronym(body: str, mentions: tuple[tuple[int, int], ...]) -> str:
    """The bracketed short form the text gives right after one of these mentions, or ""."""
    spans = set(mentions)
    for start, end in sorted(mentions, key=lambda m: m[0] - m[1]):  # longest mention first
        m = _BRACKET.match(body, end)
        if m is None:
            continue
        inner = (m.start(1), m.end(1))
        if inner in spans and inner != (start, end) and len(m.group(1)) < end - start:
            return m.group(1)
    return ""


def hover_text(name: str, body: str, mentions: tuple[tuple[int, int], ...]) -> str:
    """The whole name, and its acronym when the text defines one: "… (UN Women)"."""
    acronym = defined_acronym(body, mentions)
    return f"{name} ({acronym})" if acronym and acronym != name else name
