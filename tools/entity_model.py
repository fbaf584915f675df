"""An experiment, NOT shipped: a learned sequence model's say over the rules' weakest
organization guesses (measured by tools/train_entity_model.py; figures in its docstring).

A CRF (underthesea_core's; trained on the tune split only) reads every syllable: its shape,
whether it can be a Vietnamese syllable, the lexicons, gazetteer hits, head nouns, titles and
English organization words, the tagger's tags, its place in its capitalised run, and what the
rest of the article shows the word with. It never reads the rules' own candidates (the "rules"
variant below does, and learns only to trust them, since they were written from the same
articles). `weigh` drops an organization guess with nothing firm behind it (`WEAK_SOURCES`) when
the model gives it less than `DROP_BELOW` probability; `load` returns None, with one logged line,
for a missing or damaged model file. To ship it: move this module into desktop/core/entities/,
call `weigh(sents, load(resource_path(resources)))` in pipeline.extract between the sentences and
`finish`, and train `--out resources/entities/model.crf` (see the branch history of `entcrf`).

Variants measured side by side (`variant_features`):
- "doc": the features above, document cues included;
- "plain": the same without the document cues;
- "rules": "plain" plus the rules' own candidates per syllable ("B-ORG:head").
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from pathlib import Path

from desktop.core.entities import lexicon as L
from desktop.core.entities.organizations import is_head
from desktop.core.entities.people import title_at, title_before
from desktop.core.entities.records import Sentence, Syl
from desktop.core.entities.syllables import phrase_at, viet_syllable

MODEL_FILE = ("entities", "model.crf")
# organization guesses the model may overrule: no head noun, English organization word,
# gazetteer entry or brackets behind them. A bare head ("Sở", "Bộ") is left alone: it only
# ever counts as a mention of a full name.
WEAK_SOURCES = frozenset({"acro", "brand", "team", "acting"})
# a weak guess whose mean ORG probability over its syllables is below this is dropped (5-fold
# CV on the tune split: 0.05 and 0.1 keep its F1, 0.2 and above cost recall)
DROP_BELOW = 0.1
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


def org_probability(tagger, feats: list[list[str]]) -> list[float]:
    """Per syllable, the model's probability that it is part of an organization."""
    names = list(tagger.labels())
    with _LOCK:  # one model object shared by every extraction thread
        marginals = tagger.marginals(feats)
    cols = [names.index(n) for n in ("B-ORG", "I-ORG") if n in names]
    return [sum(row[c] for c in cols) for row in marginals]


def weigh(sents: list[Sentence], tagger) -> None:
    """Drop the weak organization guesses the model finds unlikely (in place)."""
    if tagger is None:
        return
    cues: dict[str, set[str]] | None = None
    for sent in sents:
        if not any(c.kind == "ORG" and c.source in WEAK_SOURCES for c in sent.cands):
            continue
        if cues is None:
            cues = doc_cues(sents)
        prob = org_probability(tagger, features(sent, cues))
        sent.cands[:] = [c for c in sent.cands if not _unlikely(sent, c, prob)]


def _unlikely(sent: Sentence, c, prob: list[float]) -> bool:
    if c.kind != "ORG" or c.source not in WEAK_SOURCES:
        return False
    inside = [prob[i] for i, s in enumerate(sent.syls) if c.start <= s.start < c.end]
    return bool(inside) and sum(inside) / len(inside) < DROP_BELOW


VARIANTS = ("doc", "plain", "rules")


def _rule_labels(sent: Sentence) -> list[str]:
    """Per syllable, the label the rules' longest candidate over it gives ("B-ORG:head")."""
    labels = ["O"] * len(sent.syls)
    best = [0] * len(sent.syls)
    for c in sent.cands:
        for i, s in enumerate(sent.syls):
            if c.start <= s.start and s.end <= c.end and c.end - c.start > best[i]:
                best[i] = c.end - c.start
                labels[i] = ("B-" if s.start == c.start else "I-") + c.kind + ":" + c.source
    return labels


def variant_features(sent: Sentence, variant: str, cues: dict[str, set[str]] | None) -> list[list[str]]:
    if variant == "rules":
        extra = [[f"r={r}", f"rk={r.split(':')[0]}"] for r in _rule_labels(sent)]
        return features(sent, None, extra)
    return features(sent, cues if variant == "doc" else None)


def spans(labels: list[str]) -> list[tuple[str, int, int]]:
    """(kind, first syllable, end syllable) of each B-/I- run of labels."""
    out = []
    i = 0
    while i < len(labels):
        if labels[i].startswith("B-"):
            kind = labels[i][2:]
            j = i + 1
            while j < len(labels) and labels[j] == "I-" + kind:
                j += 1
            out.append((kind, i, j))
            i = j
        else:
            i += 1
    return out
