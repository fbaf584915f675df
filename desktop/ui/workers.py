"""Background jobs: they never touch widgets; results reach the GUI thread through signals."""

from __future__ import annotations

import atexit
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop import paths


class JobSignals(QObject):
    result = Signal(str, str, object)  # article id, extractor version, list[ExtractedEntity]
    failed = Signal(str, str)  # article id, message
    progress = Signal(int, int)  # done, total
    finished = Signal()


class ExtractionJob(QRunnable):
    """Extract people and organizations of several articles, one after another, cancellably."""

    def __init__(self, articles: list[tuple[str, str | None]], *, db_path: Path | None = None):
        super().__init__()
        self.setAutoDelete(False)
        self.articles = articles  # (article id, body); a body of None is read from db_path
        self.db_path = db_path
        self.signals = JobSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            try:
                # the extractor (and underthesea, on first use): only in the job's thread
                from desktop.core.entities import EXTRACTOR_VERSION, Cancelled, extract
            except Exception as exc:  # a broken install: say so per article, never crash
                for article_id, _ in self.articles:
                    self.signals.failed.emit(article_id, f"{type(exc).__name__}: {exc}")
                return
            total = len(self.articles)
            reader = None
            try:
                for done, (article_id, body) in enumerate(self.articles):
                    if self.cancelled:
                        return
                    self.signals.progress.emit(done, total)
                    if body is None:
                        if reader is None:
                            from desktop.core.store.reader import BodyReader  # bodies to read

                            reader = BodyReader(self.db_path)
                        body = reader.body(article_id)
                        if body is None:
                            continue  # deleted since the job was queued
                    try:
                        found = extract(body, resources=paths.resource_dir(),
                                        cancelled=self._cancel.is_set)
                    except Cancelled:
                        return
                    except Exception as exc:  # one article's failure must not stop the others
                        self.signals.failed.emit(article_id, f"{type(exc).__name__}: {exc}")
                        continue
                    self.signals.result.emit(article_id, EXTRACTOR_VERSION, found)
                self.signals.progress.emit(total, total)
            finally:
                if reader is not None:
                    reader.close()
        finally:
            self.signals.finished.emit()


_pool: QThreadPool | None = None


def pool() -> QThreadPool:
    """One background thread for all jobs: they queue in order, and the NLP models are not
    shared between threads."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


def start(job: QRunnable) -> None:
    _keep_until_finished(job)
    pool().start(job)


def wait_all(msecs: int = 3000) -> bool:
    done = pool().waitForDone(msecs)
    return (_file_pool is None or _file_pool.waitForDone(msecs)) and done


class CallSignals(QObject):
    result = Signal(object)
    failed = Signal(str)  # a one-line reason for the user
    progress = Signal(int, int)  # done, total
    finished = Signal()


class CallJob(QRunnable):
    """Run one function off the GUI thread (reading or writing a bundle, adding documents).

    `fn(progress)` gets a callable `progress(done, total)` — and, with `stoppable`, a second
    one, `should_stop()`, true once the job is cancelled (Cancel, or the window closing); its
    return value arrives on `signals.result`, an exception's message on `signals.failed`. The
    function must not touch widgets or the GUI thread's store connection: it opens its own."""

    def __init__(self, fn, *, expected: tuple[type[BaseException], ...] = (),
                 stoppable: bool = False):
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.expected = expected
        self.stoppable = stoppable
        self.signals = CallSignals()
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def should_stop(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        try:
            args = (self.signals.progress.emit, self.should_stop) if self.stoppable \
                else (self.signals.progress.emit,)
            result = self.fn(*args)
        except self.expected as exc:
            from desktop.ui.error_text import describe  # the user's language for coded errors

            self.signals.failed.emit(describe(exc))
        except Exception as exc:  # reported to the user, never a crash
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.result.emit(result)
        finally:
            self.signals.finished.emit()


_file_pool: QThreadPool | None = None


_running: set = set()  # jobs started and not finished, so that quitting can cancel them


def start_file_job(job: QRunnable) -> None:
    """File jobs (bundles) get their own thread, so they never wait behind the NLP queue."""
    global _file_pool
    if _file_pool is None:
        _file_pool = QThreadPool()
        _file_pool.setMaxThreadCount(1)
    _keep_until_finished(job)
    _file_pool.start(job)


def _keep_until_finished(job: QRunnable) -> None:
    """Hold the job (and so its signals object) until it has finished: a window closed while its
    job runs must not free the signals the job's thread is still emitting on."""
    _running.add(job)
    job.signals.finished.connect(lambda j=job: _running.discard(j))


def cancel_all() -> None:
    """Ask every job still queued or running to stop (the app is quitting)."""
    for job in list(_running):
        if hasattr(job, "cancel"):
            job.cancel()


@atexit.register
def _stop_before_exit() -> None:
    """A process ending while a job runs (a script, a test run) stops it and waits, before
    Python frees the Qt objects the job's thread would still emit on."""
    if _running:
        cancel_all()
        wait_all(3000)
