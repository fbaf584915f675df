"""The team library in the real window: nothing without a server; with one, a calm status, a sync
at start and on "Sync now", offline said calmly, and what arrives shows in the window."""

from __future__ import annotations

import sys

from desktop import paths
from desktop.core.annotating import new_highlight
from desktop.core.corpus import make_article
from desktop.core.store import Store
from desktop.core.sync.engine import sync


def _set_server(data_dir, url: str) -> None:
    store = Store(data_dir / paths.DB_FILENAME)
    store.set_setting(paths.SERVER_SETTING, url)
    store.close()


def test_no_server_no_sync_ui_and_no_network_code(open_window, monkeypatch):
    monkeypatch.delenv(paths.SERVER_ENV, raising=False)
    window = open_window()
    assert window.sync is None
    assert window.statusBar().findChild(object, "syncStatus") is None



def test_without_a_server_the_window_never_loads_the_network_library(data_dir):
    import os
    import subprocess

    code = ("import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]); "
            "from desktop.app import create_window; w = create_window(sys.argv[1]); w.show(); "
            "app.processEvents(); print(sorted(m for m in sys.modules if m.startswith("
            "('psycopg', 'desktop.core.sync', 'desktop.ui.sync'))))")
    env = {k: v for k, v in os.environ.items() if k != paths.SERVER_ENV}
    done = subprocess.run([sys.executable, "-c", code, str(data_dir)], capture_output=True,
                          text=True, timeout=120, env=dict(env, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_sync_at_start_and_on_demand_shows_what_arrived(open_window, data_dir, team_server,
                                                        tmp_path, qtbot, monkeypatch):
    monkeypatch.delenv(paths.SERVER_ENV, raising=False)
    team_server.add_user("lan", team="A", role="staff")
    url = team_server.url("lan")
    other = Store(tmp_path / "other" / paths.DB_FILENAME)
    art = make_article(title="Bài từ máy khác", body="Một văn bản ngắn để thử đồng bộ.")
    other.add_articles([art])
    h = new_highlight(art, 0, 3, note="từ máy khác")
    other.put_annotation(h)
    sync(other, url)
    _set_server(data_dir, url)

    window = open_window()
    controller = window.sync
    with qtbot.waitSignal(controller.finished, timeout=30_000) as done:
        controller.sync_now()  # the timer would do it after a few seconds
    assert done.args[0] is not None
    assert window.store.annotation(h.id).note == "từ máy khác"
    assert window.store.article(art.id) is not None
    assert "%1" not in controller.status.text() and controller.status.text()
    # what arrived, in the window's own translated wording (not the CLI's English summary)
    assert "Received: 1 new" in controller.status.toolTip(), controller.status.toolTip()
    assert not controller.cancel_button.isVisible() and controller.now_button.isEnabled()

    other.put_annotation(h.evolve(note="sửa lần hai"))
    sync(other, url)
    qtbot.mouseClick(controller.now_button, qtbot_button())
    qtbot.waitUntil(lambda: window.store.annotation(h.id).note == "sửa lần hai", timeout=30_000)


def qtbot_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_offline_is_said_calmly(open_window, data_dir, qtbot, monkeypatch):
    monkeypatch.delenv(paths.SERVER_ENV, raising=False)
    _set_server(data_dir, "postgresql://lan:x@127.0.0.1:1/team?connect_timeout=2")
    window = open_window()
    with qtbot.waitSignal(window.sync.finished, timeout=30_000) as done:
        window.sync.sync_now()
    assert done.args[0] is None
    text = window.sync.status.text()
    assert "ngoại tuyến" in text or "offline" in text
    assert window.isVisible()  # no dialog, no error box: the window works as before


def test_a_click_on_sync_now_asks_for_the_password_once(open_window, data_dir, team_server,
                                                         qtbot, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    for name in (paths.SERVER_ENV, "PGPASSWORD", "PGPASSFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PGPASSFILE", str(data_dir / "none"))
    team_server.add_user("lan", team="A", role="staff")
    _set_server(data_dir, team_server.url("lan", with_password=False))
    window = open_window()
    controller = window.sync
    with qtbot.waitSignal(controller.finished, timeout=30_000) as done:
        controller.sync_now()  # automatic: no dialog, a calm word in the status bar
    assert done.args[0] is None and QApplication.activeModalWidget() is None
    assert "mật khẩu" in controller.status.text() or "password" in controller.status.text()
    typed = []

    def type_password():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(50, type_password)
            return
        typed.append(dialog.labelText())
        dialog.setTextValue(team_server.passwords[team_server.login("lan")])
        dialog.accept()

    QTimer.singleShot(50, type_password)
    qtbot.mouseClick(controller.now_button, qtbot_button())
    qtbot.waitUntil(lambda: controller.session.store.last_sync() is not None, timeout=30_000)
    assert typed and team_server.login("lan") in typed[0]
    assert controller.password  # kept for this session, in memory only
    password = team_server.passwords[team_server.login("lan")]
    assert password not in controller.session.store.setting(paths.SERVER_SETTING)


def test_a_member_sees_the_trainers_highlights_and_copies_one(open_window, data_dir,
                                                             team_server, tmp_path, qtbot,
                                                             monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui.dialogs.shared_notes import SharedNotesDialog

    monkeypatch.delenv(paths.SERVER_ENV, raising=False)
    team_server.add_user("hoa", team="A", role="trainer")
    team_server.add_user("lan", team="A", role="staff")
    trainer = Store(tmp_path / "hoa" / paths.DB_FILENAME)
    art = make_article(title="Bài của giảng viên", body="Hội thảo về bình đẳng giới ở Hà Nội.")
    trainer.add_articles([art])
    start = art.body.index("bình đẳng giới")
    trainer.put_annotation(new_highlight(art, start, start + len("bình đẳng giới"),
                                         note="ý chính", author="Cô Hoa"))
    trainer.publish("A", [art.id])
    sync(trainer, team_server.url("hoa"))
    _set_server(data_dir, team_server.url("lan"))
    window = open_window()
    with qtbot.waitSignal(window.sync.finished, timeout=30_000):
        window.sync.sync_now()
    window.session.open_article(art.id)
    assert window.sync.team_button.isVisible()
    assert window.store.annotations(art.id) == []  # read-only: not hers yet
    copied = []

    def copy_in_dialog():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SharedNotesDialog):
            QTimer.singleShot(50, copy_in_dialog)
            return
        group = dialog.tree.topLevelItem(0)
        copied.append((group.text(0), group.child(0).text(1)))
        dialog.tree.setCurrentItem(group.child(0))
        dialog.copy_button.click()
        dialog.reject()

    QTimer.singleShot(50, copy_in_dialog)
    window.sync.team_button.click()
    assert copied == [("Cô Hoa", "ý chính")]
    [mine] = window.store.annotations(art.id)
    assert (mine.exact, mine.note, mine.author) == \
        ("bình đẳng giới", "ý chính", window.session.author)
