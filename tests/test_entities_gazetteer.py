"""The curated list of well-known organizations: firms with no cue in the sentence are found,
a list name used for a product, a make or a venue is not an organization."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from desktop.core.entities import extract as _extract
from desktop.core.entities.gazetteer import Gazetteer, resource_path
from desktop.core.vietnamese import fold

RESOURCES = Path(__file__).resolve().parents[1] / "resources"


def orgs(text):
    return {e.name for e in _extract(text, resources=RESOURCES) if e.kind == "ORG"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Shopee, Lazada và Tiki đều tăng phí người bán từ tháng sau.", {"Shopee", "Lazada", "Tiki"}),
    ("Vietravel và Saigontourist mở thêm tour mùa thu.", {"Vietravel", "Saigontourist"}),
    ("Khoản vay hợp vốn do Mizuho thu xếp đã được giải ngân.", {"Mizuho"}),
    ("Airbus bàn giao chiếc máy bay thứ 10 trong năm.", {"Airbus"}),
    ("Nokia và Ericsson cung cấp thiết bị cho mạng 5G.", {"Nokia", "Ericsson"}),
    ("Sacombank và HDBank cùng giảm lãi suất cho vay.", {"Sacombank", "HDBank"}),
    ("Đơn hàng do Giao Hàng Tiết Kiệm vận chuyển bị chậm.", {"Giao Hàng Tiết Kiệm"}),
])
def test_well_known_firms_with_no_cue_are_found(text, expected):
    assert expected <= orgs(text)


@pytest.mark.parametrize(("text", "not_org"), [
    ("Đội quản lý thị trường thu giữ giày giả nhãn hiệu Nike, Adidas và Puma.", "Adidas"),
    ("Hãng dùng thêm máy bay thân rộng Boeing 787 và Airbus A350.", "Boeing"),
    ("Hãng dùng thêm máy bay thân rộng Boeing 787 và Airbus A350.", "Airbus"),
    ("Khách hàng tải ứng dụng Grab để đặt xe.", "Grab"),
    ("Arsenal thắng 2-1 trên sân Emirates.", "Emirates"),
    ("Thế giới di động đang thay đổi nhanh.", "Thế giới di động"),
])
def test_a_list_name_used_for_a_product_make_or_venue_is_not_an_organization(text, not_org):
    assert not_org not in orgs(text)


def test_a_club_score_after_a_listed_name_is_not_a_model_number():
    assert "Liverpool" in orgs("Liverpool 2-1 Arsenal ở vòng 13.")


def _entries() -> list[dict]:
    return json.loads(resource_path(RESOURCES).read_text(encoding="utf-8"))["entries"]


def _forms(entry: dict) -> list[str]:
    """The name and every alias as written (an alias is a string or {"form": …, "cased": …})."""
    return [entry["name"], *(a["form"] if isinstance(a, dict) else a for a in entry.get("aliases", []))]


def test_no_list_name_or_alias_belongs_to_two_entries():
    owner: dict[str, int] = {}
    for i, e in enumerate(_entries()):
        for form in {fold(f) for f in _forms(e)}:
            assert owner.setdefault(form, i) == i, form


def test_every_entry_has_a_name_and_every_form_is_nfc_and_trimmed():
    for e in _entries():
        assert isinstance(e.get("name"), str) and e["name"].strip(), e
        assert set(e) <= {"name", "aliases", "cased"}, e
        for form in _forms(e):
            assert form == unicodedata.normalize("NFC", form) and form == form.strip() and form, form
            assert "  " not in form, form


FED = {"name": "Cục Dự trữ Liên bang Mỹ", "aliases": ["Fed", "FED"]}
PAPER = {"name": "Dân Trí", "aliases": ["Báo Dân Trí", {"form": "Dân trí", "cased": True}], "cased": True}


@pytest.mark.parametrize(("entries", "text", "found"), [
    ([PAPER], "Theo Dân trí, giá xăng tăng.", ["Dân trí"]),  # the paper's own spelling
    ([PAPER], "Theo Dân Trí, giá xăng tăng.", ["Dân Trí"]),  # the cased form, as before
    ([PAPER], "Báo Dân Trí đưa tin.", ["Báo Dân Trí"]),
    ([PAPER], "Cần nâng cao dân trí ở vùng cao.", []),
    ([PAPER], "Cần nâng cao Dân TRÍ.", ["Dân TRÍ"]),
    ([{"name": "Tuổi Trẻ", "cased": True}], "Tuổi trẻ Việt Nam đổi mới.", []),  # a cased entry
    ([{"name": "Tuổi Trẻ", "cased": True}], "Theo Tuổi Trẻ, giá tăng.", ["Tuổi Trẻ"]),
    ([{"name": "Bảo Việt", "aliases": [{"form": "Tập đoàn Bảo Việt", "cased": True}], "cased": True}],
     "Tập đoàn Bảo Việt báo lãi.", ["Tập đoàn Bảo Việt"]),  # an alias cased by its own capitals
    ([{"name": "Bảo Việt", "aliases": [{"form": "Tập đoàn Bảo Việt", "cased": True}], "cased": True}],
     "Tập đoàn bảo việt báo lãi.", []),
    ([{"name": "Sao Mai", "aliases": [{"form": "Sao mai", "cased": True}, "SAO MAI"]}],
     "Sao mai và Sao Mai", ["Sao mai", "Sao Mai"]),  # an uncased spelling of the fold frees it
    ([{"name": "Kitco", "aliases": ["Kitco Metals"]}], "Kitco Metals cho biết.", ["Kitco Metals"]),
    ([FED], "Fed giữ lãi suất, FED họp lại; lãi suất fed.", ["Fed", "FED"]),  # both spellings listed
    ([{"name": "Fed", "aliases": ["FED"]}], "FED họp, Fed họp.", ["FED", "Fed"]),
    ([{"name": "WTO"}], "WTO họp, Wto họp.", ["WTO"]),  # an all-capital form alone stays exact
])
def test_an_alias_can_be_cased_on_its_own(entries, text, found):
    assert [h.form for h in Gazetteer(entries).find(text)] == found


@pytest.mark.parametrize(("text", "expected"), [
    ("Theo Dân trí, giá xăng tăng từ chiều nay.", "Dân trí"),
    ("Số liệu do báo Dân trí thu thập cho thấy giá tăng.", "Dân trí"),
])
def test_a_paper_is_found_in_its_own_spelling(text, expected):
    assert expected in orgs(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Theo Savills, giá thuê văn phòng tăng 5%.", "Savills"),  # consultancies
    ("Theo Euromonitor, thị trường bánh kẹo tăng.", "Euromonitor"),
    ("Theo Binance, khối lượng giao dịch giảm.", "Binance"),  # crypto exchanges
    ("Khách hàng được Bảo Việt Nhân thọ chi trả 1 tỷ đồng.", "Bảo Việt Nhân thọ"),  # insurers
    ("Bà cho biết Generali đã chi trả quyền lợi.", "Generali"),
    ("PV Oil tăng giá bán lẻ từ 15h chiều nay.", "PV Oil"),  # state groups' units
    ("Tân Cảng Sài Gòn khai thác 10 triệu TEU.", "Tân Cảng Sài Gòn"),
    ("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy dự lễ.", "Trung ương Đảng"),  # the Party, in a title
    ("UBKT Trung ương đề nghị kỷ luật.", "UBKT Trung ương"),
    ("Theo Counterpoint, thị phần thay đổi.", "Counterpoint"),  # market research
    ("Theo Pháp luật TP.HCM, vụ việc đang được xác minh.", "Pháp luật TP.HCM"),  # a paper's own spelling
    ("Theo Politico, cuộc họp bị hoãn.", "Politico"),  # foreign media
    ("Theo Euronews, cuộc họp bị hoãn.", "Euronews"),
    ("Chợ Rẫy tiếp nhận 5 ca bệnh nặng.", "Chợ Rẫy"),  # a hospital named bare
    ("Riot Games công bố lịch thi đấu mới.", "Riot Games"),  # esports publishers
    ("Đại diện Gavi cho biết chương trình sẽ mở rộng.", "Gavi"),  # international bodies
    ("Theo Bloomberg, Nhà Trắng cho biết sẽ đáp trả.", "Nhà Trắng"),  # a seat of government acting
    ("Thượng viện Mỹ thông qua dự luật.", "Thượng viện Mỹ"),
])
def test_well_known_bodies_of_each_sector_are_found_by_their_bare_name(text, expected):
    assert expected in orgs(text)


@pytest.mark.parametrize(("text", "not_org"), [
    ("Nhà hàng nằm trên phố Bạch Mai, quận Hai Bà Trưng.", "Bạch Mai"),  # a street, not the hospital
    ("Tệp tin dung lượng 500 MB được tải lên máy chủ.", "MB"),  # a unit, not the bank
    ("Hội nghị Thượng đỉnh G20 diễn ra tại Nam Phi.", "G20"),  # an event's name
    ("Bà Hoàng Thị Phúc Long cho biết.", "Phúc Long"),  # a person's given name, not the chain
    ("Đoàn khách tới Leicester và Sunderland tham quan.", "Leicester"),  # cities, not clubs
    ("Học sinh Việt Nam giành 4 huy chương vàng tại kỳ thi IMO.", "IMO"),  # the olympiad
    ("Cần nâng cao dân trí ở vùng cao.", "dân trí"),
])
def test_a_listed_word_that_is_also_a_place_unit_event_or_person_is_not_a_body(text, not_org):
    assert not_org not in orgs(text)
