"""First start of a data folder, and IT's defaults.ini: every documented key has an effect."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import Qt

from desktop import paths
from desktop.app import NO_WELCOME_ENV, create_window


@pytest.fixture
def welcome_on(monkeypatch):
    """This test wants the first-run welcome (the test suite opts out of it)."""
    monkeypatch.delenv(NO_WELCOME_ENV, raising=False)


@pytest.fixture
def frozen_in(tmp_path, monkeypatch):
    """An installed copy: defaults.ini beside its executable."""
    folder = tmp_path / "opt"
    folder.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "chugiai"))
    return folder


def start(qtbot, data_dir):
    window = create_window(str(data_dir))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def welcome_of(qtbot, window):
    qtbot.waitUntil(lambda: getattr(window.comfort, "welcome", None) is not None
                    and window.comfort.welcome.isVisible())
    return window.comfort.welcome


def test_a_new_data_folder_greets_once_and_never_takes_the_login_name(qtbot, data_dir, welcome_on):
    window = start(qtbot, data_dir)
    welcome = welcome_of(qtbot, window)
    assert window.session.author == ""  # not "root"
    assert welcome.name.text() == ""
    welcome.name.setText("Nguyễn Thị Lan")
    while welcome.isVisible():
        qtbot.mouseClick(welcome.next_button, Qt.MouseButton.LeftButton)
    assert window.session.author == "Nguyễn Thị Lan"
    window.close()
    again = start(qtbot, data_dir)
    qtbot.wait(50)
    assert getattr(again.comfort, "welcome", None) is None


def test_tests_and_commands_are_not_greeted(qtbot, data_dir):
    window = start(qtbot, data_dir)
    qtbot.wait(50)
    assert getattr(window.comfort, "welcome", None) is None


def test_a_folder_used_before_is_not_greeted(qtbot, data_dir, welcome_on, monkeypatch):
    monkeypatch.setenv(NO_WELCOME_ENV, "1")
    start(qtbot, data_dir).close()  # the window state is saved: a folder in use
    monkeypatch.delenv(NO_WELCOME_ENV)
    window = start(qtbot, data_dir)
    qtbot.wait(50)
    assert getattr(window.comfort, "welcome", None) is None


def test_author_name_is_prefilled_and_used(qtbot, data_dir, welcome_on, frozen_in):
    (frozen_in / "defaults.ini").write_text("[chugiai]\nauthor_name = Phòng Đào tạo\n",
                                            encoding="utf-8")
    window = start(qtbot, data_dir)
    assert window.session.author == "Phòng Đào tạo"
    assert welcome_of(qtbot, window).name.text() == "Phòng Đào tạo"


def test_ask_author_name_no_skips_the_name_page_and_the_export_question(qtbot, data_dir,
                                                                       welcome_on, frozen_in):
    (frozen_in / "defaults.ini").write_text("[chugiai]\nask_author_name = no\n"
                                            "author_name = Máy mượn 3\n", encoding="utf-8")
    window = start(qtbot, data_dir)
    welcome = welcome_of(qtbot, window)
    assert not welcome.asks_name and welcome.pages.count() == 3
    assert window.exchange.ensure_author() == "Máy mượn 3"  # no question asked


def test_export_folder_is_where_save_dialogs_start(qtbot, data_dir, frozen_in, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    from desktop.ui import file_dialogs

    exports = tmp_path / "Tài liệu"
    exports.mkdir()
    (frozen_in / "defaults.ini").write_text(f"[chugiai]\nexport_folder = {exports}\n",
                                            encoding="utf-8")
    window = start(qtbot, data_dir)
    seen = []

    def look():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, look)
            return
        seen.append(dialog.directory().absolutePath())
        dialog.reject()

    QTimer.singleShot(50, look)
    assert file_dialogs.save_file_name(window, "x", "a.zip", "Zip (*.zip)") == ("", "")
    assert seen == [str(exports)]


def test_language_in_defaults_ini_sets_the_interface(qtbot, data_dir, frozen_in):
    (frozen_in / "defaults.ini").write_text("[chugiai]\nlanguage = en\n", encoding="utf-8")
    window = create_window(str(data_dir), language="auto")
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == "&File"


def test_defaults_ini_warnings_are_logged(frozen_in, tmp_path, monkeypatch, caplog):
    from desktop import app, logs

    (frozen_in / "defaults.ini").write_text("[chugiai]\nlanguage = fr\ncolour = red\n",
                                            encoding="utf-8")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    with caplog.at_level(logging.WARNING, logger=logs.LOGGER):
        app._start_log(logs, paths)
    logged = " | ".join(r.getMessage() for r in caplog.records)
    assert "defaults.ini: unknown key 'colour'" in logged
    assert "defaults.ini: language 'fr'" in logged
