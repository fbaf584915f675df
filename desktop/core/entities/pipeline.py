"""The extraction pipeline: underthesea's CRF tagger per sentence, then the stages.

Per sentence: `ner()` tokens aligned to syllables (`syllables`), then candidate stages —
gazetteer hits, bracketed names, people (tagger spans, titles, names closing a title,
surname-led runs), organizations by head noun, English names, acronyms. Per text: the weak
guesses a learned sequence model finds unlikely dropped (`sequence`), then the candidates
settled and linked into entities with their whole mentions (`resolve`).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from ..models import ExtractedEntity
from ..vietnamese import sentences
from . import Cancelled, bylines, coordination, misreads, people, sequence, short_forms
from . import gazetteer as gazetteer_mod
from . import organizations as orgs
from .pieces import pieces
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


def _tag(sentence: str) -> list:
    try:
        return ner_function()(sentence)
    except Exception:  # the tagger must never take the reader down
        return []


def _moved(sent: Sentence, delta: int) -> Sentence:
    """A repeated sentence's record, moved to where it occurs again."""
    syls = [replace(x, start=x.start + delta, end=x.end + delta) for x in sent.syls]
    cands = [replace(c, start=c.start + delta, end=c.end + delta,
                     link=(c.link[0] + delta, c.link[1] + delta) if c.link else None)
             for c in sent.cands]
    return Sentence(sent.text, syls, cands, sent.suppressed)


def _hits_within(hits: list, starts: list[int], s0: int, s1: int) -> list:
    """The gazetteer hits inside text[s0:s1]."""
    out = []
    for i in range(bisect_left(starts, s0), len(hits)):
        if hits[i].start >= s1:
            break
        if hits[i].end <= s1:
            out.append(hits[i])
    return out


def sentence_candidates(sent: Sentence, hits) -> list[Candidate]:
    """Every stage over one sentence, in order (later stages see earlier people)."""
    if not sent.syls:
        return []
    orgs.gazetteer_stage(sent, hits)
    orgs.bracket_stage(sent)
    people.character_stage(sent)
    people.place_names_stage(sent)
    people.tagged_people_stage(sent)
    people.titled_people_stage(sent)
    people.title_closing_stage(sent)
    people.surname_stage(sent)
    people.cue_stage(sent)
    people.foreign_name_stage(sent)
    misreads.person_stage(sent)
    people.listed_people_stage(sent)
    orgs.head_stage(sent)
    orgs.english_stage(sent)
    orgs.brand_stage(sent)
    orgs.team_stage(sent)
    orgs.carrier_stage(sent)
    orgs.shop_stage(sent)
    orgs.acronym_stage(sent)
    coordination.cued_latin_stage(sent)
    coordination.english_tail_stage(sent)
    coordination.listed_names_stage(sent)
    coordination.solo_person_stage(sent)
    coordination.baptismal_stage(sent)
    misreads.misread_stage(sent)
    return sent.cands


def extract(text: str, *, resources: Path,
            cancelled: Callable[[], bool] | None = None) -> list[ExtractedEntity]:
    if not text or not text.strip():
        return []
    if not unicodedata.is_normalized("NFC", text):
        from .nfc import composed, mapped_back  # deferred: only decomposed text needs it

        nfc_text, where = composed(text)
        return mapped_back(extract(nfc_text, resources=resources, cancelled=cancelled), where)
    gaz = gazetteer_mod.load(gazetteer_mod.resource_path(resources))
    suppressed: set[str] = set()
    sents = list(rule_sentences(text, gaz, suppressed, cancelled=cancelled))
    sequence.weigh(sents, sequence.load(sequence.resource_path(resources)))
    cands: list[Candidate] = [c for sent in sents for c in sent.cands]
    if cancelled is not None and cancelled():
        raise Cancelled()
    return finish(text, cands, gaz, suppressed)


def finish(text: str, cands: list[Candidate], gaz, suppressed: set[str]) -> list[ExtractedEntity]:
    """The text-level stages (bylines, credits), then resolution."""
    lines = bylines.byline_candidates(text) + bylines.credit_candidates(text)
    cands = bylines.credited_over_heads(cands, lines) + lines
    cands = short_forms.short_forms_stage(misreads.text_stage(text, cands))
    return resolve(text, cands, gaz, suppressed)


def rule_sentences(text: str, gaz, suppressed: set[str], *,
                   cancelled: Callable[[], bool] | None = None) -> Iterator[Sentence]:
    """Each sentence of an NFC text (an over-long one in pieces) with the rules' candidates; a
    repeated sentence is the same record moved to where it occurs again."""
    hits = gaz.find(text)  # in text order
    starts = [h.start for h in hits]
    seen: dict[str, tuple[int, Sentence]] = {}
    for s0, s1 in (piece for span in sentences(text) for piece in pieces(text, *span)):
        if cancelled is not None and cancelled():
            raise Cancelled()
        sentence = text[s0:s1]
        if not any(c.isalpha() for c in sentence):
            continue
        here = _hits_within(hits, starts, s0, s1)
        if sentence in seen and len(here) == sum(c.source == "gaz" for c in seen[sentence][1].cands):
            first, earlier = seen[sentence]
            yield _moved(earlier, s0 - first)
            continue
        sent = Sentence(text, syllables(text, s0, s1, _tag(sentence)), suppressed=suppressed)
        sentence_candidates(sent, here)
        seen.setdefault(sentence, (s0, sent))
        yield sent
