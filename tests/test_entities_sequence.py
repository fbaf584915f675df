"""The learned sequence model's stage: it drops weak organization guesses it finds unlikely,
keeps the rest, and its absence or damage leaves the rules alone with one logged line.
Sentences written for these tests (not taken from any gold split)."""

from __future__ import annotations

import logging
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from desktop.core.entities import extract, sequence
from desktop.core.entities import gazetteer as gazetteer_mod
from desktop.core.entities.pipeline import rule_sentences
from desktop.core.entities.records import Candidate

REPO = Path(__file__).resolve().parents[1]
RESOURCES = REPO / "resources"
sys.path.insert(0, str(REPO / "tools"))


def orgs(text: str, resources: Path = RESOURCES) -> set[str]:
    return {e.name for e in extract(text, resources=resources) if e.kind == "ORG"}


@pytest.fixture
def rules_only(tmp_path: Path) -> Path:
    """A resources folder with the gazetteer and no model file."""
    shutil.copytree(RESOURCES / "gazetteer", tmp_path / "gazetteer")
    return tmp_path


def test_the_model_file_is_shipped_and_loads():
    tagger = sequence.load(sequence.resource_path(RESOURCES))
    assert tagger is not None
    assert {"B-ORG", "I-ORG", "B-PER", "I-PER", "O"} <= set(tagger.labels())


@pytest.mark.parametrize(("text", "code"), [
    ("Nhà máy chuyển sang dùng khí LNG nhập khẩu từ tháng 6.", "LNG"),
    ("Công ước CITES cấm buôn bán ngà voi.", "CITES"),
    ("Sản phẩm đạt chuẩn OCOP 4 sao của tỉnh được bày bán tại siêu thị.", "OCOP"),
    ("Học sinh dự thi IELTS ngày càng nhiều.", "IELTS"),
])
def test_a_fuel_treaty_label_or_exam_guessed_as_an_organization_is_dropped(text, code, rules_only):
    assert code in orgs(text, rules_only)  # the rules' guess
    assert code not in orgs(text)


@pytest.mark.parametrize(("text", "org"), [
    ("Theo số liệu của VASEP, xuất khẩu cá tra giảm 20%.", "VASEP"),
    ("Đại diện HUD cho biết dự án sẽ khởi công vào tháng tới.", "HUD"),
    ("Vinamilk và TH True Milk cùng tăng giá sữa.", "TH True Milk"),
    ("Tập đoàn Hòa Phát báo lãi quý III.", "Tập đoàn Hòa Phát"),
])
def test_organizations_the_model_finds_likely_are_kept(text, org):
    assert org in orgs(text)


@pytest.mark.parametrize(("source", "dropped"), [
    ("acro", True), ("brand", True), ("team", True), ("acting", True),
    ("head", False), ("eng", False), ("gaz", False), ("paren", False), ("bare", False),
])
def test_only_weak_guesses_are_overruled(source, dropped):
    gaz = gazetteer_mod.load(gazetteer_mod.resource_path(RESOURCES))
    sent = next(iter(rule_sentences("Học sinh dự thi IELTS ngày càng nhiều.", gaz, set())))
    i = next(k for k, s in enumerate(sent.syls) if s.text == "IELTS")
    c = Candidate("ORG", sent.syls[i].start, sent.syls[i].end, source, "IELTS")
    unlikely = [sequence.DROP_BELOW / 2] * len(sent.syls)
    assert sequence._unlikely(sent, c, unlikely) is dropped
    assert not sequence._unlikely(sent, c, [1.0] * len(sent.syls))
    assert not sequence._unlikely(sent, Candidate("PER", c.start, c.end, source), unlikely)


@pytest.mark.parametrize("damage", [None, b"not a model", b"lCRF" + bytes(64)])
def test_a_missing_or_damaged_model_leaves_the_rules_alone_with_one_logged_line(
        rules_only, caplog, damage):
    if damage is not None:
        path = sequence.resource_path(rules_only)
        path.parent.mkdir(parents=True)
        path.write_bytes(damage)
    text = "Nhà máy chuyển sang dùng khí LNG nhập khẩu từ tháng 6. Bộ Y tế họp."
    with caplog.at_level(logging.WARNING, logger="chugiai.entities"):
        first = orgs(text, rules_only)
        again = orgs(text, rules_only)
    assert first == again == {"LNG", "Bộ Y tế"}
    lines = [r for r in caplog.records if r.name == "chugiai.entities"]
    assert len(lines) == 1 and "entity model not used" in lines[0].getMessage()


def test_threads_sharing_the_model_agree_with_one_thread():
    texts = ["Học sinh dự thi IELTS ngày càng nhiều. Theo số liệu của VASEP, xuất khẩu giảm.",
             "Công ước CITES cấm buôn bán ngà voi. Vinamilk và TH True Milk cùng tăng giá sữa."] * 4
    alone = [orgs(t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(orgs, texts)) == alone


def test_retraining_gives_the_same_predictions(tmp_path):
    import train_entity_model as trainer

    for name in ("a.crf", "b.crf"):
        assert trainer.main(["--range", "u001-u003", "--out", str(tmp_path / name)]) == 0
    a, b = (sequence._read(tmp_path / n) for n in ("a.crf", "b.crf"))
    gaz = gazetteer_mod.load(gazetteer_mod.resource_path(RESOURCES))
    text = "Công ước CITES cấm buôn bán ngà voi. Ông Nguyễn Văn An, Giám đốc Sở Tài chính, họp."
    sents = list(rule_sentences(text, gaz, set()))
    cues = sequence.doc_cues(sents)
    for sent in sents:
        feats = sequence.features(sent, cues)
        assert a.tag(feats) == b.tag(feats)
        assert sequence.org_probability(a, feats) == pytest.approx(sequence.org_probability(b, feats))


def test_the_trainer_refuses_a_test_split(tmp_path, capsys):
    import train_entity_model as trainer

    (tmp_path / "test2").mkdir()
    assert trainer.main(["--tune", str(tmp_path / "test2"), "--out", str(tmp_path / "m.crf")]) == 2
    assert "tune split only" in capsys.readouterr().err
    assert not (tmp_path / "m.crf").exists()
