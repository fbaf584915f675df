"""People & organization extractor (desktop.core.entities): rules, offsets, cancel, evaluation."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from desktop.core.entities import Cancelled
from desktop.core.entities import extract as _extract
from desktop.core.entities.align import align_tokens
from desktop.core.entities.gazetteer import load as load_gazetteer
from desktop.core.entities.gazetteer import resource_path
from desktop.core.models import ExtractedEntity
from desktop.core.vietnamese import entity_key, fold

REPO = Path(__file__).resolve().parents[1]
RESOURCES = REPO / "resources"


def extract(text, **options):
    return _extract(text, resources=RESOURCES, **options)



def by_kind(entities, kind):
    return {e.name: e for e in entities if e.kind == kind}


def check_offsets(text, entities):
    for e in entities:
        forms = {e.name, *e.aliases}
        assert len(set(e.aliases)) == len(e.aliases) and e.name not in e.aliases
        assert list(e.mentions) == sorted(e.mentions)
        for s, t in e.mentions:
            assert 0 <= s < t <= len(text)
            assert text[s:t] in forms, (e, text[s:t])


def test_import_is_light():
    code = ("import sys, desktop.core.entities as m; "
            "assert 'underthesea' not in sys.modules, 'underthesea imported eagerly'; "
            "assert not any(k.startswith('PySide6') for k in sys.modules), 'Qt imported'; "
            "assert m.EXTRACTOR_VERSION")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


def test_title_stripped_from_person():
    text = "Đại sứ Lê Thị Tuyết Mai, Trưởng Phái đoàn Việt Nam, đã phát biểu tại Geneva."
    ents = extract(text)
    pers = by_kind(ents, "PER")
    assert "Lê Thị Tuyết Mai" in pers
    assert not any("Đại sứ" in n for n in pers)
    check_offsets(text, ents)


def test_title_then_name_links_to_full_name():
    text = ("Ông Nguyễn Văn Hùng, Giám đốc Sở Y tế, cho biết tình hình đã ổn định. "
            "Theo ông Hùng, các bệnh viện đã sẵn sàng.")
    ents = extract(text)
    pers = [e for e in ents if e.kind == "PER"]
    assert len(pers) == 1
    hung = pers[0]
    assert hung.name == "Nguyễn Văn Hùng"
    later = text.rindex("Hùng")
    assert (later, later + len("Hùng")) in hung.mentions
    check_offsets(text, ents)


def test_acronym_in_brackets_is_alias_of_full_name():
    text = "Theo Tổ chức Y tế thế giới (WHO), số ca mắc giảm. WHO khuyến cáo người dân tiêm vắc xin."
    ents = extract(text)
    orgs = by_kind(ents, "ORG")
    assert "Tổ chức Y tế thế giới" in orgs
    who = orgs["Tổ chức Y tế thế giới"]
    assert "WHO" in who.aliases
    assert len([m for m in who.mentions if text[m[0]:m[1]] == "WHO"]) == 2
    assert len(orgs) == 1
    check_offsets(text, ents)


def test_unknown_body_with_acronym_uses_head_noun():
    text = "Đại diện Hiệp hội Thép Việt Nam (VSA) cho biết sản lượng tăng."
    orgs = by_kind(extract(text), "ORG")
    assert "Hiệp hội Thép Việt Nam" in orgs
    assert orgs["Hiệp hội Thép Việt Nam"].aliases == ("VSA",)


def test_tone_and_case_variants_merge():
    text = ("Việt Nam ủng hộ vai trò của Liên Hợp Quốc. Các cơ quan của Liên hợp quốc "
            "đã hỗ trợ. LHQ cam kết tiếp tục. Uỷ ban nhân dân và Ủy ban nhân dân họp.")
    ents = extract(text)
    orgs = [e for e in ents if e.kind == "ORG"]
    un = [e for e in orgs if entity_key(e.name) == entity_key("Liên Hợp Quốc")]
    assert len(un) == 1
    assert set(un[0].aliases) >= {"LHQ"}
    assert {entity_key(f) for f in (un[0].name, *un[0].aliases)} >= {"liên hợp quốc", "lhq"}
    ubnd = [e for e in orgs if entity_key(e.name) == entity_key("Ủy ban nhân dân")]
    assert len(ubnd) == 1 and len(ubnd[0].mentions) == 2
    check_offsets(text, ents)


def test_places_and_diseases_are_not_entities():
    text = ("Hội thảo diễn ra tại Hà Nội, Việt Nam với đại biểu từ Canada, Thái Lan và Geneva "
            "để bàn về đại dịch COVID-19 và Chương trình nghị sự 2030.")
    ents = extract(text)
    names = {e.name for e in ents}
    for place in ("Hà Nội", "Việt Nam", "Canada", "Thái Lan", "Geneva", "COVID-19"):
        assert place not in names
    assert not [e for e in ents if e.kind == "ORG"]


def test_government_of_a_country_is_an_organization_but_the_country_is_not():
    text = "Dự án do Chính phủ Canada tài trợ, triển khai tại Canada và Việt Nam."
    orgs = by_kind(extract(text), "ORG")
    assert set(orgs) == {"Chính phủ Canada"}


def test_mentions_cover_every_occurrence():
    text = "Bộ Ngoại giao thông báo. Người phát ngôn Bộ Ngoại giao trả lời báo chí."
    ents = extract(text)
    mofa = by_kind(ents, "ORG")["Bộ Ngoại giao"]
    assert [text[s:e] for s, e in mofa.mentions] == ["Bộ Ngoại giao"] * 2
    check_offsets(text, ents)


def test_english_name_and_result_order():
    text = "World Vision Việt Nam và UN Women đã ký thỏa thuận với ông Trần Văn Nam."
    ents = extract(text)
    assert all(isinstance(e, ExtractedEntity) for e in ents)
    assert [e.kind for e in ents] == sorted(e.kind for e in ents)
    orgs = by_kind(ents, "ORG")
    assert {"World Vision Việt Nam", "UN Women"} <= set(orgs)
    assert "Trần Văn Nam" in by_kind(ents, "PER")
    firsts = [e.mentions[0] for e in ents if e.kind == "ORG"]
    assert firsts == sorted(firsts)
    check_offsets(text, ents)


def test_cancel_raises_between_sentences():
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(Cancelled):
        extract("Câu thứ nhất về Bộ Y tế. Câu thứ hai về Bộ Tài chính. Câu thứ ba.", cancelled=cancelled)
    with pytest.raises(Cancelled):
        extract("Bộ Y tế họp.", cancelled=lambda: True)


def test_empty_and_untagged_text():
    assert extract("") == []
    assert extract("   \n ") == []
    assert extract("12/3/2024 — 100%") == []


def test_token_alignment_tolerates_respelling():
    sent = "Hoà bình  tại Thụy Sỹ"
    spans = align_tokens(sent, ["Hòa_bình", "tại", "Thụy Sĩ"])
    assert [sent[a:b] for a, b in spans] == ["Hoà bình", "tại", "Thụy Sỹ"]


def test_gazetteer_matches_on_folded_text_and_keeps_offsets():
    gaz = load_gazetteer(resource_path(RESOURCES))
    text = "Đang họp, Đảng và Quốc hội cùng WTO. who"
    assert len(fold(text)) == len(text)
    forms = [(h.form, text[h.start:h.end]) for h in gaz.find(text)]
    assert ("Đảng", "Đảng") in forms and ("WTO", "WTO") in forms
    assert all(f != "Đang" and f != "who" for f, _ in forms)


SEED_TEXT = (REPO / "corpus" / "000_652b9201e81262da.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("text", [
    "", " \n\t ", "\x00\ufeff\u200b", "(((((", "1234567890 " * 2000, "A" * 100_000,
    "Hello World from Microsoft and Google Inc. " * 50,
    "Ông Nguyễn Văn Hùng 和 Путин Владимир và Tokyo 東京 gặp Bộ Y tế." * 20,
    "Bộ Y tế.Ông Hùng,Sở Y tế(Hà Nội)\n\n\n",
], ids=["empty", "blank", "invisible", "brackets", "digits", "one-long-word", "latin", "mixed", "glued"])
def test_bad_input_gives_a_result_or_nothing_never_a_crash(text):
    found = extract(text)
    check_offsets(text, found)
    assert all(len(e.name) <= 150 for e in found)


def test_decomposed_text_is_read_as_composed_with_offsets_into_the_text_given():
    nfd = unicodedata.normalize("NFD", SEED_TEXT)
    found = extract(nfd)
    expected = {(e.kind, e.name) for e in extract(SEED_TEXT)}
    assert {(e.kind, e.name) for e in found} == expected
    for e in found:
        for s, t in e.mentions:
            assert unicodedata.normalize("NFC", nfd[s:t]) in {e.name, *e.aliases}


def test_a_two_megabyte_article_is_extracted():
    text = (SEED_TEXT + "\n\n") * (2_000_000 // len(SEED_TEXT))
    found = extract(text)
    assert {(e.kind, e.name) for e in found} == {(e.kind, e.name) for e in extract(SEED_TEXT)}
    check_offsets(text, found)
