"""Screenshot of the real main window with highlights, a note and an entity's mentions marked.

    xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshot.py OUT.png \
        [--lang en] [--theme dark] [--tab notes]

README's pictures: docs/screenshot-light.png (default) and docs/screenshot-dark.png
(--theme dark --tab notes).

Uses a fresh temporary data folder, so it never touches anyone's annotations.
"""

from __future__ import annotations

import argparse
import sys
import tempfile

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from desktop.app import create_window, load_fonts

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
    args = parser.parse_args()

    app = QApplication(sys.argv[:1])
    family = load_fonts()
    if family:
        app.setFont(QFont(family, 10))
    window = create_window(tempfile.mkdtemp(prefix="chugiai-shot-"), language=args.lang)
    window.comfort.set_value("ui.theme", args.theme)
    window.resize(1360, 860)
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
        window.grab().save(args.out)
        print(args.out)
        app.quit()

    QTimer.singleShot(300, when_extracted)
    QTimer.singleShot(60_000, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
