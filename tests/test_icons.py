"""The Windows .ico and macOS .icns (tools/make_icons.py) are well-formed and hold every size."""

import struct

from PySide6.QtGui import QImage

from desktop import paths

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG_SIGNATURE)
    image = QImage.fromData(data, "PNG")
    assert not image.isNull()
    return image.width(), image.height()


def test_ico_holds_the_sizes_windows_asks_for():
    data = (paths.resource_dir() / "icons" / "chugiai.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i)
        side = width or 256
        assert (height or 256) == side and planes == 1 and bits == 32
        assert png_size(data[offset:offset + length]) == (side, side)
        sizes.add(side)
    assert {16, 24, 32, 48, 256} <= sizes


def test_icns_holds_retina_sizes_up_to_1024():
    data = (paths.resource_dir() / "icons" / "chugiai.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    expected = {b"ic11": 32, b"ic12": 64, b"ic07": 128, b"ic13": 256, b"ic08": 256,
                b"ic14": 512, b"ic09": 512, b"ic10": 1024}
    found, at = {}, 8
    while at < len(data):
        kind, length = data[at:at + 4], struct.unpack_from(">I", data, at + 4)[0]
        found[kind] = png_size(data[at + 8:at + length])[0]
        at += length
    assert at == len(data)
    assert found == expected
