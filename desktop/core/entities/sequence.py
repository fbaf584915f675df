"""A learned sequence model's say over the rules' weakest guesses.

A CRF (underthesea_core's; trained on the tune split only by tools/train_entity_model.py) reads
every syllable: its shape, whether it can be a Vietnamese syllable, the lexicons, gazetteer hits,
head nouns, titles and English organization words, the tagger's tags, its place in its
capitalised run, and what the rest of the article shows the word with. It never reads the rules'
own candidates: a model that did learned only to trust them, since they were written from the
same articles. A guess with nothing firm behind it — an organization read from its shape alone
(`WEAK_SOURCES`), a person read by the tagger or a name rule (`PERSON_GUESSES`) — is dropped when
the model gives its kind less than `DROP_BELOW` probability. The model file is optional: without
it, or with a corrupt one, the rules stand alone and one line is logged.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from pathlib import Path

from . import lexicon as L
from .organizations import is_head
from .people import title_at, title_before
from .records import Candidate, Sentence, Syl
from .syllables import phrase_at, viet_syllable

MODEL_FILE = ("entities", "model.crf")
# organization guesses the model may overrule: no head noun, English organization word,
# gazetteer entry or brackets behind them. A bare head ("Sở", "Bộ") is left alone: it only
# ever counts as a mention of a full name.
WEAK_SOURCES = frozenset({"acro", "brand", "team", "acting"})
# person guesses the model may overrule: the tagger's spans and the name rules' runs (a title, a
# byline or a credit before a name is firm ground and stays)
PERSON_GUESSES = frozenset({"per-crf", "per-rule", "per-short", "per-solo"})
# a weak organization guess whose mean probability of its kind over its syllables is below this
# is dropped. Chosen by 5-fold CV on tune u001–u330 (tools/train_entity_model.py --cv; 0.05–0.3
# measured). No person filter: no threshold beat the rules in that CV, so PERSON_GUESSES is only
# the harness's.
DROP_BELOW = {"ORG": 0.05}
OVERRULED = {"ORG": WEAK_SOURCES}
CONTEXT = (-2, -1, 1, 2)  # neighbours whose word, shape, head and title a syllable also sees
RUN_LONG = 4  # a capitalised run of this many syllables or more counts as "long"
PLACE_MAX = 4  # longest place name looked up, in syllables
PREDICATE_MAX = 2  # longest predicate verb looked up, in syllables
_LOCK = threading.Lock()
_MODELS: dict[str, object] = {}
_LOG = logging.getLogger("chugiai.entities")


def resource_path(resources: Path) -> Path:
    return Path(resources).joinpath(*MODEL_FILE)


def load(path: Path):
    """The CRF tagger at `path`, read once per process; None (logged once) when it is missing or
    unreadable, and the rules then stand alone."""
    key = str(path)
    with _LOCK:
        if key not in _MODELS:
            _MODELS[key] = _read(Path(path))
        return _MODELS[key]


def _read(path: Path):
    try:
        from underthesea_core import CRFTagger  # deferred: the Rust CRF, loaded with the tagger

        tagger = CRFTagger()
        tagger.load(str(path))
        if "B-ORG" not in tagger.labels():
            raise OSError("no organization labels")
        return tagger
    except Exception as exc:  # a missing or damaged model must never take extraction down
        _LOG.warning("entity model not used (%s): %s", path, exc)
        return None


def _shape(s: Syl) -> str:
    t = s.text
    if s.punct:
        return "P" + t
    if t.isdigit():
        return "D"
    if t.isupper():
        return "AA"
    if t[:1].isupper():
        return "Ax" if not any(c.isupper() for c in t[1:]) else "AxA"
    return "x"


def cap_runs(syls: list[Syl]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words: where a name can be."""
    runs, i = [], 0
    while i < len(syls):
        if syls[i].cap:
            j = i
            while j < len(syls) and syls[j].cap:
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def doc_cues(sents: list[Sentence]) -> dict[str, set[str]]:
    """Per capitalised word, what the whole article shows it with: after an organization head,
    after a person title, in a surname-led run; and how often it occurs."""
    cues: dict[str, set[str]] = {}
    counts: Counter[str] = Counter()
    for sent in sents:
        syls = sent.syls
        for a, b in cap_runs(syls):
            here = set()
            if is_head(syls, a, True):
                here.add("dhead")
            if title_before(syls, a):
                here.add("dtitle")
            if syls[a].key in L.SURNAMES and b - a >= 2:
                here.add("dsur")
            for k in range(a, b):
                counts[syls[k].key] += 1
                cues.setdefault(syls[k].key, set()).update(here)
    for key, n in counts.items():
        cues[key].add("dn=" + ("1" if n == 1 else "2-3" if n <= 3 else "4+"))
    return cues


