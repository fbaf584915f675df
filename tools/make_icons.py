"""Windows .ico and macOS .icns of the app icon, drawn from resources/icons/chugiai.svg.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_icons.py

Writes resources/icons/chugiai.ico (build.spec's EXE icon on Windows, which Explorer also shows
for .chugiai files) and resources/icons/chugiai.icns (the macOS BUNDLE's icon). Run it again
after changing the SVG and commit all three. Both containers hold PNG images, which Windows
(since Vista) and macOS (since 10.7) read; nothing beyond PySide6 is needed.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, and the pixel size of each (the @2x ones included)
ICNS_TYPES = ((b"ic11", 32), (b"ic12", 64), (b"ic07", 128), (b"ic13", 256), (b"ic08", 256),
              (b"ic14", 512), (b"ic09", 512), (b"ic10", 1024))


def png(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG drawn on a transparent square of `size` pixels, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO file: ICONDIR, one 16-byte ICONDIRENTRY per size, then the PNGs."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns(elements: list[tuple[bytes, bytes]]) -> bytes:
    """An ICNS file: "icns" and the file length, then (type, length, PNG) per element."""
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in elements)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "chugiai.svg"))
    if not renderer.isValid():
        print(f"cannot read {ICONS / 'chugiai.svg'}", file=sys.stderr)
        return 1
    drawn = {size: png(renderer, size) for size in {*ICO_SIZES, *(s for _, s in ICNS_TYPES)}}
    (ICONS / "chugiai.ico").write_bytes(ico({s: drawn[s] for s in ICO_SIZES}))
    (ICONS / "chugiai.icns").write_bytes(icns([(kind, drawn[s]) for kind, s in ICNS_TYPES]))
    print(f"wrote {ICONS / 'chugiai.ico'} and {ICONS / 'chugiai.icns'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
