"""Rotating log file and readable crash reports in the per-user log folder (DESIGN §6)."""

from __future__ import annotations

import logging
import sys
import traceback
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from desktop import __version__

LOG_NAME = "chugiai.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3

LOGGER = "chugiai"


def setup_logging(folder: Path) -> Path | None:
    """Log to folder/chugiai.log, rotating; returns the file, or None when it can't be written."""
    # the file handler and platform: set up after the first paint
    import logging.handlers
    import platform

    log = logging.getLogger(LOGGER)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_NAME, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError:
        return None  # a read-only home must not stop the app
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.info("chugiai %s on Python %s, %s", __version__, platform.python_version(),
             platform.platform())
    return folder / LOG_NAME


def write_crash_report(folder: Path, exc_type, exc, tb) -> Path | None:
    """A plain-text report IT can read: versions and the traceback, no user data."""
    import platform  # only when something crashed

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    text = (f"Chú Giải {__version__} crashed at {datetime.now().isoformat()}\n"
            f"Python {platform.python_version()} on {platform.platform()}\n\n"
            + "".join(traceback.format_exception(exc_type, exc, tb)))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{stamp}.txt"
        path.write_text(text, encoding="utf-8")
        return path
    except OSError:
        return None


def install_crash_handler(folder: Path, notify: Callable[[Path | None], None] | None = None, *,
                          faults: Callable[[BaseException], bool] | None = None) -> None:
    """Unhandled errors are logged and reported instead of vanishing with the window.

    `faults` gets the first word: True when the error was a known fault (a full disk, a
    damaged file) it has told the user about — no crash report then."""

    def hook(exc_type, exc, tb):
        if faults is not None and faults(exc):
            logging.getLogger(LOGGER).warning("not saved: %s", exc)
            return
        logging.getLogger(LOGGER).error("unhandled error", exc_info=(exc_type, exc, tb))
        report = write_crash_report(folder, exc_type, exc, tb)
        traceback.print_exception(exc_type, exc, tb)
        if notify:
            notify(report)

    sys.excepthook = hook


def write_problem_report(destination: Path, *, log_folder: Path, facts: dict[str, str],
                         user_text: str | None = None) -> Path:
    """A zip for IT: the log files and app/OS versions — never the user's annotations; the
    user's description only when they chose to add it."""
    import platform  # only when the user saves a report

    lines = [f"Chú Giải {__version__}", f"Python {platform.python_version()}",
             f"OS {platform.platform()}"] + [f"{k}: {v}" for k, v in facts.items()]
    with zipfile.ZipFile(destination, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("versions.txt", "\n".join(lines) + "\n")
        if user_text:
            zf.writestr("description.txt", user_text + "\n")
        for path in sorted(log_folder.glob("chugiai.log*")) + sorted(log_folder.glob("crash-*.txt")):
            zf.write(path, f"logs/{path.name}")
    return destination
