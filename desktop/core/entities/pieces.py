"""Over-long sentences cut into pieces the tagger and the rules can afford.

A text with no sentence end (a page pasted on one line, a table flattened to a run of cells) is
one "sentence" of megabytes; tagging and scanning it costs far more than the same text in
sentences. A sentence longer than `MAX_SENTENCE_CHARS` is cut, preferably after a clause mark
(, ; : or a dash between spaces), else at a space, else after any non-word character; only a run
of word characters longer than the cap itself is cut where the cap falls. News sentences are far
shorter than the cap (the longest of the gold sets is under 300 characters), so they pass whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

MAX_SENTENCE_CHARS = 1000  # a sentence longer than this is cut into pieces of at most this
_CLAUSE_END = re.compile(r"[,;:](?=\s)|\s[-–—](?=\s)")
_SPACE = re.compile(r"\s")
_NON_WORD = re.compile(r"\W")


def pieces(text: str, start: int, end: int, *,
           limit: int = MAX_SENTENCE_CHARS) -> Iterator[tuple[int, int]]:
    """Spans of text[start:end] of at most `limit` characters, cut between words, trimmed."""
    while end - start > limit:
        cut = _cut(text, start, start + limit)
        yield from _trimmed(text, start, cut)
        start = cut
    yield from _trimmed(text, start, end)


def _cut(text: str, start: int, stop: int) -> int:
    """Where to end the piece that begins at `start` and may not pass `stop`."""
    floor = start + (stop - start) // 2  # a piece keeps at least half the cap
    for pattern in (_CLAUSE_END, _SPACE, _NON_WORD):
        ends = [m.end() for m in pattern.finditer(text, floor, stop)]
        if ends:
            return ends[-1]
    return stop  # one run of word characters longer than the cap: it is no word


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end
