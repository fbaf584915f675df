"""The curated list of well-known organizations: firms with no cue in the sentence are found,
a list name used for a product, a make or a venue is not an organization."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.entities import extract as _extract
from desktop.core.entities.gazetteer import resource_path
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


def test_no_list_name_or_alias_belongs_to_two_entries():
    entries = json.loads(resource_path(RESOURCES).read_text(encoding="utf-8"))["entries"]
    owner: dict[str, int] = {}
    for i, e in enumerate(entries):
        for form in {fold(f) for f in (e["name"], *e.get("aliases", []))}:
            assert owner.setdefault(form, i) == i, form
