"""Extraction on the held-out dev set (tests/data/entities_dev.json) and its general patterns."""

from __future__ import annotations

from pathlib import Path

from desktop.core.entities import extract as _extract

RESOURCES = Path(__file__).resolve().parents[1] / "resources"


def extract(text):
    return _extract(text, resources=RESOURCES)


def names(text, kind):
    return {e.name for e in extract(text) if e.kind == kind}


def test_name_after_a_long_title_and_organization():
    text = ("Theo Giám đốc Quốc gia của Ngân hàng Thế giới tại Việt Nam Carolyn Turk, "
            "tăng trưởng sẽ đạt 6%.")
    assert names(text, "PER") == {"Carolyn Turk"}
    assert "Ngân hàng Thế giới" in names(text, "ORG")


def test_foreign_name_right_after_an_organization():
    text = "Tổng thư ký Liên Hợp Quốc António Guterres kêu gọi các nước giảm phát thải."
    assert names(text, "PER") == {"António Guterres"}
    text = "Giám đốc Công ty Samsung Việt Nam Choi Joo-ho cho biết nhà máy sẽ mở rộng."
    assert "Choi Joo-ho" in names(text, "PER")
    assert not any("Choi" in n for n in names(text, "ORG"))


def test_people_committee_acronym_with_its_province():
    text = "Chủ tịch UBND tỉnh Quảng Nam Lê Trí Thanh tiếp đoàn công tác."
    assert names(text, "ORG") == {"UBND tỉnh Quảng Nam"}
    assert names(text, "PER") == {"Lê Trí Thanh"}


def test_full_name_after_an_organization_head_is_a_person():
    text = "Chủ tịch Quốc hội Trần Thanh Mẫn nhấn mạnh luật có hiệu lực từ ngày 1/8."
    assert names(text, "PER") == {"Trần Thanh Mẫn"}
    assert names(text, "ORG") == {"Quốc hội"}
    text = "Phó Giám đốc Sở Giáo dục và Đào tạo Hà Nội Trần Lưu Hoa cho biết kỳ thi an toàn."
    assert names(text, "PER") == {"Trần Lưu Hoa"}  # "Lưu" is a surname too: not cut there


def test_lower_case_words_inside_a_name_up_to_its_place():
    text = "Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam vừa tổ chức diễn đàn tại Hà Nội."
    assert names(text, "ORG") == {"Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam"}
    text = "Chính phủ Canada và Hàn Quốc tài trợ dự án."
    assert "Chính phủ Canada và Hàn Quốc" not in names(text, "ORG")


def test_acronym_inside_a_longer_name_is_not_an_organization_of_its_own():
    text = "Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) công bố lợi nhuận quý I."
    orgs = [e for e in extract(text) if e.kind == "ORG"]
    assert [(e.name, e.aliases) for e in orgs] == [
        ("Ngân hàng TMCP Ngoại thương Việt Nam", ("Vietcombank",))]
