"""Reading a file the user named, with bounds: only regular files, never more than a limit.

A pipe (FIFO) would block a plain `read_bytes()` until something writes to it, and a link to
`/dev/zero` would fill the memory; both are refused here, before anything is read. The file
is opened without blocking and checked on the open descriptor, so swapping the file between
the check and the read changes nothing.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from desktop.core.errors import UserError

READ_CHUNK = 1024 * 1024  # bytes read per system call


class ReadRefused(UserError):
    """The file cannot be read as asked; the message says why, in words for the user, and the
    code which reason (missing, folder, not_file, too_large, unreadable) for callers to map."""


def size_label(size: int) -> str:
    """A file size as people say it: "1.5 MB" or "312 bytes"."""
    return f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{size} bytes"


def _refuse(mode: int) -> ReadRefused:
    if stat.S_ISDIR(mode):
        return ReadRefused("it is a folder", "folder")
    return ReadRefused(_kind(mode), "not_file")


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "it is a pipe (FIFO), not a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "it is a device, not a file"
    if stat.S_ISSOCK(mode):
        return "it is a socket, not a file"
    return "it is not a regular file"


def _open_regular(path: Path) -> tuple[int, os.stat_result]:
    """A descriptor on a regular file, opened without blocking and checked once open."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError as exc:
        raise ReadRefused("no such file", "missing") from exc
    except IsADirectoryError as exc:
        raise ReadRefused("it is a folder", "folder") from exc
    except PermissionError as exc:
        raise ReadRefused("permission denied", "unreadable") from exc
    except OSError as exc:
        raise ReadRefused(exc.strerror or str(exc), "unreadable") from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _refuse(info.st_mode)
    except BaseException:
        os.close(fd)
        raise
    return fd, info


def open_regular(path: str | os.PathLike) -> BinaryIO:
    """A binary file object on a regular file (for zipfile, which seeks instead of reading it
    all); ReadRefused for a pipe, a device, a socket or a folder."""
    fd, _ = _open_regular(Path(path))
    return os.fdopen(fd, "rb")


def read_bounded(path: str | os.PathLike, *, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most `max_bytes`; ReadRefused for anything else."""
    fd, info = _open_regular(Path(path))
    try:
        if info.st_size > max_bytes:
            raise ReadRefused(f"the file is too large ({size_label(info.st_size)}; the limit is "
                              f"{size_label(max_bytes)})", "too_large",
                              limit=size_label(max_bytes))
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(READ_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:  # it grew while being read
                raise ReadRefused(f"the file is too large (more than {size_label(max_bytes)})",
                                  "too_large", limit=size_label(max_bytes))
        return b"".join(chunks)
    except ReadRefused:
        raise
    except OSError as exc:
        raise ReadRefused(exc.strerror or str(exc), "unreadable") from exc
    finally:
        os.close(fd)
