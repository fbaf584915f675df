"""Cold start to an idle main window, next to a bare PySide6 window, measured from outside.

    .venv/bin/python benchmarks/startup.py [--runs 7]

Each run spawns a fresh process and stops the clock when the process prints "idle" (the first
idle moment after its window is shown; the app then prints its widget count, "widgets 120",
counted after the clock stopped since counting costs time too). Goal (issue 8): the app ≤ 1.5×
a bare PySide6 window with the same widgets' count. Two baselines run interleaved with the app:
a minimal bare window (a splitter of four views), and a bare window padded with plain widgets
(in its splitter, tabs, menus and toolbar) to the app's widget count. Children get bytecode
(PYTHONDONTWRITEBYTECODE cleared, one unmeasured priming run), as a real install has.
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

# the same size as the app: argv[1] plain widgets spread over the panes, as many as the app's
# idle window has more than this skeleton. The padding is worked out by main() from a calibration
# run, not here: QApplication.allWidgets() costs ~12 ms, which would slow the baseline.
SAME_COUNT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QApplication, QLabel, QListWidget, QMainWindow, QSplitter,
                               QTabWidget, QTextEdit, QTreeWidget, QVBoxLayout, QWidget)
app = QApplication(sys.argv[:1])
padding = int(sys.argv[1])
w = QMainWindow()
for name in ("File", "Edit", "View", "Help"):
    menu = w.menuBar().addMenu(name)
    for i in range(5):
        menu.addAction(f"{name} {i}")
bar = w.addToolBar("tools")
for i in range(8):
    bar.addAction(f"tool {i}")
w.statusBar().showMessage("ready")
panes = []
for view in (QListWidget(), QTextEdit()):
    pane = QWidget(); QVBoxLayout(pane).addWidget(view, 1); panes.append(pane)
s = QSplitter()
for pane in panes:
    s.addWidget(pane)
t = QTabWidget()
for label, view in (("a", QListWidget()), ("b", QTreeWidget()), ("c", QListWidget())):
    page = QWidget(); QVBoxLayout(page).addWidget(view, 1); panes.append(page); t.addTab(page, label)
s.addWidget(t)
w.setCentralWidget(s)
for i in range(padding):
    panes[i % len(panes)].layout().addWidget(QLabel(str(i)) if i % 2 else QWidget())
w.show()
QTimer.singleShot(0, lambda: (print("idle", flush=True),
                              print(f"widgets {len(app.allWidgets())}", flush=True), app.quit()))
app.exec()
"""


def time_to_idle(cmd: list[str], env: dict, counts: dict | None = None) -> float:
    """Seconds from spawn to the process's "idle" line; later "NAME N" lines go to `counts`."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env)
    for line in proc.stdout:
        if line.strip() == "idle":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{cmd} exited without reaching idle")
    for line in proc.stdout:
        words = line.split()
        if counts is not None and len(words) == 2 and words[1].isdigit():
            counts[words[0]] = int(words[1])
    proc.wait(timeout=60)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               CHUGIAI_EXIT_WHEN_IDLE="1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # installs and the frozen app have bytecode
    data = tempfile.mkdtemp(prefix="chugiai-bench-")
    app_cmd = [sys.executable, "-m", "desktop", "--data-dir", data]
    counts: dict[str, int] = {}
    time_to_idle(app_cmd, env)  # first use loads the corpus (and writes bytecode): unmeasured
    time_to_idle(app_cmd, env, counts)
    widgets = counts.get("widgets", 0)
    bare_cmd = [sys.executable, "-c", BARE]
    time_to_idle(bare_cmd, env)  # primes the file cache like the app's runs above
    skeleton: dict[str, int] = {}
    time_to_idle([sys.executable, "-c", SAME_COUNT, "0"], env, skeleton)
    same_cmd = [sys.executable, "-c", SAME_COUNT, str(max(0, widgets - skeleton["widgets"]))]
    same_counts: dict[str, int] = {}
    time_to_idle(same_cmd, env, same_counts)
    bare, same, app = [], [], []
    for _ in range(args.runs):  # interleaved, so drift hits all alike
        bare.append(time_to_idle(bare_cmd, env))
        same.append(time_to_idle(same_cmd, env))
        app.append(time_to_idle(app_cmd, env))
    b, w, a = statistics.median(bare), statistics.median(same), statistics.median(app)
    n = args.runs
    print(f"bare PySide6 window (minimal)    : {b * 1000:6.0f} ms (median of {n})")
    print(f"bare PySide6 window, {same_counts.get('widgets', 0):4d} widgets : "
          f"{w * 1000:6.0f} ms (median of {n})")
    print(f"chugiai main window, {widgets:4d} widgets : {a * 1000:6.0f} ms (median of {n})")
    print(f"ratio vs minimal bare window     : {a / b:6.2f}×")
    print(f"ratio vs same-widget-count window: {a / w:6.2f}×  (issue 8's goal ≤ 1.5×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
