"""An experiment, not shipped: a CRF (underthesea_core's) over the rules, reading each syllable
with its shape, the lexicons, the tagger's tags and the rules' own candidates.

Measured by tools/train_entity_model.py --cv 5 on the tune split (50 articles, held-out folds):
as extra spans, as a filter of rule guesses, or as boundary alternatives, it did not raise
held-out F1 over the rules alone (PER 0.949 → 0.945–0.949, ORG 0.857 → 0.845–0.855), so the
extractor does not load it. Kept to be re-measured when the tune split grows.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from desktop.core.entities import lexicon as L
from desktop.core.entities.organizations import is_head
from desktop.core.entities.people import title_at
from desktop.core.entities.records import Sentence, Syl
from desktop.core.entities.syllables import phrase_at, viet_syllable

MODEL_FILE = ("entities", "model.crf")
CONTEXT = (-2, -1, 1, 2)  # neighbours whose features a syllable also sees
_LOCK = threading.Lock()
_CACHE: dict[str, object] = {}


def resource_path(resources: Path) -> Path:
    return Path(resources).joinpath(*MODEL_FILE)


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


def _own(syls: list[Syl], i: int, rule: str) -> list[str]:
    s = syls[i]
    return [f"w={s.key}", f"sh={_shape(s)}", f"viet={viet_syllable(s.text) if s.word else 'p'}",
            f"sur={s.key in L.SURNAMES}", f"head={is_head(syls, i, True) > 0}",
            f"title={title_at(syls, i) > 0}", f"place={phrase_at(syls, i, L.PLACES, 4) > 0}",
            f"pred={phrase_at(syls, i, L.PREDICATE_VERBS, 2) > 0}",
            f"ner={s.ner}", f"pos={s.pos}", f"r={rule}", f"rk={rule.split(':')[0]}"]


def features(sent: Sentence) -> list[list[str]]:
    """The feature strings of every syllable of a sentence (its rules' candidates included)."""
    syls = sent.syls
    rules = _rule_labels(sent)
    own = [_own(syls, i, rules[i]) for i in range(len(syls))]
    out = []
    for i in range(len(syls)):
        feats = list(own[i])
        for d in CONTEXT:
            j = i + d
            if 0 <= j < len(syls):
                feats += [f"{d}:{f}" for f in own[j][:2] + own[j][-2:]]
            else:
                feats.append(f"{d}:edge")
        out.append(feats)
    return out


def load(path: Path):
    """The CRF tagger at `path`, loaded once per process; None when there is no model file."""
    key = str(path)
    with _LOCK:
        if key not in _CACHE:
            tagger = None
            if Path(path).is_file():
                from underthesea_core import CRFTagger  # deferred: the Rust CRF, with the tagger

                tagger = CRFTagger()
                tagger.load(str(path))
            _CACHE[key] = tagger
        return _CACHE[key]


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


# Rule candidates the model may overrule: the guesses, not the anchored ones.
OVERRULED_SOURCES = frozenset({"head", "bare", "acro", "brand", "eng", "per-crf", "per-rule",
                               "per-short", "team"})


def model_stage(sent: Sentence, tagger) -> None:
    """Spans the model proposes that no rule candidate touches; rule guesses where the model
    sees nothing at all are dropped."""
    if tagger is None or not sent.syls:
        return
    labels = tagger.tag(features(sent))
    mode = os.environ.get("CHUGIAI_MODEL_MODE", "add")
    taken = [(c.start, c.end) for c in sent.cands]
    if "filter" in mode:
        keep = []
        for c in sent.cands:
            covered = [labels[i] for i, s in enumerate(sent.syls) if c.start <= s.start < c.end]
            if c.source in OVERRULED_SOURCES and covered and all(x == "O" for x in covered):
                continue
            keep.append(c)
        sent.cands[:] = keep
    if "add" in mode:
        for kind, a, b in spans(labels):
            st, en = sent.span(a, b)
            if any(x < en and st < y for x, y in taken):
                continue
            sent.add(kind, a, b, "model", short=kind == "PER" and b - a == 1)
    if "bound" in mode:
        for kind, a, b in spans(labels):
            st, en = sent.span(a, b)
            same = [c for c in sent.cands if c.kind == kind and c.start < en and st < c.end]
            if same and all((c.start, c.end) != (st, en) for c in same):
                sent.add(kind, a, b, "model", short=kind == "PER" and b - a == 1)
