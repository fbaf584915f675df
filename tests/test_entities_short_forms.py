"""The short-form stage on hand-built candidates: which run of a body's name joins the body."""

from __future__ import annotations

import pytest

from desktop.core.entities.records import Candidate
from desktop.core.entities.short_forms import short_forms_stage


def _body(form: str, head: str, start: int = 0) -> Candidate:
    return Candidate("ORG", start, start + len(form), "head", form, head=head)


def _alone(kind: str, source: str, form: str, start: int = 500) -> Candidate:
    return Candidate(kind, start, start + len(form), source, form)


@pytest.mark.parametrize(("bodies", "alone", "home"), [
    # a person's reading of a company's proper name is the company
    ([("Tập đoàn Trung Nguyên", "tập đoàn")], ("PER", "per-crf", "Trung Nguyên"), 0),
    # past the legal form, any run of two or more words
    ([("Công ty Cổ phần Sen Vàng Entertainment", "công ty")], ("PER", "credit", "Sen Vàng"), 0),
    ([("Công ty TNHH Địa ốc Sông Xanh Land", "công ty")], ("PER", "per-crf", "Sông Xanh Land"), 0),
    # any body's name, not only a company's, for a person's reading
    ([("Nhà xuất bản Kim Đồng", "nhà xuất bản")], ("PER", "per-crf", "Kim Đồng"), 0),
    # one word joins only a company named by exactly it, and only as a brand or an acronym
    ([("Công ty Cổ phần FPT", "công ty")], ("ORG", "acro", "FPT"), 0),
    ([("Công ty Cổ phần FPT Telecom", "công ty")], ("ORG", "acro", "FPT"), None),
    ([("Công ty TNHH Minh Phát", "công ty")], ("PER", "per-crf", "Phát"), None),
    # a school named after a person: the full name alone is the person
    ([("Trường THPT Lê Quý Đôn", "trường thpt")], ("PER", "per-crf", "Lê Quý Đôn"), None),
    # a group's name with a place after it is its local subsidiary, a body of its own
    ([("Công ty TNHH LG Display Việt Nam Hải Phòng", "công ty")], ("ORG", "eng", "LG Display"), None),
    # a brand inside two companies' names belongs to neither
    ([("Công ty Cổ phần Sao Mai Food", "công ty"), ("Công ty TNHH Sao Mai Pharma", "công ty")],
     ("ORG", "brand", "Sao Mai"), None),
    # ...but a person's reading of it is still a body: the first one named
    ([("Công ty Cổ phần Sao Mai Food", "công ty"), ("Công ty TNHH Sao Mai Pharma", "công ty")],
     ("PER", "per-crf", "Sao Mai"), 0),
])
def test_a_run_of_a_bodys_name_alone_joins_that_body(bodies, alone, home):
    full = [_body(form, head, start=100 * i) for i, (form, head) in enumerate(bodies)]
    out = short_forms_stage([*full, _alone(*alone)])
    joined = out[-1]
    if home is None:
        assert joined == _alone(*alone)
    else:
        assert (joined.kind, joined.link) == ("ORG", (full[home].start, full[home].end))


def test_a_persons_reading_inside_a_body_is_left_to_the_body():
    """"Trung Nguyên" inside "Tập đoàn Trung Nguyên" is no mention of its own."""
    body = _body("Tập đoàn Trung Nguyên", "tập đoàn")
    inner = Candidate("PER", 9, 21, "per-crf", "Trung Nguyên")
    assert short_forms_stage([body, inner]) == [body, inner]


def test_a_given_name_waits_for_its_person():
    short = Candidate("PER", 500, 509, "per-short", "Sông Xanh", short=True)
    assert short_forms_stage([_body("Công ty Sông Xanh", "công ty"), short])[-1] == short
