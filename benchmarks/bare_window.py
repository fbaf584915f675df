"""Bare PySide6 windows: the baselines of benchmarks/startup.py (run from source) and
benchmarks/packaging.py (frozen by benchmarks/bare_window.spec the way build.spec freezes the app).

    bare_window.py          a minimal window: a splitter of a list, a text view and two tabs
    bare_window.py N        the app's skeleton (four menus, a toolbar, a status bar, two panes and
                            three tabs) padded with N plain widgets; the benchmarks choose N from
                            a calibration run (N = 0) so that it has as many widgets as the app
    bare_window.py N --qt   the same, with one setting that names a Qt enum (the splitter's
                            orientation): the first use of `Qt.…` builds PySide6's whole Qt
                            namespace (93 enum classes), which any window that sets an
                            alignment, an orientation or a pen pays; shown for comparison only

Prints "idle" at the first idle moment after the window shows, then "widgets COUNT". The count is
taken after "idle": QApplication.allWidgets() takes time too, which would slow the baseline.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)


def minimal_window() -> QMainWindow:
    window = QMainWindow()
    splitter = QSplitter()
    splitter.addWidget(QListWidget())
    splitter.addWidget(QTextEdit())
    tabs = QTabWidget()
    tabs.addTab(QListWidget(), "a")
    tabs.addTab(QTreeWidget(), "b")
    splitter.addWidget(tabs)
    window.setCentralWidget(splitter)
    return window


def padded_window(padding: int, *, configured: bool = False) -> QMainWindow:
    window = QMainWindow()
    for name in ("File", "Edit", "View", "Help"):
        menu = window.menuBar().addMenu(name)
        for i in range(5):
            menu.addAction(f"{name} {i}")
    toolbar = window.addToolBar("tools")
    for i in range(8):
        toolbar.addAction(f"tool {i}")
    window.statusBar().showMessage("ready")
    panes = []
    splitter = QSplitter()
    for view in (QListWidget(), QTextEdit()):
        pane = QWidget()
        QVBoxLayout(pane).addWidget(view, 1)
        panes.append(pane)
        splitter.addWidget(pane)
    tabs = QTabWidget()
    for label, view in (("a", QListWidget()), ("b", QTreeWidget()), ("c", QListWidget())):
        page = QWidget()
        QVBoxLayout(page).addWidget(view, 1)
        panes.append(page)
        tabs.addTab(page, label)
    splitter.addWidget(tabs)
    if configured:
        from PySide6.QtCore import Qt

        splitter.setOrientation(Qt.Orientation.Horizontal)  # the default: nothing changes
    window.setCentralWidget(splitter)
    for i in range(padding):
        panes[i % len(panes)].layout().addWidget(QLabel(str(i)) if i % 2 else QWidget())
    return window


app = QApplication(sys.argv[:1])
if len(sys.argv) > 1:
    window = padded_window(int(sys.argv[1]), configured="--qt" in sys.argv[2:])
else:
    window = minimal_window()
window.show()
QTimer.singleShot(0, lambda: (print("idle", flush=True),
                              print(f"widgets {len(app.allWidgets())}", flush=True), app.quit()))
app.exec()