def _gazetteer_labels(sent: Sentence) -> list[str]:
    """B-/I-/O per syllable from the gazetteer's hits (a lexicon, not a rule's guess)."""
    labels = ["O"] * len(sent.syls)
    for c in sent.cands:
        if c.source == "gaz":
            for i, s in enumerate(sent.syls):
                if c.start <= s.start and s.end <= c.end:
                    labels[i] = "B" if s.start == c.start else "I"
    return labels


def _own(syls: list[Syl], i: int) -> list[str]:
    s = syls[i]
    return [f"w={s.key}", f"sh={_shape(s)}", f"head={is_head(syls, i, True) > 0}",
            f"title={title_at(syls, i) > 0}",
            f"viet={viet_syllable(s.text) if s.word else 'p'}", f"sur={s.key in L.SURNAMES}",
            f"place={phrase_at(syls, i, L.PLACES, PLACE_MAX) > 0}",
            f"pred={phrase_at(syls, i, L.PREDICATE_VERBS, PREDICATE_MAX) > 0}",
            f"eorg={s.key in L.ENGLISH_ORG_WORDS}",
            f"ner={s.ner}", f"pos={s.pos}"]


NEIGHBOUR_FEATURES = 4  # the first features of `_own` (word, shape, head, title) neighbours see


def features(sent: Sentence, cues: dict[str, set[str]] | None,
             extra: list[list[str]] | None = None) -> list[list[str]]:
    """The feature strings of every syllable (`extra`: more per syllable, for experiments)."""
    syls = sent.syls
    gaz = _gazetteer_labels(sent)
    runs = ["run=O"] * len(syls)
    for a, b in cap_runs(syls):
        size = "long" if b - a >= RUN_LONG else str(b - a)
        for k in range(a, b):
            runs[k] = f"run={'B' if k == a else 'I'}{size}"
    own = [[*_own(syls, i), f"gaz={gaz[i]}", runs[i]] for i in range(len(syls))]
    out = []
    for i, s in enumerate(syls):
        feats = list(own[i]) + (extra[i] if extra else [])
        if cues is not None and s.cap:
            feats += sorted(cues.get(s.key, ()))
        if i == 0:
            feats.append("first")
        for d in CONTEXT:
            j = i + d
            if 0 <= j < len(syls):
                feats += [f"{d}:{f}" for f in own[j][:NEIGHBOUR_FEATURES]]
            else:
                feats.append(f"{d}:edge")
        out.append(feats)
    return out


def kind_probability(tagger, feats: list[list[str]]) -> dict[str, list[float]]:
    """Per kind, per syllable, the model's probability that it is part of a name of that kind."""
    names = list(tagger.labels())
    with _LOCK:  # one model object shared by every extraction thread
        marginals = tagger.marginals(feats)
    cols = {kind: [names.index(n) for n in ("B-" + kind, "I-" + kind) if n in names]
            for kind in OVERRULED}
    return {kind: [sum(row[c] for c in cs) for row in marginals] for kind, cs in cols.items()}


def weigh(sents: list[Sentence], tagger) -> None:
    """Drop the weak guesses the model finds unlikely (in place)."""
    if tagger is None:
        return
    cues: dict[str, set[str]] | None = None
    for sent in sents:
        if not any(_overruled(c) for c in sent.cands):
            continue
        if cues is None:
            cues = doc_cues(sents)
        prob = kind_probability(tagger, features(sent, cues))
        sent.cands[:] = [c for c in sent.cands if not _unlikely(sent, c, prob)]


def _overruled(c: Candidate) -> bool:
    """A weak guess with no cue behind it: a cue noun or an acting verb ("chuỗi …", "Startup …",
    "… cho biết") is the firm ground the rules read it from, which the model cannot see."""
    return c.source in OVERRULED.get(c.kind, ()) and not c.cued and not L.SITE_ADDRESS.match(c.form)



def _unlikely(sent: Sentence, c: Candidate, prob: dict[str, list[float]]) -> bool:
    if not _overruled(c):
        return False
    inside = [prob[c.kind][i] for i, s in enumerate(sent.syls) if c.start <= s.start < c.end]
    return bool(inside) and sum(inside) / len(inside) < DROP_BELOW[c.kind]
