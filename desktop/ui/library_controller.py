"""The library's features: search (Ctrl+K), Find in the article (Ctrl+F), importing documents.

It adds its actions to the File and Edit menus it is given, and their shortcuts to the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStatusBar, QWidget

from desktop.core.store import Store
from desktop.ui import workers
from desktop.ui.find_bar import FindBar
from desktop.ui.library_panel import LibraryPanel
from desktop.ui.session import Session

if TYPE_CHECKING:
    from desktop.core.textsearch import SearchHit

IMPORT_PROGRESS_DELAY_MS = 300  # the progress dialog (with Cancel) shows when adding takes longer
DOCUMENT_FILTER = "*.txt *.md *.markdown *.html *.htm *.docx"


class LibraryController(QObject):
    documents_added = Signal()  # new articles whose people & organizations are not found yet
    imported = Signal(list)  # the outcomes of an import of documents, once it is done

    def __init__(self, session: Session, library: LibraryPanel, find_bar: FindBar, *,
                 window: QWidget, status_bar: QStatusBar, file_menu: QMenu, edit_menu: QMenu):
        """`window` parents the dialogs and holds the shortcuts."""
        super().__init__(window)
        self.window = window
        self.status_bar = status_bar
        self.session = session
        self.library = library
        self.last_import: list = []  # outcomes of the last import, newest run only
        self.find_bar = find_bar
        self._build_actions(file_menu, edit_menu)
        self.library.hit_opened.connect(self.open_hit)
        self.session.article_opened.connect(lambda _: self.find_bar.refresh())

    def _build_actions(self, menu: QMenu, edit: QMenu) -> None:
        w = self.window
        self.search_action = self._action(self.tr("Search the library"), ["Ctrl+K"],
                                          self.library.focus_search)
        self.find_action = self._action(self.tr("Find in this article…"),
                                        [QKeySequence.StandardKey.Find],
                                        lambda: self.find_bar.open_bar())
        self.find_next_action = self._action(self.tr("Find next"), ["F3"], self._find_next)
        self.find_previous_action = self._action(self.tr("Find previous"), ["Shift+F3"],
                                                 self._find_previous)
        self.add_files_action = self._action(self.tr("Add documents…"), [],
                                             self.choose_files)
        self.add_folder_action = self._action(self.tr("Add a folder of documents…"), [],
                                              self.choose_folder)
        first = menu.actions()[0] if menu.actions() else None
        menu.insertActions(first, [self.add_files_action, self.add_folder_action])
        if first is not None:
            menu.insertSeparator(first)
        edit.addSeparator()
        edit.addActions([self.search_action, self.find_action, self.find_next_action,
                         self.find_previous_action])
        w.addActions([self.search_action, self.find_action, self.find_next_action,
                      self.find_previous_action, self.add_files_action, self.add_folder_action])

    def _action(self, text: str, keys: list, slot) -> QAction:
        action = QAction(text, self.window)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if keys:
            action.setToolTip(f"{text} ({QKeySequence(keys[0]).toString()})")
        action.triggered.connect(slot)
        return action

    def _find_next(self) -> None:
        if not self.find_bar.isVisible():
            self.find_bar.open_bar()
        else:
            self.find_bar.next()

    def _find_previous(self) -> None:
        if not self.find_bar.isVisible():
            self.find_bar.open_bar()
        else:
            self.find_bar.previous()

    # -- search results --------------------------------------------------------------------

    def open_hit(self, hit: SearchHit, text: str) -> None:
        """Open a search result's article, mark its hits and scroll to the first one."""
        other = self.session.article is None or self.session.article.id != hit.article_id
        if other and self.session.open_article(hit.article_id) is None:
            return
        spans = list(hit.spans)
        # after the reading position is restored (queued when the article opened)
        QTimer.singleShot(0, lambda: self.find_bar.show_hits(text, spans, 0))

    # -- importing documents ---------------------------------------------------------------

    def choose_files(self) -> None:
        from desktop.ui import file_dialogs  # dialogs: not on the start-up path

        names = file_dialogs.open_file_names(
            self.window, self.tr("Add documents"),
            self.tr("Documents (%1);;All files (*)").replace("%1", DOCUMENT_FILTER), many=True)
        if names:
            self.import_documents([Path(n) for n in names])

    def choose_folder(self) -> None:
        from desktop.ui import file_dialogs  # dialogs: not on the start-up path

        folder = file_dialogs.folder_name(self.window, self.tr("Add a folder of documents"))
        if folder:
            self.import_documents([Path(folder)])

    def import_documents(self, paths: list[Path]):
        """Read and add documents off the GUI thread (a big or hostile file never freezes the
        window), with progress and Cancel; then report, open the first, extract in the
        background. Returns the job; `imported` carries the outcomes when it is done."""
        db_path = self.session.store.path
        paths = [Path(p) for p in paths]

        def add(progress, should_stop):
            from desktop.core.documents import import_documents  # the readers: only when adding

            store = Store(db_path)
            try:
                return import_documents(store, paths, progress=progress, cancelled=should_stop)
            finally:
                store.close()

        job = workers.CallJob(add, stoppable=True)
        self._show_progress(job)
        job.signals.result.connect(self._imported)
        job.signals.failed.connect(self._import_failed)
        self.import_job = job
        workers.start_file_job(job)
        self.status_bar.showMessage(self.tr("Adding documents…"))
        return job

    def _show_progress(self, job) -> None:
        from PySide6.QtWidgets import QProgressDialog  # dialogs: not on the start-up path

        dialog = QProgressDialog(self.tr("Adding documents…"), self.tr("Cancel"), 0, 0,
                                 self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(IMPORT_PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(job.cancel)

        def progress(done: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)

        job.signals.progress.connect(progress)
        job.signals.finished.connect(dialog.close)
        job.signals.finished.connect(dialog.deleteLater)
        self.progress_dialog = dialog

    def _import_failed(self, message: str) -> None:
        self.status_bar.showMessage(
            self.tr("Adding documents failed: %1").replace("%1", message), 8000)
        self.imported.emit([])

    def _imported(self, result) -> None:
        outcomes, changes = result
        self.last_import = outcomes
        self.session.perform(changes, origin=self)
        added = [o for o in outcomes if o.status == "added"]
        if added:
            self.session.open_article(added[0].article_id)
            self.documents_added.emit()
        self._report(outcomes)
        self.imported.emit(outcomes)

    def _report(self, outcomes: list) -> None:
        counts = {s: sum(o.status == s for o in outcomes)
                  for s in ("added", "duplicate", "refused", "skipped")}
        summary = self.tr("%n document(s) added", "", counts["added"])
        if counts["duplicate"]:
            summary += "; " + self.tr("%n already in the library", "", counts["duplicate"])
        if counts["refused"] + counts["skipped"]:
            summary += "; " + self.tr("%n not added", "", counts["refused"] + counts["skipped"])
        self.status_bar.showMessage(summary, 8000)
        not_added = [o for o in outcomes if o.status in ("refused", "skipped")]
        to_check = [o for o in outcomes if o.status == "added" and o.message]
        problems = not_added + to_check
        if problems:
            # the message box and the error wording: only when some file needs a word
            from PySide6.QtWidgets import QMessageBox

            from desktop.core.documents import display_name
            from desktop.ui.error_text import describe

            lines = [f"{display_name(o.path.name)}: {self._reason(o, describe)}"
                     for o in problems[:20]]
            if len(problems) > 20:
                lines.append(self.tr("… and %n more", "", len(problems) - 20))
            title = self.tr("Some files were not added") if not_added \
                else self.tr("Check these documents")
            box = QMessageBox(QMessageBox.Icon.Warning, title,
                              summary + ".\n\n" + "\n".join(lines), QMessageBox.StandardButton.Ok,
                              self.window)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.report_box = box
            box.open()  # not modal: the import is done, this only tells

    def _reason(self, outcome, describe) -> str:
        """Why a file was not added, or what to check in one that was, in the user's language."""
        if outcome.error:
            return describe(outcome.error)
        if outcome.status == "added":  # the one thing to check: lines in two encodings
            return self.tr("its lines are in more than one encoding; each line was read in its "
                           "own — check the text")
        return outcome.message
