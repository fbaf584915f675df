"""Text rules of DESIGN §2: nfc, fold, entity_key, sentences."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.vietnamese import entity_key, fold, nfc, normalize_body, sentences

VIETNAMESE_LETTERS = (
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữự"
    "vxyỳýỷỹỵ"
)
vietnamese_text = st.text(
    alphabet=st.sampled_from(VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper() + " ,.\n-“”0123456789"),
    max_size=200,
)


@given(vietnamese_text)
def test_fold_keeps_length_so_offsets_carry_over(text):
    assert len(fold(nfc(text))) == len(nfc(text))


@given(st.text(max_size=100))
def test_fold_keeps_length_for_any_unicode(text):
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize("spelling", ["phụ nữ", "PHỤ NỮ", "phu nu", "Phụ Nữ", "PHU NU"])
def test_fold_makes_spellings_meet(spelling):
    assert fold(nfc(spelling)) == "phu nu"


@pytest.mark.parametrize("text, folded", [
    ("Đại sứ", "dai su"), ("Đà Nẵng", "da nang"), ("Hoà", "hoa"), ("Hòa", "hoa"),
    (unicodedata.normalize("NFD", "Hòa bình"), None),
])
def test_fold_handles_d_bar_and_tone_placement(text, folded):
    if folded is None:  # NFD input is composed before folding
        assert fold(nfc(text)) == "hoa binh"
    else:
        assert fold(text) == folded


def test_nfc_composes_decomposed_text():
    assert nfc(unicodedata.normalize("NFD", "Nguyễn")) == "Nguyễn"
    assert len(nfc(unicodedata.normalize("NFD", "Nguyễn"))) == 6


@pytest.mark.parametrize("a, b", [
    ("Hoà Bình", "Hòa Bình"),
    ("Liên Hợp Quốc", "Liên hợp quốc"),
    ("Uỷ ban", "Ủy ban"),
    ("Thuỵ Sĩ", "Thụy Sĩ"),
    ("  Bộ  Ngoại giao, ", "bộ ngoại giao"),
    (unicodedata.normalize("NFD", "Hòa bình"), "Hoà bình"),
])
def test_entity_key_joins_spelling_variants(a, b):
    assert entity_key(a) == entity_key(b)


@pytest.mark.parametrize("a, b", [("Hùng", "Hưng"), ("Mai", "Mại"), ("Lan", "Lân")])
def test_entity_key_keeps_diacritics_apart(a, b):
    assert entity_key(a) != entity_key(b)


def test_entity_key_leaves_quy_alone():
    assert entity_key("Quý") == "quý"


def test_normalize_body_strips_and_unifies_line_endings():
    assert normalize_body("  Một\r\nHai\rBa \n") == "Một\nHai\nBa"


def test_sentences_split_on_stops_and_lines():
    text = "Ông Hùng đến. Bà Mai đi!\nDòng mới… Câu cuối"
    spans = [text[s:e] for s, e in sentences(text)]
    assert spans == ["Ông Hùng đến.", "Bà Mai đi!", "Dòng mới…", "Câu cuối"]


def test_sentences_keep_decimal_numbers_and_abbreviations_inside():
    text = "Tăng 2.5 lần so với năm 2020. Hết."
    assert [text[s:e] for s, e in sentences(text)] == ["Tăng 2.5 lần so với năm 2020.", "Hết."]
