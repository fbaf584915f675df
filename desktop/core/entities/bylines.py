"""Bylines and photo credits: "Đức Hùng" alone on the last line, "Ảnh: Giang Huy/VnExpress".

They are lines, not sentences: the tagger has nothing to go on, so they are read by their shape.
"""

from __future__ import annotations

import re

from ..vietnamese import entity_key
from . import lexicon as L
from .records import Candidate
from .resolve import Spans
from .syllables import viet_syllable

BYLINE_WORDS = (2, 4)  # a byline name has this many words
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
# A byline's trailing note: "Xuân Bình (từ Jakarta)", "Minh Anh (tổng hợp)", "(Theo Reuters)"
_NOTE = re.compile(r"\s*\([^)]*\)\s*$")
_BYLINE_BODY = re.compile(r"^(?:Theo\s+)?([^/]*?)\s*(?:/.*)?$")  # "Theo Hải Yến/VOV" → "Hải Yến"
_INITIALED = re.compile(r"[A-ZĐ]\.\s?[A-ZĐ]\w+(?: [A-ZĐ]\w+)?")  # "T.Hương", "N. Minh Anh"
# "Ảnh: <who>[/<paper>]", also "Ảnh minh họa:", "Video:", "Đồ họa:", "Bài và ảnh:"
_CREDIT = re.compile(r"(?:Ảnh|Video|Clip|Đồ họa|Bài và ảnh|Bài, ảnh|Bài/ảnh)(?: minh họa)?\s*:\s*"
                     r"([^\n/()]+?)\s*(?:/\s*([^\n()]+?)\s*)?(?=[)\n]|$)")
_CREDIT_JOINERS = re.compile(r"\s+[-–]\s+|\s*,\s*|\s+và\s+")  # "Ảnh: Hữu Khoa - Minh Hòa"
HEADED_CREDIT_WORDS = 2  # "Ảnh: Trường Giang": a head noun and one syllable make a name there


def _reads_as_name(words: list[str]) -> bool:
    """Capitalised Vietnamese syllables, not a place, not an organization's head noun."""
    lo, hi = BYLINE_WORDS
    if not lo <= len(words) <= hi:
        return False
    # "Như Ý": a one-letter syllable is capitalised, not written in capitals
    if not all(w[:1].isupper() and not (w.isupper() and len(w) > 1) and viet_syllable(w) for w in words):
        return False
    key = entity_key(" ".join(words)).split()
    # "Hoài Anh", "Thu Hà": a one-syllable place at the end is a given name; "Thanh Hóa" is not
    ends_in_place = any(" ".join(key[q:]) in L.PLACES for q in range(len(key) - 1))
    return not ends_in_place and key[0] not in L.ORG_HEADS and " ".join(key[:2]) not in L.ORG_HEADS


def _byline_name(part: str) -> bool:
    """A name as bylines write it: "Đức Hùng", "T.Hương", "NGUYỄN HOÀNG" (capitals, family
    name first)."""
    part = part.strip()
    words = _WORD.findall(part)
    if _INITIALED.fullmatch(part):
        return True
    if " ".join(words) != part:
        return False
    if words and all(w.isupper() for w in words):
        lo, hi = BYLINE_WORDS
        return lo <= len(words) <= hi and entity_key(words[0]) in L.SURNAMES \
            and all(viet_syllable(w) for w in words) \
            and _reads_as_name([w.capitalize() for w in words])  # "HÀ NỘI -": a dateline's place
    return _credited_person(words)


# A byline's trailing note without brackets: "H.Thảo tổng hợp".
_BARE_NOTE = re.compile(r"\s+(?:tổng hợp|lược dịch|biên dịch|thực hiện)\s*$")
_INITIALS_ONLY = re.compile(r"(?:[A-ZĐ]{1,4}|(?:[A-ZĐ]\.)+[A-ZĐ]?\.?)")  # "PV", "CTV", "B.N": no name


def _upper_partner(part: str, parts: list[str], before: str = "") -> bool:
    """"TRỌNG HẢI - HOÀNG VIỆT": a name in capitals without a family name, beside a byline name
    in capitals that has one."""
    words = _WORD.findall(part)
    lo, hi = BYLINE_WORDS
    return " ".join(words) == part.strip() and lo <= len(words) <= hi \
        and all(w.isupper() and viet_syllable(w) for w in words) \
        and (any(p is not part and p.strip().isupper() and _byline_name(p) for p in parts)
             or _upper_pair(parts, before))


def _upper_pair(parts: list[str], before: str) -> bool:
    """"NGỌC QUÝ - THUỶ TIÊN" after "Ảnh: Ngọc Quý": names in capitals, none with a family name,
    each reading as a name in title case, one of them written so in the text before (a photo
    credit, a mention), unlike a page label ("TIN LIÊN QUAN - XEM THÊM")."""
    titled = [" ".join(w.capitalize() for w in _WORD.findall(p)) for p in parts]
    return len(parts) > 1 and all(p.strip().isupper() for p in parts) \
        and all(_reads_as_name(t.split()) for t in titled) and any(t in before for t in titled)


