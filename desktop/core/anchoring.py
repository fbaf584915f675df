"""Selectors for a highlight, and finding it again in a text that changed (DESIGN §4).

A highlight keeps three selectors: position (start, end), quote (exact) and context
(prefix, suffix). Re-anchoring tries, in order: the exact position; the quote nearest the old
position with context breaking ties; a fuzzy match of the quote within a bounded edit distance;
otherwise the highlight is orphaned — kept and listed, never dropped.

The work is bounded: exact occurrences are scored only where one could still win, the fuzzy
search looks only near the old position (bit-parallel, Myers 1999), and an `AnchorBudget`
shared by all the highlights of one import caps the fuzzy work of the whole import and lets
the caller stop it (`should_stop`). A highlight the budget does not reach is orphaned.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

CONTEXT_CHARS = 32  # characters of prefix and suffix stored with each highlight

# Scoring weights for choosing among several exact occurrences of the quote.
CONTEXT_WEIGHT = 1.0  # per character of prefix/suffix that still matches
DISTANCE_WEIGHT = 0.02  # per character the candidate moved from the old position

# Fuzzy matching: how many edits a quote may have per character before it is not "the same".
MAX_ERROR_RATE = 0.25
FUZZY_MAX_QUOTE = 400  # longer quotes are matched on their two ends instead

# Bounds on the work of re-anchoring (a bundle is untrusted input: its quotes may be nowhere).
# The best exact occurrence lies within this distance beyond the nearest one: farther ones lose
# more to the distance than the whole context can give back.
EXACT_REACH = int(2 * CONTEXT_CHARS * CONTEXT_WEIGHT / DISTANCE_WEIGHT) + 1
# Fuzzy search looks this far before and after the old position. (A bundle's article has the
# same text as the local one — its id is the text's hash — so fuzzy matching serves only
# highlights made on another version of a text.)
FUZZY_WINDOW_CHARS = 1_000
# Characters one import may scan fuzzily in all (~2–4 µs each: about a second), then gives up.
IMPORT_FUZZY_CHARS = 400_000
STOP_CHECK_CHARS = 4_096  # how often (in characters scanned) `should_stop` is asked


class AnchoringStopped(Exception):
    """The caller's `should_stop` said stop (the user cancelled the import)."""


@dataclass
class AnchorBudget:
    """Fuzzy-search work left for one import, and the caller's way to stop it; share one
    across all the highlights of the import."""

    chars: int = IMPORT_FUZZY_CHARS
    should_stop: Callable[[], bool] | None = field(default=None, repr=False)

    def spend(self, chars: int) -> bool:
        """Take `chars` of scanning from the budget; False (nothing taken) when too little is left."""
        if self.should_stop is not None and self.should_stop():
            raise AnchoringStopped()
        if chars > self.chars:
            self.chars = 0
            return False
        self.chars -= chars
        return True

    def check(self) -> None:
        if self.should_stop is not None and self.should_stop():
            raise AnchoringStopped()


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
    old = min(max(sel.start, 0), len(text))
    after = text.find(sel.exact, old)
    before = text.rfind(sel.exact, 0, old + len(sel.exact) - 1) if old else -1
    nearest = min((abs(at - old) for at in (after, before) if at != -1), default=None)
    if nearest is None:
        return None
    # only occurrences that could still beat the nearest one are scored
    lo = max(0, old - nearest - EXACT_REACH)
    hi = old + nearest + EXACT_REACH + len(sel.exact)
    best, best_score = None, float("-inf")
    at = text.find(sel.exact, lo, hi)
    while at != -1:
        end = at + len(sel.exact)
        score = (CONTEXT_WEIGHT * _context_score(text, at, end, sel)
                 - DISTANCE_WEIGHT * abs(at - sel.start))
        if score > best_score:
            best, best_score = (at, end), score
        at = text.find(sel.exact, at + 1, hi)
    return best


