"""Every dialog of the app, opened on a real window: for screenshots and the translation walk.

    from dialog_tour import TOUR, visible_texts
    for name, open_dialog in TOUR:
        widget = open_dialog(window, tmp_folder)   # shown, not modal; close it when done

tools/screenshot.py --dialogs saves one picture per entry; tests/test_i18n_walk.py reads every
visible label, button, title, tab and menu of each and looks it up in the Vietnamese catalogue.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QWidget,
)

DATA = "tourData"  # objectName property: the widget shows the user's data or IT's detail


def _shown(widget: QWidget) -> QWidget:
    widget.show()
    QApplication.processEvents()
    return widget


def _about(window, tmp: Path):
    window.comfort.show_about()
    return window.comfort.about_dialog


def _shortcuts(window, tmp: Path):
    window.comfort.show_shortcuts()
    return window.comfort.shortcuts_dialog


def _settings(window, tmp: Path):
    window.comfort.open_settings()
    return window.comfort.settings_dialog


def _report(window, tmp: Path):
    window.comfort.open_report_dialog()
    return window.comfort.report_dialog


def _first_run(page: int):
    def opener(window, tmp: Path):
        from desktop.ui.dialogs.first_run import FirstRunDialog

        dialog = FirstRunDialog("", window)
        for _ in range(page):
            dialog.next_button.click()
        return _shown(dialog)
    return opener


def _export(window, tmp: Path):
    from desktop.ui.dialogs.export_dialog import ExportDialog

    article = window.session.article
    return _shown(ExportDialog(window.store, article.id if article else None, window))


def _file_dialog(save: bool):
    def opener(window, tmp: Path):
        from desktop.ui import file_dialogs

        mode = QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
        title = "Export annotations" if save else "Import annotations"
        dialog = file_dialogs._dialog(window, QCoreApplication.translate("ExchangeController", title),
                                      str(tmp), "Chú Giải (*.chugiai)", mode)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        return _shown(dialog)
    return opener


def _bundle_plan(window, tmp: Path):
    """A bundle of one highlight made in another data folder, planned into this library."""
    from desktop import cli
    from desktop.core.annotating import History, new_highlight
    from desktop.core.exchange import export_bundle, plan_import, read_bundle

    other = cli.open_store(str(tmp / "colleague"))
    try:
        article = other.article(other.article_summaries()[0].id)
        History(other).create(new_highlight(article, 0, 20, author="Cô Lan", note="ghi chú"))
        path = tmp / "colleague.chugiai"
        export_bundle(other, path, author="Cô Lan", app_version="0")
    finally:
        other.close()
    return plan_import(window.store, read_bundle(path)), path


def _import_preview(window, tmp: Path):
    from desktop.ui.dialogs.import_preview import ImportPreviewDialog

    plan, path = _bundle_plan(window, tmp)
    return _shown(ImportPreviewDialog(plan, path.name, window))


def _conflicts(window, tmp: Path):
    from desktop.ui.dialogs.conflicts_dialog import ConflictsDialog

    return _shown(ConflictsDialog(window.store, window))


def _hidden_names(window, tmp: Path):
    from desktop.ui.dialogs.hidden_names import HiddenNamesDialog

    return _shown(HiddenNamesDialog(window.session, window))


def _article_details(window, tmp: Path):
    from desktop.ui.dialogs.article_details import ArticleDetailsDialog

    return _shown(ArticleDetailsDialog(window.session.article, window))


def _open_failed(window, tmp: Path):
    from desktop.core.store import StoreError
    from desktop.ui.dialogs.open_failed import OpenFailedDialog

    dialog = OpenFailedDialog(StoreError("database disk image is malformed"), window.store.path,
                              window)
    dialog.detail.setProperty(DATA, True)  # the technical detail for IT, in English
    return _shown(dialog)


def _team_publish(kind: str):
    def opener(window, tmp: Path):
        from desktop.ui.dialogs.team_publish import TeamPublishDialog

        articles = [(s.id, s.title) for s in window.store.article_summaries()[:3]]
        dialog = TeamPublishDialog(kind=kind, teams=["Lớp tập huấn Hà Nội", "Phòng Biên tập"],
                                   articles=articles,
                                   states=lambda team, ids: {ids[0]: (True, True)}, parent=window)
        dialog.list.setProperty(DATA, True)  # the user's article titles
        dialog.team.setProperty(DATA, True)  # team names come from the server
        return _shown(dialog)
    return opener


TOUR = [
    ("main-window", lambda window, tmp: window),
    ("about", _about),
    ("shortcuts", _shortcuts),
    ("settings", _settings),
    ("report-a-problem", _report),
    ("first-run-name", _first_run(0)),
    ("first-run-tour-1", _first_run(1)),
    ("first-run-tour-2", _first_run(2)),
    ("first-run-tour-3", _first_run(3)),
    ("export", _export),
    ("file-save", _file_dialog(True)),
    ("file-open", _file_dialog(False)),
    ("import-preview", _import_preview),
    ("conflicts", _conflicts),
    ("hidden-names", _hidden_names),
    ("article-details", _article_details),
    ("open-failed", _open_failed),
    ("team-publish", _team_publish("publish")),
    ("team-share", _team_publish("share")),
]


def _menu_texts(menu: QMenu) -> list[str]:
    out = [menu.title()]
    for action in menu.actions():
        if action.menu():
            out += _menu_texts(action.menu())
        elif action.text() and not action.isSeparator():
            out.append(action.text())
    return out


def visible_texts(top: QWidget, *, data: set[QWidget] = frozenset()) -> list[tuple[str, str]]:
    """(what, text) of every interface string a person sees on `top` and in its menus."""
    out = [("window title", top.windowTitle())]
    if hasattr(top, "menuBar"):
        for action in top.menuBar().actions():
            out += [("menu", t) for t in _menu_texts(action.menu())]
    for w in top.findChildren(QWidget):
        if not w.isVisibleTo(top) or w in data or w.property(DATA):
            continue
        if isinstance(w, QLabel):
            out.append(("label", re.sub(r"<[^>]+>", "", w.text())))
        elif isinstance(w, QAbstractButton):
            out.append(("button", w.text()))
        if isinstance(w, QGroupBox):
            out.append(("group", w.title()))
        if isinstance(w, QTabWidget):
            out += [("tab", w.tabText(i)) for i in range(w.count())]
        if isinstance(w, (QLineEdit, QPlainTextEdit)):
            out.append(("placeholder", w.placeholderText()))
        if isinstance(w, QTableWidget):
            out += [("column", w.horizontalHeaderItem(i).text()) for i in range(w.columnCount())
                    if w.horizontalHeaderItem(i) is not None]
        if isinstance(w, QComboBox) and not w.isEditable() and w.property("tourChoices"):
            out += [("choice", w.itemText(i)) for i in range(w.count())]
    return [(what, text) for what, text in out if text and re.search(r"[^\W\d_]", text)]
