"""Bytes → Unicode for Vietnamese text in any state: UTF-8/16, Windows-1258, TCVN3, VNI.

Legacy encodings carry no marker, so each plausible decoding is scored by how much of it reads
as valid Vietnamese syllables, and the best one wins.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from desktop.core.documents.legacy import decode_tcvn3, decode_vni
from desktop.core.errors import UserError

UTF16_NUL_SHARE = 0.3  # share of NUL bytes on one parity that marks BOM-less UTF-16
CONTROL_SHARE_BINARY = 0.05  # share of control characters that makes a text "binary"
SAMPLE_CHARS = 200_000  # scoring looks at this much of a decoded text
LEGACY_MARGIN = 0.15  # a legacy decoding must beat the plain one by this score to be chosen

_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_ONSETS = ("ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x")
_SYLLABLE = re.compile(
    rf"(?:{_ONSETS})?"
    r"(?:uyê|uya|iê|yê|uô|uơ|ươ|ưa|oa|oă|oe|oo|uâ|uê|uy|ua|ia|[aăâeêioôơuưy])"
    r"(?:[iyuo]|ch|nh|ng|[cmnpt])?")
_WORD = re.compile(r"[^\W\d_]+")
VIETNAMESE_LETTERS = frozenset(
    "abcdefghijklmnopqrstuvwxyzăâđêôơư"
    "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")


class EncodingError(UserError):
    """The bytes are not text in any encoding we read; the message says why, for the user,
    the code which reason (damaged_text, not_text)."""


def is_syllable(word: str) -> bool:
    """Whether a word is one well-formed Vietnamese syllable (at most one tone mark)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(ch in _TONES for ch in decomposed) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    return _SYLLABLE.fullmatch(bare) is not None


def vietnamese_score(text: str) -> float:
    """Share of words that are valid Vietnamese syllables, minus letters foreign to Vietnamese."""
    sample = unicodedata.normalize("NFC", text[:SAMPLE_CHARS])
    words = _WORD.findall(sample)
    if not words:
        return 0.0
    valid = sum(1 for w in words if is_syllable(w))
    foreign = sum(1 for w in words if any(ch.lower() not in VIETNAMESE_LETTERS for ch in w))
    return (valid - foreign) / len(words)


def _bom_decoding(data: bytes) -> tuple[str, str] | None:
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                      (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise EncodingError(f"it starts like {name} text but is damaged ({exc.reason})",
                                    "damaged_text") from None
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """Little- or big-endian UTF-16 text recognised by its NUL bytes on one parity."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for name, nuls in (("utf-16-le", odd.count(0)), ("utf-16-be", even.count(0))):
        if nuls >= UTF16_NUL_SHARE * len(data) / 2:
            try:
                return data.decode(name)
            except UnicodeDecodeError:
                return None
    return None


def _looks_binary(text: str) -> bool:
    controls = sum(1 for ch in text[:SAMPLE_CHARS]
                   if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    return "\x00" in text[:SAMPLE_CHARS] or controls > CONTROL_SHARE_BINARY * min(len(text), SAMPLE_CHARS)


def decode_text(data: bytes) -> tuple[str, str]:
    """(NFC text, encoding name) of a text file's bytes; raises EncodingError for binary data."""
    found = _bom_decoding(data)
    if found is None:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            found = (utf16, "utf-16")
    if found is None:
        try:
            found = (data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            found = _line_by_line(data) or _best_legacy(data)
    text, encoding = found
    if _looks_binary(text):
        raise EncodingError("it holds binary data, not text", "not_text")
    if encoding in ("utf-8", "utf-8-sig"):
        text, encoding = repair_legacy(text, encoding)
    return unicodedata.normalize("NFC", text), encoding


def _line_by_line(data: bytes) -> tuple[str, str] | None:
    """A file whose lines are partly UTF-8 and partly an 8-bit encoding (pasted together from
    two sources): each line read in its own, labelled "utf-8+<legacy>"; None when not mixed."""
    lines = data.split(b"\n")
    utf8_letters = False
    legacy: list[int] = []
    for number, line in enumerate(lines):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            legacy.append(number)
        else:
            utf8_letters = utf8_letters or not line.isascii()
    if not utf8_letters or not legacy:
        return None
    text, name = _best_legacy(b"\n".join(lines[n] for n in legacy))
    decoded = text.split("\n")
    if len(decoded) != len(legacy):
        return None
    out = [line.decode("utf-8", "replace") for line in lines]
    for number, text_line in zip(legacy, decoded, strict=True):
        out[number] = text_line
    return "\n".join(out), f"utf-8+{name}"


def _best_legacy(data: bytes) -> tuple[str, str]:
    """The 8-bit decoding (Windows-1258, TCVN3, VNI) that reads most like Vietnamese."""
    candidates = [(data.decode("cp1258", errors="replace"), "windows-1258"),
                  (decode_tcvn3(data), "tcvn3"), (decode_vni(data), "vni")]
    return max(candidates, key=lambda c: vietnamese_score(c[0]))


def _as_bytes(text: str) -> bytes | None:
    """The 8-bit bytes a legacy-font text was typed as, when it is made of such characters only."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                return None
            out.append(ord(ch))
    return bytes(out)


def repair_legacy(text: str, encoding: str) -> tuple[str, str]:
    """Convert Unicode text that is really TCVN3/VNI font text (old Word files, naive converters)."""
    if not any(0x80 <= ord(ch) <= 0xFF for ch in text[:SAMPLE_CHARS]):
        return text, encoding
    raw = _as_bytes(text)
    if raw is None:
        return text, encoding
    plain = vietnamese_score(text)
    best_text, best_name = max(((decode_tcvn3(raw), "tcvn3"), (decode_vni(raw), "vni")),
                               key=lambda c: vietnamese_score(c[0]))
    if vietnamese_score(best_text) > plain + LEGACY_MARGIN:
        return best_text, f"{best_name} (in {encoding})"
    return text, encoding
