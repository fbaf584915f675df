"""An experiment: a CRF (underthesea_core's) reading each syllable of a sentence, and ways of
combining it with the rules. Measured by tools/train_entity_model.py (see its docstring for
the figures); the extractor does not load it unless a variant is shown to generalize.

Feature sets (`features(sent, variant, doc)`):
- "rules": shape, lexicons, the tagger's tags AND the rules' own candidates (the first
  experiment: the model learns mostly to trust the rules, which were written from tune);
- "plain": the same without the rules' candidates — gazetteer hits are kept (a lexicon);
- "doc": "plain" plus what the rest of the article says about the syllable (is the word seen
  elsewhere after an organization head, a person title, inside a surname-led run; how often).
"""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path

from desktop.core.entities import lexicon as L
from desktop.core.entities.organizations import is_head
from desktop.core.entities.people import title_at, title_before
from desktop.core.entities.records import Sentence, Syl
from desktop.core.entities.syllables import phrase_at, viet_syllable

MODEL_FILE = ("entities", "model.crf")
CONTEXT = (-2, -1, 1, 2)  # neighbours whose features a syllable also sees
RUN_LONG = 4  # a capitalised run of this many syllables or more counts as "long"
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


def _rule_labels(sent: Sentence, sources: frozenset[str] | None = None) -> list[str]:
    """Per syllable, the label the rules' longest candidate over it gives ("B-ORG:head")."""
    labels = ["O"] * len(sent.syls)
    best = [0] * len(sent.syls)
    for c in sent.cands:
        if sources is not None and c.source not in sources:
            continue
        for i, s in enumerate(sent.syls):
            if c.start <= s.start and s.end <= c.end and c.end - c.start > best[i]:
                best[i] = c.end - c.start
                labels[i] = ("B-" if s.start == c.start else "I-") + c.kind + ":" + c.source
    return labels


def _cap_runs(syls: list[Syl]) -> list[tuple[int, int]]:
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


def _run_feats(syls: list[Syl]) -> list[str]:
    """Where each syllable sits in its capitalised run ("run=B", "run=I", "run=O")."""
    out = ["run=O"] * len(syls)
    for a, b in _cap_runs(syls):
        size = "long" if b - a >= RUN_LONG else str(b - a)
        for k in range(a, b):
            out[k] = f"run={'B' if k == a else 'I'}{size}"
    return out


def _own(syls: list[Syl], i: int) -> list[str]:
    s = syls[i]
    return [f"w={s.key}", f"sh={_shape(s)}", f"viet={viet_syllable(s.text) if s.word else 'p'}",
            f"sur={s.key in L.SURNAMES}", f"head={is_head(syls, i, True) > 0}",
            f"title={title_at(syls, i) > 0}", f"place={phrase_at(syls, i, L.PLACES, 4) > 0}",
            f"pred={phrase_at(syls, i, L.PREDICATE_VERBS, 2) > 0}",
            f"ner={s.ner}", f"pos={s.pos}"]


def doc_info(sents: list[Sentence]) -> dict[str, set[str]]:
    """Per capitalised word key, the cues the whole article shows it with."""
    info: dict[str, set[str]] = {}
    counts: Counter[str] = Counter()
    for sent in sents:
        syls = sent.syls
        for a, b in _cap_runs(syls):
            cues = set()
            if is_head(syls, a, True):
                cues.add("dhead")
            if title_before(syls, a):
                cues.add("dtitle")
            if syls[a].key in L.SURNAMES and b - a >= 2:
                cues.add("dsur")
            for k in range(a, b):
                counts[syls[k].key] += 1
                info.setdefault(syls[k].key, set()).update(cues)
    for key, n in counts.items():
        info.setdefault(key, set()).add("dn=" + ("1" if n == 1 else "2-3" if n <= 3 else "4+"))
    return info


def features(sent: Sentence, variant: str = "plain",
             doc: dict[str, set[str]] | None = None) -> list[list[str]]:
    """The feature strings of every syllable of a sentence."""
    syls = sent.syls
    own = [_own(syls, i) for i in range(len(syls))]
    if variant == "rules":
        rules = _rule_labels(sent)
        for i, r in enumerate(rules):
            own[i] += [f"r={r}", f"rk={r.split(':')[0]}"]
    else:
        gaz = _rule_labels(sent, frozenset({"gaz"}))
        runs = _run_feats(syls)
        for i in range(len(syls)):
            own[i] += [f"gaz={gaz[i].split(':')[0]}", runs[i]]
            if variant == "doc" and doc is not None and syls[i].cap:
                own[i] += sorted(doc.get(syls[i].key, ()))
    out = []
    for i in range(len(syls)):
        feats = list(own[i])
        if i == 0:
            feats.append("first")
        for d in CONTEXT:
            j = i + d
            if 0 <= j < len(syls):
                feats += [f"{d}:{f}" for f in own[j][:2] + own[j][4:6]]
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
                               "per-short", "team", "acting", "per-solo"})
