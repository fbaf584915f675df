"""Vietnamese is the default interface: every visible string has a finished translation."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop import paths
from desktop.app import DEFAULT_LANGUAGE, create_window, install_translator

ROOT = paths.bundle_root()
sys.path.insert(0, str(ROOT / "tools"))
import i18n  # noqa: E402

VI_TS = paths.resource_dir() / "i18n" / "vi.ts"


def unfinished(ts: Path) -> list[str]:
    out = []
    for msg in ET.parse(ts).iter("message"):
        tr = msg.find("translation")
        text = "".join(tr.itertext()).strip()
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or not text:
            out.append(msg.find("source").text)
    return out


def test_every_string_in_vi_ts_is_translated():
    assert unfinished(VI_TS) == []


def test_no_visible_string_is_missing_from_the_vietnamese_translation(tmp_path):
    """Scan the code as lupdate does; a string added without a translation fails here."""
    copy = tmp_path / "vi.ts"
    shutil.copy(VI_TS, copy)
    subprocess.run([i18n.tool("pyside6-lupdate"), *i18n.sources(), "-no-obsolete",
                    "-locations", "none", "-ts", str(copy)], cwd=ROOT, check=True,
                   capture_output=True)
    assert unfinished(copy) == [], "run `python tools/i18n.py` and translate the new strings"


def test_compiled_qm_matches_the_ts(tmp_path):
    qm = tmp_path / "vi.qm"
    subprocess.run([i18n.tool("pyside6-lrelease"), str(VI_TS), "-qm", str(qm)], check=True,
                   capture_output=True)
    assert qm.read_bytes() == VI_TS.with_suffix(".qm").read_bytes(), \
        "vi.qm is stale: run `python tools/i18n.py`"


def test_the_window_speaks_vietnamese_by_default(qtbot, data_dir):
    assert DEFAULT_LANGUAGE == "vi"
    app = QApplication.instance()
    translator = install_translator(app, DEFAULT_LANGUAGE)
    assert translator is not None
    try:
        window = create_window(str(data_dir))
        qtbot.addWidget(window)
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus == ["&Tệp", "&Sửa", "&Xem", "Trợ &giúp"]
        assert window.tabs.tabText(0) == "Ghi chú"
        assert window.tabs.tabText(1) == "Người && tổ chức"
        window.close()
    finally:
        app.removeTranslator(translator)


def test_every_message_belongs_to_a_class():
    """A string in a context lupdate could not name (e.g. `tr = self.tr`) is never translated."""
    contexts = [ctx.find("name").text for ctx in ET.parse(VI_TS).iter("context")]
    assert all(name and name.isidentifier() and name != "None" for name in contexts), contexts


def test_qt_own_buttons_and_text_menus_are_vietnamese_too(qtbot):
    """PySide6 ships no Vietnamese qtbase translation: ours covers OK/Cancel/Close and Copy."""
    from PySide6.QtWidgets import QDialogButtonBox

    app = QApplication.instance()
    translator = install_translator(app, "vi")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close
                               | QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        texts = {box.button(b).text() for b in (QDialogButtonBox.StandardButton.Close,
                                                 QDialogButtonBox.StandardButton.Cancel)}
        assert texts == {"Đóng", "Hủy"}
    finally:
        app.removeTranslator(translator)
