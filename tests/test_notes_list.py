"""The notes panel's list on an article with many highlights: rows follow every edit in text
order, the edited one stays chosen, and other rows are left as they are."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt

from desktop import paths
from desktop.core.annotating import new_highlight
from desktop.core.corpus import make_article
from desktop.core.store import ExchangeBatch, Store
from desktop.ui.notes_list import IdRole

SENTENCE = "Đại sứ Nguyễn Văn An của Bộ Ngoại giao phát biểu về phụ nữ, hòa bình và an ninh. "
MANY = 600


def _rows(notes) -> list[str]:
    model = notes.model
    return [model.index(i).data(IdRole) for i in range(model.rowCount())]


def test_rows_follow_edits_in_text_order_among_many(open_window, data_dir, qtbot):
    store = Store(data_dir / paths.DB_FILENAME)
    article = make_article(title="Bài dài", body="\n".join([SENTENCE * 3] * 200))
    rng = random.Random(4)
    anns = []
    for _ in range(MANY):
        start = rng.randrange(len(article.body) - 40)
        anns.append(new_highlight(article, start, start + rng.randint(3, 30),
                                  note=rng.choice(["", "ghi chú <b>đậm</b>"])))
    store.apply_exchange(ExchangeBatch(articles=[article], annotations=anns))
    store.close()
    window = open_window()
    window.session.open_article(article.id)
    notes, reader = window.notes, window.reader
    in_order = lambda: [a.id for a in window.session.annotations()]  # noqa: E731
    assert _rows(notes) == in_order() and len(_rows(notes)) == MANY

    # a new highlight: one row more, in its place, chosen
    reader.select_range(1000, 1010)
    qtbot.keyClick(reader, "3")
    new = notes._current
    assert new is not None and new.color == "blue"
    assert _rows(notes) == in_order() and len(_rows(notes)) == MANY + 1
    assert notes.list.currentIndex().data(IdRole) == new.id

    # its note: its row says it, as plain text, and it stays chosen
    notes.note.setPlainText("<i>mới</i>")
    assert notes.save_note()
    row = notes.list.currentIndex()
    assert row.data(IdRole) == new.id and "✎ <i>mới</i>" in row.data()

    # a colour from the list's editor; an edit elsewhere (undo) updates the row too
    notes.colors.button(4).click()
    assert window.store.annotation(new.id).color == "purple"
    assert notes.model.row(notes.model.row_of(new.id))[0].color == "purple"
    window.session.undo()
    assert notes.model.row(notes.model.row_of(new.id))[0].color == "blue"

    # clicking a row shows that highlight in the editor and the reader
    other = notes.model.index(10).data(IdRole)
    notes.list.clicked.emit(notes.model.index(10))
    assert notes._current.id == other

    # deleted: the row goes, the others stay in order
    qtbot.mouseClick(notes.delete_button, Qt.MouseButton.LeftButton)
    assert other not in _rows(notes)
    assert _rows(notes) == in_order() and len(_rows(notes)) == MANY
