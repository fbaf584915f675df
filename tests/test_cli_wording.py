"""The command line's English: one annotation, two annotations; every column has a heading."""

import pytest
from test_cli import chugiai
from test_exchange_cli import _annotate

from desktop.core.sync.engine import SyncReport
from desktop.core.wording import count, tally


@pytest.mark.parametrize("n, text", [(0, "0 articles"), (1, "1 article"), (2, "2 articles"),
                                     (1200, "1,200 articles")])
def test_count_says_one_article_and_two_articles(n, text):
    assert count(n, "article") == text


@pytest.mark.parametrize("counts, text", [
    ({}, "0 new, 0 updated"), ({"new": 3, "updated": 1, "other": 9}, "3 new, 1 updated")])
def test_tally_words_each_outcome_in_the_order_asked(counts, text):
    assert tally(counts, "new", "updated") == text


@pytest.mark.parametrize("n, nouns", [(1, ("1 conflict,", "1 article,")),
                                      (2, ("2 conflicts,", "2 articles,"))])
def test_the_sync_summary_says_1_conflict_and_2_conflicts(n, nouns):
    report = SyncReport(pushed=5, pulled={"new": 2, "conflict": n}, articles=n)
    summary = report.summary()
    assert summary.startswith("sent 5; received 2 new, 0 updated, 0 deleted, ")
    assert all(noun in summary for noun in nouns)


def test_export_says_1_annotation_and_1_article(tmp_path):
    folder = tmp_path / "a"
    assert chugiai("--data-dir", str(folder), "list").returncode == 0
    article_id = _annotate(folder)
    out = tmp_path / "x.chugiai"
    done = chugiai("--data-dir", str(folder), "export", str(out), "--article", article_id[:12])
    assert done.returncode == 0, done.stderr
    assert "1 annotation, 0 deletions, 1 article" in done.stdout
    report = chugiai("--data-dir", str(folder), "report", "--format", "md", str(tmp_path / "r.md"))
    assert "1 annotation in 1 article" in report.stdout


def test_list_labels_its_columns(tmp_path):
    done = chugiai("--data-dir", str(tmp_path / "a"), "list")
    header = done.stdout.splitlines()[0].split()
    assert header == ["id", "annotations", "title"]
