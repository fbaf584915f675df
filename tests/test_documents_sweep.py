"""Property-based sweep over the document readers: markup built from the pieces that broke them
(unclosed links and emphasis, stray end tags, deep nesting, entities), random Unicode written in
several encodings (lone surrogates included), random .docx archives (flags, methods, damaged
streams) and file names that are not UTF-8. Each reader gives a Document or a DocumentError
with a one-line message — nothing else.

CI runs the default examples (well under a minute); `CHUGIAI_SWEEP_EXAMPLES=N` runs N per
property for a longer sweep.
"""

from __future__ import annotations

import io
import os
import shutil
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.documents import Document, DocumentError, import_documents, read_document
from desktop.core.store import Store

EXAMPLES = int(os.environ.get("CHUGIAI_SWEEP_EXAMPLES", "60"))
SWEEP = settings(max_examples=EXAMPLES, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

WORDS = st.sampled_from(["Hà Nội", "hòa bình", "Đại sứ", "UN Women", "a", " ", "\n", "\u200b",
                         "\ufeff", "\u00a0", "\u202e", "\x1b[2J", "&amp;", "&#xD800;", "&#0;",
                         "&nbsp;", "\ud800", "Ω", "🙂"])
MD_PIECES = st.sampled_from(["[", "]", "(", ")", "![", "*", "**", "_", "__", "`", "#", "# ",
                             "<", ">", "<b>", "\n", " ", "a", "ư"])
HTML_PIECES = st.sampled_from(["<p>", "</p>", "</ a", "<div>", "</div>", "<script>", "</script>",
                               "<style>", "<!--", "-->", "<![CDATA[", "<title>", "<h1>", "<br>",
                               "<pre>", "<iframe>", "<nav>", "<article>", "<footer>", "<meta "
                               "charset='windows-1258'>", "<", ">", "&", "\"", "a", "đ", " "])
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1258", "cp1252",
                             "latin-1"])


def _write(name: bytes, data: bytes) -> Path:
    folder = tempfile.mkdtemp(prefix="sweep-")
    path = os.path.join(os.fsencode(folder), name)
    with open(path, "wb") as f:
        f.write(data)
    return Path(os.fsdecode(path))


def _check(path: Path) -> None:
    try:
        _read(path)
    finally:
        shutil.rmtree(path.parent, ignore_errors=True)


def _read(path: Path) -> None:
    try:
        doc = read_document(path)
    except DocumentError as exc:
        message = str(exc)
        assert message.strip() and "\n" not in message
        message.encode("utf-8")
        return
    assert isinstance(doc, Document)
    doc.body.encode("utf-8")  # no lone surrogate ever reaches the library
    doc.title.encode("utf-8")
    assert doc.body.strip() and doc.title


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, "surrogatepass" if encoding.startswith("utf") else "replace")


@SWEEP
@given(st.lists(st.one_of(MD_PIECES, WORDS), max_size=400), ENCODINGS)
def test_markdown_from_markup_pieces(pieces, encoding):
    _check(_write(b"doc.md", _encode("".join(pieces), encoding)))


@SWEEP
@given(st.lists(st.one_of(HTML_PIECES, WORDS), max_size=400), ENCODINGS,
       st.integers(0, 300))
def test_html_from_markup_pieces(pieces, encoding, depth):
    _check(_write(b"page.html", _encode("<div>" * depth + "".join(pieces), encoding)))


@SWEEP
@given(st.text(max_size=500) | st.lists(WORDS, max_size=200).map("".join), ENCODINGS,
       st.sampled_from([b".txt", b".md", b".html", b""]))
def test_random_unicode_in_any_encoding(text, encoding, suffix):
    _check(_write(b"doc" + suffix, _encode(text, encoding)))


@SWEEP
@given(st.binary(min_size=1, max_size=30), st.lists(WORDS, min_size=1, max_size=20))
def test_file_names_that_are_not_utf8(name, words):
    name = bytes(b for b in name if b not in (0, ord("/"))) or b"x"
    path = _write(name[:100] + b".txt", "".join(words).encode("utf-8", "surrogatepass"))
    _check(path)


@SWEEP
@given(st.data())
def test_random_docx_archives(data):
    text = data.draw(st.lists(WORDS, max_size=30).map("".join))
    xml = ("<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'>"
           f"<w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", xml.encode("utf-8", "surrogatepass"))
        if data.draw(st.booleans()):
            archive.writestr("docProps/core.xml", data.draw(st.binary(max_size=200)))
    raw = bytearray(buffer.getvalue())
    for _ in range(data.draw(st.integers(0, 4))):  # flip flags, methods, stream bytes
        at = data.draw(st.integers(0, len(raw) - 1))
        raw[at] = data.draw(st.integers(0, 255))
    _check(_write(b"doc.docx", bytes(raw)))


@settings(max_examples=max(5, EXAMPLES // 6), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from([b".txt", b".md", b".html", b".docx"]),
                          st.binary(max_size=300)), min_size=1, max_size=6))
def test_an_import_of_many_files_reports_each_and_never_stops_early(files):
    folder = Path(tempfile.mkdtemp(prefix="sweep-many-"))
    for n, (suffix, data) in enumerate(files):
        (folder / f"{n}{suffix.decode()}").write_bytes(data)
    db = Path(tempfile.mkdtemp(prefix="sweep-db-"))
    store = Store(db / "chugiai.sqlite3")
    try:
        outcomes, _ = import_documents(store, [folder])
    finally:
        store.close()
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(db, ignore_errors=True)
    assert len(outcomes) == len(files)
    assert {o.status for o in outcomes} <= {"added", "duplicate", "refused"}
