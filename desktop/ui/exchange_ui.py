"""Sharing in the window: Export… (Ctrl+E), Import…, Report…, dropping a bundle on the
window, the import preview, conflicts and orphans, and each author's layer of highlights.

Threads: reading and validating a bundle (zip, hashes, JSON, re-anchoring for the preview) and
writing one run in a worker that opens its **own** Store connection on the same file (SQLite in
WAL mode lets it read while the window works); the worker never touches widgets or the window's
connection. The merge itself is written by the GUI thread on the window's connection, in one
transaction, after the user said Import; if the library changed since the preview (an edit
slipped in), the transaction is refused whole and the plan is made again before writing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QPushButton, QStatusBar, QWidget

from desktop import __version__, paths
from desktop.core.store import StaleSnapshot, Store, StoreError
from desktop.ui import workers

# desktop.core.exchange (zip, hashes) and the dialogs are imported where first used: the window
# creates this controller at start-up, where importing them would slow the first window
if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from desktop.core.exchange import Selection
    from desktop.ui.dialogs.conflicts_dialog import ConflictsDialog
    from desktop.ui.dialogs.import_preview import ImportPreviewDialog
    from desktop.ui.notes_panel import NotesPanel
    from desktop.ui.reader_view import ReaderView
    from desktop.ui.session import Session

IMPORT_PROGRESS_DELAY_MS = 300  # the busy box (with Cancel) shows when an import takes longer
REPORT_FILTERS = {"html": "HTML (*.html)", "md": "Markdown (*.md)", "csv": "CSV (*.csv)",
                  "qdpx": "REFI-QDA (*.qdpx)", "qdc": "REFI-QDA codebook (*.qdc)",
                  "codebook-csv": "Codebook CSV (*.csv)"}
# the file name's suffix of each format (a codebook CSV is a .csv too)
REPORT_SUFFIX = {fmt: label.rsplit("*.", 1)[1].rstrip(")") for fmt, label in REPORT_FILTERS.items()}


def report_format(path: str, chosen: str) -> tuple[str, str]:
    """The path to write and its format: the chosen type when the name's suffix is its own (or
    the name has none: the suffix is added), else the first format of that suffix."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix == REPORT_SUFFIX[chosen]:
        return path, chosen
    by_suffix = next((fmt for fmt, own in REPORT_SUFFIX.items() if own == suffix), None)
    if by_suffix is not None:
        return path, by_suffix
    return f"{path}.{REPORT_SUFFIX[chosen]}", chosen


def _read_and_plan(db_path: Path, bundle_path: str, should_stop=None):
    """Worker: validate the bundle and plan the merge on a connection of its own; None when
    `should_stop` said so (planning writes nothing, so a stopped import changed nothing)."""
    # the exchange code and re-anchoring: only when a file is imported
    from desktop.core.anchoring import AnchorBudget, AnchoringStopped
    from desktop.core.exchange import plan_import, read_bundle
    from desktop.core.exchange.refi_in import SUFFIX as QDPX  # only an import needs the reader
    from desktop.core.exchange.refi_in import read_qdpx

    bundle = (read_qdpx if bundle_path.lower().endswith(QDPX) else read_bundle)(bundle_path)
    if should_stop is not None and should_stop():
        return None
    store = Store(db_path)
    try:
        return plan_import(store, bundle, budget=AnchorBudget(should_stop=should_stop))
    except AnchoringStopped:
        return None
    finally:
        store.close()


def _export(db_path: Path, out: str, selection: Selection, author: str, names: bool):
    from desktop.core.exchange import export_bundle  # only when exporting

    store = Store(db_path)
    try:
        return export_bundle(store, out, selection, author=author, app_version=__version__,
                             record=False, names=names)
    finally:
        store.close()


def _report(db_path: Path, out: str, fmt: str, selection: Selection, author: str,
            locale: str = "vi") -> int:
    # the report writers: only when a report is saved
    from desktop.core.exchange.bundle import write_atomically
    from desktop.core.exchange.reports import collect_report, render

    store = Store(db_path)
    try:
        groups = collect_report(store, selection)
    finally:
        store.close()
    write_atomically(out, render(fmt, groups, author=author, app=f"Chú Giải {__version__}",
                                 locale=locale))
    return sum(len(g.annotations) for g in groups)


