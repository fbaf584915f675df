"""Publishing and sharing from the window (a real PostgreSQL, tests/pgcluster.py): a trainer
chooses articles in the library, confirms what will happen, and the sync carries it to a member;
a staff member may share but not publish; without a server there is none of it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from desktop import paths
from desktop.core.annotating import new_highlight
from desktop.core.store import Store
from desktop.core.sync.engine import sync


def _server_for(data_dir, url: str) -> None:
    store = Store(data_dir / paths.DB_FILENAME)
    store.set_setting(paths.SERVER_SETTING, url)
    store.close()


def _choose(library, rows) -> None:
    library.list.setCurrentRow(rows[0])
    for row in rows[1:]:
        library.list.selectionModel().select(library.model.index(row),
                                             QItemSelectionModel.SelectionFlag.Select)


def _synced(qtbot, window) -> None:
    with qtbot.waitSignal(window.sync.finished, timeout=60_000):
        window.sync.sync_now()


def test_without_a_server_there_is_no_team_menu(open_window, monkeypatch):
    monkeypatch.delenv(paths.SERVER_ENV, raising=False)
    window = open_window()
    assert window.team_publish is None and window.library.team_actions == []
    assert all("team" not in a.text().lower() for a in window.file_menu.actions())


def test_a_trainer_publishes_chosen_articles_and_a_member_receives_them(
        open_window, data_dir, team_server, tmp_path, qtbot, monkeypatch):
    monkeypatch.delenv(paths.SERVER_ENV, raising=False)
    team_server.add_user("hoa", team="Lớp A", role="trainer")
    team_server.add_user("lan", team="Lớp A", role="staff")
    _server_for(data_dir, team_server.url("hoa"))
    window = open_window()
    controller = window.team_publish
    assert not controller.publish_action.isEnabled()  # teams unknown before the first sync
    assert "Sync" in controller.publish_action.toolTip()
    _synced(qtbot, window)
    assert controller.publish_action.isEnabled() and controller.share_action.isEnabled()

    library = window.library
    _choose(library, [0, 1])
    chosen = library.chosen_ids()
    assert len(chosen) == 2
    article = window.store.article(chosen[0])
    window.session.perform(window.session.history.create(
        new_highlight(article, 0, 5, note="ghi chú của giảng viên")))
    controller.publish_action.trigger()
    dialog = controller.dialog
    assert dialog.team.currentText() == "Lớp A" and dialog.list.count() == 2
    assert "2" in dialog.summary.text() and "Lớp A" in dialog.summary.text()
    assert dialog.share_too.isChecked()  # a trainer's highlights go with them by default
    with qtbot.waitSignal(window.sync.finished, timeout=60_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert window.store.pending_publications() == []  # the sync carried it

    member = Store(tmp_path / "lan" / paths.DB_FILENAME)
    sync(member, team_server.url("lan"))
    assert all(member.article(i) is not None for i in chosen)
    assert [s.annotation.note for s in member.shared_annotations(chosen[0])] == \
        ["ghi chú của giảng viên"]

    # taken back: the dialog says what happens, the team library no longer lists them
    library.list.setCurrentRow(library.model.rows[chosen[1]])
    controller.publish_action.trigger()
    dialog = controller.dialog
    dialog.off.setChecked(True)
    assert "1" in dialog.summary.text() and "leave" in dialog.summary.text()
    with qtbot.waitSignal(window.sync.finished, timeout=60_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert window.store.publication_states("Lớp A", chosen) == {chosen[0]: (True, True),
                                                                 chosen[1]: (False, False)}


def test_a_staff_member_shares_but_cannot_publish(open_window, data_dir, team_server, tmp_path,
                                                  qtbot, monkeypatch):
    monkeypatch.delenv(paths.SERVER_ENV, raising=False)
    team_server.add_user("lan", team="Lớp A", role="staff")
    team_server.add_user("minh", team="Lớp A", role="staff")
    _server_for(data_dir, team_server.url("lan"))
    window = open_window()
    _synced(qtbot, window)
    controller = window.team_publish
    assert not controller.publish_action.isEnabled()
    assert "trainer" in controller.publish_action.toolTip()
    assert controller.share_action.isEnabled()
    library = window.library
    _choose(library, [1])
    article = window.store.article(library.chosen_ids()[0])
    window.session.perform(window.session.history.create(
        new_highlight(article, 0, 5, note="của Lan")))
    controller.share_action.trigger()
    dialog = controller.dialog
    assert dialog.share_too is None and "read-only" in dialog.summary.text()
    with qtbot.waitSignal(window.sync.finished, timeout=60_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    teammate = Store(tmp_path / "minh" / paths.DB_FILENAME)
    teammate.add_articles([article])
    sync(teammate, team_server.url("minh"))
    assert [s.annotation.note for s in teammate.shared_annotations(article.id)] == ["của Lan"]
