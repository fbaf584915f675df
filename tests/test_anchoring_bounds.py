"""Re-anchoring is bounded: quotes that are nowhere in the text (a hostile bundle) cost a
bounded amount of work per highlight and per import, and the caller can stop it.

Before the bound, 200 such quotes in a 7 KB article took 55 s and one in a 1 MB article 53 s
(a pure-Python edit-distance scan of the whole text each time).
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core import anchoring
from desktop.core.anchoring import AnchorBudget, AnchoringStopped, Selector, anchor, describe

ROOT = Path(__file__).resolve().parent.parent
WORDS = ("Ngày 28/3, Hội thảo quốc tế về Phụ nữ, Hòa bình và An ninh đã được Bộ Ngoại giao "
         "phối hợp với UN Women tổ chức tại Hà Nội. Hòa bình là chủ đề chính của hội thảo.").split()


def article(words: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) for _ in range(words))


def hostile(text: str, count: int, seed: int = 3) -> list[Selector]:
    """Quotes made of the article's own words in an order it never has: the fuzzy search
    cannot rule them out by their letters."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        quote = " ".join(rng.choice(WORDS) for _ in range(14)) + " ¶"
        start = rng.randrange(len(text) - len(quote))
        out.append(Selector(start, start + len(quote), quote, "", ""))
    return out


def test_one_highlight_scans_only_near_its_old_place():
    text = article(170_000)  # ~1 MB
    sel = hostile(text, 1)[0]
    budget = AnchorBudget()
    assert anchor(text, sel, budget=budget).orphaned
    scanned = anchoring.IMPORT_FUZZY_CHARS - budget.chars
    assert 0 < scanned <= 2 * anchoring.FUZZY_WINDOW_CHARS + len(sel.exact)


def test_an_import_s_budget_caps_the_work_of_all_its_highlights():
    text = article(1_200)  # ~7 KB, as in the hostile bundle
    budget = AnchorBudget()
    found = [anchor(text, sel, budget=budget) for sel in hostile(text, 400)]
    assert all(a.orphaned for a in found)  # kept, at their old place: never dropped
    assert budget.chars == 0  # spent, and never beyond: later quotes were not searched


def test_the_caller_can_stop_the_search():
    text = article(170_000)
    asked = []

    def should_stop() -> bool:
        asked.append(1)
        return len(asked) > 2

    budget = AnchorBudget(should_stop=should_stop)
    with pytest.raises(AnchoringStopped):
        for sel in hostile(text, 50):
            anchor(text, sel, budget=budget)


def test_an_edited_quote_is_still_found_near_its_place_in_a_long_text():
    text = article(170_000)
    start = len(text) // 2
    sel = describe(text, start, start + 60)
    edited = text[:start - 500] + "Tin mới. " + text[start - 500:start + 10] + "X" \
        + text[start + 11:]
    found = anchor(edited, sel)
    assert found.status == "fuzzy"
    assert abs(found.start - (start + len("Tin mới. "))) <= 2


def test_many_occurrences_of_a_short_quote_are_not_all_scored():
    text = "a" * 1_000_000
    sel = Selector(500_000, 500_001, "a", "b" * 32, "b" * 32)
    found = anchor(text, sel)
    assert found.status == "exact" or found.status == "moved"


def test_two_hundred_hostile_quotes_in_a_long_article_end_in_a_child_process():
    """The 1 MB case: before, ~53 s a quote; the child is given 60 s for twenty."""
    code = ("from tests.test_anchoring_bounds import article, hostile\n"
            "from desktop.core.anchoring import anchor, AnchorBudget\n"
            "text = article(170_000)\n"
            "for sel in hostile(text, 20):\n    anchor(text, sel)\n"
            "b = AnchorBudget()\n"
            "for sel in hostile(text, 200, seed=5):\n    anchor(text, sel, budget=b)\n"
            "print('done')\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    assert done.stdout.strip() == "done", done.stderr[-2000:]
