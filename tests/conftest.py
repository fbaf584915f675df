"""Shared fixtures: a fresh data folder per test, and Qt without a display."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CHUGIAI_NO_WELCOME", "1")  # the first-run welcome only where a test asks

from pathlib import Path

import pytest

from desktop import paths


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def store(data_dir: Path):
    from desktop.core.store import Store

    s = Store(data_dir / paths.DB_FILENAME)
    yield s
    s.close()


@pytest.fixture
def library(store):
    """A store with the bundled corpus loaded."""
    from desktop.core.corpus import load_bundled

    load_bundled(store, paths.corpus_dir())
    return store


@pytest.fixture
def open_window(qtbot, data_dir):
    """Open the real main window on the temp data folder; call again to reopen it (a restart)."""
    from PySide6.QtWidgets import QApplication

    from desktop.app import create_window
    from desktop.ui import theme

    windows = []

    def opener():
        window = create_window(str(data_dir))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)  # shortcuts only reach the active window
        windows.append(window)
        return window

    yield opener
    for window in windows:
        window.close()
    theme.apply(QApplication.instance(), theme.THEMES["light"])  # the next test starts plain
