"""The user's own documents (.txt, .md, .html, .docx) read into articles of origin "user".

Every refusal is a `DocumentError` whose message says why in words a user understands; nothing
is ever fetched from the network and nothing in a document is executed.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop.core.documents.encodings import EncodingError, decode_text, repair_legacy
from desktop.core.documents.formats import docx_text, html_text, markdown_text
from desktop.core.models import Article, Changes

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
MAX_TITLE_CHARS = 160
TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
DOCX_SUFFIXES = frozenset({".docx"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | DOCX_SUFFIXES
SUPPORTED_LABEL = ".txt, .md, .html, .docx"
# What common unsupported files are, so the message can name them.
_KNOWN_KINDS = {b"%PDF": "a PDF", b"\xd0\xcf\x11\xe0": "an old Word (.doc) or Office file",
                b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
                b"PK\x03\x04": "a zip archive"}


class DocumentError(ValueError):
    """A file that cannot be imported; the message is for the user."""


@dataclass(frozen=True)
class Document:
    title: str
    body: str
    encoding: str  # how the text was read, e.g. "utf-8", "tcvn3", "docx"
    path: Path


@dataclass(frozen=True)
class ImportOutcome:
    path: Path
    status: str  # "added" | "duplicate" | "refused" | "skipped" (a folder's other files)
    message: str = ""
    article_id: str = ""
    title: str = ""


def _size_label(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{size} bytes"


def read_document(path: Path, *, max_bytes: int = MAX_DOCUMENT_BYTES) -> Document:
    """Read one file as a document, or raise DocumentError saying why it cannot be."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise DocumentError("it is a folder")
        if size == 0:
            raise DocumentError("the file is empty (0 bytes)")
        if size > max_bytes:
            raise DocumentError(f"the file is too large ({_size_label(size)}; the limit is "
                                f"{_size_label(max_bytes)})")
        if suffix in DOCX_SUFFIXES:
            return _finish(path, *_docx(path), "docx")
        if suffix not in SUPPORTED_SUFFIXES:
            raise DocumentError(f"{suffix} files are not supported (supported: {SUPPORTED_LABEL})")
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise DocumentError("no such file") from exc
    except PermissionError as exc:
        raise DocumentError("permission denied") from exc
    except OSError as exc:
        raise DocumentError(exc.strerror or str(exc)) from exc
    for magic, kind in _KNOWN_KINDS.items():
        if data.startswith(magic):
            raise DocumentError(f"it is {kind}, not text (supported: {SUPPORTED_LABEL})")
    try:
        text, encoding = decode_text(data)
    except EncodingError as exc:
        raise DocumentError(str(exc)) from exc
    if suffix in HTML_SUFFIXES:
        title, body = html_text(text)
        body, encoding = repair_legacy(body, encoding)
    elif suffix in MARKDOWN_SUFFIXES:
        title, body = markdown_text(text)
    else:
        title, body = "", tidy_plain(text)
    return _finish(path, title, body, encoding)


def _docx(path: Path) -> tuple[str, str]:
    try:
        title, body = docx_text(path)
    except ValueError as exc:
        raise DocumentError(str(exc)) from exc
    body, _ = repair_legacy(body, "docx")
    title, _ = repair_legacy(title, "docx")
    return title, body


def tidy_plain(text: str) -> str:
    """Plain text as written, only trailing spaces and outer blank lines removed."""
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip()


def _finish(path: Path, title: str, body: str, encoding: str) -> Document:
    from desktop.core.vietnamese import nfc

    body = nfc(body).strip()
    if not body:
        raise DocumentError("it holds no text")
    title = " ".join(nfc(title).split()) or _first_line_title(body) or path.stem
    return Document(title=title[:MAX_TITLE_CHARS], body=body, encoding=encoding, path=path)


def _first_line_title(body: str) -> str:
    first = body.split("\n", 1)[0].strip()
    return first if 0 < len(first) <= MAX_TITLE_CHARS else ""


def collect_paths(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """(files to import, files skipped as unsupported): folders are walked, hidden files ignored."""
    files: list[Path] = []
    skipped: list[Path] = []
    for path in map(Path, paths):
        if not path.is_dir():
            files.append(path)  # named explicitly: read_document says why if it cannot be read
            continue
        for root, dirs, names in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(names):
                if name.startswith(".") or name.startswith("~$"):
                    continue
                child = Path(root) / name
                (files if child.suffix.lower() in SUPPORTED_SUFFIXES - {""} else skipped).append(child)
    return files, skipped


def to_article(doc: Document) -> Article:
    from desktop.core.corpus import make_article

    return make_article(title=doc.title, body=doc.body, source=doc.path.name, origin="user")


def import_documents(store, paths: Iterable[Path], *,
                     progress: Callable[[int, int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> tuple[list[ImportOutcome], Changes]:
    """Read and add documents; a duplicate (same NFC body) is recognised and not added twice."""
    files, skipped = collect_paths(paths)
    outcomes = [ImportOutcome(p, "skipped", f"not a kind of document it reads (supported: "
                              f"{SUPPORTED_LABEL})") for p in skipped]
    changes = Changes()
    seen: set[str] = set()
    for done, path in enumerate(files):
        if cancelled and cancelled():
            break
        if progress:
            progress(done, len(files))
        try:
            article = to_article(read_document(path))
        except DocumentError as exc:
            outcomes.append(ImportOutcome(path, "refused", str(exc)))
            continue
        if article.id in seen or store.article(article.id) is not None:
            existing = store.article(article.id)
            outcomes.append(ImportOutcome(path, "duplicate", "already in the library as "
                                          f"“{existing.title if existing else article.title}”",
                                          article.id, article.title))
            continue
        seen.add(article.id)
        changes = changes | store.add_articles([article])
        outcomes.append(ImportOutcome(path, "added", "", article.id, article.title))
    if progress:
        progress(len(files), len(files))
    return outcomes, changes
