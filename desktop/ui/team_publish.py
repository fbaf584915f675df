"""Publishing and sharing from the window, for a user whose team role allows it: "Publish to a
team…" (a trainer of a team) and "Share my highlights with a team…" (any member), on the
articles chosen in the library, in its context menu and the File menu. Only built when a team
server is configured; it reads and writes the local store only (the next sync carries what the
user confirmed), so it loads no network code.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QStatusBar, QWidget

from desktop.ui.library_panel import LibraryPanel
from desktop.ui.session import Session

TRAINER = "trainer"
MESSAGE_MS = 8000


class TeamPublishController(QObject):
    def __init__(self, session: Session, library: LibraryPanel, *, window: QWidget,
                 file_menu: QMenu, status_bar: QStatusBar, sync_now: Callable[[], None],
                 synced: SignalInstance):
        """`sync_now` starts a sync (it carries what was confirmed at once when the server
        answers); `synced` says a sync ended (the user's teams and roles may have changed)."""
        super().__init__(window)
        self.session, self.library, self.window = session, library, window
        self.status_bar, self.sync_now = status_bar, sync_now
        self.dialog = None
        self.publish_action = QAction(self.tr("Publish to a team…"), window)
        self.publish_action.triggered.connect(lambda: self.open_dialog("publish"))
        self.share_action = QAction(self.tr("Share my highlights with a team…"), window)
        self.share_action.triggered.connect(lambda: self.open_dialog("share"))
        actions = [self.publish_action, self.share_action]
        menu = QMenu(self.tr("Team library"), window)
        menu.addActions(actions)
        first = file_menu.actions()[0] if file_menu.actions() else None
        file_menu.insertMenu(first, menu)
        if first is not None:
            file_menu.insertSeparator(first)
        self.menu = menu
        library.team_actions = actions
        synced.connect(lambda _report: self.update_actions())
        self.update_actions()

    def teams(self, kind: str) -> list[str]:
        """The teams this user may publish to (a trainer's) or share with (any), as last synced."""
        return [name for _id, name, role in self.session.store.sync_teams()
                if kind == "share" or role == TRAINER]

    def update_actions(self) -> None:
        """Enabled as the user's roles allow; disabled with the reason said in the tooltip."""
        known = bool(self.session.store.sync_teams())
        for action, kind in ((self.publish_action, "publish"), (self.share_action, "share")):
            allowed = bool(self.teams(kind))
            action.setEnabled(allowed)
            if allowed:
                action.setToolTip(action.text())
            elif not known:
                action.setToolTip(self.tr("Sync once first: your teams come from the server"))
            else:
                action.setToolTip(self.tr("Only a trainer of a team can publish to it"))

    def open_dialog(self, kind: str) -> None:
        """Ask, for the chosen articles, which team and what; applied when confirmed."""
        from desktop.ui.dialogs.team_publish import TeamPublishDialog  # dialogs: when opened

        ids = self.library.chosen_ids()
        if not ids:
            self.status_bar.showMessage(self.tr("Choose articles in the library first"),
                                        MESSAGE_MS)
            return
        store = self.session.store
        articles = [(i, summary.title) for summary in store.summaries_of(ids)
                    for i in (summary.id,)]
        dialog = TeamPublishDialog(kind=kind, teams=self.teams(kind), articles=articles,
                                   states=store.publication_states, parent=self.window)
        dialog.accepted.connect(lambda: self.apply(dialog.choice()))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def apply(self, choice) -> None:
        """Record the request for the next sync, say so, and sync now if the server answers."""
        store = self.session.store
        changes = store.publish(choice.team, choice.articles, kind=choice.kind,
                                active=choice.active)
        if choice.kind == "publish" and choice.active and not choice.share_highlights:
            changes |= store.publish(choice.team, choice.articles, kind="share", active=False)
        self.session.perform(changes, origin=self)
        self.status_bar.showMessage(
            self.tr("Saved: the next sync sends it to “%1”").replace("%1", choice.team),
            MESSAGE_MS)
        self.sync_now()
