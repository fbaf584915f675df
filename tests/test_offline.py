"""Offline guarantee: the main flows run with the network made unusable, and nothing
even tries to reach it.

Two nets: the stdlib `socket` module's constructor and resolvers are replaced by ones that
record the attempt and fail (that is not our code), and a Python audit hook records every
socket created, connected, bound or resolved by any Python code, including code that holds a
reference to the original functions. Local Unix sockets (socketpair, Qt's local socket) are
not the network and are allowed.

Creating a socket is refused but is not itself a connection: urllib3 (pulled in by
underthesea → requests) probes for IPv6 when imported by creating a socket and binding it to
::1, the loopback address, without sending anything. That probe fails under the guard and
urllib3 carries on. What the test forbids is any connect, resolve, send, or bind to a
non-loopback address.
"""

from __future__ import annotations

import socket
import sys

import pytest
from PySide6.QtGui import QTextCursor

from desktop.app import create_window

EXTRACTION_TIMEOUT_MS = 60_000
CREATE = "socket.__new__"
NETWORK_AUDIT_EVENTS = {CREATE, "socket.connect", "socket.getaddrinfo",
                        "socket.gethostbyname", "socket.gethostbyaddr", "socket.sendto",
                        "socket.sendmsg", "socket.bind", "urllib.Request", "http.client.connect"}
LOCAL_FAMILIES = {getattr(socket, "AF_UNIX", None)} - {None}
LOOPBACK = {"::1", "127.0.0.1", "localhost"}

_attempts: list[str] | None = None  # set while a test is watching


def _audit(event: str, args: tuple) -> None:
    if _attempts is None or event not in NETWORK_AUDIT_EVENTS:
        return
    if event == CREATE and len(args) > 1 and args[1] in LOCAL_FAMILIES:
        return
    sock = args[0] if args else None
    if event != CREATE and getattr(sock, "family", None) in LOCAL_FAMILIES:
        return
    if event == "socket.bind" and len(args) > 1 and isinstance(args[1], tuple) \
            and args[1][0] in LOOPBACK:
        return  # a probe on the machine itself (urllib3's IPv6 check): nothing leaves it
    _attempts.append(f"{event} {args[1:]!r}"[:200])


def connections(attempts: list[str]) -> list[str]:
    """The attempts that would reach out: everything but creating a socket."""
    return [a for a in attempts if not a.startswith((CREATE, "socket.socket("))]


sys.addaudithook(_audit)  # hooks cannot be removed: it only records while `_attempts` is set


class _GuardedSocket(socket.socket):
    """socket.socket that refuses (and reports) network families while a test watches.

    A subclass, not a function: modules imported meanwhile may subclass socket.socket (ssl).
    Outside a watching test it behaves as the original."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if _attempts is not None and fileno is None and family not in LOCAL_FAMILIES:
            _attempts.append(f"socket.socket{(family, type, proto)!r}")
            raise OSError("network disabled by test: socket.socket")
        super().__init__(family, type, proto, fileno)


@pytest.fixture
def offline(monkeypatch):
    """Every network attempt fails and is recorded; the test asserts the record stays empty."""
    global _attempts
    attempts: list[str] = []

    def refuse(name):
        def fail(*args, **kwargs):
            attempts.append(f"{name}{args!r}"[:200])
            raise OSError(f"network disabled by test: {name}")
        return fail

    monkeypatch.setattr(socket, "socket", _GuardedSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex",
                 "gethostbyaddr", "create_server"):
        monkeypatch.setattr(socket, name, refuse(f"socket.{name}"))
    _attempts = attempts
    try:
        yield attempts
    finally:
        _attempts = None


def test_the_guard_itself_catches_an_attempt(offline):
    """The test below can fail: a connection attempt is seen by both nets."""
    with pytest.raises(OSError):
        socket.create_connection(("example.org", 80), timeout=0.1)
    assert any("create_connection" in a for a in connections(offline))
    import _socket  # what code holding the original class would use: the audit hook sees it

    raw = _socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    raw.settimeout(0.5)
    try:
        raw.connect(("127.0.0.1", 9))  # the discard port on this machine: refused at once
    except OSError:
        pass
    finally:
        raw.close()
    assert any(a.startswith("socket.connect") for a in connections(offline))


def test_main_flows_never_touch_the_network(qtbot, offline, data_dir, tmp_path):
    window = create_window(str(data_dir))  # first start: schema, corpus load
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    summaries = window.store.article_summaries()
    article = window.session.open_article(summaries[1].id)  # open another article
    assert window.reader.article is article

    # people & organizations of the open article, in the background worker
    window.extraction.ensure_entities(article)
    qtbot.waitUntil(lambda: window.store.extractor_version(article.id) is not None,
                    timeout=EXTRACTION_TIMEOUT_MS)
    window.extraction.cancel()
    assert window.store.article_entities(article.id), "extraction found nobody: did it run?"

    # highlight a selection
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(0)
    cursor.setPosition(12, QTextCursor.MoveMode.KeepAnchor)
    window.reader.setTextCursor(cursor)
    ann = window.reading.highlight_selection("green")
    assert ann is not None and window.store.annotation(ann.id) is not None

    imported = export_and_import(window.store, tmp_path, ann.id)
    window.close()
    assert imported is not None and imported.color == "green"
    assert connections(offline) == [], f"network attempts: {offline}"


def export_and_import(store, tmp_path, annotation_id: str):
    """Export a bundle and import it into a second data folder."""
    from desktop.core.exchange.bundle import read_bundle
    from desktop.core.exchange.exporting import export_bundle
    from desktop.core.exchange.merge import import_bundle
    from desktop.core.store import Store

    path = tmp_path / "out.chugiai"
    export_bundle(store, path, author="Lan", app_version="test")
    other = Store(tmp_path / "other" / "chugiai.sqlite3")
    try:
        import_bundle(other, read_bundle(path))
        return other.annotation(annotation_id)
    finally:
        other.close()
