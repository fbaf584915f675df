"""Choosing files: Qt's own dialog on Linux (its labels follow our Vietnamese catalogue), the
system's elsewhere, starting in IT's `export_folder` when defaults.ini names one."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

QT_DIALOG = sys.platform.startswith("linux")  # Windows and macOS dialogs speak the OS language


def start_folder() -> Path:
    """Where save and open dialogs start: defaults.ini's export_folder if it exists, else home."""
    from desktop import paths  # IT's defaults.ini: read when a dialog opens

    folder = paths.machine_defaults().export_folder
    return folder if folder is not None and folder.is_dir() else Path.home()


def _dialog(parent, title: str, start: str, filters: str, mode) -> QFileDialog:
    dialog = QFileDialog(parent, title, start, filters)
    dialog.setAcceptMode(mode)
    if QT_DIALOG:
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    return dialog


def save_file_name(parent, title: str, file_name: str, filters: str) -> tuple[str, str]:
    """The path to save to ("" when cancelled) and the chosen filter, like getSaveFileName."""
    start = start_folder() / file_name if not Path(file_name).is_absolute() else Path(file_name)
    dialog = _dialog(parent, title, str(start.parent), filters, QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(start.name)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return "", ""
    return dialog.selectedFiles()[0], dialog.selectedNameFilter()


def open_file_names(parent, title: str, filters: str, *, many: bool = False) -> list[str]:
    """The chosen files to open (empty when cancelled)."""
    dialog = _dialog(parent, title, str(start_folder()), filters, QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles if many else QFileDialog.FileMode.ExistingFile)
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return []
    return dialog.selectedFiles()


def folder_name(parent, title: str) -> str:
    """A folder to open ("" when cancelled)."""
    dialog = _dialog(parent, title, str(start_folder()), "", QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]
