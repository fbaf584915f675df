"""Background jobs: they never touch widgets; results reach the GUI thread through signals."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class JobSignals(QObject):
    result = Signal(str, str, object)  # article id, extractor version, list[ExtractedEntity]
    failed = Signal(str, str)  # article id, message
    progress = Signal(int, int)  # done, total
    finished = Signal()


class ExtractionJob(QRunnable):
    """Extract people and organizations of several articles, one after another, cancellably."""

    def __init__(self, articles: list[tuple[str, str]]):
        super().__init__()
        self.setAutoDelete(False)
        self.articles = articles  # (article id, body)
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
                from desktop.core.entities import EXTRACTOR_VERSION, Cancelled, extract
            except Exception as exc:  # a broken install: say so per article, never crash
                for article_id, _ in self.articles:
                    self.signals.failed.emit(article_id, f"{type(exc).__name__}: {exc}")
                return
            total = len(self.articles)
            for done, (article_id, body) in enumerate(self.articles):
                if self.cancelled:
                    return
                self.signals.progress.emit(done, total)
                try:
                    found = extract(body, cancelled=self._cancel.is_set)
                except Cancelled:
                    return
                except Exception as exc:  # one article's failure must not stop the others
                    self.signals.failed.emit(article_id, f"{type(exc).__name__}: {exc}")
                    continue
                self.signals.result.emit(article_id, EXTRACTOR_VERSION, found)
            self.signals.progress.emit(total, total)
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
    pool().start(job)


def wait_all(msecs: int = 3000) -> bool:
    return pool().waitForDone(msecs)
