"""Reading comfort and help, driven through the real window: themes, settings, keys, About."""

import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop import __version__
from desktop.ui import theme as themes


@pytest.mark.parametrize("name", ["light", "dark", "sepia"])
def test_text_on_every_highlight_colour_is_legible(name):
    theme = themes.THEMES[name]
    assert set(theme.highlights) == set(themes.UNDERLINES)
    for color, background in theme.highlights.items():
        ratio = themes.contrast_ratio(theme.highlight_text, background)
        assert ratio >= themes.MIN_CONTRAST, (name, color, ratio)
    assert themes.contrast_ratio(theme.text, theme.page) >= themes.MIN_CONTRAST
    assert themes.contrast_ratio(theme.highlight_text, theme.mention) >= themes.MIN_CONTRAST
    assert themes.contrast_ratio(theme.selection_text, theme.selection) >= themes.MIN_CONTRAST


def test_contrast_ratio_matches_wcag_extremes():
    assert themes.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert themes.contrast_ratio("#777777", "#777777") == pytest.approx(1.0)


def test_colours_also_differ_by_underline_style():
    assert len(set(themes.UNDERLINES.values())) == len(themes.UNDERLINES)


def test_theme_switch_applies_and_persists_across_restart(qtbot, open_window):
    window = open_window()
    window.comfort.theme_actions["dark"].trigger()
    page = QApplication.instance().palette().color(QPalette.ColorRole.Base).name()
    assert page == themes.THEMES["dark"].page
    assert window.reader.theme.name == "dark"
    window.close()
    reopened = open_window()
    assert reopened.reader.theme.name == "dark"
    assert reopened.comfort.theme_actions["dark"].isChecked()


def test_settings_dialog_changes_reading_options_and_they_persist(qtbot, open_window):
    window = open_window()
    window.comfort.settings_action.trigger()
    dialog = window.comfort.settings_dialog
    qtbot.waitExposed(dialog)
    dialog.spacing.setValue(170)
    dialog.width.setValue(60)
    dialog.theme.setCurrentIndex(dialog.theme.findData("sepia"))
    assert window.reader._line_spacing == 170
    assert window.reader.theme.name == "sepia"
    left_margin = window.reader.viewportMargins().left()
    dialog.width.setValue(0)  # full width
    assert window.reader.viewportMargins().left() < left_margin or left_margin == 0
    dialog.width.setValue(60)
    dialog.accept()
    window.close()
    reopened = open_window()
    assert reopened.reader._line_spacing == 170
    assert reopened.reader._width_chars == 60
    assert reopened.reader.theme.name == "sepia"


