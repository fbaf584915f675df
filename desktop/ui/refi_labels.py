"""What a REFI-QDA import left out, in the interface language, for the import preview."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _kinds() -> dict[str, str]:
    return {
        "PDF": QCoreApplication.translate("RefiImport", "PDF"),
        "audio": QCoreApplication.translate("RefiImport", "audio"),
        "video": QCoreApplication.translate("RefiImport", "video"),
        "picture": QCoreApplication.translate("RefiImport", "picture"),
        "external file": QCoreApplication.translate("RefiImport", "external file"),
        "note without a place in a text":
            QCoreApplication.translate("RefiImport", "note without a place in a text"),
        "empty selection": QCoreApplication.translate("RefiImport", "empty selection"),
        "empty text": QCoreApplication.translate("RefiImport", "empty text"),
        "other": QCoreApplication.translate("RefiImport", "other source"),
    }


def left_out(bundle) -> str:
    """' — left out: 1 PDF, 2 audio' for a .qdpx that had sources we do not read; '' else."""
    skipped = getattr(bundle, "skipped", ())
    if not skipped:
        return ""
    kinds = _kinds()
    return QCoreApplication.translate("RefiImport", " — left out: %1").replace(
        "%1", ", ".join(f"{n} {kinds.get(what, what)}" for what, n in skipped))
