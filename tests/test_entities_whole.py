"""Whole mentions only: a hand-marked name and a gazetteer name are found only as a whole
mention, never inside a longer name of another body."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.corpus import make_article
from desktop.core.entities import EXTRACTOR_VERSION
from desktop.core.entities import extract as _extract

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
UN_WOMEN = ("Cơ quan Liên Hợp Quốc về Bình đẳng giới và trao quyền cho phụ nữ (UN Women) "
            "phối hợp với Bộ Lao động tổ chức hội thảo.")


def extract(text):
    return _extract(text, resources=RESOURCES)


def test_gazetteer_name_inside_a_longer_name_is_not_a_mention():
    found = {e.name: e for e in extract(UN_WOMEN)}
    assert "Liên Hợp Quốc" not in found
    assert any("UN Women" in (e.name, *e.aliases) for e in found.values())
    text = "Tổng thư ký Liên Hợp Quốc phát biểu. " + UN_WOMEN
    found = {e.name: e for e in extract(text)}
    un_women = next(e for e in found.values() if "UN Women" in e.aliases)
    (start, end), = [m for m in un_women.mentions if text[m[0]:m[1]] == un_women.name]
    assert [m for m in found["Liên Hợp Quốc"].mentions if start <= m[0] < end] == []


def test_treasury_is_not_the_state():
    text = "Kho bạc Nhà nước đã giải ngân vốn. Ngân hàng Nhà nước giữ lãi suất điều hành."
    names = {e.name for e in extract(text) if e.kind == "ORG"}
    assert "Nhà nước" not in names
    assert {"Kho bạc Nhà nước", "Ngân hàng Nhà nước"} <= names


def test_hand_marked_name_is_not_found_inside_a_longer_name(store):
    first = make_article(title="A", body="Nhà nước cam kết hỗ trợ doanh nghiệp.")
    second = make_article(title="B", body="Kho bạc Nhà nước công bố số liệu. Nhà nước cũng cam kết.")
    store.add_articles([first, second])
    for art in (first, second):
        store.save_extraction(art.id, EXTRACTOR_VERSION, extract(art.body))
    store.mark_entity(first.id, 0, len("Nhà nước"), kind="ORG")
    state = next(e for e in store.article_entities(first.id) if e.name == "Nhà nước")
    spans = [(s, e) for s, e, ent in store._mention_spans(second.id) if ent == state.id]
    body = second.body
    assert spans == [(body.index("Nhà nước cũng"), body.index("Nhà nước cũng") + len("Nhà nước"))]


def test_listed_company_inside_a_longer_company_name_is_not_a_mention():
    text = ("Công ty TNHH Nike Việt Nam cho biết sẽ giám định hàng giả. "
            "Vietcombank Securities vừa tăng vốn.")
    names = {e.name for e in extract(text) if e.kind == "ORG"}
    assert "Công ty TNHH Nike Việt Nam" in names
    assert not {"Nike", "Vietcombank"} & names


@pytest.mark.parametrize(("text", "form"), [
    ("Sở Y tế và Sở Y tế tỉnh, Sở Y tếx", "Sở Y tế"),  # whole words only, both ends
    ("FPT, FPT Telecom và FPT.", "FPT"),  # at the end, before a sign
    ("Công ty Công ty A", "Công ty A"),  # the first word also inside the match
    ("(VinFast) và VinFast", "(VinFast)"),  # a form opening on a sign
    ("AB-C và AB", "AB-C"),
    ("Hà Nội", "Hà Nội FC"),  # longer than the text
    ("x_Hà Nội và Hà Nội_", "Hà Nội"),  # "_" is a word letter to the regex
])
def test_the_word_index_finds_what_the_scan_finds(text, form):
    from desktop.core.entities import resolve

    assert resolve._Finder(text)(form) == resolve._occurrences(text, form)
