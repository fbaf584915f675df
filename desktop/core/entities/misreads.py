"""Misreads: spans the earlier stages take for names that Vietnamese news uses for something else.

Withheld names written in initials ("anh Nguyễn Văn H.", "bà N.T.H."), years of the sixty-year
cycle ("Tết Đinh Mùi"), the clergy as a collective ("chư Tăng", "Tăng Ni"), abbreviations of common
nouns and document numbers ("BKS 29H-…", "…/2025/NĐ-CP"), acronyms defined after a lower-case
phrase ("thi đánh giá năng lực (HSA)"), files ("X.apk"), contests ("Miss …"), a title written
before a brand ("CEO GiaoNhanh"); and Latin names with an English body word ("… Ventures",
"Team …") that the tagger reads as people.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import lexicon as L
from .organizations import _product_cued
from .records import Candidate, Sentence, Syl
from .syllables import viet_syllable

# The ten heavenly stems and twelve earthly branches: a stem + branch pair names a year.
YEAR_STEMS = frozenset("giáp ất bính đinh mậu kỷ canh tân nhâm quý".split())
YEAR_BRANCHES = frozenset("tý tí sửu dần mão mẹo thìn tỵ tị ngọ mùi thân dậu tuất hợi".split())

# Buddhist collectives written with a capital: the clergy as a group, never a person.
CLERGY_COLLECTIVES = frozenset({"tăng ni", "chư tăng", "chư ni", "tăng đoàn", "ni đoàn",
                                "chư tôn đức", "tăng ni phật tử", "chư tăng ni"})

# Capitalised abbreviations of common nouns and titles in news copy, never a body: "biển kiểm
# soát", "đương kim vô địch", "nhà thiết kế", player awards, "hợp tác xã" with no name after it.
COMMON_ABBREVIATIONS = frozenset("BKS ĐKVĐ NTK MVP FMVP HTX".split())

# Titles written before a brand or company name ("CEO GiaoNhanh"): not part of the name.
BRAND_TITLES = frozenset("CEO CFO COO CTO CMO MC".split())

# English body words the shared list lacks: "… Ventures", "Team …", "… Esports", "… Land".
MORE_ENGLISH_BODY_WORDS = frozenset("ventures team esports gaming land homes labs".split())

# An English name opened by these is a contest or a project, not a person ("Miss Grand …",
# "The Global City").
NOT_PERSON_OPENERS = frozenset({"the", "miss", "mister", "mr"})
CONTEST_OPENERS = frozenset({"miss", "mister", "mr"})

# How many syllables right before "(ACRONYM)" must all be lower-case words for the acronym to
# abbreviate a common phrase ("bài kiểm tra tư duy (TSA)") rather than a body's name, whose
# capitalised head is closer ("Tổ chức Y tế thế giới (WHO)").
LOWER_DEFINITION_SYLLABLES = 4

# File extensions: "tệp EVNHANOI.apk" is a file.
FILE_EXTENSIONS = frozenset("apk exe ipa pdf zip rar doc docx xls xlsx".split())

_INITIALS = re.compile(r"^(?:[A-ZĐ]\.)+[A-ZĐ]\.?$")


def misread_stage(sent: Sentence) -> None:
    """Drop, re-kind or trim the candidates of one sentence that are misreads."""
    _lower_defined_acronyms(sent)
    at = {s.start: i for i, s in enumerate(sent.syls)}
    kept: list[Candidate] = []
    for c in sent.cands:
        fixed = _fixed(sent, c, at.get(c.start))
        if fixed is not None:
            kept.append(fixed)
    sent.cands[:] = kept


def _fixed(sent: Sentence, c: Candidate, i: int | None) -> Candidate | None:
    """The candidate as it should be, or None when it is no name at all."""
    text = sent.text
    if _withheld(text, c) or _is_file(text, c):
        return None
    words = c.form.split()
    if c.kind == "PER":
        key = " ".join(s.key for s in sent.syls if c.start <= s.start < c.end and s.word)
        if _year_name(key) or key in CLERGY_COLLECTIVES or _led_by_head(key):
            return None
        if words and words[0].lower() in NOT_PERSON_OPENERS:
            return None
        if _english_body(words):
            return replace(c, kind="ORG", source="eng", short=False)
        return c
    if c.source == "acro" and (c.form in COMMON_ABBREVIATIONS or text[c.start - 1:c.start] == "/"):
        return None
    if words and words[0].lower() in CONTEST_OPENERS:
        return None
    if len(words) > 1 and words[0] in BRAND_TITLES:
        start = c.start + len(words[0]) + 1
        return replace(c, start=start, form=text[start:c.end])
    if c.source in ("gaz", "brand") and i is not None and _latin(words) and _product_cued(sent.syls, i):
        return None
    return c


def _withheld(text: str, c: Candidate) -> bool:
    """"bà N.T.H.", "anh Nguyễn Đình H.": initials standing for a name the paper withholds."""
    if _INITIALS.match(c.form):
        return True
    last = c.form.split()[-1] if c.form.split() else ""
    return c.kind == "PER" and len(last) == 1 and last.isupper() and text[c.end:c.end + 1] == "."


def _is_file(text: str, c: Candidate) -> bool:
    """"EVNHANOI.apk": a name followed by a file extension is a file."""
    m = re.match(r"\.(\w+)", text[c.end:c.end + 6])
    tail = c.form.rsplit(".", 1)[-1] if "." in c.form else ""
    return (m is not None and m.group(1).lower() in FILE_EXTENSIONS) or tail.lower() in FILE_EXTENSIONS


def _year_name(key: str) -> bool:
    parts = key.split()
    return len(parts) == 2 and parts[0] in YEAR_STEMS and parts[1] in YEAR_BRANCHES


def _led_by_head(key: str) -> bool:
    """"Ban Tổ", "Khối Thương": a run opened by an organization's head noun that is no surname."""
    first = key.split()[0] if key else ""
    return (first in L.ORG_HEADS or first in L.ANCHOR_ONLY_HEADS) and first not in L.SURNAMES


def _english_body(words: list[str]) -> bool:
    """"Openspace Ventures", "Team Flash": a Latin-script name holding an English body word."""
    return len(words) > 1 and _latin(words) and any(
        w.lower() in L.ENGLISH_ORG_WORDS or w.lower() in MORE_ENGLISH_BODY_WORDS for w in words)


def _latin(words: list[str]) -> bool:
    return bool(words) and all(w.isascii() for w in words)


def _lower_defined_acronyms(sent: Sentence) -> None:
    """"xét bài kiểm tra tư duy (TSA)": the acronym abbreviates a common phrase, not a body."""
    syls = sent.syls
    n = LOWER_DEFINITION_SYLLABLES
    for k in range(n, len(syls) - 2):
        if syls[k].text == "(" and syls[k + 1].acronym and syls[k + 2].text == ")" \
                and all(_lower_word(s) for s in syls[k - n:k]):
            sent.suppressed.add(syls[k + 1].text)


def _lower_word(s: Syl) -> bool:
    return s.word and not s.cap and viet_syllable(s.text)
