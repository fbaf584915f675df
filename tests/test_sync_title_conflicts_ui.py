"""A title a member gave a team article meets a trainer's later title, in her window against a
real PostgreSQL: the sync leads to the conflict review, which shows both titles (hers and the
team's, with when each was made); she keeps one, can undo the pick, and the library and the
reader show the title she kept."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt

from desktop import paths
from desktop.core.corpus import make_article
from desktop.core.store import Store
from desktop.core.sync.engine import sync

BODY = ("Đà Nẵng, ngày 3 tháng 12. Thành phố khởi công tuyến đường ven biển nối hai quận, "
        "dự kiến hoàn thành sau hai năm.")


def _synced(window, qtbot):
    with qtbot.waitSignal(window.sync.finished, timeout=30_000) as done:
        window.sync.sync_now()
    assert done.args[0] is not None, window.sync.status.toolTip()
    return done.args[0]


def _library_title(window, article_id: str) -> str:
    model = window.library.model
    return model.data(model.index(model.rows[article_id]))


def test_a_title_conflict_from_a_sync_is_reviewed_picked_and_undone(
        open_window, data_dir, team_server, tmp_path, qtbot, monkeypatch):
    monkeypatch.delenv(paths.SERVER_ENV, raising=False)
    team_server.add_user("hoa", team="A", role="trainer")
    team_server.add_user("lan", team="A", role="staff")
    trainer = Store(tmp_path / "hoa" / paths.DB_FILENAME)
    art = make_article(title="Khởi công đường ven biển", body=BODY)
    trainer.add_articles([art])
    trainer.publish("A", [art.id])
    hoa = team_server.url("hoa")
    sync(trainer, hoa)
    store = Store(data_dir / paths.DB_FILENAME)
    store.set_setting(paths.SERVER_SETTING, team_server.url("lan"))
    store.close()

    window = open_window()
    _synced(window, qtbot)
    assert not window.sync.conflicts_button.isVisible()
    window.session.open_article(art.id)
    window.session.perform(window.store.update_article(art.id, title="Đường ven biển của Lan"))
    _synced(window, qtbot)  # hers goes to her own space on the server
    time.sleep(0.01)
    trainer.update_article(art.id, title="Tuyến ven biển Đà Nẵng")  # later: it wins
    sync(trainer, hoa)
    _synced(window, qtbot)

    assert window.store.article(art.id).title == "Tuyến ven biển Đà Nẵng"
    assert window.reading.title.text() == "Tuyến ven biển Đà Nẵng"  # the pull's title shows
    assert "Tuyến ven biển Đà Nẵng" in _library_title(window, art.id)
    button = window.sync.conflicts_button
    assert button.isVisible() and "1" in button.text()
    assert "title" in window.sync.status.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the status leads to the review
    dialog = window.exchange.conflicts_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.conflict_list.count() == 1
    assert "Đường ven biển của Lan" in dialog.conflict_list.item(0).text()
    in_use, other = dialog.current_text.toPlainText(), dialog.other_text.toPlainText()
    assert "Tuyến ven biển Đà Nẵng" in in_use and "team" in in_use and "Made" in in_use
    assert "Đường ven biển của Lan" in other and "Your title" in other and "Made" in other

    qtbot.mouseClick(dialog.use_other_button, Qt.MouseButton.LeftButton)  # she keeps hers
    assert window.store.article(art.id).title == "Đường ven biển của Lan"
    assert window.reading.title.text() == "Đường ven biển của Lan"
    assert "Đường ven biển của Lan" in _library_title(window, art.id)
    assert dialog.conflict_list.count() == 0 and window.store.title_conflicts() == []
    assert not button.isVisible()  # nothing left to review

    assert dialog.undo_button.isVisible()
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)  # changed her mind
    assert window.store.article(art.id).title == "Tuyến ven biển Đà Nẵng"
    assert window.reading.title.text() == "Tuyến ven biển Đà Nẵng"
    assert "Tuyến ven biển Đà Nẵng" in _library_title(window, art.id)
    assert [c.title for c in window.store.title_conflicts()] == ["Đường ven biển của Lan"]
    assert dialog.conflict_list.count() == 1 and not dialog.undo_button.isVisible()
    assert button.isVisible()  # waiting for a pick again

    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)  # the team's stays
    assert window.store.article(art.id).title == "Tuyến ven biển Đà Nẵng"
    assert window.store.title_conflicts() == [] and dialog.conflict_list.count() == 0
    assert not button.isVisible()  # nothing left to review
    _synced(window, qtbot)  # nothing to pick again
    assert window.store.title_conflicts() == [] and not window.sync.conflicts_button.isVisible()
