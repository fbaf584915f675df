"""Opening a connection to the team server, and turning libpq's errors into one-line messages.

The URL is libpq's own (`postgresql://user@host:5432/db?sslmode=verify-full&sslrootcert=…`), so
TLS settings pass through (certificate and key files with ~ and $VARS expanded); without
sslcert/sslkey/sslrootcert libpq uses ~/.postgresql/postgresql.crt, postgresql.key and root.crt
(%APPDATA%\\postgresql\\ on Windows). The password comes from the caller (a `--password-file`),
else libpq finds it itself (PGPASSWORD, ~/.pgpass).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from desktop.core.sync.errors import SyncError, message

CONNECT_TIMEOUT_S = 10
SSL_FILES = ("sslcert", "sslkey", "sslrootcert", "sslcrl", "sslcrldir")


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
    if "requires a valid client certificate" in text:
        return "client_certificate_missing"
    if "certificate authentication failed" in text or re.search(
            r"alert (unknown ca|bad certificate|certificate (unknown|expired|revoked))", text):
        return "client_certificate"
    if "private key file" in text or "could not read certificate file" in text \
            or "could not open certificate file" in text:
        return "client_key"
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
    detail = redact(url) if kind in ("unreachable", "password", "certificate", "tls",
                                     "client_certificate_missing", "client_certificate") else ""
    if kind in ("url", "permission"):
        detail = str(exc).strip().splitlines()[0]
    if kind == "client_key":  # libpq names the file and what is wrong with it
        detail = str(exc).strip().splitlines()[0].rsplit(" failed: ", 1)[-1]
    return SyncError(message(kind, detail), offline=kind in ("unreachable", "lost"))


def _expanded_files(url: str) -> dict[str, str]:
    """The URL's certificate and key files with ~ and environment variables expanded (libpq
    reads them as written), so that one defaults.ini line names each user's own files."""
    from psycopg.conninfo import conninfo_to_dict  # with psycopg, as connect

    params = conninfo_to_dict(url)
    out = {}
    for key in SSL_FILES:
        value = params.get(key)
        if isinstance(value, str) and value != (expanded := _expand_path(value)):
            out[key] = expanded
    return out


def _expand_path(value: str) -> str:
    return os.path.expanduser(os.path.expandvars(value))


def connect(url: str, *, password: str | None = None, autocommit: bool = False):
    """A psycopg connection to the team server, or a SyncError saying why not."""
    import psycopg  # only when a server is configured: no network code on the app's start

    options: dict = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "chugiai"}
    if password is not None:
        options["password"] = password
    try:
        options.update(_expanded_files(url))
        return psycopg.connect(url, autocommit=autocommit, **options)
    except psycopg.Error as exc:
        raise as_sync_error(exc, url=url) from None
    except ValueError as exc:  # a URL libpq cannot parse at all
        raise SyncError(message("url", str(exc).splitlines()[0])) from None
