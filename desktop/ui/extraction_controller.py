"""Finding people and organizations off the GUI thread: the queue of extraction jobs, their
progress in the status bar, Cancel, and the open article's panel kept told."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QProgressBar, QPushButton, QStatusBar

from desktop.core.models import Article
from desktop.ui.entity_panel import EntityPanel
from desktop.ui.session import Session

if TYPE_CHECKING:
    from desktop.ui import workers

BACKGROUND_START_DELAY_MS = 300  # after the window shows, before background jobs may start


class ExtractionController(QObject):
    def __init__(self, session: Session, entities: EntityPanel, *, progress: QProgressBar,
                 cancel_button: QPushButton, status_bar: QStatusBar,
                 extractor_version: str | None = None):
        super().__init__(entities)
        self.session = session
        self.store = session.store
        self.entities = entities
        self.progress = progress
        self.cancel_button = cancel_button
        self.status_bar = status_bar
        self._extractor_version = extractor_version
        self._jobs: list[workers.ExtractionJob] = []
        self._background_allowed = False
        self._deferred: list[tuple[str, str | None]] = []  # (article id, body or None)
        self._pending_asked = False  # extract_pending was called before background jobs could run
        self._extracting: set[str] = set()
        self._release_timer = QTimer(self)
        self._release_timer.setSingleShot(True)
        self._release_timer.setInterval(BACKGROUND_START_DELAY_MS)
        self._release_timer.timeout.connect(self.allow_background)
        cancel_button.clicked.connect(self.cancel)
        session.article_opened.connect(self.ensure_entities)

    def ensure_entities(self, article: Article) -> None:
        """Extract the open article's people and organizations in the background unless cached."""
        cached = self.store.extractor_version(article.id) == self._current_extractor_version()
        if not cached and article.id not in self._extracting:
            self._start_extraction([article])
        self.entities.set_busy(article.id in self._extracting)

    def extract_pending(self) -> None:
        """Extract every article whose cached results are missing or from an older extractor."""
        if not self._background_allowed:
            # asked again when background jobs may start: finding what is pending reads the
            # whole library, which the first paint must not wait for
            self._pending_asked = True
            return
        version = self._current_extractor_version()
        pending = [i for i in self.store.articles_needing_extraction(version)
                   if i not in self._extracting]
        if pending:
            self._queue_extraction([(i, None) for i in pending])  # the job reads the bodies

    def _start_extraction(self, articles: list[Article]) -> None:
        self._queue_extraction([(a.id, a.body) for a in articles])

    def _queue_extraction(self, items: list[tuple[str, str | None]]) -> None:
        """Extract (article id, body) pairs in the background; a body of None is read by the
        job itself, so that a whole library's texts never wait on the GUI thread."""
        self._extracting.update(article_id for article_id, _ in items)
        if not self._background_allowed:
            self._deferred.extend(items)
            return
        from desktop.ui import workers  # QRunnable and the thread pool: not before the first paint

        job = workers.ExtractionJob(items, db_path=self.store.path)
        job.signals.result.connect(self._extraction_done)
        job.signals.failed.connect(self._extraction_failed)
        job.signals.progress.connect(self._extraction_progress)
        # a bound slot (not a lambda): Qt drops the connection if the controller is gone first
        job.signals.finished.connect(self._job_finished)
        self._jobs.append(job)
        workers.start(job)

    def window_shown(self) -> None:
        """Background jobs may start a moment after the window first shows."""
        if not self._background_allowed and not self._release_timer.isActive():
            self._release_timer.start()

    def allow_background(self) -> None:
        """Start the jobs asked for before the window was up (NLP imports compete with the
        first paint for the interpreter)."""
        self._background_allowed = True
        deferred, self._deferred = self._deferred, []
        if deferred:
            self._extracting.difference_update(article_id for article_id, _ in deferred)
            self._queue_extraction(deferred)
        if self._pending_asked:
            self._pending_asked = False
            self.extract_pending()

    def _current_extractor_version(self) -> str:
        if self._extractor_version is None:
            from desktop.core.entities import EXTRACTOR_VERSION  # the NLP package: not at start-up

            self._extractor_version = EXTRACTOR_VERSION
        return self._extractor_version

    def _extraction_done(self, article_id: str, version: str, found: list) -> None:
        self._extracting.discard(article_id)
        if self.store.article(article_id) is None:
            return  # deleted meanwhile
        self.session.perform(self.store.save_extraction(article_id, version, found))
        if self.session.article and self.session.article.id == article_id:
            self.entities.set_busy(False)

    def _extraction_failed(self, article_id: str, message: str) -> None:
        self._extracting.discard(article_id)
        if self.session.article and self.session.article.id == article_id:
            self.entities.show_error(
                self.tr("Could not find people and organizations: %1").replace("%1", message))

    def _extraction_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        busy = done < total
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)

    def cancel(self) -> None:
        """The user's Cancel: every running job stops after its current article."""
        self.stop()
        self.status_bar.showMessage(self.tr("Stopped finding people and organizations."), 5000)

    def stop(self) -> None:
        for job in self._jobs:
            job.cancel()

    def _job_finished(self) -> None:
        job = next((j for j in self._jobs if j.signals is self.sender()), None)
        if job is None:
            return
        for article_id, _ in job.articles:
            self._extracting.discard(article_id)
        if job in self._jobs:
            self._jobs.remove(job)
        if not self._jobs:
            self.progress.hide()
            self.cancel_button.hide()
        article = self.session.article
        if article and article.id not in self._extracting:
            self.entities.set_busy(False)
