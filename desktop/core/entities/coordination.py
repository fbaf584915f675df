"""Names known by their neighbours and their role in the clause.

A Latin-script name nobody listed is what the names it is listed with are ("Google, Temasek và
Bain & Company" are firms; "Gvardiol và Haaland" are players). A single foreign word that scores,
assists or is described by ", người …" is a person ("Foden mở tỷ số", "Rodri, người trở lại").
A baptismal name before a Vietnamese name is part of it ("Giuse Vũ Văn Thiên").
"""

from __future__ import annotations

from . import lexicon as L
from .people import abbreviated_title
from .records import Candidate, Sentence, Syl
from .syllables import VIET_MARKS, foreign_word, phrase_at, phrase_before

# A listed Latin-script name has at most this many words ("Bain & Company").
LISTED_WORDS_MAX = 3
# Rounds of spreading a kind along a list ("A, B, C và D": each round reaches one more name).
SPREAD_ROUNDS = 3
# Separators of a list of names.
LIST_JOINERS = frozenset({",", "và", "hoặc", "cùng"})


def _latin_run(syls: list[Syl], i: int) -> int:
    """End of a run of capitalised Latin-script words at i ("Bain & Company"), or i."""
    j = i
    if syls[i].key in L.LATIN_RUN_OPENERS:
        return i  # "Theo ESPN": the word that opens the sentence
    while j < len(syls) and j - i < LISTED_WORDS_MAX:
        x = syls[j]
        word = x.cap and x.word and not VIET_MARKS.search(x.text) and not abbreviated_title(x) \
            and x.key not in L.NOT_BRANDS and x.key not in L.EVENT_WORDS and x.text not in L.ACRONYM_STOP
        joiner = x.text == "&" and j > i and j + 1 < len(syls) and syls[j + 1].cap
        if not (word or joiner):
            break
        j += 1
    return j if j > i and any(foreign_word(x) for x in syls[i:j]) else i


def _kind_at(cands: list[Candidate], start: int, end: int) -> str:
    """Kind of a candidate that starts (end=0) or ends (start=0) at the given offset, or ""."""
    kinds = {c.kind for c in cands if (start and c.start == start) or (end and c.end == end)}
    return kinds.pop() if len(kinds) == 1 else ""


def _neighbour_kind(sent: Sentence, i: int, j: int) -> str:
    """The kind of the name listed right before or after syllables i..j-1, or ""."""
    syls, cands = sent.syls, sent.cands
    before = i >= 2 and syls[i - 1].key in LIST_JOINERS
    after = j + 1 < len(syls) and syls[j].key in LIST_JOINERS
    kinds = set()
    # a comma is a list only with a second joiner ("A, B và C"), not "Arsenal, Amorim bị …"
    if before and (syls[i - 1].key != "," or after):
        kinds.add(_kind_at(cands, 0, syls[i - 2].end))
    if after and (syls[j].key != "," or before):
        kinds.add(_kind_at(cands, syls[j + 1].start, 0))
    kinds.discard("")
    return kinds.pop() if len(kinds) == 1 else ""


def _covered(sent: Sentence, syl: Syl) -> bool:
    return any(c.start <= syl.start < c.end for c in sent.cands)


def listed_names_stage(sent: Sentence) -> None:
    """Unlisted Latin-script names take the kind of the names they are listed with."""
    syls = sent.syls
    for _ in range(SPREAD_ROUNDS):
        added = False
        i = 0
        while i < len(syls):
            j = _latin_run(syls, i)
            if j == i or _covered(sent, syls[i]) or (i > 0 and syls[i - 1].cap and syls[i - 1].word):
                i = max(j, i + 1)
                continue
            kind = _neighbour_kind(sent, i, j)
            if kind == "ORG":
                sent.add("ORG", i, j, "brand")
            elif kind == "PER":
                sent.add("PER", i, j, "per-solo" if j - i == 1 else "per-rule", short=j - i == 1)
            added = added or bool(kind)
            i = j
        if not added:
            return


