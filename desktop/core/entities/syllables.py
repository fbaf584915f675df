"""Syllables of a sentence, each knowing its ner token and tags; phrase look-ups over them."""

from __future__ import annotations

import re

from ..vietnamese import entity_key
from .align import align_tokens
from .records import Syl

_SYL = re.compile(r"\w+(?:[-'’.&]\w+)*|[^\w\s]")
ROMAN = re.compile(r"^[IVXLCDM]+$")
VIET_MARKS = re.compile(r"[^\x00-\x7f]")
VIET_SYLLABLE = re.compile(
    r"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    r"[aăâeêioôơuưyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ]{1,3}"
    r"(ch|ng|nh|[cmnpt])?$")

# Longest phrase looked up at / before a position, in syllables.
PHRASE_AFTER_MAX = 5
PHRASE_BEFORE_MAX = 4


def syllables(text: str, s0: int, s1: int, tagged: list[tuple]) -> list[Syl]:
    """The syllables of text[s0:s1] with the tags of the `ner()` token holding each."""
    sent = text[s0:s1]
    syls = [Syl(s0 + m.start(), s0 + m.end(), m.group(0), entity_key(m.group(0)) or m.group(0),
                punct=not any(c.isalnum() for c in m.group(0)))
            for m in _SYL.finditer(sent)]
    spans = align_tokens(sent, [t[0] for t in tagged])
    _assign_tokens(syls, spans, tagged, s0)
    _split_units(syls, len(spans) + 1)
    return syls


def _assign_tokens(syls: list[Syl], spans: list, tagged: list[tuple], s0: int) -> None:
    """Each syllable gets the token that covers its start."""
    j = 0
    for ti, span in enumerate(spans):
        if span is None:
            continue
        a, b = span[0] + s0, span[1] + s0
        while j < len(syls) and syls[j].start < a:
            j += 1
        k = j
        while k < len(syls) and syls[k].start < b:
            syls[k].unit = ti
            syls[k].ner = tagged[ti][3] if len(tagged[ti]) > 3 else "O"
            syls[k].pos = tagged[ti][1] if len(tagged[ti]) > 1 else ""
            k += 1


def _split_units(syls: list[Syl], next_unit: int) -> None:
    """An acronym, or a capital after a lower-case syllable, starts a token of its own."""
    for i in range(1, len(syls)):
        a, b = syls[i - 1], syls[i]
        if b.unit == a.unit and b.unit >= 0 and (b.acronym or a.acronym or (b.cap and not a.cap)):
            old = b.unit
            k = i
            while k < len(syls) and syls[k].unit == old:
                syls[k].unit = next_unit
                k += 1
            next_unit += 1
    for s in syls:
        if s.unit < 0:
            s.unit = next_unit
            next_unit += 1


def phrase_at(syls: list[Syl], i: int, table: frozenset[str], maxlen: int = PHRASE_AFTER_MAX) -> int:
    """Length (in syllables) of the longest phrase of `table` starting at syllable i, or 0."""
    for n in range(min(maxlen, len(syls) - i), 0, -1):
        if any(s.punct for s in syls[i : i + n]):
            continue
        if " ".join(s.key for s in syls[i : i + n]) in table:
            return n
    return 0


def phrase_before(syls: list[Syl], i: int, table: frozenset[str],
                  maxlen: int = PHRASE_BEFORE_MAX) -> int:
    """Length of the longest phrase of `table` ending just before syllable i, or 0."""
    for n in range(min(maxlen, i), 0, -1):
        if any(s.punct for s in syls[i - n : i]):
            continue
        if " ".join(s.key for s in syls[i - n : i]) in table:
            return n
    return 0


def key_of(syls: list[Syl]) -> str:
    return " ".join(s.key for s in syls)


def viet_syllable(text: str) -> bool:
    """Could this word be one Vietnamese syllable ("Nguyễn" yes, "Carolyn" no)?"""
    return bool(VIET_SYLLABLE.match(text.lower()))


def foreign_word(syl: Syl) -> bool:
    """A Latin-script word that cannot be a Vietnamese syllable ("Carolyn", "Young-sam")."""
    return syl.word and not viet_syllable(syl.text)