def _name_spans(line: str, offset: int, before: str = "") -> list[tuple[int, int]]:
    """Spans of the names of a byline line ("Nguyễn Văn A - Trần B", "Theo Hải Yến/VOV"), or []
    if it is not one; initials only ("B.N - H.Thảo") stand for no name and are passed over."""
    m = _BYLINE_BODY.match(_BARE_NOTE.sub("", _NOTE.sub("", line)))
    if m is None:
        return []
    body, shift = m.group(1), m.start(1)
    spans = []
    pos = 0
    parts = re.split(r"\s+[-–]\s+|\s*,\s*", body)
    for part in parts:
        start = body.find(part, pos)
        pos = start + len(part)
        if len(parts) > 1 and _INITIALS_ONLY.fullmatch(part.strip()):
            continue
        if not part.strip() or not (_byline_name(part) or _upper_partner(part, parts, before)):
            return []
        lead = len(part) - len(part.lstrip())
        spans.append((offset + shift + start + lead, offset + shift + start + len(part.rstrip())))
    return spans


def byline_candidates(text: str) -> list[Candidate]:
    """The names on the last non-empty line, when it is a byline; when the last line is a photo
    credit ("Đức Hùng\nẢnh: Báo Nghệ An"), the line before it."""
    stripped = text.rstrip()
    start = stripped.rfind("\n") + 1
    line = stripped[start:]
    if _CREDIT.match(line.strip()) and start > 0:
        stripped = stripped[:start - 1].rstrip()
        start = stripped.rfind("\n") + 1
        line = stripped[start:]
    return [Candidate("PER", a, b, "byline", text[a:b]) for a, b in _name_spans(line, start, text[:start])]


def _credited_person(words: list[str]) -> bool:
    """A photographer's name: read as a byline name, or two capitalised syllables led by a word
    that is also a head noun ("Trường Giang", "Khoa Nam"): a body there is written with a
    lower-case complement ("Bộ Quốc phòng") or a place ("Báo Nghệ An")."""
    if _reads_as_name(words):
        return True
    return len(words) == HEADED_CREDIT_WORDS and all(
        w[:1].isupper() and not w.isupper() and viet_syllable(w) for w in words) \
        and entity_key(words[0]) in L.ORG_HEADS and entity_key(words[1]) not in L.PLACES


def _credited_people(who: str, offset: int) -> list[Candidate]:
    """The photographers of one credit ("Hữu Khoa - Minh Hòa"), or [] if a part is not a name."""
    out, pos = [], 0
    for part in _CREDIT_JOINERS.split(who):
        start = who.find(part, pos)
        pos = start + len(part)
        words = _WORD.findall(part)
        if not _credited_person(words) or " ".join(words) != part:
            return []
        out.append(Candidate("PER", offset + start, offset + start + len(part), "byline", part))
    return out


def credit_candidates(text: str) -> list[Candidate]:
    """"Ảnh: <photographer>/<newspaper>": the photographer a person, the paper an organization."""
    out = []
    for m in _CREDIT.finditer(text):
        who = m.group(1)
        words = _WORD.findall(who)
        people = _credited_people(who, m.start(1))
        paper = m.group(2)
        if not people and paper and _latin_name(words) and _credited_people(paper, m.start(2)):
            # "Ảnh: VGP/Nhật Bắc": the agency first, then the photographer
            out.append(Candidate("ORG", m.start(1), m.end(1), "credit", who))
            out.extend(_credited_people(paper, m.start(2)))
            continue
        if people:
            out.extend(people)
        elif m.group(2) is None and _latin_name(words) and " ".join(words) == who \
                and who not in L.ACRONYM_STOP:  # "Ảnh: NVCC" (the subject's own photo)
            out.append(Candidate("ORG", m.start(1), m.end(1), "credit", who))  # "Ảnh: HK Film"
        if paper and _WORD.fullmatch(paper.replace(" ", "")) and paper[:1].isupper():
            out.append(Candidate("ORG", m.start(2), m.end(2), "credit", paper))
    return out


def _latin_name(words: list[str]) -> bool:
    """"HK Film", "Phật sự Online": a credited source with a Latin-script word, capitalised first."""
    return 1 <= len(words) <= 4 and words[0][:1].isupper() and words[-1][:1].isupper() \
        and any(not viet_syllable(w) or w.isupper() for w in words)


def credited_over_heads(cands: list[Candidate], credits: list[Candidate]) -> list[Candidate]:
    """A name read by a byline or a credit line wins over the same words read as a body by their
    head noun ("Ảnh: Trường Giang" is a person, not a school), and over a word of it read as an
    acronym ("LONG" of the byline "HOÀNG LONG")."""
    people = {(c.start, c.end) for c in credits if c.kind == "PER"}
    inside = Spans(people)
    return [c for c in cands if c.kind != "ORG"
            or ((c.start, c.end) not in people and not inside.contain(c.start, c.end))]
