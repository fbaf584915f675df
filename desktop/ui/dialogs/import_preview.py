"""Before an import writes anything: what it will do (new, updated, conflicts, orphaned…)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
)

from desktop.core.times import local_time

LISTED_MAX = 200  # conflicts and orphans listed by name in the preview


def _short(text: str, n: int = 80) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[:n - 1] + "…"


class ImportPreviewDialog(QDialog):
    """Shows an ImportPlan; Import (accept) applies it, Cancel leaves everything as it was."""

    def __init__(self, plan, file_name: str, parent=None):
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import annotations"))
        self.setObjectName("ImportPreviewDialog")
        bundle = plan.bundle
        intro = QLabel(self.tr("%1 — from %2, made %3")
                       .replace("%1", file_name)
                       .replace("%2", bundle.author or self.tr("an unknown author"))
                       .replace("%3", local_time(bundle.created, QLocale().name())
                                if bundle.created else self.tr("on an unknown date")))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        counts = plan.counts
        form = QFormLayout()
        self.count_labels: dict[str, QLabel] = {}
        rows = [("new", self.tr("New")), ("updated", self.tr("Updated")),
                ("deleted", self.tr("Deleted")), ("unchanged", self.tr("Unchanged")),
                ("conflict", self.tr("Conflicts (both versions kept)")),
                ("orphaned", self.tr("Not found in the text (kept, listed)")),
                ("articles", self.tr("New articles"))]
        if counts["future"]:
            rows.append(("future", self.tr("Stamped in the future (not trusted: kept as "
                                           "conflicts, or stamped with today's date)")))
        if plan.bundle.names is not None:
            rows.append(("names_new", self.tr("Name corrections taken")))
            rows.append(("names_conflict", self.tr("Name corrections in conflict (the newer "
                                                   "decision is kept)")))
        if counts["skipped_articles"]:
            rows.append(("skipped_articles",
                         self.tr("Articles left out (no annotation points to them)")))
        for key, label in rows:
            value = QLabel(str(counts[key]))
            value.setObjectName(f"count_{key}")
            self.count_labels[key] = value
            form.addRow(label, value)
        self.details = QListWidget()
        self.details.setAccessibleName(self.tr("Conflicts and highlights not found"))
        for d in plan.decisions:
            quote = _short(d.incoming.exact or (d.local.exact if d.local else ""))
            if d.outcome == "conflict":
                self.details.addItem(self.tr("Conflict: “%1”").replace("%1", quote))
            elif d.orphaned:
                self.details.addItem(self.tr("Not found in the text: “%1”").replace("%1", quote))
            if self.details.count() >= LISTED_MAX:
                break
        for n in plan.names:
            if n.outcome == "conflict" and self.details.count() < LISTED_MAX:
                kept, other = (n.incoming, n.local) if n.taken else (n.local, n.incoming)
                self.details.addItem(self.tr("Name: “%1” kept, “%2” set aside")
                                     .replace("%1", kept.name).replace("%2", other.name))
        self.details.setVisible(self.details.count() > 0)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.setEnabled(plan.changes_anything)
        if not plan.changes_anything:
            self.import_button.setToolTip(self.tr("Everything in this file is here already."))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)
        self.import_button.setDefault(True)
