"""Every dialog in Vietnamese: each visible label, button, title, tab and menu is in the catalogue.

Opens the real window and every dialog (tools/dialog_tour.py), reads what a person sees, and
fails on any string that is no translation in resources/i18n/vi.ts (with %1… filled in by
anything). The user's data (article titles, names) and IT's technical detail are left out.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QApplication

from desktop import __version__, paths
from desktop.app import install_translator

sys.path.insert(0, str(paths.bundle_root() / "tools"))
from dialog_tour import TOUR, visible_texts

VI_TS = paths.resource_dir() / "i18n" / "vi.ts"
PLACEHOLDER = re.compile(r"%(?:\d|n|v|m|L1)")
PROPER = {f"Chú Giải {__version__}", "Chú Giải"}  # the app's name and version are not translated


def catalogue() -> list[re.Pattern]:
    patterns = []
    for tr in ET.parse(VI_TS).iter("translation"):
        forms = [f.text or "" for f in tr.iter("numerusform")] or ["".join(tr.itertext())]
        for text in forms:
            parts = PLACEHOLDER.split(text)
            patterns.append(re.compile("(?s)" + ".*".join(re.escape(p) for p in parts)))
    return patterns


@pytest.fixture(scope="module")
def patterns():
    return catalogue()


@pytest.fixture
def vietnamese():
    app = QApplication.instance()
    translator = install_translator(app, "vi")
    yield
    app.removeTranslator(translator)


def untranslated(texts, patterns, data_strings) -> list[tuple[str, str]]:
    return [(what, text) for what, text in texts
            if text not in PROPER and text not in data_strings
            and not any(p.fullmatch(text) for p in patterns)]


@pytest.mark.parametrize("name, open_dialog", TOUR, ids=[name for name, _ in TOUR])
def test_every_visible_string_is_vietnamese(name, open_dialog, vietnamese, patterns, open_window,
                                            tmp_path):
    window = open_window()
    article = window.session.article
    data = {window.title}  # the article's title
    data_strings = {s.title for s in window.store.article_summaries()}
    widget = open_dialog(window, tmp_path)
    QApplication.processEvents()
    texts = visible_texts(widget, data=data)
    assert texts, "nothing visible: the tour did not open the dialog"
    if article is not None:
        data_strings.add(article.title)
    assert untranslated(texts, patterns, data_strings) == []
    if widget is not window:
        widget.close()


def test_the_walk_finds_english(vietnamese, patterns, qtbot):
    """The check can fail: an untranslated label is caught."""
    from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    QVBoxLayout(dialog).addWidget(QLabel("Files of type:"))
    dialog.show()
    assert untranslated(visible_texts(dialog), patterns, set()) == [("label", "Files of type:")]


def test_about_names_the_models_and_licences_in_vietnamese(vietnamese, open_window):
    window = open_window()
    window.comfort.show_about()
    table = window.comfort.about_dialog.licences
    cells = [table.item(r, c).text() for r in range(table.rowCount()) for c in range(2)]
    assert "underthesea, underthesea_core (kèm các mô hình ngôn ngữ)" in cells
    assert "Phông chữ Be Vietnam Pro" in cells and "Phạm vi công cộng" in cells
    assert not any("NLP" in c or " font" in c or "Public" in c for c in cells)


def test_the_conflict_dialog_names_the_colour_and_time_in_vietnamese(vietnamese, qtbot, store):
    from desktop.core.models import Annotation
    from desktop.ui.dialogs.conflicts_dialog import ConflictsDialog

    dialog = ConflictsDialog(store)
    qtbot.addWidget(dialog)
    ann = Annotation(id="a", article_id="x", start=0, end=3, exact="abc", color="blue",
                     author="Cô Lan", modified="2026-11-30T07:05:00Z")
    text = dialog._describe(ann)
    assert "Màu: Xanh dương" in text and "blue" not in text
    assert "2026-11-30T" not in text and "/11/2026" in text


def test_the_import_preview_dates_the_bundle_in_vietnamese(vietnamese, open_window, tmp_path):
    from dialog_tour import _import_preview

    dialog = _import_preview(open_window(), tmp_path)
    intro = dialog.findChildren(type(dialog.count_labels[next(iter(dialog.count_labels))]))[0]
    assert re.search(r"tạo ngày \d\d/\d\d/\d{4} \d\d:\d\d", intro.text()), intro.text()
    dialog.close()


def test_the_open_failed_detail_is_labelled_for_it(vietnamese, open_window, tmp_path):
    from dialog_tour import _open_failed

    dialog = _open_failed(open_window(), tmp_path)
    assert dialog.detail.text() == ("Chi tiết kỹ thuật, dành cho bộ phận IT: "
                                    "database disk image is malformed")
    dialog.close()
