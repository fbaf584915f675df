"""Quality gates of the extractor on gold sets kept in the repository (run in a plain clone).

The tune split and the dev set are what the rules and the model were fitted on: their floors
are figures reached. The test split was never used to choose a rule: its floor only guards
against regressions and is set well below the measured figure.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
sys.path.insert(0, str(REPO / "tools"))

import entity_eval as ev  # noqa: E402 — the scorer lives in tools/, not in the app

SPLITS = DATA / "entities"
# (gold set, floor for PER F1, floor for ORG F1). Measured with extractor 1.2.0
# (tools/entity_eval.py): seeds PER 1.00 ORG 0.98; dev 1.00 / 1.00; tune 0.96 / 0.88;
# test 0.91 / 0.80. Extractor 1.2.1: tune (75 articles) 0.95 / 0.88; dev and seeds unchanged.
# Extractor 1.3.0: tune (105 articles) 0.96 / 0.90; dev and seeds unchanged; test 0.93 / 0.87
# (scored twice in that round, totals only: midway and at the end).
# Extractor 1.4.0: tune (130 articles) 0.97 / 0.92; dev and seeds unchanged; test not scored by
# the helper who wrote 1.4.0 (u121–u130 of tune, held out from its rules: 0.95 / 0.81).
# Extractor 1.5.0: tune 0.975 / 0.932; dev and seeds unchanged; test not scored by its helper.
# Extractor 1.6.0: tune u001–u130 0.989 / 0.942; u131–u210 (80 articles by two writers who never
# read the extractor; u131–u150 read for errors, u151–u210 held out, totals only) 0.946 / 0.890;
# test 0.963 / 0.898 (scored once at the end of the round).
# Extractor 1.7.0: u001–u130 0.989 / 0.949; u131–u210 0.988 / 0.943; u211–u250 (40 new articles,
# read for errors) 0.997 / 0.976; u251–u290 (40 by another writer, held out, totals only) 0.969 /
# 0.866.
# Extractor 1.8.0 (with the sequence model's organization filter): u001–u130 0.990 / 0.956;
# u131–u210 0.991 / 0.954; u211–u250 0.997 / 0.981; u251–u330 (80 articles by two writers, read
# for errors in that round) 0.985 / 0.950; u331–u370 (40 by a third writer, held out, totals
# only) 0.946 / 0.909.
# The tune, dev and seed floors sit a few points under figures the rules were
# fitted to reach. The test split's floor only catches a regression: it was measured once, after
# the rules were frozen, and nothing was chosen by it. Tune articles added in a later round are
# gated apart, by file range, so the floor of the part the rules were written from stays put.
TUNE_FITTED = ("u001", "u130")
TUNE_LATER = ("u131", "u210")
TUNE_READ = ("u211", "u250")
TUNE_READ_LATER = ("u251", "u330")
TUNE_HELD_OUT = ("u331", "u370")
GATES = {
    "seeds": (DATA / "entities_seeds.json", None, 0.90, 0.90),
    "dev": (DATA / "entities_dev.json", None, 0.95, 0.95),
    "tune u001–u130": (SPLITS / "tune", TUNE_FITTED, 0.98, 0.95),
    "tune u131–u210": (SPLITS / "tune", TUNE_LATER, 0.98, 0.94),
    "tune u211–u250": (SPLITS / "tune", TUNE_READ, 0.98, 0.97),
    "tune u251–u330": (SPLITS / "tune", TUNE_READ_LATER, 0.97, 0.93),
    "tune u331–u370 (regression floor)": (SPLITS / "tune", TUNE_HELD_OUT, 0.92, 0.88),
    "test (regression floor)": (SPLITS / "test", None, 0.93, 0.86),
}


@pytest.mark.parametrize("name", sorted(GATES))
def test_gold_set_scores_above_floor(name):
    path, ids, per_floor, org_floor = GATES[name]
    report = ev.evaluate(ev.load_set(path, ids=ids), resources=REPO / "resources")
    assert report.f1("PER") >= per_floor, ev.format_report(name, report, per_topic=False, errors=False)
    assert report.f1("ORG") >= org_floor, ev.format_report(name, report, per_topic=False, errors=False)


def test_normalization_unifies_tone_placement_and_case():
    assert ev.normalize("Hoà  Bình") == ev.normalize("hòa bình")
    assert ev.normalize("Thuỵ Sĩ") == ev.normalize("Thụy Sĩ")
    assert ev.normalize("Quý") != ev.normalize("Qúy")


def test_set_level_matching_counts_each_gold_entity_once():
    gold = [{"kind": "PER", "name": "Nguyễn Văn Hùng", "aliases": ["Hùng"]},
            {"kind": "ORG", "name": "Bộ Y tế", "aliases": []}]
    result = ev.score_article(gold, [("PER", "Hùng"), ("PER", "nguyễn văn hùng"), ("ORG", "Sở Y tế")])
    assert (result.counts["PER"].tp, result.counts["PER"].fp, result.counts["PER"].fn) == (1, 1, 0)
    assert (result.counts["ORG"].tp, result.counts["ORG"].fp, result.counts["ORG"].fn) == (0, 1, 1)


def test_missing_set_and_errors_on_the_test_split_are_refused(tmp_path, capsys):
    assert ev.main([str(tmp_path / "nowhere")]) == 2
    assert "gold set not found" in capsys.readouterr().err
    (tmp_path / "test").mkdir()
    assert ev.main([str(tmp_path / "test"), "--errors"]) == 2
    assert "not for the test split" in capsys.readouterr().err


@pytest.mark.parametrize("split", ["test", "test2", "test3", "test4", "test5"])
def test_every_held_out_split_refuses_errors(tmp_path, capsys, split):
    (tmp_path / split).mkdir()
    assert ev.main([str(tmp_path / split), "--errors"]) == 2
    assert "not for the test split" in capsys.readouterr().err


def test_a_range_scores_only_the_files_it_names(tmp_path, capsys):
    for stem in ("u001", "u002", "u003"):
        (tmp_path / f"{stem}.json").write_text(
            json.dumps({"file": stem, "text": "x", "entities": []}), encoding="utf-8")
    assert [a.file for a in ev.load_set(tmp_path, ids=("u002", "u003"))] == ["u002", "u003"]
    assert ev.main([str(tmp_path), "--range", "u004-u009"]) == 2
    assert "no gold articles" in capsys.readouterr().err
