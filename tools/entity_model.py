"""Experiment variants of the sequence model (desktop/core/entities/sequence.py), for
tools/train_entity_model.py to measure side by side.

- "doc" (shipped): the core's features, document cues included;
- "plain": the same without the document cues;
- "rules": "plain" plus the rules' own candidates per syllable ("B-ORG:head"). The first
  experiment; a model that reads them learns to trust the rules, which were written from the
  tune split, and does not help on articles the rules never saw.
"""

from __future__ import annotations

from desktop.core.entities import sequence
from desktop.core.entities.records import Sentence

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


def features(sent: Sentence, variant: str, cues: dict[str, set[str]] | None) -> list[list[str]]:
    if variant == "rules":
        extra = [[f"r={r}", f"rk={r.split(':')[0]}"] for r in _rule_labels(sent)]
        return sequence.features(sent, None, extra)
    return sequence.features(sent, cues if variant == "doc" else None)


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
