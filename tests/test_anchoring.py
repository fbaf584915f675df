"""Re-anchoring a highlight after the text around it changed (DESIGN §4)."""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.anchoring import anchor, describe, match_quote

TEXT = ("Ngày 28/3, Hội thảo quốc tế về Phụ nữ, Hòa bình và An ninh đã được Bộ Ngoại giao "
        "phối hợp với UN Women tổ chức tại Hà Nội. Hòa bình là chủ đề chính của hội thảo.")


def selector_for(text, quote, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    return describe(text, start, start + len(quote))


def test_unchanged_text_anchors_exactly():
    sel = selector_for(TEXT, "Bộ Ngoại giao")
    assert anchor(TEXT, sel).status == "exact"


def test_text_inserted_before_moves_the_highlight():
    sel = selector_for(TEXT, "Bộ Ngoại giao")
    changed = "Tin mới: " + TEXT
    found = anchor(changed, sel)
    assert found.status == "moved"
    assert changed[found.start:found.end] == "Bộ Ngoại giao"


def test_context_picks_the_right_one_of_two_equal_quotes():
    sel = selector_for(TEXT, "Hòa bình", nth=1)  # the second "Hòa bình"
    changed = TEXT.replace("Ngày 28/3, ", "Sáng ngày 28 tháng 3 năm nay, ")
    found = anchor(changed, sel)
    assert changed[found.start:found.end] == "Hòa bình"
    assert changed[found.end:].startswith(" là chủ đề")


def test_a_quote_respelled_is_found_fuzzily():
    sel = selector_for(TEXT, "Hòa bình và An ninh")
    changed = TEXT.replace("Hòa bình và An ninh", "Hoà bình và an ninh")
    found = anchor(changed, sel)
    assert found.status == "fuzzy"
    assert changed[found.start:found.end] == "Hoà bình và an ninh"


def test_a_quote_that_is_gone_is_orphaned_not_dropped():
    sel = selector_for(TEXT, "UN Women")
    found = anchor("Một văn bản hoàn toàn khác.", sel)
    assert found.orphaned
    assert (found.start, found.end) == (sel.start, sel.end)


def test_match_quote_prefers_nearest_when_context_is_equal():
    text = "abc XYZ abc XYZ abc"
    sel = describe(text, 12, 15)
    assert match_quote("-" + text, sel) == (13, 16)


@pytest.mark.parametrize("start, end", [(-1, 3), (5, 5), (0, len(TEXT) + 1)])
def test_describe_refuses_ranges_outside_the_text(start, end):
    with pytest.raises(ValueError):
        describe(TEXT, start, end)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_random_edits_never_lose_a_highlight(data):
    start = data.draw(st.integers(0, len(TEXT) - 2))
    end = data.draw(st.integers(start + 1, min(len(TEXT), start + 40)))
    sel = describe(TEXT, start, end)
    rng = random.Random(data.draw(st.integers(0, 10_000)))
    text = TEXT
    for _ in range(data.draw(st.integers(0, 5))):
        at = rng.randrange(len(text) + 1)
        text = text[:at] + rng.choice(["", "x", " mới ", "Đ"]) + text[at + rng.randrange(3):]
    found = anchor(text, sel)
    assert found.status in {"exact", "moved", "fuzzy", "orphaned"}
    if not found.orphaned:
        assert 0 <= found.start < found.end <= len(text)
