"""The learned sequence model's stage: it drops the weak guesses it finds unlikely, keeps the rest,
and its absence or damage leaves the rules alone with one logged line. Sentences written for these
tests (not taken from any gold split)."""

from __future__ import annotations

import logging
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from desktop.core.entities import extract, sequence
from desktop.core.entities import gazetteer as gazetteer_mod
from desktop.core.entities.pipeline import rule_sentences
from desktop.core.entities.records import Candidate

REPO = Path(__file__).resolve().parents[1]
RESOURCES = REPO / "resources"


def names(text: str, kind: str, resources: Path = RESOURCES) -> set[str]:
    return {e.name for e in extract(text, resources=resources) if e.kind == kind}


@pytest.fixture
def rules_only(tmp_path: Path) -> Path:
    """A resources folder with the gazetteer and no model file."""
    shutil.copytree(RESOURCES / "gazetteer", tmp_path / "gazetteer")
    return tmp_path


def test_the_model_file_is_shipped_and_loads():
    tagger = sequence.load(sequence.resource_path(RESOURCES))
    assert tagger is not None
    assert {"B-ORG", "I-ORG", "B-PER", "I-PER", "O"} <= set(tagger.labels())


@pytest.mark.parametrize(("text", "kind", "name"), [
    ("Học sinh dự thi IELTS ngày càng nhiều.", "ORG", "IELTS"),  # an exam read as a body
])
def test_a_weak_guess_the_model_finds_unlikely_is_dropped(text, kind, name, rules_only):
    assert name in names(text, kind, rules_only)  # the rules' guess
    assert name not in names(text, kind)


def test_a_person_guess_is_the_rules_alone(rules_only):
    """No person filter ships (none beat the rules in CV): the model never drops a person."""
    text = "Nhiều người đổ về Hồ Tây dịp cuối tuần."  # a lake named like a person
    assert "Hồ Tây" in names(text, "PER", rules_only)
    assert names(text, "PER") == names(text, "PER", rules_only)


@pytest.mark.parametrize(("text", "org"), [
    ("Theo số liệu của VASEP, xuất khẩu cá tra giảm 20%.", "VASEP"),
    ("Đại diện HUD cho biết dự án sẽ khởi công vào tháng tới.", "HUD"),
    ("Vinamilk và TH True Milk cùng tăng giá sữa.", "TH True Milk"),
    ("Tập đoàn Hòa Phát báo lãi quý III.", "Tập đoàn Hòa Phát"),
])
def test_organizations_the_model_finds_likely_are_kept(text, org):
    assert org in names(text, "ORG")


@pytest.mark.parametrize(("text", "person"), [
    ("Ông Nguyễn Văn An, Giám đốc Sở Tài chính, chủ trì cuộc họp.", "Nguyễn Văn An"),
    ("Tiền đạo Nguyễn Tiến Linh ghi bàn ở phút 78.", "Nguyễn Tiến Linh"),
    ("Chị Lê Thị Hoa cho biết gia đình đã nhận hỗ trợ.", "Lê Thị Hoa"),
])
def test_people_the_model_finds_likely_are_kept(text, person):
    assert person in names(text, "PER")


@pytest.mark.parametrize(("kind", "source", "overruled"), [
    ("ORG", "acro", True), ("ORG", "brand", True), ("ORG", "team", True), ("ORG", "acting", True),
    ("ORG", "head", False), ("ORG", "eng", False), ("ORG", "gaz", False), ("ORG", "paren", False),
    ("ORG", "bare", False),
    ("PER", "per-crf", False), ("PER", "per-rule", False), ("PER", "per-short", False),
    ("PER", "per-solo", False), ("PER", "byline", False), ("PER", "credit", False),
])
def test_only_weak_guesses_are_overruled(kind, source, overruled):
    gaz = gazetteer_mod.load(gazetteer_mod.resource_path(RESOURCES))
    sent = next(iter(rule_sentences("Học sinh dự thi IELTS ngày càng nhiều.", gaz, set())))
    i = next(k for k, s in enumerate(sent.syls) if s.text == "IELTS")
    c = Candidate(kind, sent.syls[i].start, sent.syls[i].end, source, "IELTS")
    n = len(sent.syls)
    unlikely = {k: [sequence.DROP_BELOW.get(k, 0.0) / 2] * n for k in ("ORG", "PER")}
    likely = {k: [1.0] * n for k in ("ORG", "PER")}
    assert sequence._unlikely(sent, c, unlikely) is overruled
    assert not sequence._unlikely(sent, c, likely)


@pytest.mark.parametrize("damage", [None, b"not a model", b"lCRF" + bytes(64)])
def test_a_missing_or_damaged_model_leaves_the_rules_alone_with_one_logged_line(
        rules_only, caplog, damage):
    if damage is not None:
        path = sequence.resource_path(rules_only)
        path.parent.mkdir(parents=True)
        path.write_bytes(damage)
    text = "Tập đoàn Hòa Phát báo lãi quý III. Bộ Y tế họp."
    with caplog.at_level(logging.WARNING, logger="chugiai.entities"):
        first = names(text, "ORG", rules_only)
        again = names(text, "ORG", rules_only)
    assert first == again == {"Tập đoàn Hòa Phát", "Bộ Y tế"}
    lines = [r for r in caplog.records if r.name == "chugiai.entities"]
    assert len(lines) == 1 and "entity model not used" in lines[0].getMessage()


def test_threads_sharing_the_model_agree_with_one_thread():
    texts = ["Học sinh dự thi IELTS ngày càng nhiều. Theo số liệu của VASEP, xuất khẩu giảm.",
             "Công ước CITES cấm buôn bán ngà voi. Vinamilk và TH True Milk cùng tăng giá sữa."] * 4
    alone = [names(t, "ORG") for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(lambda t: names(t, "ORG"), texts)) == alone


@pytest.mark.parametrize(("form", "cued", "overruled"), [
    ("IELTS", False, True),
    ("IELTS", True, False),  # a cue noun or an acting verb is firm ground
    ("Baonghean.vn", False, False),  # a site's address names its owner
    ("VnExpress.net", False, False),
])
def test_a_cued_guess_or_a_web_address_is_never_overruled(form, cued, overruled):
    c = Candidate("ORG", 0, len(form), "brand", form, cued=cued)
    assert sequence._overruled(c) is overruled
