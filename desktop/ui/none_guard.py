"""Keep `None` alive under PySide6 6.12 on Python 3.11 (found by benchmarks/open_article.py).

PySide6 6.12 drops one reference to `None` on every call of a method that returns nothing
(`QTextCursor.setPosition`, `QObject.setObjectName`, …). From Python 3.12 on, `None` is
immortal and nothing happens; on 3.11 its count reaches zero after some thousands of calls and
the interpreter aborts ("none_dealloc: deallocating None") — opening one article with 2,000
highlights was enough. Some paths lose references to True/False the same way ("bool_dealloc"
at exit after a background extraction). The guard gives these singletons a reference count no
session can use up, which is what 3.12 does. tests/test_reliability_qt.py shows the crash.
"""

from __future__ import annotations

import sys

NONE_REFERENCE_RESERVE = 1 << 40  # ~10^12 calls: centuries of clicking


def keep_none_alive() -> bool:
    """Give None, True and False a reference reserve where the interpreter does not make them
    immortal itself."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if hasattr(sys, "gettotalrefcount"):  # a debug build lays objects out differently
        return False
    import ctypes

    # ob_refcnt is the first field of every object in a release build of CPython 3.11
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += NONE_REFERENCE_RESERVE
    return True
