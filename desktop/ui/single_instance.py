"""One window per data folder: a second start hands its arguments to the running one and exits.

The first start takes a lock file in the data folder (QLockFile: a crashed owner's lock is
taken over, since its process is gone) and listens on a local socket named after the folder.
A second start finds the lock held, sends its arguments over the socket and exits; the first
raises its window. When the hand-over cannot happen (the first is stuck or the folder is
read-only), the second opens anyway: the store is safe for two processes at once.
Local sockets are a named pipe or a Unix socket file — never the network.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal

LOCK_NAME = "chugiai.lock"
HANDOVER_TIMEOUT_MS = 5000  # the first start may still be opening its window
CONNECT_RETRY_MS = 100
MAX_MESSAGE_BYTES = 64 * 1024


def server_name(data_dir: Path) -> str:
    """A local socket name unique to a data folder (and short: Unix sockets allow ~100 bytes)."""
    import hashlib  # only once the window is up: hashlib loads OpenSSL

    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"chugiai-{digest}"


class SingleInstance(QObject):
    """The claim on a data folder, and the channel through which later starts reach it."""

    activated = Signal(list)  # the arguments of a second start

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._lock: QLockFile | None = None
        self._server = None

    @functools.cached_property
    def name(self) -> str:
        """Worked out when first needed (after the first paint: it hashes the folder's path)."""
        return server_name(self.data_dir)

    def claim(self) -> bool:
        """True when this process is the first on the folder (or can't tell: then it opens too)."""
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True  # the store will explain what is wrong with the folder
        lock = QLockFile(str(self.data_dir / LOCK_NAME))
        lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        if lock.tryLock(0):
            self._lock = lock
            return True
        return lock.error() != QLockFile.LockError.LockFailedError

    def send(self, argv: list[str], *, timeout_ms: int = HANDOVER_TIMEOUT_MS) -> bool:
        """Hand the arguments to the running instance; False when it does not answer in time."""
        # QtNetwork: only a second start hands over; the first loads it after its first paint
        from PySide6.QtCore import QDeadlineTimer, QThread
        from PySide6.QtNetwork import QLocalSocket

        deadline = QDeadlineTimer(timeout_ms)
        payload = json.dumps({"argv": list(argv)}).encode("utf-8") + b"\n"
        while not deadline.hasExpired():
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(CONNECT_RETRY_MS):
                socket.write(payload)
                sent = socket.waitForBytesWritten(max(1, deadline.remainingTime()))
                socket.disconnectFromServer()
                return sent
            QThread.msleep(CONNECT_RETRY_MS)
        return False

    def serve(self) -> bool:
        """Listen for later starts (call once the window is up); False if the name is unusable."""
        if self._lock is None or self._server is not None:
            return self._server is not None
        from PySide6.QtNetwork import QLocalServer  # after the first paint, as serve() is called

        QLocalServer.removeServer(self.name)  # a socket file left by a crashed owner; we hold the lock
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            return False
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            buffer = bytearray()

            def read(socket=socket, buffer=buffer) -> None:
                buffer.extend(bytes(socket.readAll()))
                if b"\n" in buffer or len(buffer) > MAX_MESSAGE_BYTES:
                    socket.readyRead.disconnect()
                    socket.disconnectFromServer()
                    socket.deleteLater()
                    self.activated.emit(_parse(bytes(buffer)))

            socket.readyRead.connect(read)
            if socket.bytesAvailable():
                read()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def _parse(message: bytes) -> list:
    """The arguments a second start sent; anything malformed counts as none."""
    try:
        argv = json.loads(message.split(b"\n", 1)[0].decode("utf-8")).get("argv", [])
    except (ValueError, AttributeError):
        return []
    return [str(a) for a in argv] if isinstance(argv, list) else []


def bring_to_front(window) -> None:
    """Show a window that may be minimized or behind others, and give it the focus."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
