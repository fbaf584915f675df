"""Help → About: version, the data folder (with Open folder), and the bundled licences."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop import __version__, paths


def bundled_licences() -> list[tuple[str, str, str]]:
    """(name, what comes with it: "" | "models" | "font", licence) of each bundled component."""
    data = json.loads((paths.resource_dir() / "licenses.json").read_text(encoding="utf-8"))
    return [(c["name"], c.get("with", ""), c["license"]) for c in data["components"]]


class AboutDialog(QDialog):
    def __init__(self, data_folder: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Chú Giải"))
        self.data_folder = data_folder
        title = QLabel(f"<h2>Chú Giải {__version__}</h2>")
        title.setTextFormat(Qt.TextFormat.RichText)
        blurb = QLabel(self.tr("Offline reader and annotator for Vietnamese articles. "
                               "Nothing you read or write leaves this computer."))
        blurb.setWordWrap(True)
        self.version = QLabel(self.tr("Version %1").replace("%1", __version__))
        folder = QLabel(self.tr("Data folder: %1").replace("%1", str(data_folder)))
        folder.setTextFormat(Qt.TextFormat.PlainText)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.setAccessibleName(self.tr("Open the data folder"))
        self.open_button.clicked.connect(self.open_folder)
        row = QHBoxLayout()
        row.addWidget(folder, 1)
        row.addWidget(self.open_button)
        licences = bundled_licences()
        self.licences = QTableWidget(len(licences), 2)
        self.licences.setAccessibleName(self.tr("Licences of bundled components"))
        self.licences.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Licence")])
        self.licences.verticalHeader().hide()
        self.licences.horizontalHeader().setStretchLastSection(True)
        extras = {"models": self.tr("%1 (and their language models)"), "font": self.tr("%1 font"),
                  "": "%1"}
        for i, (name, extra, licence) in enumerate(licences):
            self.licences.setItem(i, 0, QTableWidgetItem(extras[extra].replace("%1", name)))
            if licence == "public-domain":
                licence = self.tr("Public domain")
            self.licences.setItem(i, 1, QTableWidgetItem(licence))
        self.licences.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (title, blurb, self.version):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_folder)))
