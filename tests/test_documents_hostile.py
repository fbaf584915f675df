"""Hostile documents: inputs that made parsing quadratic, damaged or encrypted .docx files,
pipes and devices, invisible text, mixed encodings. Every file is written by the test.

Linear-time parsing is checked by running the reader in a child process with a generous
limit: a quadratic parser needs minutes on these inputs (measured before the fix: 23 s to
"minutes"), a linear one well under a second.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest

from desktop.core.documents import DocumentError, import_documents, read_document
from tests.test_documents import TEXT, make_docx, to_cp1258

ROOT = Path(__file__).resolve().parent.parent
CHILD_LIMIT_S = 60  # generous: linear parsing of these takes < 2 s even on a busy machine


def _read_in_child(path: Path) -> subprocess.CompletedProcess:
    code = ("import sys; from desktop.core.documents import read_document, DocumentError\n"
            "try:\n    d = read_document(sys.argv[1]); print(len(d.body))\n"
            "except DocumentError as e:\n    print('refused', e)\n")
    return subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, capture_output=True,
                          text=True, timeout=CHILD_LIMIT_S)


@pytest.mark.parametrize("name, content", [
    ("underscores.md", " _a" * 30_000),        # 23 s before
    ("links.md", "[a](" * 200_000),            # 69 s before
    ("stars.md", " *a" * 300_000),             # minutes before
    ("brackets.md", "[" * 300_000 + "x"),
    ("angles.md", "<" * 300_000 + "x"),
    ("heading.md", "# a" + " " * 300_000 + "b"),
    ("endtags.html", "</ a" * 500_000),       # 165 s before
    ("paragraphs.html", "<p>a" * 200_000),
    ("nested.html", "<div>" * 100_000 + "chữ"),
])
def test_pathological_documents_are_read_in_linear_time(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    done = _read_in_child(path)  # raises TimeoutExpired when parsing is quadratic
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip()


def test_markdown_markup_is_still_removed():
    from desktop.core.documents.formats import markdown_text

    title, body = markdown_text("# **Tin** _mới_ ##\n\nMột `mã`, __đậm__, *nghiêng* và "
                                "[liên kết](http://x.vn/a) ![ảnh](a.png) <b>thẻ</b> snake_case_x.")
    assert title == "Tin mới"
    assert body == "Tin mới ##\n\nMột mã, đậm, nghiêng và liên kết thẻ snakecasex."


def _docx_with(path: Path, *, flag_bits: int = 0, method: int = zipfile.ZIP_DEFLATED,
               damage: bool = False, version: int = 20) -> None:
    make_docx(path, ["Hòa bình và an ninh."])
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("word/document.xml")
    offset = info.header_offset
    # local file header: flags at +6, method at +8; central directory entry: +8 and +10
    data[offset + 6:offset + 8] = (flag_bits).to_bytes(2, "little")
    data[offset + 8:offset + 10] = method.to_bytes(2, "little")
    start = 0
    while (central := data.find(b"PK\x01\x02", start)) != -1:
        name_len = int.from_bytes(data[central + 28:central + 30], "little")
        if data[central + 46:central + 46 + name_len] == b"word/document.xml":
            data[central + 8:central + 10] = flag_bits.to_bytes(2, "little")
            data[central + 10:central + 12] = method.to_bytes(2, "little")
            data[central + 6] = version  # the zip version needed to extract it
        start = central + 4
    if damage:
        name_len = int.from_bytes(data[offset + 26:offset + 28], "little")
        body = offset + 30 + name_len + int.from_bytes(data[offset + 28:offset + 30], "little")
        data[body:body + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("options, message", [
    ({"flag_bits": 1}, "encrypted"),
    ({"method": 99}, "method it cannot read"),
    ({"method": zipfile.ZIP_BZIP2 + 50}, "method it cannot read"),
    ({"damage": True}, "damaged"),
    ({"version": 64}, "damaged"),  # found by the sweep: the zip module refuses a newer version
])
def test_docx_refusals_are_one_clear_line(tmp_path, options, message):
    path = tmp_path / "bad.docx"
    _docx_with(path, **options)
    with pytest.raises(DocumentError, match=message) as caught:
        read_document(path)
    assert "\n" not in str(caught.value)


def _add(data_dir: Path, *paths) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONIOENCODING"}  # as a user has it
    return subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "add",
                           *map(os.fsdecode, paths)], cwd=ROOT, capture_output=True,
                          timeout=CHILD_LIMIT_S, env={**env, "LC_ALL": "C.UTF-8"})


def test_add_goes_on_after_bad_files_and_says_some_failed(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    _docx_with(folder / "a-encrypted.docx", flag_bits=1)
    _docx_with(folder / "b-method.docx", method=99)
    _docx_with(folder / "c-damaged.docx", damage=True)
    bad_name = os.fsencode(folder) + b"/d-t\xean-c\xf3-l\xf5i.txt"  # Latin-1 bytes: not UTF-8
    with open(bad_name, "wb") as f:
        f.write("Tên tệp không phải UTF-8.".encode())
    (folder / "e-good.txt").write_text(TEXT, encoding="utf-8")
    done = _add(tmp_path / "data", folder)
    out, err = done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    assert done.returncode == 3, err
    assert "Traceback" not in err
    assert len([line for line in err.splitlines() if "refused" in line]) == 3
    assert "2 added" in out
    assert "e-good.txt" in out and r"d-t\xean-c\xf3-l\xf5i.txt" in out


def test_lone_surrogates_never_reach_the_library(store, tmp_path):
    path = Path(os.fsdecode(os.fsencode(tmp_path) + b"/\xff\xfe.txt"))
    path.write_text("chỉ tên tệp hỏng", encoding="utf-8")
    outcomes, _ = import_documents(store, [path])
    assert outcomes[0].status == "added"
    article = store.article(outcomes[0].article_id)
    article.source.encode("utf-8")
    article.title.encode("utf-8")


def _unblock(fifo: Path) -> None:
    """Open the pipe's other end, so a reader stuck on it returns and the test run can end."""
    try:
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:
        pass  # nobody is waiting on it any more


