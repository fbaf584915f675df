"""Teammates' shared highlights in the window: beside one's own in the notes panel and underlined
in the reader, read-only, marked with their author, copied into one's own work on request, and
hidden or shown by a toggle. Nothing of it without a team server."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop import paths
from desktop.core.annotating import new_highlight
from desktop.core.corpus import make_article
from desktop.core.store import PulledBatch, SharedAnnotation, Store
from desktop.ui.notes_list import TeamRole
from desktop.ui.reader_view import team_color

BODY = "Hội thảo về bình đẳng giới ở Hà Nội. Đại sứ phát biểu về hòa bình và an ninh."
OFFLINE = "postgresql://lan:x@127.0.0.1:1/team?connect_timeout=2"


def _library(data_dir, *, server: str | None):
    """A member's library: one article, one highlight of hers, one shared by the trainer (as
    a pull writes it)."""
    store = Store(data_dir / paths.DB_FILENAME)
    article = make_article(title="Bài của nhóm", body=BODY)
    store.add_articles([article])
    start = BODY.index("Đại sứ")
    mine = new_highlight(article, start, start + len("Đại sứ"), note="của tôi", author="Lan")
    store.put_annotation(mine)
    at = BODY.index("bình đẳng giới")
    theirs = new_highlight(article, at, at + len("bình đẳng giới"), note="ý chính <b>đậm</b>",
                           tags=("giới",), author="Cô Hoa")
    store.apply_pull("server", PulledBatch(shared=[SharedAnnotation("hoa", theirs)]))
    if server:
        store.set_setting(paths.SERVER_SETTING, server)
    store.close()
    return article, mine, theirs


def _underlines(reader) -> list[tuple[int, int, str]]:
    """(start, end, underline colour) of the reader's painted formats that have no fill."""
    reader.paint_all()
    out = []
    block = reader.document().begin()
    while block.isValid():
        for r in block.layout().formats():
            if r.format.background().style() == Qt.BrushStyle.NoBrush:
                out.append((block.position() + r.start, block.position() + r.start + r.length,
                            r.format.underlineColor().name()))
        block = block.next()
    return out


def _rows(notes):
    model = notes.model
    return [(model.index(i).data(), model.index(i).data(TeamRole))
            for i in range(model.rowCount())]


def test_a_member_sees_the_teams_highlights_beside_her_own_and_copies_one(
        open_window, data_dir, qtbot, monkeypatch):
    monkeypatch.delenv(paths.SERVER_ENV, raising=False)
    article, mine, theirs = _library(data_dir, server=OFFLINE)
    window = open_window()
    window.session.open_article(article.id)
    notes, reader = window.notes, window.reader

    # beside her own, in text order, marked with the author
    rows = _rows(notes)
    assert [team for _, team in rows] == ["hoa", ""]
    assert "Cô Hoa" in rows[0][0] and "bình đẳng giới" in rows[0][0]
    # underlined in the author's colour, no fill; her own keeps its fill
    start = BODY.index("bình đẳng giới")
    assert (start, start + len("bình đẳng giới"), team_color("hoa")) in _underlines(reader)
    assert any(s == BODY.index("Đại sứ") for s, _, _ in reader.painted_ranges())

    # chosen in the list: shown read-only, the author as plain text, with the copy action
    notes.list.clicked.emit(notes.model.index(0))
    assert notes.note.isReadOnly() and notes.tags.isReadOnly()
    assert notes.note.toPlainText() == "ý chính <b>đậm</b>"
    assert "Cô Hoa" in notes.author.text()
    assert notes.author.textFormat() == Qt.TextFormat.PlainText
    assert not notes.delete_button.isVisible() and notes.copy_button.isVisible()
    assert not any(b.isEnabled() for b in notes.colors.buttons())
    notes.note.setPlainText("sửa thử")  # read-only: a change typed here goes nowhere
    qtbot.wait(600)
    assert window.store.annotations(article.id) == [mine]

    # copied: a highlight of her own, with the note and tags; undo takes it back
    qtbot.mouseClick(notes.copy_button, Qt.MouseButton.LeftButton)
    copies = [a for a in window.store.annotations(article.id) if a.id != mine.id]
    assert [(c.exact, c.note, c.tags, c.author) for c in copies] == \
        [("bình đẳng giới", theirs.note, ("giới",), window.session.author)]
    assert [team for _, team in _rows(notes)] == ["hoa", "", ""]
    assert not notes.note.isReadOnly() and notes.delete_button.isVisible()
    window.session.undo()
    assert window.store.annotations(article.id) == [mine]

    # a click on the underline in the reader shows it in the notes panel
    rect = reader.cursorRect(reader._cursor(start + 2, start + 2))
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert notes.copy_button.isVisible()

    # the toggle hides them in both places, and shows them again
    window.sync.team_toggle.click()
    assert [team for _, team in _rows(notes)] == [""]
    assert all(c != team_color("hoa") for *_, c in _underlines(reader))
    window.sync.team_toggle.click()
    assert [team for _, team in _rows(notes)] == ["hoa", ""]


def test_without_a_server_nothing_of_the_team_is_shown(open_window, data_dir, monkeypatch):
    monkeypatch.delenv(paths.SERVER_ENV, raising=False)
    article, _, _ = _library(data_dir, server=None)
    window = open_window()
    window.session.open_article(article.id)
    assert window.sync is None
    assert [team for _, team in _rows(window.notes)] == [""]
    assert all(c != team_color("hoa") for *_, c in _underlines(window.reader))


def test_a_trainers_shared_highlight_arrives_by_sync_beside_the_members_own(
        open_window, data_dir, team_server, tmp_path, qtbot, monkeypatch):
    """The whole way, through a real PostgreSQL: the trainer publishes, the member syncs, and
    the trainer's highlight is listed and underlined beside hers, read-only."""
    from desktop.core.sync.engine import sync

    monkeypatch.delenv(paths.SERVER_ENV, raising=False)
    team_server.add_user("hoa", team="A", role="trainer")
    team_server.add_user("lan", team="A", role="staff")
    trainer = Store(tmp_path / "hoa" / paths.DB_FILENAME)
    article = make_article(title="Bài của giảng viên", body=BODY)
    trainer.add_articles([article])
    at = BODY.index("bình đẳng giới")
    theirs = new_highlight(article, at, at + len("bình đẳng giới"), note="ý chính",
                           author="Cô Hoa")
    trainer.put_annotation(theirs)
    trainer.publish("A", [article.id])
    sync(trainer, team_server.url("hoa"))
    trainer.close()
    store = Store(data_dir / paths.DB_FILENAME)
    store.set_setting(paths.SERVER_SETTING, team_server.url("lan"))
    store.close()

    window = open_window()
    with qtbot.waitSignal(window.sync.finished, timeout=30_000):
        window.sync.sync_now()
    window.session.open_article(article.id)
    login = team_server.login("hoa")
    assert [(team, "Cô Hoa" in text) for text, team in _rows(window.notes)] == [(login, True)]
    assert (at, at + len("bình đẳng giới"), team_color(login)) in _underlines(window.reader)
    window.reader.select_range(0, 7)
    qtbot.keyClick(window.reader, "1")  # her own highlight joins it
    assert [team for _, team in _rows(window.notes)] == ["", login]
    assert window.store.annotations(article.id)[0].exact == BODY[:7]
