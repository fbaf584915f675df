"""Token alignment: underthesea's tokens back to code-point offsets in the sentence.

underthesea re-spells tokens ("Hoà" comes back as "Hòa", "Thụy Sỹ" as "Thụy Sĩ"), so
alignment runs on a folded copy and skips white space.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..vietnamese import fold, nfc

# How far past the expected position a token that was not found in place is looked for.
REALIGN_WINDOW = 60


def _match_fold(s: str) -> str:
    return fold(s).replace("y", "i")


def _match_at(hay: str, pos: int, needle: list[str]) -> tuple[int, int] | None:
    n = len(hay)
    while pos < n and hay[pos].isspace():
        pos += 1
    start = pos
    for c in needle:
        while pos < n and hay[pos].isspace():
            pos += 1
        if pos >= n or hay[pos] != c:
            return None
        pos += 1
    return (start, pos)


def align_tokens(sentence: str, tokens: Iterable[str]) -> list[tuple[int, int] | None]:
    """Offsets of each token in `sentence`, found in order; None for a token not found."""
    hay = _match_fold(sentence)
    pos = 0
    out: list[tuple[int, int] | None] = []
    for tok in tokens:
        needle = [c for c in _match_fold(nfc(tok).replace("_", " ")) if not c.isspace()]
        if not needle:
            out.append(None)
            continue
        span = _match_at(hay, pos, needle)
        if span is None:
            for p in range(pos + 1, min(len(hay), pos + REALIGN_WINDOW)):
                span = _match_at(hay, p, needle)
                if span is not None:
                    break
        out.append(span)
        if span is not None:
            pos = span[1]
    return out
