"""The extraction pipeline: underthesea's CRF tagger per sentence, then the stages.

Per sentence: `ner()` tokens aligned to syllables (`syllables`), then candidate stages —
gazetteer hits, bracketed names, people (tagger spans, titles, names closing a title,
surname-led runs), organizations by head noun, English names, acronyms. Per text: the
candidates settled and linked into entities with their whole mentions (`resolve`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..models import ExtractedEntity
from ..vietnamese import sentences
from . import Cancelled, people
from . import gazetteer as gazetteer_mod
from . import organizations as orgs
from .records import Candidate, Sentence
from .resolve import resolve
from .syllables import syllables

_NER = None
_WORDS: frozenset[str] | None = None


def ner_function():
    """underthesea's CRF `ner` (same output, linear-time features: see `tagger`)."""
    global _NER
    if _NER is None:
        from .tagger import tagger  # deferred: importing underthesea costs ~0.4 s

        _NER = tagger()
    return _NER


def dictionary() -> frozenset[str]:
    """underthesea's Viet74K word list (already in memory once its tagger is loaded)."""
    global _WORDS
    if _WORDS is None:
        try:
            from underthesea.pipeline.ner.tagged_feature import words  # deferred with the tagger
            _WORDS = frozenset(w.lower() for w in words)
        except Exception:  # pragma: no cover — a trimmed bundle without the list
            _WORDS = frozenset()
    return _WORDS


def _tag(sentence: str, cache: dict[str, list]) -> list:
    tagged = cache.get(sentence)
    if tagged is None:
        try:
            tagged = ner_function()(sentence)
        except Exception:  # the tagger must never take the reader down
            tagged = []
        cache[sentence] = tagged
    return tagged


def sentence_candidates(sent: Sentence, hits) -> list[Candidate]:
    """Every stage over one sentence, in order (later stages see earlier people)."""
    if not sent.syls:
        return []
    orgs.gazetteer_stage(sent, hits)
    orgs.bracket_stage(sent)
    people.tagged_people_stage(sent)
    people.titled_people_stage(sent)
    people.title_closing_stage(sent)
    people.surname_stage(sent)
    orgs.head_stage(sent)
    orgs.english_stage(sent)
    orgs.acronym_stage(sent)
    return sent.cands


def extract(text: str, *, resources: Path,
            cancelled: Callable[[], bool] | None = None) -> list[ExtractedEntity]:
    if not text or not text.strip():
        return []
    gaz = gazetteer_mod.load(gazetteer_mod.resource_path(resources))
    hits = gaz.find(text)
    cache: dict[str, list] = {}
    cands: list[Candidate] = []
    suppressed: set[str] = set()
    for s0, s1 in sentences(text):
        if cancelled is not None and cancelled():
            raise Cancelled()
        if not any(c.isalpha() for c in text[s0:s1]):
            continue
        sent = Sentence(text, syllables(text, s0, s1, _tag(text[s0:s1], cache)),
                        suppressed=suppressed)
        cands.extend(sentence_candidates(sent, [h for h in hits if s0 <= h.start and h.end <= s1]))
    if cancelled is not None and cancelled():
        raise Cancelled()
    return resolve(text, cands, gaz, suppressed)
