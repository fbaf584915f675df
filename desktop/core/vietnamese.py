"""Vietnamese text rules shared by search, anchoring and entity matching (DESIGN §2)."""

from __future__ import annotations

import re
import unicodedata

TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền, sắc, ngã, hỏi, nặng
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_EDGE_PUNCT = " \t\n\"'“”‘’«»()[]{}.,;:!?…-–—/\\*"


def nfc(text: str) -> str:
    """Compose to NFC so the same visible text is the same string everywhere."""
    return unicodedata.normalize("NFC", text)


def normalize_body(text: str) -> str:
    """Body as stored: NFC, `\\n` line endings, outer white space stripped (its hash is its id)."""
    return nfc(text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", ch)[0]
    lowered = base.lower()
    return lowered[0] if lowered else base


class _FoldTable(dict):
    """str.translate table (code point → folded character) filled in as characters are met."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower case without diacritics, one code point per code point, so offsets carry over."""
    return text.translate(_FOLD_TABLE)


def _retone_syllable(syllable: str) -> str:
    """Put the tone of an open oa/oe/uy syllable on its first vowel: hoà→hòa, thuỵ→thụy."""
    decomposed = unicodedata.normalize("NFD", syllable)
    tones = [c for c in decomposed if c in TONE_MARKS]
    if len(tones) != 1:
        return syllable
    bare = nfc("".join(c for c in decomposed if c not in TONE_MARKS))
    for pair in ("oa", "oe", "uy"):
        if bare.endswith(pair):
            if pair == "uy" and bare.endswith("quy"):
                return syllable  # quý/quỳ: the tone sits on y in both styles
            i = len(bare) - 2
            return nfc(bare[: i + 1] + tones[0] + bare[i + 1 :])
    return syllable


def entity_key(name: str) -> str:
    """Key under which spellings of one name meet: case, spacing, tone placement — not diacritics."""
    key = _SPACE.sub(" ", nfc(name).lower()).strip(_EDGE_PUNCT)
    return nfc(_WORD.sub(lambda m: _retone_syllable(m.group(0)), key))


# Vietnamese alphabetical order (f, j, w, z of foreign names in their Latin places), then tones
# in dictionary order: ngang, huyền, hỏi, ngã, sắc, nặng.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {letter: rank for rank, letter in enumerate(_ALPHABET)}
_TONE_RANK = {"": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_SORT_CACHE: dict[str, tuple[tuple[int, int], int]] = {}


def _sort_char(ch: str) -> tuple[tuple[int, int], int]:
    """(letter class and rank, tone rank) of one character."""
    decomposed = unicodedata.normalize("NFD", ch.lower())
    tone = next((c for c in decomposed if c in TONE_MARKS), "")
    base = nfc("".join(c for c in decomposed if c not in TONE_MARKS))
    if base in _LETTER_RANK:
        return (2, _LETTER_RANK[base]), _TONE_RANK[tone]
    if base.isdigit():
        return (1, ord(base[0])), 0
    if base.isspace() or not base.isalnum():
        return (0, 0), 0  # white space and punctuation: word breaks, sorted first
    return (3, ord(base[0])), _TONE_RANK.get(tone, 0)


def sort_key(text: str) -> tuple:
    """Key for Vietnamese alphabetical order: letters (ă after a, đ after d …), then tones, then case."""
    letters, tones = [], []
    for ch in nfc(text).strip():
        cached = _SORT_CACHE.get(ch)
        if cached is None:
            cached = _SORT_CACHE[ch] = _sort_char(ch)
        letters.append(cached[0])
        tones.append(cached[1])
    return tuple(letters), tuple(tones), tuple(not c.islower() for c in text), text


_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+(?=[\"“‘(\[]?[^\s\w]?\w)|\n+")


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences and lines of a text, white space trimmed."""
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
