"""Selectors for a highlight, and finding it again in a text that changed (DESIGN §4).

A highlight keeps three selectors: position (start, end), quote (exact) and context
(prefix, suffix). Re-anchoring tries, in order: the exact position; the quote nearest the old
position with context breaking ties; a fuzzy match of the quote within a bounded edit distance;
otherwise the highlight is orphaned — kept and listed, never dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

CONTEXT_CHARS = 32  # characters of prefix and suffix stored with each highlight

# Scoring weights for choosing among several exact occurrences of the quote.
CONTEXT_WEIGHT = 1.0  # per character of prefix/suffix that still matches
DISTANCE_WEIGHT = 0.02  # per character the candidate moved from the old position

# Fuzzy matching: how many edits a quote may have per character before it is not "the same".
MAX_ERROR_RATE = 0.25
FUZZY_MAX_QUOTE = 400  # longer quotes are matched on their two ends instead


@dataclass(frozen=True)
class Selector:
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


@dataclass(frozen=True)
class Anchor:
    """Where a highlight sits now; status is exact, moved, fuzzy or orphaned."""

    start: int
    end: int
    status: str

    @property
    def orphaned(self) -> bool:
        return self.status == "orphaned"


def describe(text: str, start: int, end: int) -> Selector:
    """Selectors for text[start:end], with the context on either side."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"range {start}–{end} is outside a text of {len(text)} characters")
    return Selector(start, end, text[start:end],
                    text[max(0, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS])


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    return n


def _context_score(text: str, start: int, end: int, sel: Selector) -> float:
    before = text[max(0, start - len(sel.prefix)):start]
    after = text[end:end + len(sel.suffix)]
    return _common_suffix(before, sel.prefix) + _common_prefix(after, sel.suffix)


def match_quote(text: str, sel: Selector) -> tuple[int, int] | None:
    """The exact occurrence of the quote that best fits the context and the old position."""
    if not sel.exact:
        return None
    best, best_score = None, float("-inf")
    at = text.find(sel.exact)
    while at != -1:
        end = at + len(sel.exact)
        score = (CONTEXT_WEIGHT * _context_score(text, at, end, sel)
                 - DISTANCE_WEIGHT * abs(at - sel.start))
        if score > best_score:
            best, best_score = (at, end), score
        at = text.find(sel.exact, at + 1)
    return best


def _fuzzy_find(text: str, pattern: str, max_errors: int) -> tuple[int, int, int] | None:
    """Best approximate occurrence of pattern in text (Sellers' algorithm): (start, end, errors)."""
    m = len(pattern)
    if m == 0:
        return None
    # prev[i] = edit distance of pattern[:i] against the best text substring ending here;
    # starts[i] = where that substring starts.
    prev = list(range(m + 1))
    starts = [0] * (m + 1)
    best = None
    for j, ch in enumerate(text, start=1):
        cur = [0] * (m + 1)
        cur_starts = [j] * (m + 1)
        for i in range(1, m + 1):
            sub = prev[i - 1] + (pattern[i - 1] != ch)
            ins = prev[i] + 1
            dele = cur[i - 1] + 1
            if sub <= ins and sub <= dele:
                cur[i], cur_starts[i] = sub, starts[i - 1]
            elif ins <= dele:
                cur[i], cur_starts[i] = ins, starts[i]
            else:
                cur[i], cur_starts[i] = dele, cur_starts[i - 1]
        if cur[m] <= max_errors and (best is None or cur[m] < best[2]):
            best = (cur_starts[m], j, cur[m])
        prev, starts = cur, cur_starts
    return best


def _fuzzy_anchor(text: str, sel: Selector) -> tuple[int, int] | None:
    quote = sel.exact
    if len(quote) <= FUZZY_MAX_QUOTE:
        found = _fuzzy_find(text, quote, int(len(quote) * MAX_ERROR_RATE))
        return (found[0], found[1]) if found else None
    # A long quote: find its head and its tail fuzzily and take what lies between.
    half = FUZZY_MAX_QUOTE // 2
    head = _fuzzy_find(text, quote[:half], int(half * MAX_ERROR_RATE))
    tail = _fuzzy_find(text, quote[-half:], int(half * MAX_ERROR_RATE))
    if head and tail and head[0] < tail[1]:
        span = tail[1] - head[0]
        if abs(span - len(quote)) <= len(quote) * MAX_ERROR_RATE:
            return head[0], tail[1]
    return None


def anchor(text: str, sel: Selector) -> Anchor:
    """Find a highlight's place in `text`; never loses it (orphaned when nothing fits)."""
    if 0 <= sel.start < sel.end <= len(text) and text[sel.start:sel.end] == sel.exact:
        return Anchor(sel.start, sel.end, "exact")
    found = match_quote(text, sel)
    if found:
        return Anchor(found[0], found[1], "moved")
    found = _fuzzy_anchor(text, sel)
    if found:
        return Anchor(found[0], found[1], "fuzzy")
    return Anchor(sel.start, sel.end, "orphaned")