def test_a_pipe_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = {}

    def read() -> None:
        with pytest.raises(DocumentError) as refused:
            read_document(fifo)
        result["error"] = refused.value

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(10)
    if reader.is_alive():
        _unblock(fifo)
        pytest.fail("reading a pipe blocked")
    assert "pipe" in str(result["error"])


def test_a_link_to_a_device_is_refused_before_reading(tmp_path):
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    with pytest.raises(DocumentError, match="device"):
        read_document(link)


def test_the_bounded_reader_refuses_a_file_larger_than_the_limit(tmp_path):
    from desktop.core.bounded_read import ReadRefused, read_bounded

    path = tmp_path / "x.bin"
    path.write_bytes(b"x" * 1001)
    assert read_bounded(path, max_bytes=1001) == b"x" * 1001
    with pytest.raises(ReadRefused, match="too large"):
        read_bounded(path, max_bytes=1000)


def test_extract_refuses_a_pipe_with_one_line(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    try:
        done = subprocess.run([sys.executable, "-m", "desktop", "extract", str(fifo)], cwd=ROOT,
                              capture_output=True, text=True, timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail("extract blocked on a pipe")
    assert done.returncode == 3
    assert "pipe" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("content", [
    "\u200b\u200b\u200b", "\ufeff\u200b\u00a0\n\u00a0", "\u2060\u200d\u200c \u3164 \u2800",
])
def test_a_file_of_invisible_characters_is_refused(tmp_path, content):
    path = tmp_path / "invisible.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DocumentError, match="no visible text"):
        read_document(path)


def test_lines_in_utf8_and_windows_1258_are_each_read_in_their_own_and_flagged(store, tmp_path):
    first, second = TEXT.split("\n\n")
    path = tmp_path / "mixed.txt"
    path.write_bytes(first.encode("utf-8") + b"\n\n" + to_cp1258(second))
    doc = read_document(path)
    assert doc.body == TEXT
    assert "more than one encoding" in doc.warning
    outcomes, _ = import_documents(store, [path])
    assert "more than one encoding" in outcomes[0].message


def test_list_never_sends_terminal_escapes(store, tmp_path):
    from desktop.core.corpus import make_article

    store.add_articles([make_article(title="Tin\x1b]52;c;aGFjaw==\x07\x1b[2J\u202egiả\rDÒNG GIẢ",
                                     body="Nội dung.")])
    store.close()
    done = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "data"),
                           "list"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert not any(ch in done.stdout for ch in "\x1b\x07\r\u202e")
    assert r"Tin\x1b]52;c;aGFjaw==\x07\x1b[2J\u202egiả\x0dDÒNG GIẢ" in done.stdout
