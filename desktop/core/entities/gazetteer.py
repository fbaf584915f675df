"""Curated list of well-known organizations (resources/gazetteer/organizations.json).

Loaded once, lazily. Matching runs on `fold()`ed text (same length as the text, so offsets carry
over) at word boundaries; a hit is then confirmed on the original spelling: all-capital aliases
must match exactly, other aliases must share the `entity_key` (so "Đảng" is not found in "Đang")
and start with a capital letter. A `cased` entry is found only where every word keeps its capital;
one alias written `{"form": "Dân trí", "cased": true}` is found only where the text keeps the capitals
of that spelling (a paper's own spelling, beside the entry's other forms).
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from ..vietnamese import entity_key, fold, nfc


@dataclass(frozen=True)
class GazetteerHit:
    start: int
    end: int
    entry: int  # index of the entry in the gazetteer
    form: str  # the text as written


class Gazetteer:
    def __init__(self, entries: list[dict]):
        self.names: list[str] = []
        self._alias_entry: dict[str, int] = {}  # folded alias -> entry
        self._by_key: dict[str, int] = {}
        self._exact: dict[str, str] = {}  # folded all-caps alias -> alias
        mixed: set[str] = set()  # folded forms listed in lower or mixed case
        masks: dict[str, set[tuple[bool, ...] | None]] = {}  # folded form -> its spellings' capitals
        for i, e in enumerate(entries):
            name = nfc(e["name"])
            self.names.append(name)
            for form, cased in [(name, False), *map(_alias, e.get("aliases", []))]:
                folded = fold(form)
                masks.setdefault(folded, set()).add(_capitals(form, every=bool(e.get("cased")), own=cased))
                self._alias_entry.setdefault(folded, i)
                self._by_key.setdefault(entity_key(form), i)
                if _is_caps(form):
                    self._exact[folded] = form
                else:
                    mixed.add(folded)
        # all-capital forms also listed in another case ("FED" and "Fed"): either spelling is found
        self._spelled = {f for f in mixed if f in self._exact}
        # folded forms whose every spelling is cased -> the capitals one of them must keep
        self._cased = {f: {m for m in ms if m is not None} for f, ms in masks.items() if None not in ms}
        # aliases by their first two words (or their one word), longest first: one or two dictionary
        # look-ups per word of a text, each over the few aliases opening alike ("bo y", not all "bo")
        # (a regular expression of every alias cost more to compile than the list to read)
        self._by_first: dict[str, list[str]] = {}
        for alias in sorted(self._alias_entry, key=len, reverse=True):
            opening = " ".join(_WORD.findall(alias)[:2])
            if opening:
                self._by_first.setdefault(opening, []).append(alias)
        self._firsts = {opening.split()[0] for opening in self._by_first}  # words an alias opens with

    def entry_for(self, form: str) -> int | None:
        return self._by_key.get(entity_key(form))

    def find(self, text: str) -> list[GazetteerHit]:
        """The longest alias the text writes as listed at each word, left to right, not overlapping
        (one written otherwise, "báo Tuổi Trẻ" for "Báo Tuổi Trẻ", leaves room for a shorter one)."""
        hits: list[GazetteerHit] = []
        folded_text = fold(text)
        words = _WORD.finditer(folded_text)
        word = next(words, None)
        while word is not None:
            following = next(words, None)
            if word.group(0) in self._firsts and (not hits or word.start() >= hits[-1].end):
                hit = self._longest_at(text, folded_text, word, following)
                if hit is not None:
                    hits.append(hit)
            word = following
        return hits

    def _longest_at(self, text: str, folded_text: str, word: re.Match, following: re.Match | None,
                    ) -> GazetteerHit | None:
        """The longest alias opening at `word`: those of two words or more first (any of them that
        matches is longer than the word alone), then the word itself."""
        start, first = word.start(), word.group(0)
        openings = [f"{first} {following.group(0)}", first] if following is not None else [first]
        for opening in openings:
            for alias in self._by_first.get(opening, ()):
                end = start + len(alias)
                if folded_text.startswith(alias, start) and _WORD_CHAR.match(folded_text, end) is None \
                        and self._written_as_listed(text[start:end], alias):
                    return GazetteerHit(start, end, self._alias_entry[alias], text[start:end])
        return None

    def _written_as_listed(self, surface: str, folded: str) -> bool:
        """An all-capital alias exactly as listed; another with its capitals and its diacritics."""
        exact = self._exact.get(folded)
        if exact is not None and (surface == exact or folded not in self._spelled):
            return surface == exact  # "WTO", not "Wto"; "FED" or else "Fed" as a mixed-case alias
        if not surface[:1].isupper():
            return False
        if folded in self._cased and not _keeps_capitals(surface, self._cased[folded]):
            return False  # "tuổi trẻ" is youth, "Tuổi Trẻ" the newspaper
        return entity_key(surface) in self._by_key  # "Đảng", not "Đang"


def _alias(alias: str | dict) -> tuple[str, bool]:
    """An alias and whether it is cased on its own: a plain string, or {"form": …, "cased": …}."""
    if isinstance(alias, dict):
        return nfc(alias["form"]), bool(alias.get("cased"))
    return nfc(alias), False


def _capitals(form: str, *, every: bool, own: bool) -> tuple[bool, ...] | None:
    """Per word, whether the text must write it with a capital: every word for a cased entry, the
    form's own capitals for a cased alias; None where the form is found in any case."""
    if own:
        return tuple(w[:1].isupper() for w in form.split())
    if every:
        return tuple(True for _ in form.split())
    return None


def _keeps_capitals(surface: str, masks: set[tuple[bool, ...]]) -> bool:
    """Whether the text's form keeps the capitals of one cased spelling of it."""
    words = surface.split()  # as many as the spelling's: the two fold alike
    return any(all(w[:1].isupper() or not must for w, must in zip(words, mask, strict=False))
               for mask in masks)


def _is_caps(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and " " not in form


_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
_LOCK = threading.Lock()
_CACHE: dict[str, Gazetteer] = {}


def resource_path(resources: Path) -> Path:
    """Where the gazetteer lives inside the bundled resources folder."""
    return Path(resources) / "gazetteer" / "organizations.json"


def load(path: Path) -> Gazetteer:
    """The gazetteer at `path`, parsed once per process (an absent file: an empty gazetteer)."""
    p = Path(path)
    key = str(p)
    with _LOCK:
        gaz = _CACHE.get(key)
        if gaz is None:
            try:
                data = json.loads(p.read_text(encoding="utf-8"))
                entries = data.get("entries", [])
            except FileNotFoundError:
                entries = []
            gaz = _CACHE[key] = Gazetteer(entries)
        return gaz
