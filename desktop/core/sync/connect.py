"""Opening a connection to the team server, and turning libpq's errors into one-line messages.

The URL is libpq's own (`postgresql://user@host:5432/db?sslmode=verify-full&sslrootcert=…`), so
TLS settings pass through untouched. The password comes from the caller (a `--password-file`),
else libpq finds it itself (PGPASSWORD, ~/.pgpass).
"""

from __future__ import annotations

import re
from pathlib import Path

from desktop.core.sync.errors import SyncError, message

CONNECT_TIMEOUT_S = 10


def redact(url: str) -> str:
    """The URL without its password, for messages and for keying the local cursor."""
    return re.sub(r"^(postgres(?:ql)?://[^:@/]*):[^@/]*@", r"\1@", url)


def read_password_file(path: str | Path) -> str:
    """The first line of a password file (IT hands these out; nothing else is read)."""
    try:
        with open(path, encoding="utf-8") as f:
            return f.readline().rstrip("\r\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise SyncError(f"{path}: {exc.strerror if isinstance(exc, OSError) else exc}") from exc


def classify(exc: BaseException) -> str:
    """Which of errors.MESSAGES an exception from psycopg is."""
    text = str(exc).lower()
    if "password authentication failed" in text or "no password supplied" in text \
            or "authentication failed" in text:
        return "password"
    if "certificate" in text or ("ssl error" in text and "verify" in text):
        return "certificate"
    if "does not support ssl" in text or "ssl was required" in text:
        return "tls"
    if "invalid connection option" in text or "invalid uri" in text or "missing \"=\"" in text \
            or "invalid integer value" in text or "invalid sslmode" in text:
        return "url"
    if "permission denied" in text or "row-level security" in text:
        return "permission"
    if "schema \"chugiai\" does not exist" in text or "relation \"chugiai." in text:
        return "schema"
    if "server closed the connection" in text or "terminating connection" in text \
            or "connection already closed" in text or "consuming input failed" in text \
            or "the connection is lost" in text or "admin shutdown" in text:
        return "lost"
    return "unreachable"


def as_sync_error(exc: BaseException, *, url: str = "") -> SyncError:
    """A psycopg error as a SyncError with its one-line message."""
    kind = classify(exc)
    detail = redact(url) if kind in ("unreachable", "password", "certificate", "tls") else ""
    if kind in ("url", "permission"):
        detail = str(exc).strip().splitlines()[0]
    return SyncError(message(kind, detail), offline=kind in ("unreachable", "lost"))


def connect(url: str, *, password: str | None = None, autocommit: bool = False):
    """A psycopg connection to the team server, or a SyncError saying why not."""
    import psycopg  # only when a server is configured: no network code on the app's start

    options: dict = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "chugiai"}
    if password is not None:
        options["password"] = password
    try:
        return psycopg.connect(url, autocommit=autocommit, **options)
    except psycopg.Error as exc:
        raise as_sync_error(exc, url=url) from None
    except ValueError as exc:  # a URL libpq cannot parse at all
        raise SyncError(message("url", str(exc).splitlines()[0])) from None