def test_alt_left_and_right_go_back_and_forward_between_articles(qtbot, open_window):
    window = open_window()
    first = window.session.article.id
    window.library.list.setCurrentRow(1)
    second = window.session.article.id
    assert second != first
    qtbot.keyClick(window.reader, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.session.article.id == first
    qtbot.keyClick(window.reader, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.session.article.id == second
    assert not window.comfort.forward_action.isEnabled()


def test_shortcuts_are_listed_in_help_and_shown_in_tooltips(qtbot, open_window):
    window = open_window()
    rows = dict(window.comfort.shortcut_rows())
    assert rows["Undo"] == "Ctrl+Z"
    assert "Alt+Left" in rows["Back"]
    assert any(keys == "1 … 5" for keys in rows.values())
    window.comfort.shortcuts_action.trigger()
    table = window.comfort.shortcuts_dialog.table
    assert table.rowCount() == len(rows)
    assert "Ctrl+1" in window.highlight_actions[0].toolTip()
    qtbot.waitUntil(lambda: "Ctrl+Z" in window.undo_action.toolTip())


def test_about_shows_version_data_folder_and_licences(qtbot, open_window, data_dir):
    window = open_window()
    window.comfort.about_action.trigger()
    about = window.comfort.about_dialog
    assert __version__ in about.version.text()
    assert about.data_folder == data_dir
    names = [about.licences.item(r, 0).text() for r in range(about.licences.rowCount())]
    assert any("underthesea" in n for n in names) and any("Be Vietnam Pro" in n for n in names)


def test_problem_report_holds_versions_but_no_annotations(qtbot, open_window, tmp_path):
    window = open_window()
    body = window.session.article.body
    window.reader.select_range(0, 10)
    window.reading.highlight_selection("yellow")
    window.notes.note.setPlainText("bí mật của người dùng")
    window.notes.save_note()
    report = window.comfort.report_problem(str(tmp_path / "report.zip"))
    with zipfile.ZipFile(report) as zf:
        names = zf.namelist()
        everything = b"".join(zf.read(n) for n in names).decode("utf-8", "replace")
    assert "versions.txt" in names
    assert __version__ in everything
    assert "bí mật" not in everything and body[:10] not in everything


def test_first_run_asks_the_name_once(qtbot, open_window):
    window = open_window()
    window.comfort.maybe_first_run()
    qtbot.waitUntil(lambda: getattr(window.comfort, "welcome", None) is not None)
    welcome = window.comfort.welcome
    welcome.name.setText("Nguyễn Thị Lan")
    for _ in range(welcome.pages.count()):
        qtbot.mouseClick(welcome.next_button, Qt.MouseButton.LeftButton)
    assert not welcome.isVisible()
    assert window.session.author == "Nguyễn Thị Lan"
    window.close()
    reopened = open_window()
    assert reopened.session.author == "Nguyễn Thị Lan"
    reopened.comfort.maybe_first_run()
    qtbot.wait(20)
    assert getattr(reopened.comfort, "welcome", None) is None


INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QAbstractItemView,
               QComboBox, QAbstractSpinBox)


def test_every_interactive_widget_has_an_accessible_name(qtbot, open_window):
    window = open_window()
    missing = set()
    for tab in range(window.tabs.count()):  # each tab's widgets while it is shown
        window.tabs.setCurrentIndex(tab)
        missing |= unnamed_widgets(window)
    assert sorted(missing) == []


def unnamed_widgets(window) -> set[str]:
    missing = set()
    for widget in (w for w in window.findChildren(QWidget) if isinstance(w, INTERACTIVE)):
        if not widget.isVisibleTo(window) or isinstance(widget, QHeaderView):
            continue  # headers are named by their columns
        name = widget.accessibleName()
        if not name and isinstance(widget, QAbstractButton):
            name = widget.text() or (widget.defaultAction().text()
                                     if hasattr(widget, "defaultAction") and widget.defaultAction()
                                     else "")
        if not name:
            missing.add(f"{type(widget).__name__} {widget.objectName()!r} in "
                        f"{type(widget.parent()).__name__}")
    return missing


def test_tab_moves_from_library_to_reader_to_the_side_panel(qtbot, open_window):
    window = open_window()
    window.library.list.setFocus()
    qtbot.keyClick(window.library.list, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.reader
    qtbot.keyClick(window.reader, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is window.tabs.tabBar() or window.tabs.isAncestorOf(focused)


def test_every_interactive_widget_has_a_description(qtbot, open_window):
    """Screen readers read the description, or the tooltip when there is none."""
    window = open_window()
    bare = set()
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        for widget in window.findChildren(QWidget):
            if (isinstance(widget, INTERACTIVE) and not isinstance(widget, QHeaderView)
                    and widget.isVisibleTo(window)
                    and not (widget.accessibleDescription() or widget.toolTip())):
                bare.add(f"{type(widget).__name__} {widget.accessibleName()!r}")
    assert sorted(bare) == []


def test_main_areas_have_accessible_descriptions(qtbot, open_window):
    window = open_window()
    for widget in (window.library.list, window.reader, window.notes.list, window.notes.note,
                   window.notes.tags, window.entities.tree):
        assert widget.accessibleName(), widget
        assert len(widget.accessibleDescription()) > 20, widget