def _person_role(syls: list[Syl], j: int) -> bool:
    """Does the clause after a name at ..j-1 say what a person does or is?"""
    if j + 2 < len(syls) and syls[j].text == "," and syls[j + 1].key == "người" \
            and not syls[j + 2].cap:
        return True  # "Rodri, người trở lại sau chấn thương"
    return bool(phrase_at(syls, j, L.PLAYER_ACTIONS, 3))


def solo_person_stage(sent: Sentence) -> None:
    """A single foreign word that scores, assists or is "người …" is a person."""
    syls = sent.syls
    for i, s in enumerate(syls):
        if not (s.cap and s.word and not s.acronym and foreign_word(s)) or _covered(sent, s):
            continue
        if (i > 0 and syls[i - 1].cap and syls[i - 1].word) \
                or (i + 1 < len(syls) and syls[i + 1].cap and syls[i + 1].word):
            continue
        if _person_role(syls, i + 1):
            sent.add("PER", i, i + 1, "per-solo", short=True)


def baptismal_stage(sent: Sentence) -> None:
    """"Đức Tổng Giám mục Giuse Vũ Văn Thiên": the baptismal name opens the person's name."""
    syls = sent.syls
    starts = {x.start: k for k, x in enumerate(syls)}
    for n, c in enumerate(sent.cands):
        a = starts.get(c.start)
        if c.kind != "PER" or c.short or not a:
            continue
        q = next((q for q in (a - 2, a - 1) if q >= 0 and phrase_at(syls, q, L.BAPTISMAL_NAMES, 2) == a - q
                  and syls[q].cap), None)
        if q is not None:
            st = syls[q].start
            sent.cands[n] = Candidate("PER", st, c.end, c.source, sent.text[st:c.end])


def cued_latin_stage(sent: Sentence) -> None:
    """A Latin-script name after a club cue ("khoác áo Kuzeyboru") or before what a company does
    ("Netflix được cho là đang đàm phán") is an organization."""
    syls = sent.syls
    i = 0
    while i < len(syls):
        j = _latin_run(syls, i)
        if j == i or _covered(sent, syls[i]) or (i > 0 and syls[i - 1].cap and syls[i - 1].word) \
                or (j < len(syls) and syls[j].cap and syls[j].word) or phrase_at(syls, i, L.PLACES, 4):
            i = max(j, i + 1)
            continue
        if (i > 0 and not syls[i - 1].cap and phrase_before(syls, i, L.CLUB_CUES, 3)) \
                or phrase_at(syls, j, L.COMPANY_ACTIONS, 3):
            sent.add("ORG", i, j, "acting")
        i = j


# A Vietnamese name before an English company word has at most this many syllables.
TAIL_NAME_MAX = 3


def english_tail_stage(sent: Sentence) -> None:
    """"Trấn Thành Town", "Thiên Long Group": a capitalised name closed by an English company
    word is the company, even when the name is a person's or in Vietnamese."""
    syls = sent.syls
    for j, s in enumerate(syls):
        if not (s.cap and foreign_word(s) and s.text.lower() in L.ENGLISH_ORG_WORDS) or j == 0:
            continue
        a = j
        while a > 0 and j - a < TAIL_NAME_MAX and syls[a - 1].cap and syls[a - 1].word \
                and not syls[a - 1].acronym and not phrase_at(syls, a - 1, L.BRAND_CUES, 1):
            a -= 1  # not over "Chuỗi" in "Chuỗi Lotte Mart": a cue noun opening the sentence
        if a < j and syls[a].key in L.LATIN_RUN_OPENERS:
            a += 1  # "Theo Dragon Capital": the sentence's first word is not the name's
        if a < j and not phrase_at(syls, a, L.ORG_HEADS, 4) \
                and not all(foreign_word(x) for x in syls[a:j]):  # Latin names: the brand stage's
            sent.add("ORG", a, j + 1, "brand")
