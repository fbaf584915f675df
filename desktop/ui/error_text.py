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
    ("BundleError", "not_file"): QT_TRANSLATE_NOOP(
        "ErrorText", "This is a pipe or a device, not a file."),
    ("BundleError", "invalid"): QT_TRANSLATE_NOOP(
        "ErrorText", "The bundle is damaged or was not made by Chú Giải."),
    ("DocumentError", "unsupported"): QT_TRANSLATE_NOOP(
        "ErrorText", "Files of type %1 are not supported (supported: .txt, .md, .html, .docx)."),
    ("DocumentError", "missing"): QT_TRANSLATE_NOOP("ErrorText", "The file does not exist."),
    ("DocumentError", "folder"): QT_TRANSLATE_NOOP("ErrorText", "This is a folder, not a file."),
    ("DocumentError", "not_file"): QT_TRANSLATE_NOOP(
        "ErrorText", "This is a pipe or a device, not a file."),
    ("DocumentError", "too_large"): QT_TRANSLATE_NOOP(
        "ErrorText", "The file is too large (the limit is %1)."),
    ("DocumentError", "unreadable"): QT_TRANSLATE_NOOP("ErrorText", "The file cannot be read."),
    ("DocumentError", "empty"): QT_TRANSLATE_NOOP("ErrorText", "The file is empty."),
    ("DocumentError", "not_text"): QT_TRANSLATE_NOOP(
        "ErrorText", "This is not a text document (supported: .txt, .md, .html, .docx)."),
    ("DocumentError", "damaged_text"): QT_TRANSLATE_NOOP(
        "ErrorText", "The text is damaged and cannot be read."),
    ("DocumentError", "bad_page"): QT_TRANSLATE_NOOP(
        "ErrorText", "The page's markup is nested too deeply to be read."),
    ("DocumentError", "docx_encrypted"): QT_TRANSLATE_NOOP(
        "ErrorText", "The Word document is protected with a password; save it without a "
        "password and add it again."),
    ("DocumentError", "docx_damaged"): QT_TRANSLATE_NOOP(
        "ErrorText", "The Word document is damaged or in a form this app cannot read."),
    ("DocumentError", "no_text"): QT_TRANSLATE_NOOP("ErrorText", "The file holds no text."),
    ("DocumentError", "no_visible_text"): QT_TRANSLATE_NOOP(
        "ErrorText", "The file holds no visible text (only spaces and invisible characters)."),
}
VALUE_ORDER = {"newer": ("version", "supported"), "unsupported": ("suffix",),
               "too_large": ("limit",)}


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
