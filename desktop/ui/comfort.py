"""Reading comfort and help: theme, reading options, settings, back/forward, shortcuts, About,
problem reports and the first-run welcome — the View and Help menus' own controller."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import __version__ as qt_version
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QStatusBar, QTabWidget, QWidget

from desktop import paths
from desktop.core.models import Article
from desktop.logs import write_problem_report
from desktop.ui import theme as themes
from desktop.ui.reader_view import (
    DEFAULT_FONT_PT,
    DEFAULT_LINE_SPACING,
    DEFAULT_WIDTH_CHARS,
    ReaderView,
)
from desktop.ui.session import Session

if TYPE_CHECKING:
    from desktop.ui.entity_panel import EntityPanel
    from desktop.ui.library_panel import LibraryPanel
    from desktop.ui.notes_panel import NotesPanel

DEFAULTS = {
    "ui.language": "vi",
    "ui.theme": "system",
    "reader.font_family": "",
    "reader.font_size": DEFAULT_FONT_PT,
    "reader.line_spacing": DEFAULT_LINE_SPACING,
    "reader.width": DEFAULT_WIDTH_CHARS,
    "author": "",
}
ONBOARDED_SETTING = "onboarding.done"
HISTORY_LIMIT = 50
TOOLTIP_KEYS_DELAY_MS = 100


class ComfortController(QObject):
    def __init__(self, session: Session, reader: ReaderView, *, window: QWidget,
                 status_bar: QStatusBar, view_menu: QMenu, help_menu: QMenu):
        """`window` parents the dialogs and holds the shortcuts; its actions are listed in
        the tooltips and the shortcuts' list."""
        super().__init__(window)
        self.window = window
        self.session = session
        self.store = session.store
        self.reader = reader
        self.status_bar = status_bar
        self._back: list[str] = []
        self._forward: list[str] = []
        self._navigating = False
        self._current: str | None = None
        self._build_actions()
        self._install(view_menu, help_menu)
        session.article_opened.connect(self._article_opened)

    # -- actions and menus -----------------------------------------------------------------

    def _action(self, text: str, slot, *keys: str) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setToolTip(f"{text.replace('&', '')} ({keys[0]})")
        action.triggered.connect(slot)
        self.window.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _build_actions(self) -> None:
        self.back_action = self._action(self.tr("Back"), self.go_back, "Alt+Left")
        self.forward_action = self._action(self.tr("Forward"), self.go_forward, "Alt+Right")
        self.settings_action = self._action(self.tr("Settings…"), self.open_settings, "Ctrl+,")
        self.shortcuts_action = self._action(self.tr("Keyboard shortcuts"), self.show_shortcuts, "F1")
        self.about_action = self._action(self.tr("About Chú Giải"), self.show_about)
        self.report_action = self._action(self.tr("Report a problem…"), self.open_report_dialog)
        self.theme_group = QActionGroup(self)
        labels = {"system": self.tr("Follow the system"), "light": self.tr("Light"), "dark": self.tr("Dark"),
                  "sepia": self.tr("Sepia")}
        self.theme_actions = {}
        for name in themes.THEME_NAMES:
            action = QAction(labels[name], self.window)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, n=name: self.set_value("ui.theme", n))
            self.theme_group.addAction(action)
            self.theme_actions[name] = action
        self._update_history_actions()

    def _install(self, view_menu: QMenu, help_menu: QMenu) -> None:
        view_menu.addSeparator()
        view_menu.addActions([self.back_action, self.forward_action])
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu(self.tr("Theme"))
        theme_menu.addActions(list(self.theme_actions.values()))
        view_menu.addAction(self.settings_action)
        help_menu.addActions([self.shortcuts_action, self.report_action])
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        # after every panel added its actions, and after the first paint (it walks every action)
        QTimer.singleShot(TOOLTIP_KEYS_DELAY_MS, self.show_keys_in_tooltips)

    def describe_widgets(self, *, library: LibraryPanel, notes: NotesPanel, entities: EntityPanel,
                         tabs: QTabWidget) -> None:
        """What each main area is for, read out by screen readers in the interface language."""
        for widget, text in (
            (library.list, self.tr("The articles in your library. Enter opens one.")),
            (self.reader, self.tr("The article. Select text, then press 1 to 5 to highlight it, "
                                  "N to add a note, Delete to remove the highlight under the cursor.")),
            (notes.list, self.tr("Your highlights in text order. Enter shows one in the article.")),
            (notes.note, self.tr("The note of the chosen highlight; it is saved as you type.")),
            (notes.tags, self.tr("Tags of the chosen highlight, separated by commas.")),
            (entities.tree, self.tr("People and organizations in this article. Enter marks "
                                    "where one is mentioned.")),
            (tabs, self.tr("Notes, and people and organizations")),
        ):
            widget.setAccessibleDescription(text)

    def show_keys_in_tooltips(self) -> None:
        """Every action's tooltip names its shortcut, so the mouse teaches the keyboard."""
        for action in self.window.findChildren(QAction):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys and keys not in action.toolTip():
                action.setToolTip(f"{action.toolTip()} ({keys})")

    # -- settings --------------------------------------------------------------------------

    def value(self, key: str):
        return self.store.setting(key, DEFAULTS[key])

    def set_value(self, key: str, value) -> None:
        """Remember a setting and apply it at once."""
        self.session.perform(self.store.set_setting(key, value), origin=self)
        self.apply(key)

    def apply_all(self) -> None:
        for key in ("ui.theme", "reader.font_family", "reader.line_spacing", "reader.width"):
            self.apply(key)

    def apply(self, key: str) -> None:
        reader = self.reader
        if key == "ui.theme":
            theme = themes.resolve(self.value(key))
            themes.apply(QApplication.instance(), theme)
            reader.set_theme(theme)
            self.theme_actions[self.value(key)].setChecked(True)
        elif key == "reader.font_family":
            reader.set_reading_options(family=self.value(key))
        elif key == "reader.line_spacing":
            reader.set_reading_options(line_spacing=self.value(key))
        elif key == "reader.width":
            reader.set_reading_options(width_chars=self.value(key))
        elif key == "reader.font_size":
            reader.set_font_size(self.value(key))
        elif key == "author":
            self.session.author = self.value(key)

    def open_settings(self) -> None:
        from desktop.ui.dialogs.settings_dialog import SettingsDialog  # dialogs: when opened

        values = {key: self.value(key) for key in DEFAULTS}
        values["reader.font_family"] = values["reader.font_family"] or self.reader.font().family()
        values["reader.font_size"] = self.reader.font_size
        values["author"] = self.session.author
        self.settings_dialog = SettingsDialog(values, self.set_value, self.window)
        self.settings_dialog.open()

    # -- back and forward between articles -------------------------------------------------

    def _article_opened(self, article: Article) -> None:
        if not self._navigating and self._current and self._current != article.id:
            self._back.append(self._current)
            del self._back[:-HISTORY_LIMIT]
            self._forward.clear()
        self._current = article.id
        self._update_history_actions()

    def _go(self, source: list[str], target: list[str]) -> None:
        while source:
            article_id = source.pop()
            if self.store.article(article_id) is None:
                continue  # deleted meanwhile
            if self._current:
                target.append(self._current)
            self._navigating = True
            try:
                self.session.open_article(article_id)
            finally:
                self._navigating = False
            break
        self._update_history_actions()

    def go_back(self) -> None:
        self._go(self._back, self._forward)

    def go_forward(self) -> None:
        self._go(self._forward, self._back)

    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(bool(self._back))
        self.forward_action.setEnabled(bool(self._forward))

    # -- help ------------------------------------------------------------------------------

    def shortcut_rows(self) -> list[tuple[str, str]]:
        from desktop.ui.dialogs.shortcuts_dialog import shortcut_rows  # dialogs: when opened

        reader_keys = [
            (self.tr("Highlight the selection in colour 1–5"), "1 … 5"),
            (self.tr("Add a note to the selection or highlight"), "N"),
            # the key as Qt names it in the other rows ("Del"), not a second spelling
            (self.tr("Delete the highlight under the cursor"),
             QKeySequence("Del").toString(QKeySequence.SequenceFormat.NativeText)),
            (self.tr("Move between panels"), self.tr("Tab, Shift+Tab")),
        ]
        return shortcut_rows(self.window.findChildren(QAction), reader_keys)

    def show_shortcuts(self) -> None:
        from desktop.ui.dialogs.shortcuts_dialog import ShortcutsDialog  # dialogs: when opened

        self.shortcuts_dialog = ShortcutsDialog(self.shortcut_rows(), self.window)
        self.shortcuts_dialog.open()

    def show_about(self) -> None:
        from desktop.ui.dialogs.about_dialog import AboutDialog  # dialogs: when opened

        self.about_dialog = AboutDialog(self.store.path.parent, self.window)
        self.about_dialog.open()

    def open_report_dialog(self) -> None:
        """Help → Report a problem…: the dialog, then where to save the zip."""
        from desktop.ui.dialogs.report_dialog import ReportDialog  # dialogs: when opened

        self.report_dialog = ReportDialog(self.window)
        self.report_dialog.accepted.connect(self._save_report)
        self.report_dialog.open()

    def _save_report(self) -> None:
        from desktop.ui import file_dialogs  # dialogs: when opened

        destination, _ = file_dialogs.save_file_name(
            self.window, self.tr("Save a problem report"),
            f"chugiai-report-{datetime.now():%Y%m%d-%H%M}.zip", self.tr("Zip files (*.zip)"))
        if destination:
            if not destination.lower().endswith(".zip"):
                destination += ".zip"
            self.report_problem(destination, user_text=self.report_dialog.user_text())

    def report_problem(self, destination: str, *, user_text: str | None = None) -> Path | None:
        """Save a zip of the log and versions for IT (no annotations); returns its path."""
        from PySide6.QtWidgets import QMessageBox  # dialogs: when opened

        try:
            path = write_problem_report(Path(destination), log_folder=paths.log_dir(),
                                        facts={"Qt for Python": qt_version,
                                               "Data folder": str(self.store.path.parent)},
                                        user_text=user_text)
        except OSError as exc:
            QMessageBox.warning(self.window, self.tr("Report a problem"),
                                self.tr("The report could not be saved: %1").replace("%1", str(exc)))
            return None
        self.status_bar.showMessage(
            self.tr("Report saved to %1 — send it to IT.").replace("%1", str(path)), 8000)
        return path

    # -- first run -------------------------------------------------------------------------

    def maybe_first_run(self) -> bool:
        """On a data folder's first start: ask the user's name (unless IT's defaults.ini says
        not to) and show the tour; later starts, and folders used before the tour existed (a
        window state saved), skip it. True when the welcome will show."""
        if self.store.setting(ONBOARDED_SETTING) or self.store.setting("window.geometry"):
            return False
        QTimer.singleShot(0, self._welcome)
        return True

    def _welcome(self) -> None:
        from desktop.ui.dialogs.first_run import FirstRunDialog  # dialogs: when opened

        defaults = paths.machine_defaults()
        suggested = self.session.author or defaults.author_name or ""
        self.welcome = FirstRunDialog(suggested, self.window, ask_name=defaults.ask_author_name)
        self.welcome.finished.connect(self._welcomed)
        self.welcome.open()

    def _welcomed(self, _result: int) -> None:
        name = self.welcome.chosen_name()
        if name:
            self.set_value("author", name)
        self.store.set_setting(ONBOARDED_SETTING, True)
