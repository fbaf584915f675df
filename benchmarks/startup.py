"""Cold start to an idle main window, next to a bare PySide6 window, measured from outside.

    .venv/bin/python benchmarks/startup.py [--runs 7]

Each run spawns a fresh process and stops the clock when the process prints "idle" (the first
idle moment after its window is shown). Goal (issue 8): the app ≤ 1.5× the bare window.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QApplication, QListWidget, QMainWindow, QSplitter, QTabWidget,
                               QTextEdit, QTreeWidget)
app = QApplication(sys.argv[:1])
w = QMainWindow()
s = QSplitter()
s.addWidget(QListWidget()); s.addWidget(QTextEdit())
t = QTabWidget(); t.addTab(QListWidget(), "a"); t.addTab(QTreeWidget(), "b"); s.addWidget(t)
w.setCentralWidget(s)
w.show()
QTimer.singleShot(0, lambda: (print("idle", flush=True), app.quit()))
app.exec()
"""


def time_to_idle(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env)
    for line in proc.stdout:
        if line.strip() == "idle":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{cmd} exited without reaching idle")
    proc.wait(timeout=60)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               CHUGIAI_EXIT_WHEN_IDLE="1")
    data = tempfile.mkdtemp(prefix="chugiai-bench-")
    app_cmd = [sys.executable, "-m", "desktop", "--data-dir", data]
    time_to_idle(app_cmd, env)  # first use loads the corpus: not what we measure
    bare_cmd = [sys.executable, "-c", BARE]
    bare, app = [], []
    for _ in range(args.runs):  # interleaved, so drift hits both alike
        bare.append(time_to_idle(bare_cmd, env))
        app.append(time_to_idle(app_cmd, env))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window : {b * 1000:7.0f} ms (median of {args.runs})")
    print(f"chugiai main window : {a * 1000:7.0f} ms (median of {args.runs})")
    print(f"ratio               : {a / b:7.2f}×  (goal ≤ 1.5×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
