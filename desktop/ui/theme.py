"""Light, dark and sepia themes; highlight colours that stay legible (≥ 4.5:1) in each of them.

Highlights also differ by underline style, so colour-blind readers can tell them apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEME_NAMES = ("system", "light", "dark", "sepia")
MIN_CONTRAST = 4.5  # WCAG AA for body text

# The non-colour cue of each highlight colour (the number is its key, 1–5).
UNDERLINES = {
    "yellow": "single",
    "green": "dash",
    "blue": "dot",
    "pink": "wave",
    "purple": "dashdot",
}


@dataclass(frozen=True)
class Theme:
    name: str
    window: str  # panels and toolbars
    window_text: str
    page: str  # the reader's paper
    text: str
    alternate: str
    selection: str
    selection_text: str
    muted: str  # secondary text, borders
    highlight_text: str  # text on every highlight colour
    mention: str  # entity mentions
    highlights: dict[str, str] = field(default_factory=dict)


_LIGHT_HIGHLIGHTS = {"yellow": "#ffe066", "green": "#a9e5a0", "blue": "#a5d4ff",
                     "pink": "#ffb8cc", "purple": "#d7c2fb"}

THEMES = {
    "light": Theme("light", window="#f3f3f1", window_text="#1f1f1f", page="#ffffff",
                   text="#1f1f1f", alternate="#f7f7f5", selection="#2f6fd0",
                   selection_text="#ffffff", muted="#6b6b6b", highlight_text="#1a1a1a",
                   mention="#ff9f43", highlights=dict(_LIGHT_HIGHLIGHTS)),
    "sepia": Theme("sepia", window="#ece3cf", window_text="#3b2f1e", page="#f6efdc",
                   text="#3b2f1e", alternate="#efe6d0", selection="#8a5a2b",
                   selection_text="#fffaf0", muted="#7a6a52", highlight_text="#2a2014",
                   mention="#f0a050",
                   highlights={"yellow": "#f7d96b", "green": "#b9dca0", "blue": "#a9cbe8",
                               "pink": "#f1b3c0", "purple": "#d2c0ea"}),
    "dark": Theme("dark", window="#25262a", window_text="#e4e4e4", page="#1c1d20",
                  text="#e2e2e2", alternate="#2b2c31", selection="#3d6fb4",
                  selection_text="#ffffff", muted="#9a9a9a", highlight_text="#111111",
                  mention="#f0a04b",
                  highlights={"yellow": "#d8bd4f", "green": "#86c47d", "blue": "#7fb0e0",
                              "pink": "#e394ab", "purple": "#b29ce0"}),
}


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def resolve(name: str) -> Theme:
    """The theme to use for a setting value; "system" follows the desktop's light/dark choice."""
    if name not in THEMES:
        name = "dark" if system_prefers_dark() else "light"
    return THEMES[name]


def palette(theme: Theme) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    for r, color in ((role.Window, theme.window), (role.WindowText, theme.window_text),
                     (role.Base, theme.page), (role.AlternateBase, theme.alternate),
                     (role.Text, theme.text), (role.Button, theme.window),
                     (role.ButtonText, theme.window_text), (role.ToolTipBase, theme.page),
                     (role.ToolTipText, theme.text), (role.Highlight, theme.selection),
                     (role.HighlightedText, theme.selection_text),
                     (role.PlaceholderText, theme.muted), (role.Mid, theme.muted)):
        p.setColor(r, QColor(color))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.Text, role.ButtonText, role.WindowText):
        p.setColor(disabled, r, QColor(theme.muted))
    return p


FUSION_SET = "chugiaiFusion"  # application property: Fusion is in use, set by us


def new_application(argv: list[str]):
    """The QApplication, in Fusion from the start: setting a style later re-polishes every
    widget, and any QStyle reaching Python builds its enums."""
    app = QApplication([*argv[:1], "-style", "fusion"])
    app.setProperty(FUSION_SET, True)
    return app


def use_style(app) -> None:
    """Fusion draws the palette the same on every OS, so each theme looks as designed."""
    if not app.property(FUSION_SET):
        app.setStyle("Fusion")
        app.setProperty(FUSION_SET, True)


def apply(app, theme: Theme) -> None:
    use_style(app)
    app.setPalette(palette(theme))


def _luminance(color: str) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(color)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio between two colours (1 to 21)."""
    a, b = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)
