"""Typed records the extraction stages pass along: syllables, candidates, resolved groups."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Syl:
    """One syllable (or punctuation mark) of a sentence, with the tags of its ner token."""

    start: int
    end: int
    text: str
    key: str  # entity_key: lower case, canonical tone placement
    unit: int = -1  # index of the ner token holding it
    ner: str = "O"
    pos: str = ""
    punct: bool = False

    @property
    def cap(self) -> bool:
        return not self.punct and self.text[:1].isupper()

    @property
    def acronym(self) -> bool:
        t = self.text
        letters = [c for c in t if c.isalpha()]
        return (not self.punct and len(letters) >= 2 and all(c.isupper() for c in letters)
                and t[:1].isalpha() and not any(c.isdigit() for c in t))

    @property
    def word(self) -> bool:
        return not self.punct and any(c.isalpha() for c in self.text)


@dataclass
class Candidate:
    """A span some stage believes to be a person or an organization."""

    kind: str
    start: int
    end: int
    source: str  # the stage that proposed it: gaz, paren, paren-alias, head, bare, eng, acro,
    #              parent, per-crf, per-rule, per-short, model
    form: str = ""
    gaz: int | None = None  # gazetteer entry
    link: tuple[int, int] | None = None  # span of a candidate this one is an alias of
    bare_head: str = ""  # head key when the candidate is a bare head noun
    head: str = ""  # head key of a head-rule organization
    short: bool = False  # "ông Hùng": a given name to link to a full name
    cued: bool = False  # a cue noun names it a company ("hãng X"): it acts somewhere in the text


@dataclass
class Sentence:
    """One sentence's syllables and the candidates its stages add; offsets are the text's."""

    text: str  # the whole text (offsets index into it)
    syls: list[Syl]
    cands: list[Candidate] = field(default_factory=list)
    suppressed: set[str] = field(default_factory=set)  # names the text uses for a non-organization

    @property
    def first_word(self) -> int:
        return next((i for i, s in enumerate(self.syls) if not s.punct), 0)

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Text offsets of syllables a..b-1."""
        return self.syls[a].start, self.syls[b - 1].end

    def add(self, kind: str, a: int, b: int, source: str, **extra) -> None:
        st, en = self.span(a, b)
        self.cands.append(Candidate(kind, st, en, source, self.text[st:en], **extra))

    def in_person(self, syl: Syl) -> bool:
        return any(c.kind == "PER" and c.start <= syl.start < c.end for c in self.cands)


@dataclass
class Group:
    """One entity after linking: its surface forms with counts and its mention spans."""

    kind: str
    name: str
    aliases: tuple[str, ...]
    spans: set[tuple[int, int]]
    nested: set[tuple[int, int]] = field(default_factory=set)  # parent mentions kept inside others