class ExchangeController(QObject):
    documents_dropped = Signal(list)  # dropped files that are not bundles: the document import

    def __init__(self, session: Session, *, notes: NotesPanel, reader: ReaderView, window: QWidget,
                 status_bar: QStatusBar, file_menu: QMenu):
        """`window` parents the dialogs; `author_button` is for the notes panel's header."""
        super().__init__(window)
        self.window = window
        self.session = session
        self.store = session.store
        self.notes = notes
        self.reader = reader
        self.status_bar = status_bar
        self.jobs: list[workers.CallJob] = []
        self.preview: ImportPreviewDialog | None = None
        self.progress_dialog = None  # the import's busy box, while it reads and plans
        self.message: QMessageBox | None = None
        self.conflicts_dialog: ConflictsDialog | None = None

        self.export_action = QAction(self.tr("Export annotations…"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setToolTip(self.tr("Save annotations to a .chugiai file to share (Ctrl+E)"))
        self.export_action.triggered.connect(self.export)
        self.import_action = QAction(self.tr("Import annotations…"), window)
        self.import_action.setToolTip(self.tr("Merge a .chugiai file from a colleague"))
        self.import_action.triggered.connect(self.choose_import)
        self.report_action = QAction(self.tr("Save a report…"), window)
        self.report_action.triggered.connect(self.report)
        self.conflicts_action = QAction(self.tr("Conflicts and highlights not found…"), window)
        self.conflicts_action.triggered.connect(self.show_conflicts)

        # a push button: its style leaves room for the menu arrow (a tool button's drew over
        # the last letters of "Người viết")
        self.author_button = QPushButton(self.tr("Authors"))
        self.author_button.setToolTip(self.tr("Show or hide each author's highlights"))
        self.author_menu = QMenu(self.author_button)
        self.author_button.setMenu(self.author_menu)
        self.author_menu.aboutToShow.connect(self._fill_author_menu)
        self._install(file_menu)

    def _install(self, file_menu: QMenu) -> None:
        first = file_menu.actions()[0] if file_menu.actions() else None
        for action in (self.import_action, self.export_action, self.report_action,
                       self.conflicts_action):
            file_menu.insertAction(first, action)
        if first is not None:
            file_menu.insertSeparator(first)
        self.session.layers_changed.connect(self._layers_changed)

    # -- authors' layers -------------------------------------------------------------------

    def _fill_author_menu(self) -> None:
        self.author_menu.clear()
        authors = sorted(set(self.store.annotation_authors()) | self.session.hidden_authors)
        for author in authors:
            action = self.author_menu.addAction(author or self.tr("(no name)"))
            action.setCheckable(True)
            action.setChecked(author not in self.session.hidden_authors)
            action.toggled.connect(
                lambda on, a=author: self.session.set_author_hidden(a, not on))

    def _layers_changed(self) -> None:
        hidden = len(self.session.hidden_authors)
        self.author_button.setText(self.tr("Authors") + (f" ({hidden}✕)" if hidden else ""))
        self.reader.set_annotations(self.session.annotations())
        self.notes.refresh()

    # -- messages --------------------------------------------------------------------------

    def _tell(self, text: str, *, warning: bool = False) -> None:
        """A message that does not block (tests and the worker's results keep flowing)."""
        from PySide6.QtWidgets import QMessageBox  # dialogs: not on the start-up path

        self.message = QMessageBox(QMessageBox.Icon.Warning if warning else
                                   QMessageBox.Icon.Information, self.tr("Chú Giải"), text,
                                   QMessageBox.StandardButton.Ok, self.window)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.open()

    def _status(self, text: str) -> None:
        self.status_bar.showMessage(text, 8000)

    def _clear_status(self, text: str) -> None:
        """Take a message off the status bar once it is no longer true (and still showing)."""
        if self.status_bar.currentMessage() == text:
            self.status_bar.clearMessage()

    def _run(self, fn, on_result, what: str, *, stoppable: bool = False) -> workers.CallJob:
        from desktop.core.exchange import BundleError  # the exchange code: not at start-up

        job = workers.CallJob(fn, expected=(BundleError, StoreError, OSError, ValueError),
                              stoppable=stoppable)
        job.signals.result.connect(on_result)
        job.signals.failed.connect(lambda reason: self._tell(
            self.tr("%1 failed. Nothing was changed.\n\n%2").replace("%1", what)
            .replace("%2", reason), warning=True))
        job.signals.finished.connect(lambda j=job: self.jobs.remove(j) if j in self.jobs else None)
        self.jobs.append(job)
        busy = self.tr("%1…").replace("%1", what)
        self._status(busy)
        job.signals.failed.connect(lambda _reason: self._clear_status(busy))  # no longer true
        job.signals.result.connect(lambda _result: self._clear_status(busy))
        workers.start_file_job(job)
        return job

    # -- export ----------------------------------------------------------------------------

    def ensure_author(self) -> str | None:
        """The user's name for exports: asked once, then kept in the `author` setting."""
        name = self.store.setting("author")
        if name:
            return name
        defaults = paths.machine_defaults()
        if not defaults.ask_author_name:  # IT says not to ask: its pre-filled name, or none
            return self.session.author or defaults.author_name or ""
        from PySide6.QtWidgets import QInputDialog  # dialogs: not on the start-up path

        name, ok = QInputDialog.getText(
            self.window, self.tr("Your name"),
            self.tr("Your name, shown with the annotations you share:"), text=self.session.author)
        name = name.strip()
        if not ok or not name:
            return None
        self.session.perform(self.store.set_setting("author", name))
        self.session.author = name
        return name

    def export(self) -> None:
        # the dialogs and the exchange code: when the user exports, not at start-up
        from PySide6.QtWidgets import QDialog

        from desktop.core.exchange import SUFFIX
        from desktop.ui import file_dialogs
        from desktop.ui.dialogs.export_dialog import ExportDialog

        author = self.ensure_author()
        if author is None:
            return
        article = self.session.article
        dialog = ExportDialog(self.store, article.id if article else None, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        path, _ = file_dialogs.save_file_name(
            self.window, self.tr("Export annotations"), f"chu-giai{SUFFIX}",
            self.tr("Chú Giải bundles (*.chugiai)"))
        if path:
            if not path.lower().endswith(SUFFIX):
                path += SUFFIX
            self.export_to(path, dialog.selection(), author, names=dialog.include_names())

    def export_to(self, path: str, selection: Selection, author: str, *,
                  names: bool = True) -> workers.CallJob:
        db = self.store.path
        return self._run(lambda progress: _export(db, path, selection, author, names),
                         self._exported, self.tr("Export"))

    def _exported(self, result) -> None:
        self.store.record_exchanged(result.versions)
        self._status(self.tr("Exported %1 annotations and %2 articles to %3")
                     .replace("%1", str(result.annotations)).replace("%2", str(result.articles))
                     .replace("%3", result.path.name))

    def report(self) -> None:
        # the dialogs: when the user asks for a report, not at start-up
        from PySide6.QtWidgets import QDialog

        from desktop.ui import file_dialogs
        from desktop.ui.dialogs.export_dialog import ExportDialog

        article = self.session.article
        dialog = ExportDialog(self.store, article.id if article else None, self.window,
                              title=self.tr("Save a report"), names_option=False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        path, chosen = file_dialogs.save_file_name(
            self.window, self.tr("Save a report"), "chu-giai.html",
            ";;".join(REPORT_FILTERS.values()))
        if not path:
            return
        path, fmt = report_format(path, next(
            (f for f, label in REPORT_FILTERS.items() if label == chosen), "html"))
        self.report_to(path, fmt, dialog.selection())

    def report_to(self, path: str, fmt: str, selection: Selection) -> workers.CallJob:
        db, author, locale = self.store.path, self.store.setting("author") or "", QLocale().name()
        return self._run(lambda progress: _report(db, path, fmt, selection, author, locale),
                         lambda n: self._status(self.tr("Saved a report of %1 annotations to %2")
                                                .replace("%1", str(n))
                                                .replace("%2", Path(path).name)),
                         self.tr("Report"))

    # -- import ----------------------------------------------------------------------------

    def choose_import(self) -> None:
        from desktop.ui import file_dialogs  # dialogs: not on the start-up path

        for path in file_dialogs.open_file_names(self.window, self.tr("Import annotations"),
                                                 self.tr("Bundles and REFI-QDA projects "
                                                         "(*.chugiai *.qdpx)")):
            self.import_file(path)

    def import_file(self, path: str) -> workers.CallJob:
        """Read and check the file in the background, then show the preview."""
        self.notes.save_note()  # a pending note edit is part of the library to merge into
        db = self.store.path
        job = self._run(lambda progress, should_stop: _read_and_plan(db, path, should_stop),
                        lambda plan: self._preview(plan, Path(path).name), self.tr("Import"),
                        stoppable=True)
        self._show_progress(job)
        return job

    def _show_progress(self, job: workers.CallJob) -> None:
        """A busy box with Cancel while the file is read and the merge planned."""
        from PySide6.QtWidgets import QProgressDialog  # dialogs: not on the start-up path

        dialog = QProgressDialog(self.tr("Reading the file and planning the import…"),
                                 self.tr("Cancel"), 0, 0, self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(IMPORT_PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(job.cancel)
        job.signals.finished.connect(dialog.close)
        job.signals.finished.connect(dialog.deleteLater)
        self.progress_dialog = dialog

    def _preview(self, plan, name: str) -> None:
        from desktop.ui.dialogs.import_preview import ImportPreviewDialog  # dialogs: when opened
        from desktop.ui.refi_labels import left_out  # with the dialog: only an import needs it

        if plan is None:  # stopped while planning
            self._status(self.tr("Import cancelled. Nothing was changed."))
            return
        self._status("")
        self.preview = ImportPreviewDialog(plan, name + left_out(plan.bundle), self.window)
        self.preview.finished.connect(
            lambda code, d=self.preview: self._preview_closed(d, code))
        self.preview.open()

    def _preview_closed(self, dialog: ImportPreviewDialog, code: int) -> None:
        from PySide6.QtWidgets import QDialog  # dialogs: not on the start-up path

        if code == QDialog.DialogCode.Accepted:
            self.apply(dialog.plan)
        else:
            self._status(self.tr("Import cancelled. Nothing was changed."))
        dialog.deleteLater()
        if self.preview is dialog:
            self.preview = None

    def apply(self, plan):
        """Write the merge in one transaction on the window's connection."""
        from desktop.core.exchange import BundleError, apply_plan, plan_import  # not at start-up

        try:
            try:
                changes = apply_plan(self.store, plan)
            except StaleSnapshot:  # edited since the preview: plan again on the current library
                plan = plan_import(self.store, plan.bundle)
                changes = apply_plan(self.store, plan)
        except (BundleError, StoreError) as exc:
            from desktop.ui.error_text import describe  # only when something failed

            self._tell(self.tr("Import failed. Nothing was changed.\n\n%1").replace("%1", describe(exc)),
                       warning=True)
            return None
        self.session.perform(changes)
        counts = plan.counts
        self._status(self.tr("Imported: %1 new, %2 updated, %3 conflicts, %4 not found in the text")
                     .replace("%1", str(counts["new"])).replace("%2", str(counts["updated"]))
                     .replace("%3", str(counts["conflict"]))
                     .replace("%4", str(counts["orphaned"])))
        if counts["conflict"] or counts["orphaned"]:
            self.show_conflicts()
        return plan

    def show_conflicts(self) -> None:
        from desktop.ui.dialogs.conflicts_dialog import ConflictsDialog  # dialogs: when opened

        if self.conflicts_dialog is None:
            self.conflicts_dialog = ConflictsDialog(self.store, self.window,
                                                    write=self.session.write)
            self.conflicts_dialog.resolved.connect(self.session.perform)
        self.conflicts_dialog.refresh()
        self.conflicts_dialog.show()
        self.conflicts_dialog.raise_()

    # -- files dropped on the window -------------------------------------------------------

    def open_paths(self, paths: list[str]) -> None:
        """Bundles are imported; other files go to the document import."""
        from desktop.core.exchange import SUFFIX  # the exchange code: only when files arrive

        bundles = [p for p in paths if p.lower().endswith((SUFFIX, ".qdpx"))]
        others = [p for p in paths if p not in bundles]
        for path in bundles:
            self.import_file(path)
        if others:
            self.documents_dropped.emit(others)
