"""Experiment variants of the sequence model (`desktop/core/entities/sequence.py`), measured side by
side by tools/train_entity_model.py (figures in its docstring):
- "doc": the shipped features, document cues included;
- "plain": the same without the document cues;
- "rules": "plain" plus the rules' own candidates per syllable ("B-ORG:head").
"""

from __future__ import annotations

from desktop.core.entities.records import Sentence
from desktop.core.entities.sequence import (  # noqa: F401 — the harness reads them from here
    DROP_BELOW,
    OVERRULED,
    PERSON_GUESSES,
    WEAK_SOURCES,
    doc_cues,
    features,
    kind_probability,
    load,
    resource_path,
    weigh,
)

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
