"""PySide6 6.12.0 drops a reference to None per void call, which aborts Python 3.11; we pin
PySide6-Essentials below 6.12 (pyproject.toml). This test fails if a bad version comes back."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VOID_CALLS = 50_000  # far more than None's own reference count at start-up (~5,000)
SCRIPT = f"""
from PySide6.QtWidgets import QApplication, QTextEdit
from PySide6.QtGui import QTextCursor
{{imports}}
app = QApplication([])
edit = QTextEdit()
edit.setPlainText("x" * 100)
cursor = QTextCursor(edit.document())
for _ in range({VOID_CALLS}):
    cursor.setPosition(5)
print("survived")
"""


def run(imports: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", SCRIPT.format(imports=imports)], env=env,
                          capture_output=True, text=True, timeout=120)


def test_many_void_qt_calls_do_not_abort_the_app():
    done = run("import desktop.ui.main_window")
    assert done.returncode == 0 and "survived" in done.stdout, done.stderr[-2000:]
