"""Curated list of well-known organizations (resources/gazetteer/organizations.json).

Loaded once, lazily. Matching runs on `fold()`ed text (same length as the text, so offsets carry
over) at word boundaries; a hit is then confirmed on the original spelling: all-capital aliases
must match exactly, other aliases must share the `entity_key` (so "Đảng" is not found in "Đang")
and start with a capital letter.
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
        self._cased: set[str] = set()  # folded forms that must keep every word's capital
        for i, e in enumerate(entries):
            name = nfc(e["name"])
            self.names.append(name)
            for form in [name, *map(nfc, e.get("aliases", []))]:
                folded = fold(form)
                if e.get("cased"):
                    self._cased.add(folded)
                self._alias_entry.setdefault(folded, i)
                self._by_key.setdefault(entity_key(form), i)
                if _is_caps(form):
                    self._exact[folded] = form
        # aliases by their first word, longest first: one dictionary look-up per word of a text
        # (a regular expression of every alias cost more to compile than the list to read)
        self._by_first: dict[str, list[str]] = {}
        for alias in sorted(self._alias_entry, key=len, reverse=True):
            first = _WORD.match(alias)
            if first is not None:
                self._by_first.setdefault(first.group(0), []).append(alias)

    def entry_for(self, form: str) -> int | None:
        return self._by_key.get(entity_key(form))

    def find(self, text: str) -> list[GazetteerHit]:
        hits = []
        folded_text = fold(text)
        for start, end in self._matches(folded_text):
            surface = text[start:end]
            folded = folded_text[start:end]
            if folded in self._exact:
                if surface != self._exact[folded] and surface.upper() != surface:
                    continue
                if surface != self._exact[folded]:
                    continue
            else:
                if not surface[:1].isupper():
                    continue
                if folded in self._cased and not all(w[:1].isupper() for w in surface.split()):
                    continue  # "tuổi trẻ" is youth, "Tuổi Trẻ" the newspaper
                entry = self._by_key.get(entity_key(surface))
                if entry is None:
                    continue
            hits.append(GazetteerHit(start, end, self._alias_entry[folded], surface))
        return hits

    def _matches(self, folded: str) -> list[tuple[int, int]]:
        """Spans of the longest aliases found as whole words, left to right, not overlapping."""
        out: list[tuple[int, int]] = []
        after = 0
        for word in _WORD.finditer(folded):
            start = word.start()
            if start < after:
                continue
            for alias in self._by_first.get(word.group(0), ()):
                end = start + len(alias)
                if folded.startswith(alias, start) and _WORD_CHAR.match(folded, end) is None:
                    out.append((start, end))
                    after = end
                    break
        return out


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
