"""The sequence-model experiment's tools (tools/entity_model.py, tools/train_entity_model.py):
training from the tune split only, the same predictions on retraining, only weak guesses
overruled, a missing or damaged model file not used. The extractor does not load the model."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from desktop.core.entities import gazetteer as gazetteer_mod
from desktop.core.entities.pipeline import rule_sentences
from desktop.core.entities.records import Candidate

REPO = Path(__file__).resolve().parents[1]
RESOURCES = REPO / "resources"
sys.path.insert(0, str(REPO / "tools"))

import entity_model  # noqa: E402
import train_entity_model as trainer  # noqa: E402


@pytest.mark.parametrize(("source", "dropped"), [
    ("acro", True), ("brand", True), ("team", True), ("acting", True),
    ("head", False), ("eng", False), ("gaz", False), ("paren", False), ("bare", False),
])
def test_only_weak_guesses_are_overruled(source, dropped):
    gaz = gazetteer_mod.load(gazetteer_mod.resource_path(RESOURCES))
    sent = next(iter(rule_sentences("Học sinh dự thi IELTS ngày càng nhiều.", gaz, set())))
    i = next(k for k, s in enumerate(sent.syls) if s.text == "IELTS")
    c = Candidate("ORG", sent.syls[i].start, sent.syls[i].end, source, "IELTS")
    unlikely = [entity_model.DROP_BELOW / 2] * len(sent.syls)
    assert entity_model._unlikely(sent, c, unlikely) is dropped
    assert not entity_model._unlikely(sent, c, [1.0] * len(sent.syls))
    assert not entity_model._unlikely(sent, Candidate("PER", c.start, c.end, source), unlikely)


@pytest.mark.parametrize("damage", [None, b"not a model", b"lCRF" + bytes(64)])
def test_a_missing_or_damaged_model_is_not_used_with_one_logged_line(tmp_path, caplog, damage):
    path = entity_model.resource_path(tmp_path)
    if damage is not None:
        path.parent.mkdir(parents=True)
        path.write_bytes(damage)
    with caplog.at_level(logging.WARNING, logger="chugiai.entities"):
        assert entity_model.load(path) is None
        assert entity_model.load(path) is None
    lines = [r for r in caplog.records if r.name == "chugiai.entities"]
    assert len(lines) == 1 and "entity model not used" in lines[0].getMessage()


def test_retraining_gives_the_same_predictions(tmp_path):
    for name in ("a.crf", "b.crf"):
        assert trainer.main(["--range", "u001-u003", "--out", str(tmp_path / name)]) == 0
    a, b = (entity_model._read(tmp_path / n) for n in ("a.crf", "b.crf"))
    gaz = gazetteer_mod.load(gazetteer_mod.resource_path(RESOURCES))
    text = "Công ước CITES cấm buôn bán ngà voi. Ông Nguyễn Văn An, Giám đốc Sở Tài chính, họp."
    sents = list(rule_sentences(text, gaz, set()))
    cues = entity_model.doc_cues(sents)
    for sent in sents:
        feats = entity_model.features(sent, cues)
        assert a.tag(feats) == b.tag(feats)
        assert entity_model.org_probability(a, feats) == pytest.approx(entity_model.org_probability(b, feats))


def test_the_trainer_refuses_a_test_split(tmp_path, capsys):
    (tmp_path / "test2").mkdir()
    assert trainer.main(["--tune", str(tmp_path / "test2"), "--out", str(tmp_path / "m.crf")]) == 2
    assert "tune split only" in capsys.readouterr().err
    assert not (tmp_path / "m.crf").exists()
