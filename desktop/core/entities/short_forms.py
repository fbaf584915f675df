"""Short forms: a run of words from an organization's proper name, written alone, is that body.

News names a body once in full ("Tập đoàn Trung Nguyên", "Công ty Cổ phần Sen Vàng
Entertainment") and then by the proper part alone ("Theo Trung Nguyên", "Ảnh: Sen Vàng"). The
tagger reads such a run as a person, or another stage as a brand, an acronym or a gazetteer name of
its own; here it becomes an alias of the body it comes from.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from . import lexicon as L
from .records import Candidate
from .resolve import Spans, entity_key

# Heads of a company's name. Only a company is named by a single word of its name ("FPT" after
# "Công ty Cổ phần FPT"), and only its short form may be read apart as a brand or an acronym.
COMPANY_HEADS = frozenset({"công ty", "tập đoàn", "tổng công ty", "hãng"})
# A person's full name has this many syllables: a run this long inside a school's or a hospital's
# name is the person it is named after when written alone ("Lê Quý Đôn"), not the school.
FULL_NAME = 3
# Stages that name a body by its shape alone; a company's short form read by one of them joins it.
READ_APART_SOURCES = frozenset({"brand", "eng", "acro", "gaz"})


@dataclass(frozen=True)
class Body:
    """An organization named in full by a head noun, with the words of its proper name."""

    words: tuple[str, ...]
    span: tuple[int, int]
    company: bool
    named_after: bool  # a school or a hospital, often named after a person


def short_forms_stage(cands: list[Candidate]) -> list[Candidate]:
    """Each person, brand or acronym read from a run of a body's proper name, linked to the body."""
    bodies = _bodies(cands)
    if not bodies:
        return cands
    runs = _runs(bodies)
    named: dict[tuple[str, ...], list[Body]] = {}  # a company's whole proper name -> the company
    for b in bodies:
        if b.company:
            named.setdefault(b.words, []).append(b)
    taken = Spans((o.start, o.end) for o in cands if o.kind == "ORG")  # a body read there wins
    out = []
    for c in cands:
        home = None
        if c.link is None and not c.short and not (c.kind == "PER" and taken.overlap(c.start, c.end)):
            home = _home(c, runs, named)
        out.append(c if home is None else
                   replace(c, kind="ORG", source="brand", short=False, link=home.span))
    return out


def _bodies(cands: list[Candidate]) -> list[Body]:
    """The text's bodies named by a head noun, each distinct name once at its first span."""
    first: dict[tuple[str, ...], Body] = {}
    for o in cands:
        if o.kind != "ORG" or not o.head or o.source not in ("head", "paren"):
            continue
        body = Body(_proper_words(o), (o.start, o.end),
                    company=o.source == "head" and o.head in COMPANY_HEADS,
                    named_after=o.head in L.NAMED_AFTER_HEADS)
        if body.words and (body.words not in first or body.span < first[body.words].span):
            first[body.words] = body
    return sorted(first.values(), key=lambda b: b.span)


def _proper_words(o: Candidate) -> tuple[str, ...]:
    """The words of a head-rule organization's name after its head noun and legal form."""
    words = entity_key(o.form).split()[len(o.head.split()):]
    while words and (words[0] in L.LEGAL_WORDS or words[:2] == ["cổ", "phần"]):
        words = words[1 if words[0] in L.LEGAL_WORDS else 2:]  # "CP", "Cổ phần"
    return tuple(words)


def _runs(bodies: list[Body]) -> dict[tuple[str, ...], list[Body]]:
    """Each run of a body's proper name that may stand for it alone -> those bodies, first named
    first (a long text names thousands of bodies: one lookup per candidate, not a scan)."""
    runs: dict[tuple[str, ...], list[Body]] = {}
    for b in bodies:
        longest = FULL_NAME - 1 if b.named_after else len(b.words)
        for q in range(len(b.words)):
            for n in range(2, min(longest, len(b.words) - q) + 1):
                if not _place_follows(b.words[q + n:]):
                    homes = runs.setdefault(b.words[q:q + n], [])
                    if not homes or homes[-1] is not b:
                        homes.append(b)
    return runs


def _home(c: Candidate, runs: dict[tuple[str, ...], list[Body]],
          named: dict[tuple[str, ...], list[Body]]) -> Body | None:
    """The first body whose proper name holds this candidate's words as a run, or None."""
    words = tuple(entity_key(c.form).split())
    if c.kind == "PER":
        return runs[words][0] if len(words) >= 2 and words in runs else None
    if c.source not in READ_APART_SOURCES:
        return None
    held = runs.get(words, []) if len(words) >= 2 else []
    homes = {id(b): b for b in [*held, *named.get(words, [])] if b.company}
    return next(iter(homes.values())) if len(homes) == 1 else None  # in two companies' names: neither


def _place_follows(rest: tuple[str, ...]) -> bool:
    """"LG Display" + "Việt Nam Hải Phòng": a group's name with a place after it names its local
    subsidiary, a body of its own."""
    return any(" ".join(rest[:n]) in L.PLACES or " ".join(rest[:n]) == "việt nam" for n in (1, 2, 3))
