"""Two starts on one data folder: the second hands over to the first, which raises its window."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from desktop.ui.single_instance import LOCK_NAME, SingleInstance, bring_to_front

ROOT = Path(__file__).resolve().parent.parent
APP_START_TIMEOUT_S = 60
HANDOVER_EXIT_TIMEOUT_S = 30


def test_second_claim_on_a_folder_hands_its_arguments_to_the_first(qtbot, data_dir):
    first = SingleInstance(data_dir)
    assert first.claim()
    assert first.serve()
    second = SingleInstance(data_dir)
    assert not second.claim()
    with qtbot.waitSignal(first.activated, timeout=5000) as got:
        assert second.send(["--lang", "en", "Hòa bình"])
    assert got.args == [["--lang", "en", "Hòa bình"]]
    first.release()


def test_another_folder_is_another_instance(data_dir, tmp_path):
    first = SingleInstance(data_dir)
    assert first.claim()
    other = SingleInstance(tmp_path / "other")
    assert other.claim()
    assert other.name != first.name
    first.release()
    other.release()


def test_a_held_lock_without_a_listener_gives_up_in_time_and_opens_anyway(data_dir):
    first = SingleInstance(data_dir)
    assert first.claim()  # never serves: like a first start that hangs
    second = SingleInstance(data_dir)
    assert not second.claim()
    started = time.monotonic()
    assert not second.send([], timeout_ms=300)
    assert time.monotonic() - started < 5
    first.release()


def test_the_lock_of_a_killed_owner_is_taken_over(data_dir):
    """A crashed first start must not block every later start."""
    code = ("import os, sys; from PySide6.QtCore import QLockFile; "
            "l = QLockFile(sys.argv[1]); assert l.tryLock(0); os._exit(0)")
    subprocess.run([sys.executable, "-c", code, str(data_dir / LOCK_NAME)], check=True)
    assert (data_dir / LOCK_NAME).exists()
    again = SingleInstance(data_dir)
    assert again.claim()
    again.release()


def test_activation_raises_the_window(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    window.showMinimized()
    bring_to_front(window)
    qtbot.waitUntil(lambda: window.isVisible() and not window.isMinimized())


def test_second_app_start_exits_and_leaves_the_first_running(tmp_path):
    """Real processes: the window app on a folder, then a second start on the same folder."""
    data = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("CHUGIAI_EXIT_WHEN_IDLE", None)
    first = subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(data)],
                             env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + APP_START_TIMEOUT_S
        while not (data / LOCK_NAME).exists():
            assert first.poll() is None, first.stderr.read().decode()
            assert time.monotonic() < deadline, "the first start never claimed its folder"
            time.sleep(0.05)
        second = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data)],
                                env=env, capture_output=True, timeout=HANDOVER_EXIT_TIMEOUT_S)
        assert second.returncode == 0, second.stderr.decode()
        assert first.poll() is None, "the first window must stay open"
    finally:
        first.terminate()
        first.wait(timeout=30)
