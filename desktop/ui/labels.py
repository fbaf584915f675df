"""Names of the app's own values in the interface language (highlight colours)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

COLOR_NAMES = {
    "yellow": QT_TRANSLATE_NOOP("Colors", "Yellow"),
    "green": QT_TRANSLATE_NOOP("Colors", "Green"),
    "blue": QT_TRANSLATE_NOOP("Colors", "Blue"),
    "pink": QT_TRANSLATE_NOOP("Colors", "Pink"),
    "purple": QT_TRANSLATE_NOOP("Colors", "Purple"),
}


def color_label(color: str) -> str:
    """'blue' → 'Xanh dương' in Vietnamese; an unknown colour as it is."""
    name = COLOR_NAMES.get(color)
    return QCoreApplication.translate("Colors", name) if name else color
