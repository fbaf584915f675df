"""Legacy Vietnamese font encodings (TCVN3/ABC and VNI-Windows) as data, and their decoders.

Old office documents typed with .VnTime (TCVN3) or VNI-Times (VNI) fonts store Vietnamese as
bytes that only look right in those fonts; read as Windows-1252 they are mojibake ("Hµ Néi").
"""

from __future__ import annotations

import unicodedata

# TCVN3 (ABC, TCVN 5712:1993 VN3): one byte per precomposed lower-case letter; upper-case
# toned letters live in a separate font (.VnTimeH) that reuses the lower-case codes.
TCVN3_TABLE: dict[int, str] = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}

# VNI-Windows: a base letter followed by a byte that adds marks (read as Windows-1252 the
# bytes are these Latin-1 letters), plus a few letters of one byte each.
_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
_CIRC, _BREVE = "\u0302", "\u0306"
VNI_MARKS: dict[int, str] = {
    0xF9: _ACUTE, 0xF8: _GRAVE, 0xFB: _HOOK, 0xF5: _TILDE, 0xEF: _DOT,
    0xE2: _CIRC, 0xE1: _CIRC + _ACUTE, 0xE0: _CIRC + _GRAVE, 0xE5: _CIRC + _HOOK,
    0xE3: _CIRC + _TILDE, 0xE4: _CIRC + _DOT,
    0xEA: _BREVE, 0xE9: _BREVE + _ACUTE, 0xE8: _BREVE + _GRAVE, 0xFA: _BREVE + _HOOK,
    0xFC: _BREVE + _TILDE, 0xEB: _BREVE + _DOT,
}
VNI_MARKS.update({code - 0x20: marks for code, marks in list(VNI_MARKS.items())})  # Ù, Ø, …
VNI_LETTERS: dict[int, str] = {
    0xF1: "đ", 0xD1: "Đ", 0xF4: "ơ", 0xD4: "Ơ", 0xF6: "ư", 0xD6: "Ư",
    0xED: "í", 0xCD: "Í", 0xEC: "ì", 0xCC: "Ì", 0xE6: "ỉ", 0xC6: "Ỉ",
    0xF3: "ĩ", 0xD3: "Ĩ", 0xF2: "ị", 0xD2: "Ị", 0xEE: "ỵ", 0xCE: "Ỵ",
}
_MARKABLE = frozenset("aeiouyAEIOUYơưƠƯ")
# a circumflex only sits on a/e/o, a breve only on a
_MARK_BASES = {_CIRC: frozenset("aeoAEO"), _BREVE: frozenset("aA")}


def _fallback(byte: int) -> str:
    return bytes([byte]).decode("cp1252", errors="replace")


def decode_tcvn3(data: bytes) -> str:
    """TCVN3 bytes → NFC text (unmapped high bytes read as Windows-1252)."""
    return unicodedata.normalize(
        "NFC", "".join(TCVN3_TABLE.get(b) or (chr(b) if b < 0x80 else _fallback(b)) for b in data))


def decode_vni(data: bytes) -> str:
    """VNI-Windows bytes → NFC text: mark bytes combine with the vowel before them."""
    out: list[str] = []
    for b in data:
        marks = VNI_MARKS.get(b)
        if marks and out and _can_take(out[-1], marks):
            out[-1] += marks
            continue
        letter = VNI_LETTERS.get(b)
        if letter:
            out.append(letter)
        else:
            out.append(chr(b) if b < 0x80 else _fallback(b))
    return unicodedata.normalize("NFC", "".join(out))


def _can_take(previous: str, marks: str) -> bool:
    """Whether a vowel (with the marks it has so far) can take these marks."""
    base = previous[0]
    if base not in _MARKABLE:
        return False
    had = previous[1:]
    shape = marks[0] if marks[0] in _MARK_BASES else ""
    if shape:
        return not had and base in _MARK_BASES[shape]
    return not any(m in had for m in (_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT))
