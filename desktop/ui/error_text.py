"""The user's language for the core's refusals: each error code has a translated sentence.

The core raises errors with a code (desktop.core.errors.UserError); the English message stays
for the log and the command line. QCoreApplication.translate is thread-safe, so background
jobs use this too.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ErrorText"
SENTENCES = {
    ("BundleError", "not_zip"): QT_TRANSLATE_NOOP(
        "ErrorText", "This is not a .chugiai bundle (the file is not a zip archive)."),
    ("BundleError", "no_manifest"): QT_TRANSLATE_NOOP(
        "ErrorText", "This is not a .chugiai bundle (it has no manifest.json)."),
    ("BundleError", "unknown_format"): QT_TRANSLATE_NOOP(
        "ErrorText", "This is not a Chú Giải bundle (its format is unknown)."),
    ("BundleError", "newer"): QT_TRANSLATE_NOOP(
        "ErrorText", "A newer Chú Giải made this bundle (version %1; this app reads version "
        "%2). Update the app to import it."),
    ("BundleError", "too_large"): QT_TRANSLATE_NOOP(
        "ErrorText", "The bundle is larger than this app accepts."),
    ("BundleError", "damaged"): QT_TRANSLATE_NOOP(
        "ErrorText", "The bundle is damaged or was changed after it was made."),
    ("BundleError", "missing"): QT_TRANSLATE_NOOP("ErrorText", "The file does not exist."),
    ("BundleError", "folder"): QT_TRANSLATE_NOOP("ErrorText", "This is a folder, not a bundle."),
    ("BundleError", "unreadable"): QT_TRANSLATE_NOOP("ErrorText", "The file cannot be read."),
    ("BundleError", "invalid"): QT_TRANSLATE_NOOP(
        "ErrorText", "The bundle is damaged or was not made by Chú Giải."),
}
VALUE_ORDER = {"newer": ("version", "supported")}


def describe(exc: BaseException) -> str:
    """The sentence for `exc` in the interface language; its English message when no code."""
    code = getattr(exc, "code", None)
    kind = next((k.__name__ for k in type(exc).__mro__ if (k.__name__, code) in SENTENCES), None)
    if kind is None:
        return str(exc)
    text = QCoreApplication.translate(CONTEXT, SENTENCES[(kind, code)])
    values = getattr(exc, "values", {})
    for i, name in enumerate(VALUE_ORDER.get(code, ()), start=1):
        text = text.replace(f"%{i}", str(values.get(name, "")))
    return text
