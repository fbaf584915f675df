"""When the data file or the disk fails while the window is open: say what was NOT saved and
why, and when the file is damaged, offer a backup in its place (nothing is overwritten)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from desktop.core.store import StoreError
from desktop.core.store.base import CORRUPT, DISK_FULL, IO_ERROR, LOCKED, READ_ONLY, fault_kind
from desktop.ui.session import GUI_BUSY_TIMEOUT_S, Session, WriteFailure

if TYPE_CHECKING:
    from desktop.ui.notes_panel import NotesPanel

_active: StoreFaults | None = None  # the open window's, for faults no widget caught


def reason(kind: str) -> str:
    """Why a write failed, in the user's words, with what to do about it."""
    translate = QCoreApplication.translate
    if kind == DISK_FULL:
        return translate("StoreFaults", "the disk is full. Free some space, then try again")
    if kind == LOCKED:
        return translate("StoreFaults",
                         "another program is holding the data file. Try again in a moment")
    if kind == READ_ONLY:
        return translate("StoreFaults", "the data folder cannot be written to")
    if kind == IO_ERROR:
        return translate("StoreFaults", "the data file could not be written")
    if kind == CORRUPT:
        return translate("StoreFaults", "the data file is damaged")
    return translate("StoreFaults", "the data file cannot be used")


class StoreFaults(QObject):
    """Listens for writes the store refused; one per window."""

    damage_found = Signal(object)  # StoreError, from the background check's thread

    def __init__(self, session: Session, *, window: QMainWindow, notes: NotesPanel,
                 reload: Callable[[], None]):
        super().__init__(window)
        global _active
        self.window = window  # the parent of its messages; closed when nothing can be opened
        self.session = session
        self.notes = notes
        self._reload = reload  # shows the library and article again (a backup was restored)
        self._offering = False
        self.session.write_failed.connect(self.write_failed)
        self.damage_found.connect(self.damaged)
        _active = self

    def write_failed(self, failure: WriteFailure) -> None:
        kind = failure.error.kind
        notes = self.notes
        if failure.origin is notes and failure.what == notes.note_what:
            notes.note_failed(reason(kind))  # said in the editor, beside the kept text
        elif kind != CORRUPT:
            QMessageBox.warning(self.window, self.tr("Not saved"), self.tr(
                "%1 was NOT saved: %2.\n\nEverything saved before it is kept.")
                .replace("%1", failure.what).replace("%2", reason(kind)))
        if kind == CORRUPT:
            self.damaged(failure.error)

    def close_anyway(self) -> bool:
        """The note in the editor could not be saved: close (and lose it) only if the user says so."""
        answer = QMessageBox.question(
            self.window, self.tr("Not saved"),
            self.tr("The note in the editor was NOT saved. Close anyway and lose it?"),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Close

    def unhandled(self, exc: BaseException) -> None:
        """A write outside the editors failed (a setting, a name): say so, never "saved"."""
        error = exc if isinstance(exc, StoreError) else self.session.store.fault(exc)
        if not isinstance(error, StoreError):
            error = StoreError(str(exc), kind=fault_kind(exc) or "other")
        if error.kind == CORRUPT:
            self.damaged(error)
            return
        QMessageBox.warning(self.window, self.tr("Not saved"), self.tr(
            "The last change was NOT saved: %1.\n\nEverything saved before it is kept.")
            .replace("%1", reason(error.kind)))

    def damaged(self, error: StoreError) -> None:
        """The data file is damaged: nothing more is written to it; offer a backup in its place."""
        if self._offering:
            return
        from desktop.ui.dialogs.open_failed import OpenFailedDialog  # only when damage is found

        store = self.session.store
        if not store.damaged:
            store.conn.mark_damaged()
        self._offering = True
        try:
            dialog = OpenFailedDialog(error, store.path, self.window, while_open=True,
                                      before_restore=store.close)
            restored = dialog.exec() == dialog.DialogCode.Accepted
            if dialog.closed_store:
                self._reopen(restored)
        finally:
            self._offering = False

    def _reopen(self, restored: bool) -> None:
        """The store was closed for the restore: open the file now in its place, and show it."""
        store = self.session.store
        try:
            store.reopen()
        except StoreError as exc:
            QMessageBox.critical(self.window, self.tr("The data file cannot be opened"),
                                 str(exc))
            self.window.close()
            return
        store.set_busy_timeout(GUI_BUSY_TIMEOUT_S)
        if restored:
            from desktop.core.annotating import History  # only after a restore

            self.session.history = History(store)  # its steps were of the damaged file
            self.session.article = None
            self._reload()
            self.window.statusBar().showMessage(self.tr("The backup was restored."), 8000)


def tell_fault(exc: BaseException) -> bool:
    """For the crash handler: True when the error was a fault of the data file or the disk
    and the user was told what was not saved (no crash report, no "your work is saved")."""
    if _active is None or QApplication.instance() is None:
        return False
    if not isinstance(exc, StoreError) and fault_kind(exc) is None:
        return False
    _active.unhandled(exc)
    return True
