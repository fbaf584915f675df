"""Over-long sentences are cut into pieces between words before tagging (entities.pieces)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.entities import Cancelled, extract
from desktop.core.entities.pieces import MAX_SENTENCE_CHARS, pieces

RESOURCES = Path(__file__).resolve().parents[1] / "resources"


def cut(text, limit):
    return [text[s:e] for s, e in pieces(text, 0, len(text), limit=limit)]


@pytest.mark.parametrize("text, limit, expected", [
    ("Bộ Tài chính họp.", 100, ["Bộ Tài chính họp."]),
    ("  một câu ngắn  ", 100, ["một câu ngắn"]),
    ("aaa bbb, ccc ddd eee", 12, ["aaa bbb,", "ccc ddd eee"]),  # after the clause mark
    ("aaa bbb ccc ddd eee", 12, ["aaa bbb ccc", "ddd eee"]),  # else at the last space
    ("aaaaa - bbb ccc", 10, ["aaaaa -", "bbb ccc"]),  # a dash between spaces
    ("aaa/bbb/ccc/ddd", 8, ["aaa/bbb/", "ccc/ddd"]),  # no space: after a non-word character
    ("abcdefghij", 4, ["abcd", "efgh", "ij"]),  # one run longer than the cap
    ("   ", 4, []),
])
def test_a_long_sentence_is_cut_between_words(text, limit, expected):
    assert cut(text, limit) == expected


@pytest.mark.parametrize("length", [1, 999, 1000, 1001, 5000, 123_457])
def test_pieces_keep_every_word_whole_and_within_the_cap(length):
    words = ("Công ty TNHH Minh Phát, ngân hàng; và Google – đối tác ").split(" ")
    text = " ".join(words[i % len(words)] for i in range(length))[:length].rstrip()
    spans = list(pieces(text, 0, len(text)))
    assert all(0 < e - s <= MAX_SENTENCE_CHARS for s, e in spans)
    assert [w for s, e in spans for w in text[s:e].split()] == text.split()
    assert all(s >= 0 and e <= len(text) for s, e in spans)
    assert [s for s, _ in spans] == sorted(s for s, _ in spans)


def test_a_sentence_under_the_cap_is_one_piece():
    text = "x " * 10 + "Ngân hàng Nhà nước Việt Nam " * 30
    assert list(pieces(text, 20, len(text) - 1)) == [(20, len(text) - 1)]


def test_two_megabytes_on_one_line_with_no_sentence_end_are_extracted():
    unit = ("Công ty TNHH Thương mại Minh Phát và Google, Ngân hàng Vietcombank cùng ông "
            "Nguyễn Văn An ký thỏa thuận với Bộ Công Thương, ")
    text = (unit * (2_000_000 // len(unit) + 1))[:2_000_000]
    found = extract(text, resources=RESOURCES)
    assert isinstance(found, list)
    names = {(e.kind, e.name) for e in found}
    assert ("ORG", "Công ty TNHH Thương mại Minh Phát") in names
    assert ("PER", "Nguyễn Văn An") in names


def test_cancel_is_polled_between_the_pieces_of_one_long_line():
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) >= 3

    text = "Bộ Y tế và Bộ Tài chính họp, " * 200  # 6 kB, no sentence end
    with pytest.raises(Cancelled):
        extract(text, resources=RESOURCES, cancelled=cancelled)
    assert len(calls) == 3