def _myers(text: str, pattern: str, lo: int, hi: int, *, anchored: bool,
           budget: AnchorBudget) -> tuple[int, list[int]]:
    """(fewest edits, the positions where they end) of `pattern` against substrings of
    text[lo:hi] (bit-parallel, Myers 1999); with `anchored`, substrings all start at `lo`."""
    m = len(pattern)
    peq: dict[str, int] = {}
    for i, ch in enumerate(pattern):
        peq[ch] = peq.get(ch, 0) | (1 << i)
    mask = (1 << m) - 1
    high = 1 << (m - 1)
    carry = 1 if anchored else 0  # the top row: 0, 1, 2… when anchored, else all 0
    pv, mv, score = mask, 0, m
    fewest, ends = m + 1, list[int]()
    get = peq.get
    for chunk in range(lo, hi, STOP_CHECK_CHARS):
        budget.check()
        for j in range(chunk, min(hi, chunk + STOP_CHECK_CHARS)):
            eq = get(text[j], 0)
            xv = eq | mv
            xh = (((eq & pv) + pv) ^ pv) | eq
            ph = mv | (~(xh | pv) & mask)
            mh = pv & xh
            if ph & high:
                score += 1
            elif mh & high:
                score -= 1
            ph = ((ph << 1) | carry) & mask
            mh = (mh << 1) & mask
            pv = mh | (~(xv | ph) & mask)
            mv = ph & xv
            if score <= fewest:
                if score < fewest:
                    fewest, ends = score, []
                ends.append(j + 1)
    return fewest, ends


def _enough_letters(text: str, pattern: str, lo: int, hi: int, max_errors: int) -> bool:
    """Whether text[lo:hi] holds enough of the pattern's characters for a match at all (a
    necessary condition, counted in C): quotes made of what is not there cost nothing."""
    present = sum(min(n, text.count(ch, lo, hi))
                  for ch, n in ((ch, pattern.count(ch)) for ch in set(pattern)))
    return present >= len(pattern) - max_errors


def _fuzzy_find(text: str, pattern: str, max_errors: int, near: int,
                budget: AnchorBudget) -> tuple[int, int, int] | None:
    """Best approximate occurrence of pattern within FUZZY_WINDOW_CHARS of `near`:
    (start, end, errors), fewest errors first, then nearest; None beyond the budget."""
    m = len(pattern)
    if m == 0:
        return None
    lo = max(0, near - FUZZY_WINDOW_CHARS)
    hi = min(len(text), near + m + FUZZY_WINDOW_CHARS)
    if hi - lo < max(1, m - max_errors) or not _enough_letters(text, pattern, lo, hi, max_errors) \
            or not budget.spend(hi - lo):
        return None
    fewest, ends = _myers(text, pattern, lo, hi, anchored=False, budget=budget)
    if fewest > max_errors:
        return None
    end = min(ends, key=lambda e: abs(e - m - near))
    # where it starts: the reversed pattern against the reversed text, anchored at `end`
    back = min(end - lo, m + max_errors)
    rev_text = text[end - back:end][::-1]
    errors, lengths = _myers(rev_text, pattern[::-1], 0, back, anchored=True, budget=budget)
    if errors > max_errors:
        return None
    length = min(lengths, key=lambda n: abs(n - m))
    return end - length, end, errors


def _fuzzy_anchor(text: str, sel: Selector, budget: AnchorBudget) -> tuple[int, int] | None:
    quote = sel.exact
    near = min(max(sel.start, 0), len(text))
    if len(quote) <= FUZZY_MAX_QUOTE:
        found = _fuzzy_find(text, quote, int(len(quote) * MAX_ERROR_RATE), near, budget)
        return (found[0], found[1]) if found else None
    # A long quote: find its head and its tail fuzzily and take what lies between.
    half = FUZZY_MAX_QUOTE // 2
    head = _fuzzy_find(text, quote[:half], int(half * MAX_ERROR_RATE), near, budget)
    if head is None:
        return None
    tail = _fuzzy_find(text, quote[-half:], int(half * MAX_ERROR_RATE),
                       near + len(quote) - half, budget)
    if tail and head[0] < tail[1]:
        span = tail[1] - head[0]
        if abs(span - len(quote)) <= len(quote) * MAX_ERROR_RATE:
            return head[0], tail[1]
    return None


def anchor(text: str, sel: Selector, *, budget: AnchorBudget | None = None) -> Anchor:
    """Find a highlight's place in `text`; never loses it (orphaned when nothing fits or the
    budget is spent). Raises AnchoringStopped when the budget's `should_stop` says so."""
    if 0 <= sel.start < sel.end <= len(text) and text[sel.start:sel.end] == sel.exact:
        return Anchor(sel.start, sel.end, "exact")
    found = match_quote(text, sel)
    if found:
        return Anchor(found[0], found[1], "moved")
    found = _fuzzy_anchor(text, sel, budget if budget is not None else AnchorBudget())
    if found:
        return Anchor(found[0], found[1], "fuzzy")
    return Anchor(sel.start, sel.end, "orphaned")
