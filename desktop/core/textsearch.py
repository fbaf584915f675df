"""What the user typed → folded search terms, a safe FTS5 query, hit spans and snippets.

One matching rule for library search and Find in the article: text is folded (DESIGN §2: case,
diacritics and đ removed, one code point per code point) and split into words the way FTS5's
unicode61 tokenizer splits them; a term matches whole words. Because fold keeps offsets, spans
found in fold(body) are spans in the NFC body.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from desktop.core.vietnamese import fold, nfc

MAX_TERMS = 16  # more words than this in one query are ignored (they only slow the index down)
SNIPPET_BEFORE = 60  # characters of context before the first hit in a snippet
SNIPPET_CHARS = 200  # length of a snippet, about two lines of the results list
_TOKEN = re.compile(r"[^\W_]+")
_QUOTED = re.compile(r'"([^"]*)"?')


@dataclass(frozen=True)
class Query:
    """Folded terms: each a tuple of words that must follow one another (a quoted phrase)."""

    terms: tuple[tuple[str, ...], ...]
    words: tuple[str, ...]  # every word typed, in order (to prefer hits of the whole phrase)

    def __bool__(self) -> bool:
        return bool(self.terms)


@dataclass(frozen=True)
class SearchHit:
    article_id: str
    title: str
    spans: tuple[tuple[int, int], ...]  # every hit in the NFC body, code points
    snippet: str
    snippet_marks: tuple[tuple[int, int], ...]  # hits inside `snippet`
    where: str  # "body", "title" or "notes": where the snippet comes from


@dataclass(frozen=True)
class LibraryFilter:
    """Library filters, all optional, combined with AND (and with a search)."""

    entity_id: int | None = None
    color: str | None = None
    tag: str | None = None
    author: str | None = None
    has_notes: bool = False

    def __bool__(self) -> bool:
        return any((self.entity_id is not None, self.color, self.tag, self.author, self.has_notes))


def words(text: str) -> list[str]:
    """Folded words of a text, split as FTS5's unicode61 tokenizer splits them."""
    return _TOKEN.findall(fold(nfc(text)))


def parse_query(text: str) -> Query:
    """Quoted parts are phrases, other words stand alone; nothing typed can break FTS syntax."""
    terms: list[tuple[str, ...]] = []
    typed: list[str] = []
    position = 0
    for match in _QUOTED.finditer(text):
        loose = words(text[position:match.start()])
        terms.extend((w,) for w in loose)
        phrase = tuple(words(match.group(1)))
        if phrase:
            terms.append(phrase)
        typed.extend(loose + list(phrase))
        position = match.end()
    loose = words(text[position:])
    terms.extend((w,) for w in loose)
    typed.extend(loose)
    unique = tuple(dict.fromkeys(terms))[:MAX_TERMS]
    return Query(terms=unique, words=tuple(typed[:MAX_TERMS]))


def fts_query(query: Query) -> str:
    """The FTS5 MATCH expression: every term quoted (words are letters and digits only), ANDed."""
    return " AND ".join('"' + " ".join(term).replace('"', '""') + '"' for term in query.terms)


@functools.lru_cache(maxsize=256)
def _phrase_pattern(tokens: tuple[str, ...]) -> re.Pattern[str]:
    # starts with a literal so that re can skip ahead fast; the word start is checked after
    inner = r"[\W_]+".join(re.escape(t) for t in tokens)
    return re.compile(rf"{inner}(?![^\W_])")


def phrase_spans(folded: str, tokens: tuple[str, ...] | list[str]) -> list[tuple[int, int]]:
    """Where these words occur one after another in a folded text (whole words)."""
    if not tokens:
        return []
    return [m.span() for m in _phrase_pattern(tuple(tokens)).finditer(folded)
            if m.start() == 0 or not _is_word_char(folded[m.start() - 1])]


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or (ch != "_" and _TOKEN.match(ch) is not None)


def find_spans(folded: str, query: Query) -> list[tuple[int, int]]:
    """Hits of a query in a folded text: the whole phrase typed if it occurs, else each term."""
    if len(query.words) > 1:
        whole = phrase_spans(folded, query.words)
        if whole:
            return whole
    spans: set[tuple[int, int]] = set()
    for term in query.terms:
        spans.update(phrase_spans(folded, term))
    return _drop_nested(sorted(spans))


def find_in_text(text: str, typed: str) -> list[tuple[int, int]]:
    """Find in one article: every occurrence of what was typed, as a phrase, folded matching."""
    tokens = words(typed)
    return phrase_spans(fold(text), tokens) if tokens else []


def _drop_nested(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def snippet(text: str, spans: list[tuple[int, int]] | tuple, *,
            before: int = SNIPPET_BEFORE, length: int = SNIPPET_CHARS
            ) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A short single-line excerpt around the first hit, and the hits' places inside it."""
    first = spans[0][0] if spans else 0
    start = max(0, first - before)
    if start:
        space = text.rfind(" ", start - 20 if start > 20 else 0, start + 1)
        start = space + 1 if space >= 0 and space < first else start
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start + length // 2, end)
        end = space if space > 0 else end
    lead = "…" if start > 0 else ""
    tail = "…" if end < len(text) else ""
    body = text[start:end].replace("\n", " ")
    marks = tuple((s - start + len(lead), e - start + len(lead))
                  for s, e in spans if s >= start and e <= end)
    return lead + body + tail, marks


def marked(text: str, marks: tuple[tuple[int, int], ...] | list, *,
           open_mark: str = "[", close_mark: str = "]") -> str:
    """The text with each mark wrapped in brackets (or other markers)."""
    out, last = [], 0
    for start, end in marks:
        out += [text[last:start], open_mark, text[start:end], close_mark]
        last = end
    out.append(text[last:])
    return "".join(out)
