"""Qt widgets: render core state and call core functions; no SQL and no NLP here."""

from desktop.ui.none_guard import keep_none_alive

keep_none_alive()  # before any widget: PySide6 6.12 on Python 3.11 (see none_guard.py)
