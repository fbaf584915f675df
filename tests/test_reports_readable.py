"""Reports a person reads: local times in their language, titles not file names, notes' lines kept."""

from datetime import timedelta, timezone

import pytest

from desktop.core.exchange.reports import ReportArticle, html_report, markdown_report
from desktop.core.models import Annotation, Article

HANOI = timezone(timedelta(hours=7))
NOTE = "dòng một\ndòng *hai*\n\nđoạn mới"


def groups(source="000_652b9201e81262da.txt", published=""):
    art = Article(id="a" * 64, slug="s", title="Hội thảo quốc tế", body="Bộ Ngoại giao chủ trì",
                  source=source, published=published)
    ann = Annotation(id="00000000-0000-4000-8000-000000000001", article_id=art.id, start=0,
                     end=13, exact="Bộ Ngoại giao", note=NOTE, author="Cô Lan",
                     created="2026-11-30T10:21:34.541Z", modified="2026-11-30T20:05:00.000Z")
    return [ReportArticle(art, (ann,))]


@pytest.mark.parametrize("render", [html_report, markdown_report])
@pytest.mark.parametrize("locale, modified, generated", [
    ("vi", "01/12/2026 03:05", "30/11/2026 17:21"),
    ("en", "1 Dec 2026, 03:05", "30 Nov 2026, 17:21"),
])
def test_times_are_local_and_in_the_users_language(render, locale, modified, generated):
    text = render(groups(), generated="2026-11-30T10:21:34.541Z", locale=locale, tz=HANOI)
    assert modified in text and generated in text
    assert "2026-11-30" not in text and "T10:21" not in text


@pytest.mark.parametrize("render", [html_report, markdown_report])
def test_a_corpus_file_name_is_not_shown_as_the_source(render):
    text = render(groups(), locale="vi", tz=HANOI)
    assert "Hội thảo quốc tế" in text and ".txt" not in text
    text = render(groups(source="VnExpress", published="2024-03-05"), locale="vi", tz=HANOI)
    assert "VnExpress · 05/03/2024" in text


def test_a_multi_line_note_keeps_its_lines_in_markdown():
    markdown_it = pytest.importorskip("markdown_it")
    md = markdown_report(groups(), locale="vi", tz=HANOI)
    html = markdown_it.MarkdownIt("commonmark").render(md)
    assert "<p>dòng một<br />\ndòng *hai*</p>\n<p>đoạn mới</p>" in html.replace("\\*", "*")


def test_the_windows_report_shows_local_times_not_stamps(qtbot, open_window, tmp_path):
    import re

    from desktop.core.annotating import new_highlight
    from desktop.core.exchange import Selection

    window = open_window()
    art = window.store.article(window.store.article_summaries()[0].id)
    window.store.put_annotation(new_highlight(art, 0, 12, note="một\nhai", author="Cô Lan"))
    out = tmp_path / "r.md"
    window.exchange.report_to(str(out), "md", Selection())
    qtbot.waitUntil(out.exists, timeout=10_000)
    text = out.read_text(encoding="utf-8")
    assert "một\\\nhai" in text
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d", text)
    assert re.search(r"\d\d/\d\d/\d{4} \d\d:\d\d|\d{1,2} \w{3} \d{4}, \d\d:\d\d", text)


def _answer_report_dialogs(qtbot, out, name_filter: str) -> list[str]:
    """As a person does: OK in the selection dialog, then the file type and name in the save
    dialog (Qt's own dialog, on Linux); returns the filters the save dialog offered."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    from desktop.ui.dialogs.export_dialog import ExportDialog

    offered: list[str] = []

    def answer():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ExportDialog):
            dialog.accept()
        elif isinstance(dialog, QFileDialog):
            offered.extend(dialog.nameFilters())
            match = [f for f in offered if f.startswith(name_filter)]
            if match:
                dialog.selectNameFilter(match[0])
            dialog.setDirectory(str(out.parent))
            dialog.accept()
            return
        QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)
    return offered


def test_the_window_saves_the_tags_as_a_codebook_csv(qtbot, open_window, tmp_path):
    from desktop.core.annotating import new_highlight

    window = open_window()
    art = window.store.article(window.store.article_summaries()[0].id)
    window.store.put_annotation(new_highlight(art, 0, 12, tags=("WPS", "hòa bình")))
    out = tmp_path / "chu-giai.csv"  # the name the dialog offers, with the type's suffix
    offered = _answer_report_dialogs(qtbot, out, "Codebook")
    window.exchange.report()
    qtbot.waitUntil(out.exists, timeout=10_000)
    assert any(f.startswith("Codebook") for f in offered)
    assert out.read_bytes().decode("utf-8-sig").splitlines() == \
        ["tag,description", "WPS,", "hòa bình,"]


@pytest.mark.parametrize(("path", "chosen", "expected"), [
    ("a.csv", "csv", ("a.csv", "csv")),
    ("a.csv", "codebook-csv", ("a.csv", "codebook-csv")),
    ("a", "codebook-csv", ("a.csv", "codebook-csv")),
    ("a.CSV", "html", ("a.CSV", "csv")),
    ("a.qdc", "codebook-csv", ("a.qdc", "qdc")),
    ("a.txt", "md", ("a.txt.md", "md")),
])
def test_the_file_name_and_the_chosen_type_decide_the_format(path, chosen, expected):
    from desktop.ui.exchange_ui import report_format

    assert report_format(path, chosen) == expected
