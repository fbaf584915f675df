"""The user's own documents (.txt, .md, .html, .docx) read into articles of origin "user".

Every refusal is a `DocumentError` whose message says why in words a user understands (and whose
code the interface translates); nothing is ever fetched from the network and nothing in a
document is executed.
"""

from __future__ import annotations

import io
import os
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.bounded_read import ReadRefused, read_bounded
from desktop.core.documents.encodings import EncodingError, decode_text, repair_legacy
from desktop.core.documents.formats import docx_text, html_page, markdown_text
from desktop.core.errors import UserError
from desktop.core.models import Article, Changes
from desktop.core.vietnamese import nfc

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


class DocumentError(UserError):
    """A file that cannot be imported; the message is one English line for the log and the
    command line, the code which reason for the interface to translate: unsupported (suffix),
    missing, folder, not_file, too_large (limit), unreadable, empty, not_text, damaged_text,
    bad_page, docx_encrypted, docx_damaged, no_text, no_visible_text."""


@dataclass(frozen=True)
class Document:
    title: str
    body: str
    encoding: str  # how the text was read, e.g. "utf-8", "tcvn3", "docx"
    path: Path
    published: str = ""  # the date an HTML page gives for itself

    @property
    def warning(self) -> str:
        """What the user should check in the text, or ""."""
        if "+" in self.encoding:
            return (f"its lines are in more than one encoding ({self.encoding.replace('+', ' and ')}); "
                    "each line was read in its own — check the text")
        return ""


@dataclass(frozen=True)
class ImportOutcome:
    path: Path
    status: str  # "added" | "duplicate" | "refused" | "skipped" (a folder's other files)
    message: str = ""  # why it was refused, or what to check in an added one
    article_id: str = ""
    title: str = ""
    error: DocumentError | None = field(default=None, compare=False)  # the refusal, coded


def read_document(path: Path, *, max_bytes: int = MAX_DOCUMENT_BYTES) -> Document:
    """Read one file as a document, or raise DocumentError saying why it cannot be."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES and not path.is_dir():
        raise _unsupported(suffix)
    try:
        data = read_bounded(path, max_bytes=max_bytes)
    except ReadRefused as exc:
        raise DocumentError(str(exc), exc.code, **exc.values) from exc
    if not data:
        raise DocumentError("the file is empty (0 bytes)", "empty")
    if suffix in DOCX_SUFFIXES:
        return _finish(path, *_docx(data), "docx")
    for magic, kind in _KNOWN_KINDS.items():
        if data.startswith(magic):
            raise DocumentError(f"it is {kind}, not text (supported: {SUPPORTED_LABEL})",
                                "not_text")
    try:
        text, encoding = decode_text(data)
    except EncodingError as exc:
        raise DocumentError(str(exc), exc.code) from exc
    published = ""
    if suffix in HTML_SUFFIXES:
        try:
            page = html_page(text)
        except ValueError as exc:
            raise DocumentError(str(exc), "bad_page") from exc
        title, published = page.title, page.published
        body, encoding = repair_legacy(page.body, encoding)
    elif suffix in MARKDOWN_SUFFIXES:
        title, body = markdown_text(text)
    else:
        title, body = "", tidy_plain(text)
    return _finish(path, title, body, encoding, published=published)


def _unsupported(suffix: str) -> DocumentError:
    return DocumentError(f"{suffix} files are not supported (supported: {SUPPORTED_LABEL})",
                         "unsupported", suffix=suffix)


def _docx(data: bytes) -> tuple[str, str]:
    try:
        title, body = docx_text(io.BytesIO(data))
    except ValueError as exc:
        raise DocumentError(str(exc), getattr(exc, "code", "docx_damaged")) from exc
    body, _ = repair_legacy(body, "docx")
    title, _ = repair_legacy(title, "docx")
    return title, body


def tidy_plain(text: str) -> str:
    """Plain text as written, only trailing spaces and outer blank lines removed."""
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip()


def _finish(path: Path, title: str, body: str, encoding: str, *, published: str = "") -> Document:
    body = nfc(without_surrogates(body)).strip()
    if not body:
        raise DocumentError("it holds no text", "no_text")
    if not has_visible_text(body):
        raise DocumentError("it holds no visible text (only spaces and invisible characters "
                            "such as zero-width spaces or byte-order marks)", "no_visible_text")
    title = " ".join(nfc(without_surrogates(title)).split())
    if not has_visible_text(title):
        title = ""
    title = title or _first_line_title(body) or display_name(path.stem)
    return Document(title=title[:MAX_TITLE_CHARS], body=body, encoding=encoding, path=path,
                    published=published)


# Letters that render as nothing (Hangul fillers, the blank Braille pattern).
_INVISIBLE_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def has_visible_text(text: str) -> bool:
    """Whether a reader would see anything: some character that is not space, a control or
    format character (zero-width space, byte-order mark, joiners) nor an invisible filler."""
    return any(not unicodedata.category(ch).startswith(("Z", "C")) and ch not in _INVISIBLE_LETTERS
               for ch in text if not ch.isspace())


def without_surrogates(text: str) -> str:
    """Text safe to store as UTF-8: lone surrogates (from undecodable names) become U+FFFD."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return text


def display_name(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (kept by the OS as surrogates) become U+FFFD."""
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return without_surrogates(name)


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
    from desktop.core.corpus import make_article  # it loads the store: not for `--help`

    return make_article(title=doc.title, body=doc.body, source=display_name(doc.path.name),
                        published=doc.published, origin="user")


def _skipped(path: Path) -> ImportOutcome:
    error = DocumentError(f"not a kind of document it reads (supported: {SUPPORTED_LABEL})",
                          "unsupported", suffix=path.suffix.lower())
    return ImportOutcome(path, "skipped", str(error), error=error)


def import_documents(store, paths: Iterable[Path], *,
                     progress: Callable[[int, int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> tuple[list[ImportOutcome], Changes]:
    """Read and add documents; a duplicate (same NFC body) is recognised and not added twice."""
    files, skipped = collect_paths(paths)
    outcomes = [_skipped(p) for p in skipped]
    changes = Changes()
    seen: set[str] = set()
    for done, path in enumerate(files):
        if cancelled and cancelled():
            break
        if progress:
            progress(done, len(files))
        try:
            doc = read_document(path)
            article = to_article(doc)
        except DocumentError as exc:
            outcomes.append(ImportOutcome(path, "refused", str(exc), error=exc))
            continue
        if article.id in seen or store.article(article.id) is not None:
            existing = store.article(article.id)
            outcomes.append(ImportOutcome(path, "duplicate", "already in the library as "
                                          f"“{existing.title if existing else article.title}”",
                                          article.id, article.title))
            continue
        seen.add(article.id)
        changes = changes | store.add_articles([article])
        outcomes.append(ImportOutcome(path, "added", doc.warning, article.id, article.title))
    if progress:
        progress(len(files), len(files))
    return outcomes, changes
