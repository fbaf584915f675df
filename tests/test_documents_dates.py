"""A page's date as Vietnamese news write it, day first; a date that cannot be read whole is
left empty, never guessed to the first of January."""

from __future__ import annotations

import unicodedata

import pytest
from test_documents_news import FOOTER, MENU, PARAGRAPHS, TITLE

from desktop.core.documents import import_documents, read_document
from desktop.core.documents.dates import read_date

WRITTEN = [
    ("Cập nhật ngày 28 tháng 3 năm 2026", "2026-03-28"),
    ("ngày 28 tháng 3 năm 2026", "2026-03-28"),
    ("28/3/2026", "2026-03-28"),
    ("Thứ bảy, 28/3/2026, 10:05 (GMT+7)", "2026-03-28"),
    ("28-03-2026", "2026-03-28"),
    ("Thứ Bảy, 4/3/2026 - 07:00", "2026-03-04"),  # day first: 4 March, not 3 April
    ("Thứ năm, 12/3/2026", "2026-03-12"),
]
NO_DATE = ["Bản quyền © 2026", "tháng 3 năm 2026", "Sáng 28/3, tại Hà Nội", "31/2/2026", ""]


@pytest.mark.parametrize("text, iso", [
    *WRITTEN,
    ("CẬP NHẬT NGÀY 28 THÁNG 3 NĂM 2026", "2026-03-28"),
    (unicodedata.normalize("NFD", "Cập nhật ngày 28 tháng 3 năm 2026"), "2026-03-28"),
    ("Đăng lúc 10:05, 28.03.2026", "2026-03-28"),
    ("2026-03-28T10:05:00+07:00", "2026-03-28"),
    ("Hà Nội, ngày 28 tháng 03, 2026", "2026-03-28"),
    ("Thứ bảy, 28/3/2026; cập nhật 29/3/2026", "2026-03-28"),  # the first one written
    ("Hotline 0912.345.678, ngày 1/4/2026", "2026-04-01"),
    ("https://example.vn/2026/03/28/hoi-thao.html", "2026-03-28"),
    *((text, "") for text in NO_DATE),
])
def test_a_written_date_is_read_day_first(text, iso):
    assert read_date(text) == iso


def page(date_line: str, head: str = "") -> str:
    """A saved page that gives its date only in its text (unless `head` has a meta tag), with
    a copyright year in its footer."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<html><head><meta charset='utf-8'><title>{TITLE}</title>{head}</head><body>"
            f"<nav>{MENU}</nav><article><h1>{TITLE}</h1><div class='date'>{date_line}</div>"
            f"{paragraphs}</article><footer>{FOOTER}</footer></body></html>")


@pytest.mark.parametrize("date_line, iso", [
    *WRITTEN, *((text, "") for text in NO_DATE),
    ("28 marzo 2026, 08:00 CET", "2026-03-28"),  # another language's words: htmldate reads them
])
def test_a_page_keeps_the_date_it_writes_and_never_guesses_one(tmp_path, date_line, iso):
    path = tmp_path / "tin.html"
    path.write_text(page(date_line), encoding="utf-8")
    doc = read_document(path)
    assert doc.published == iso
    assert PARAGRAPHS[0] in doc.body


def test_the_stored_article_has_the_page_s_date(store, tmp_path):
    path = tmp_path / "tin.html"
    path.write_text(page("Cập nhật ngày 28 tháng 3 năm 2026"), encoding="utf-8")
    outcomes, _ = import_documents(store, [path])
    assert store.article(outcomes[0].article_id).published == "2026-03-28"


def test_the_date_in_the_markup_comes_before_one_in_the_text(tmp_path):
    path = tmp_path / "tin.html"
    path.write_text(page("Cập nhật ngày 28 tháng 3 năm 2026",
                         "<meta property='article:published_time' content='2026-03-27T21:00'>"),
                    encoding="utf-8")
    assert read_document(path).published == "2026-03-27"


def test_a_header_showing_today_does_not_date_the_article(tmp_path):
    path = tmp_path / "tin.html"
    markup = page("Thứ bảy, 28/3/2026, 10:05 (GMT+7)")
    path.write_text(markup.replace("<nav>", "<nav>Thứ hai, 30/11/2026 | "), encoding="utf-8")
    assert read_document(path).published == "2026-03-28"
