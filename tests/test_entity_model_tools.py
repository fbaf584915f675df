"""The sequence model's training tools (tools/train_entity_model.py, tools/entity_model.py):
training from the tune split only, and the same predictions on retraining."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop.core.entities import gazetteer as gazetteer_mod
from desktop.core.entities.pipeline import rule_sentences

REPO = Path(__file__).resolve().parents[1]
RESOURCES = REPO / "resources"
sys.path.insert(0, str(REPO / "tools"))

import entity_model  # noqa: E402
import train_entity_model as trainer  # noqa: E402


def test_retraining_gives_the_same_predictions(tmp_path):
    for name in ("a.crf", "b.crf"):
        assert trainer.main(["--range", "u001-u003", "--out", str(tmp_path / name)]) == 0
    a, b = (entity_model.load(tmp_path / n) for n in ("a.crf", "b.crf"))
    gaz = gazetteer_mod.load(gazetteer_mod.resource_path(RESOURCES))
    text = "Công ước CITES cấm buôn bán ngà voi. Ông Nguyễn Văn An, Giám đốc Sở Tài chính, họp."
    sents = list(rule_sentences(text, gaz, set()))
    cues = entity_model.doc_cues(sents)
    for sent in sents:
        feats = entity_model.features(sent, cues)
        assert a.tag(feats) == b.tag(feats)
        pa, pb = entity_model.kind_probability(a, feats), entity_model.kind_probability(b, feats)
        assert all(pa[k] == pytest.approx(pb[k]) for k in pa)


def test_the_trainer_refuses_a_test_split(tmp_path, capsys):
    (tmp_path / "test2").mkdir()
    assert trainer.main(["--tune", str(tmp_path / "test2"), "--out", str(tmp_path / "m.crf")]) == 2
    assert "tune split only" in capsys.readouterr().err
    assert not (tmp_path / "m.crf").exists()
