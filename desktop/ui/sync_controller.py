"""The team library in the window: a calm status in the status bar, "Đồng bộ ngay", progress and
Cancel, a sync soon after start and every few minutes. Only built when a server is configured:
without one the window has none of it and opens no connection.

The sync runs in a thread of its own with its own store connection; what it changed reaches the
panels through the session's one change signal.
"""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QStatusBar,
    QToolButton,
)

from desktop.core.sync import SyncError
from desktop.core.sync.connect import redact
from desktop.core.sync.engine import Cancelled, sync
from desktop.core.sync.errors import MESSAGES
from desktop.ui.session import Session
from desktop.ui.workers import CallJob

FIRST_SYNC_MS = 4_000  # after the first paint and the first background jobs
EVERY_MS = 5 * 60_000
TEAM_SHOWN_SETTING = "team.shown"  # the team's highlights shown beside one's own
CERTIFICATE_KINDS = ("certificate", "client_certificate_missing", "client_certificate",
                     "client_key")
MARKS_AFTER_MS = 300
WITHDRAWN_LISTED = 10  # titles of withdrawn articles named in the status's tooltip


class SyncController(QObject):
    finished = Signal(object)  # SyncReport, or None when it failed
    review_conflicts = Signal()  # the user asks to see what a sync left to pick

    def __init__(self, session: Session, status_bar: QStatusBar, *, server_url: str,
                 parent: QObject | None = None, first_ms: int = FIRST_SYNC_MS,
                 every_ms: int = EVERY_MS):
        super().__init__(parent)
        self.session, self.url = session, server_url
        self.db_path = Path(session.store.path)
        self.job: CallJob | None = None
        self._report = None
        self.password: str | None = None  # typed by the user: kept in memory only
        self._interactive = False
        self._wrong_password = False
        self._cancel = threading.Event()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.status = QLabel(self.tr("Team library: not synced yet"))
        self.status.setObjectName("syncStatus")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(90)
        self.progress.setVisible(False)
        self.now_button = QToolButton()
        self.now_button.setText(self.tr("Sync now"))
        self.now_button.clicked.connect(lambda: self.sync_now(interactive=True))
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        # a sync that kept two versions of something leads to the conflict review
        self.conflicts_button = QToolButton()
        self.conflicts_button.setObjectName("syncConflicts")
        self.conflicts_button.clicked.connect(lambda: self.review_conflicts.emit())
        self.conflicts_button.setVisible(False)
        self._titles_before: set[int] = set()
        self._found = False  # the last sync kept two versions of something
        self.team_button = QToolButton()  # the team's highlights on the open article
        self.team_button.clicked.connect(self.show_team_highlights)
        self.team_button.setVisible(False)
        # teammates' highlights beside one's own, in the reader and the notes panel
        self.team_toggle = QToolButton()
        self.team_toggle.setCheckable(True)
        self.team_toggle.setText(self.tr("Show the team's"))
        self.team_toggle.setToolTip(self.tr("Show or hide your team's shared highlights beside "
                                            "yours (read-only, underlined in each author's "
                                            "colour)"))
        self.team_toggle.setChecked(bool(session.store.setting(TEAM_SHOWN_SETTING, True)))
        self.team_toggle.setVisible(False)
        self.team_toggle.toggled.connect(self._show_team)
        session.team_available = True
        session.team_shown = self.team_toggle.isChecked()
        session.article_opened.connect(lambda _article: self._count_team_highlights())
        session.changed.connect(lambda _changes: self._count_team_highlights())
        session.changed.connect(self._conflicts_left)
        for widget in (self.team_toggle, self.team_button, self.status, self.conflicts_button,
                       self.progress, self.now_button, self.cancel_button):
            status_bar.addPermanentWidget(widget)
        self.timer = QTimer(self)
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self.sync_now)
        self.timer.start()
        QTimer.singleShot(first_ms, self.sync_now)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._stop)
        last = session.store.last_sync()
        if last:
            self._show_last(last)
        # the marks of articles withdrawn before: after the first paint (a pulled library of
        # 100,000 articles takes 12–18 ms to look through)
        QTimer.singleShot(MARKS_AFTER_MS, lambda: session.perform(session.load_withdrawn()))

    @property
    def running(self) -> bool:
        return self.job is not None

    def sync_now(self, *, interactive: bool = False) -> None:
        """Start a sync unless one is running; `interactive` (the user clicked) may ask for the
        password, an automatic sync never interrupts with a dialog."""
        if self.job is not None:
            return
        self._cancel.clear()
        self._interactive, self._wrong_password = interactive, False
        self._titles_before = {c.id for c in self.session.store.title_conflicts()}
        url, db_path, cancel, password = self.url, self.db_path, self._cancel, self.password

        def work(progress):
            from desktop.core.store import Store  # its own connection, in its own thread

            store = Store(db_path)
            try:
                return sync(store, url, password=password, cancelled=cancel.is_set,
                            progress=lambda stage, n: progress(n, 0))
            finally:
                store.close()

        self.job = CallJob(work, expected=(SyncError, Cancelled))
        self.job.signals.result.connect(self._done)
        self.job.signals.failed.connect(self._failed)
        self.job.signals.finished.connect(self._finished)
        self.status.setText(self.tr("Syncing…"))
        self.status.setToolTip("")
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.now_button.setEnabled(False)
        self._pool.start(self.job)

    def cancel(self) -> None:
        self._cancel.set()

    def _count_team_highlights(self) -> None:
        article = self.session.article
        n = len(self.session.store.shared_annotations(article.id)) if article else 0
        self.team_button.setText(self.tr("Team: %n highlight(s)", "", n))
        self.team_button.setVisible(n > 0)
        self.team_toggle.setVisible(n > 0)

    def _conflicts_left(self, _changes=None) -> None:
        """The review's button stays while a conflict the last sync found waits for a pick
        (an undone pick brings it back)."""
        if self._found:
            store = self.session.store
            self.conflicts_button.setVisible(bool(store.title_conflicts() or store.conflicts()))

    def _show_team(self, shown: bool) -> None:
        self.session.store.set_setting(TEAM_SHOWN_SETTING, shown)
        self.session.set_team_shown(shown)

    def show_team_highlights(self) -> None:
        """Others' highlights on the open article, read-only, with "Copy to my notes"."""
        from desktop.ui.dialogs.shared_notes import SharedNotesDialog  # when opened

        SharedNotesDialog(self.session, self.status.window()).exec()

    def _stop(self) -> None:
        """Quitting: stop at the next batch (what is committed stays) and let it end."""
        self.timer.stop()
        self._cancel.set()
        self.wait(10_000)

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)

    def _show_last(self, stamp: str) -> None:
        try:
            text = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone().strftime(
                "%H:%M %d/%m")
        except ValueError:
            text = stamp
        self.status.setText(self.tr("Team library: synced %1").replace("%1", text))

    def _done(self, report) -> None:
        before = self.session.withdrawn
        self.session.perform(report.changes | self.session.load_withdrawn())
        withdrawn = self.session.withdrawn - before
        self._count_team_highlights()
        last = self.session.store.last_sync()
        if last:
            self._show_last(last)
        lines = [self._summary(report), *report.refused[:10]]
        if withdrawn:  # said once, calmly: the articles stay, marked in the library
            self.status.setText(self.status.text() + " · " + self.tr(
                "%n article(s) left the team library, your copy kept", "", len(withdrawn)))
            lines += [self.tr("No longer in the team library — your copy is kept:"),
                      *(f"  “{s.title}”" for s in
                        self.session.store.summaries_of(sorted(withdrawn))[:WITHDRAWN_LISTED])]
        titles = [c for c in self.session.store.title_conflicts()
                  if c.id not in self._titles_before]
        if titles:
            lines.append(self.tr("%n title(s) edited both by you and by a trainer: both kept, "
                                 "pick one in the conflict review", "", len(titles)))
        found = report.pulled.get("conflict", 0) + len(titles)
        if found:
            self.conflicts_button.setText(self.tr("Review %n conflict(s)", "", found))
        self._found = bool(found)
        self.conflicts_button.setVisible(self._found)
        self.status.setToolTip("\n".join(lines))
        self._report = report

    def _summary(self, report) -> str:
        """The sync's outcome in the user's language (the report's own summary is the CLI's)."""
        pulled = report.pulled
        text = (self.tr("Sent: %1 · Received: %2 new, %3 updated, %4 deleted · Conflicts: %5 · "
                        "Articles: %6 · Shared by teammates: %7")
                .replace("%1", f"{report.pushed}").replace("%2", f"{pulled.get('new', 0)}")
                .replace("%3", f"{pulled.get('updated', 0)}")
                .replace("%4", f"{pulled.get('deleted', 0)}")
                .replace("%5", f"{pulled.get('conflict', 0)}")
                .replace("%6", f"{report.articles}").replace("%7", f"{report.shared}"))
        if report.refused:
            text += "\n" + self.tr("Refused from the server: %1 rows").replace(
                "%1", f"{len(report.refused)}")
        return text

    def _failed(self, message: str) -> None:
        if message.startswith(MESSAGES["password"][0]):
            self._wrong_password = True
            self.status.setText(self.tr("Team library: password needed (Sync now)"))
        elif not message:  # cancelled: what was committed stays
            self.status.setText(self.tr("Team library: sync stopped"))
        elif any(message.startswith(MESSAGES[k][0]) for k in ("unreachable", "lost")):
            # offline is normal for a laptop: said calmly, tried again later
            self.status.setText(self.tr("Team library: offline, will try again"))
        elif any(message.startswith(MESSAGES[k][0]) for k in CERTIFICATE_KINDS):
            self.status.setText(self.tr("Team library: certificate problem, not synced"))
        else:
            self.status.setText(self.tr("Team library: not synced"))
        self.status.setToolTip(message)
        self._report = None

    def _finished(self) -> None:
        self.job = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.now_button.setEnabled(True)
        self.finished.emit(self._report)
        if self._wrong_password and self._interactive:
            self._ask_password()

    def _ask_password(self) -> None:
        parent = self.status.window()
        text, ok = QInputDialog.getText(
            parent, self.tr("Team library"),
            self.tr("Password for the team server\n%1").replace("%1", _login_of(self.url)),
            QLineEdit.EchoMode.Password)
        if ok and text:
            self.password = text
            self.sync_now(interactive=True)


def _login_of(url: str) -> str:
    """The URL without its password, to say whose password is asked."""
    return redact(url)
