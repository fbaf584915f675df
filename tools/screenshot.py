"""Screenshot of the real main window with highlights, a note and an entity's mentions marked.

    xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshot.py OUT.png \
        [--lang en] [--theme dark] [--tab notes]

README's pictures: docs/screenshot-light.png (default) and docs/screenshot-dark.png
(--theme dark --tab notes). With --dialogs, OUT is a folder: the main window and then every
dialog of tools/dialog_tour.py, one PNG each (each widget as it paints itself, no frame;
QT_SCALE_FACTOR=2 for the 2× pictures).

Uses a fresh temporary data folder, so it never touches anyone's annotations.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from desktop.app import NO_WELCOME_ENV, create_window, load_fonts

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))  # dialog_tour

os.environ.setdefault(NO_WELCOME_ENV, "1")  # the pictures show the window, not the greeting

HIGHLIGHTS = [  # (quote, colour, note)
    ("Đại sứ Lê Thị Tuyết Mai", "yellow", "Trưởng Phái đoàn tại Geneva, nhiệm kỳ 2020-2023"),
    ("bình đẳng giới nói chung, bình đẳng giữa nam và nữ nói riêng", "green", ""),
    ("Tổ chức Thương mại thế giới (WTO), Tổ chức Lao động thế giới (ILO)", "blue",
     "Các tổ chức quốc tế tại Geneva"),
    ("Tổ chức Lao động thế giới (ILO), Tổ chức Y tế thế giới (WHO)", "pink", ""),
]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--lang", default="vi")
    parser.add_argument("--entity", default="Lê Thị Tuyết Mai")
    parser.add_argument("--theme", default="light", choices=("light", "dark", "sepia"))
    parser.add_argument("--tab", default="entities", choices=("entities", "notes"))
    parser.add_argument("--dialogs", action="store_true",
                        help="OUT is a folder: the window and every dialog, one PNG each")
    parser.add_argument("--size", default="1360x860", help="window size, e.g. 1366x768")
    args = parser.parse_args()

    app = QApplication(sys.argv[:1])
    family = load_fonts()
    if family:
        app.setFont(QFont(family, 10))
    window = create_window(tempfile.mkdtemp(prefix="chugiai-shot-"), language=args.lang)
    window.comfort.set_value("ui.theme", args.theme)
    width, height = (int(n) for n in args.size.split("x"))
    window.resize(width, height)
    window.show()
    lst = window.library.list
    lst.setCurrentRow(lst.count() - 1)  # the Geneva article
    body = window.session.article.body
    for quote, color, note in HIGHLIGHTS:
        start = body.index(quote)
        window.reader.select_range(start, start + len(quote))
        window.reading.highlight_selection(color)
        if note:
            window.notes.note.setPlainText(note)
            window.notes.save_note()
    window.reader.scroll_to_top_at(0)

    def when_extracted():
        item = window.entities.item_for(args.entity)
        if item is None:
            QTimer.singleShot(200, when_extracted)
            return
        if args.tab == "entities":
            window.tabs.setCurrentWidget(window.entities)
            window.entities.tree.setCurrentItem(item)
            window.entities._clicked(item)
        else:
            window.tabs.setCurrentWidget(window.notes)
        window.reader.scroll_to_top_at(0)
        QTimer.singleShot(500, shoot)

    def shoot():
        if args.dialogs:
            return shoot_dialogs(app, window, args.out)
        window.grab().save(args.out)
        print(args.out)
        app.quit()

    QTimer.singleShot(300, when_extracted)
    QTimer.singleShot(60_000, app.quit)
    return app.exec()


def shoot_dialogs(app, window, folder: str) -> None:
    """The window, then each dialog of the tour over it, as the screen shows them."""
    from pathlib import Path

    from dialog_tour import TOUR

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="chugiai-tour-"))
    for name, open_dialog in TOUR:
        widget = open_dialog(window, scratch)
        for _ in range(20):
            app.processEvents()
        picture = widget.grab()  # the widget as painted (a screen grab may catch stale pixels)
        path = out / f"{name}.png"
        picture.save(str(path))
        size = QWidget.size(widget)
        print(path, f"{size.width()}×{size.height()}")
        if widget is not window:
            widget.close()
    app.quit()


if __name__ == "__main__":
    sys.exit(main())
