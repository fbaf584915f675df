"""A bare PySide6 window (the same widgets as benchmarks/startup.py's baseline), frozen by
benchmarks/bare_window.spec for benchmarks/packaging.py."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
)

app = QApplication(sys.argv[:1])
w = QMainWindow()
s = QSplitter()
s.addWidget(QListWidget())
s.addWidget(QTextEdit())
t = QTabWidget()
t.addTab(QListWidget(), "a")
t.addTab(QTreeWidget(), "b")
s.addWidget(t)
w.setCentralWidget(s)
w.show()
QTimer.singleShot(0, lambda: (print("idle", flush=True), app.quit()))
app.exec()
