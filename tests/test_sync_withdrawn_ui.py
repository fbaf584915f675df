"""A team article withdrawn while a member has her own work on it, in her window against a real
PostgreSQL: it stays, marked calmly in the library, with a one-line notice in the reader and a
line in the sync's status; "OK" dismisses the notice and the mark for good."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from desktop import paths
from desktop.core.corpus import make_article
from desktop.core.store import Store
from desktop.core.sync.engine import sync

BODY = ("Huế, ngày 2 tháng 12. Sở Giáo dục tỉnh mở lớp tập huấn về an toàn giao thông cho giáo "
        "viên tiểu học ở các huyện miền núi.")
MARK = "left the team library"  # the library row's mark (English: tests run untranslated)


def _set_server(data_dir, url: str) -> None:
    store = Store(data_dir / paths.DB_FILENAME)
    store.set_setting(paths.SERVER_SETTING, url)
    store.close()


def _synced(window, qtbot):
    with qtbot.waitSignal(window.sync.finished, timeout=30_000) as done:
        window.sync.sync_now()
    assert done.args[0] is not None, window.sync.status.toolTip()
    return done.args[0]


def _row_text(window, article_id: str) -> tuple[str, str | None]:
    from PySide6.QtCore import Qt

    model = window.library.model
    index = model.index(model.rows[article_id])
    return model.data(index), model.data(index, Qt.ItemDataRole.ToolTipRole)


@pytest.fixture
def withdrawn(open_window, data_dir, team_server, tmp_path, qtbot, monkeypatch, request):
    """Hoa (trainer) publishes an article, Lan highlights a phrase of it in her window, Hoa
    withdraws it (deletes it, or unpublishes it), Lan's window syncs."""
    monkeypatch.delenv(paths.SERVER_ENV, raising=False)
    team_server.add_user("hoa", team="A", role="trainer")
    team_server.add_user("lan", team="A", role="staff")
    trainer = Store(tmp_path / "hoa" / paths.DB_FILENAME)
    art = make_article(title="Tập huấn an toàn giao thông", body=BODY)
    other = make_article(title="Bài vẫn trong nhóm", body=BODY + " Bản hai.")
    trainer.add_articles([art, other])
    trainer.publish("A", [art.id, other.id])
    hoa = team_server.url("hoa")
    sync(trainer, hoa)
    _set_server(data_dir, team_server.url("lan"))
    window = open_window()
    _synced(window, qtbot)
    window.session.open_article(art.id)
    start = BODY.index("an toàn giao thông")
    window.reader.select_range(start, start + len("an toàn giao thông"))
    qtbot.keyClick(window.reader, "1")  # her own highlight
    assert len(window.session.annotations()) == 1
    assert MARK not in _row_text(window, art.id)[0]
    assert not window.withdrawn_notice.isVisible()
    if request.param == "delete":
        trainer.delete_article(art.id)
    else:
        trainer.publish("A", [art.id], active=False)
    sync(trainer, hoa)
    window.session.open_article(other.id)
    _synced(window, qtbot)
    return SimpleNamespace(window=window, art=art, other=other, trainer=trainer, url=hoa)


@pytest.mark.parametrize("withdrawn", ["delete", "unpublish"], indirect=True)
def test_a_withdrawn_article_is_marked_and_noticed_until_dismissed(withdrawn, qtbot,
                                                                   open_window):
    window, art, other = withdrawn.window, withdrawn.art, withdrawn.other
    assert window.store.withdrawn_from_team() == [art.id]
    # the sync that withdrew it says so, once, in its status
    status = window.sync.status
    assert "1 article(s) left the team library" in status.text(), status.text()
    assert f"“{art.title}”" in status.toolTip()
    # the library marks it, with what the mark means
    text, tip = _row_text(window, art.id)
    assert text.startswith(art.title) and MARK in text
    assert tip == "No longer in the team library — your copy is kept"
    assert _row_text(window, other.id) == (other.title, None)  # still the team's: no mark
    # the reader says it in one line when it is opened; not on another article
    assert not window.withdrawn_notice.isVisible()
    window.session.open_article(art.id)
    assert window.withdrawn_notice.isVisible()
    assert "no longer in the team library" in window.withdrawn_notice.label.text()
    assert [a.exact for a in window.session.annotations()] == ["an toàn giao thông"]
    # the next sync withdraws nothing new: the status says nothing more, the mark stays
    _synced(window, qtbot)
    assert "left the team library" not in window.sync.status.text()
    assert MARK in _row_text(window, art.id)[0]
    # "OK": the notice and the mark go, and stay gone after a restart
    qtbot.mouseClick(window.withdrawn_notice.ok_button, _left())
    assert not window.withdrawn_notice.isVisible()
    assert _row_text(window, art.id) == (f"{art.title}  (1 highlight(s))", None)
    window.close()
    again = open_window()
    qtbot.wait(600)  # the marks are read after the first paint
    again.session.open_article(art.id)
    assert again.session.article.id == art.id and not again.withdrawn_notice.isVisible()
    assert MARK not in _row_text(again, art.id)[0]
    assert again.store.withdrawn_from_team() == [art.id]  # still her own article, kept


@pytest.mark.parametrize("withdrawn", ["delete"], indirect=True)
def test_a_mark_shows_at_the_next_start_when_not_dismissed(withdrawn, open_window, qtbot):
    window, art, other = withdrawn.window, withdrawn.art, withdrawn.other
    window.session.open_article(art.id)
    window.close()
    again = open_window()  # reopens the article she was reading
    qtbot.waitUntil(lambda: MARK in _row_text(again, art.id)[0])  # soon after the first paint
    assert again.session.article.id == art.id and again.withdrawn_notice.isVisible()
    again.session.open_article(other.id)
    assert not again.withdrawn_notice.isVisible()


@pytest.mark.parametrize("withdrawn", ["unpublish"], indirect=True)
def test_published_again_the_mark_goes_and_a_new_withdrawal_is_news_again(withdrawn, qtbot):
    window, art = withdrawn.window, withdrawn.art
    trainer, hoa = withdrawn.trainer, withdrawn.url
    window.session.open_article(art.id)
    qtbot.mouseClick(window.withdrawn_notice.ok_button, _left())  # dismissed
    trainer.publish("A", [art.id])
    sync(trainer, hoa)
    _synced(window, qtbot)
    assert window.store.withdrawn_from_team() == []
    assert MARK not in _row_text(window, art.id)[0] and not window.withdrawn_notice.isVisible()
    trainer.publish("A", [art.id], active=False)
    sync(trainer, hoa)
    _synced(window, qtbot)
    assert MARK in _row_text(window, art.id)[0]
    assert window.withdrawn_notice.isVisible()  # the open article: said at once
    assert "1 article(s) left the team library" in window.sync.status.text()


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
