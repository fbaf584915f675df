"""User-supplied text (an author from a bundle, a title, a quote) shown as the text it is.

Qt renders a label, a tooltip or a message whose text merely looks like HTML as HTML: an author
named `<h1>…` would be a headline and `<img src=…>` would load a local file. Labels that show
such text get `Qt.TextFormat.PlainText`; tooltips, which have no format of their own, get
`tooltip()`.
"""

from __future__ import annotations

from PySide6.QtGui import Qt


def tooltip(text: str) -> str:
    """A tooltip that shows `text` literally, markup and all."""
    if not Qt.mightBeRichText(text):
        return text
    import html  # only for text that looks like markup: rare

    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def plain_label(label):
    """A QLabel set to show its text as plain text (returned, for chaining)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
