"""Text out of .html, .md and .docx documents — text only, nothing fetched, nothing executed.

Every parser here runs in time linear in its input: HTML goes through libxml2 (lxml), and the
Markdown patterns are written so that no scan can start again over text another scan covered.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from xml.etree import ElementTree

from desktop.core.documents.dates import read_date, whole_dates
from desktop.core.errors import UserError

MAX_DOCX_XML_BYTES = 64 * 1024 * 1024  # uncompressed document.xml; more is a zip bomb
# Pages with more elements than this skip main-text extraction (its cost grows with the page,
# ~4 s a MB) and keep all their readable text; saved news pages have a few thousand.
MAX_EXTRACTION_ELEMENTS = 20_000
# The main text found must be at least this share of the page's readable text to be trusted;
# less means the extractor took a fragment (a caption) for the article.
MIN_MAIN_TEXT_SHARE = 0.05

# Elements whose content is never text for the reader (code, styling, embedded or remote things).
_SKIPPED_TAGS = frozenset({"script", "style", "iframe", "noscript", "template", "svg", "math",
                           "object", "embed", "canvas", "video", "audio", "head", "select",
                           "button", "form", "frame", "frameset", "applet", "title"})
_BLOCK_TAGS = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                         "tr", "table", "section", "article", "header", "footer", "blockquote",
                         "pre", "hr", "dd", "dt", "figcaption", "main", "aside", "nav", "body"})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
_HTML_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class PageText:
    title: str
    body: str
    published: str = ""  # ISO date the page gives for itself, when it gives one


def tidy(text: str) -> str:
    """Collapse runs of spaces inside lines and of blank lines between paragraphs."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _parse_html(markup: str):
    """An lxml tree of the page (libxml2: linear time, no network, no DTDs); ValueError if
    the markup cannot be a page."""
    import lxml.html  # here: only pages need it (~30 ms)
    from lxml import etree

    parser = lxml.html.HTMLParser(encoding="utf-8", no_network=True, remove_comments=True,
                                  remove_pis=True, huge_tree=False)
    try:
        tree = lxml.html.document_fromstring(markup.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError):
        return None  # nothing a browser would show as text either
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        raise ValueError("its markup is nested too deeply to be a page")
    return tree


def _walk_text(tree) -> tuple[str, str]:
    """(text of <title> or the first <h1>, all readable text) of a parsed page."""
    from lxml import etree  # only pages need lxml, as in _parse_html

    parts: list[str] = []
    title = " ".join(" ".join(t.text_content() for t in tree.iter("title")).split())
    heading = ""
    skip = 0
    pre = 0
    walker = etree.iterwalk(tree, events=("start", "end"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag == "h1" and not heading:
                heading = " ".join(el.text_content().split())
            if tag in _SKIPPED_TAGS or not tag:
                skip += 1
                walker.skip_subtree()
                continue
            if tag == "pre":
                pre += 1
            if tag == "br":
                parts.append("\n")
            elif tag in _BLOCK_TAGS:
                parts.append("\n\n")
            if el.text and not skip:
                parts.append(el.text if pre else _HTML_SPACE.sub(" ", el.text))
        else:
            if tag in _SKIPPED_TAGS or not tag:
                skip -= 1
            else:
                if tag == "pre":
                    pre -= 1
                if tag in _BLOCK_TAGS and tag != "br":
                    parts.append("\n\n")
            if el.tail and not skip:
                parts.append(el.tail if pre else _HTML_SPACE.sub(" ", el.tail))
    return title or heading, tidy("".join(parts))


def _main_text(tree):
    """The article's own text, title and date found by trafilatura, or None when it finds none.

    Only its extract-from-a-tree API is used: no URL is given, so nothing is fetched."""
    import copy  # with trafilatura below: only pages need them
    import logging

    from trafilatura import bare_extraction  # here: ~250 ms, and only pages need it

    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        quiet = logging.getLogger(name)  # their notes go to the app's log, never the terminal
        if not quiet.handlers:
            quiet.addHandler(logging.NullHandler())
    found = bare_extraction(copy.deepcopy(tree), url=None, with_metadata=True,
                            include_comments=False, include_tables=True, include_images=False,
                            include_links=False, favor_precision=True, deduplicate=False,
                            as_dict=False)
    text = "" if found is None or isinstance(found, dict) else found.text or ""
    if found is None or isinstance(found, dict) or not text.strip():
        return None
    body = "\n\n".join(line.strip() for line in text.split("\n") if line.strip())
    return PageText(" ".join((found.title or "").split()), tidy(body), found.date or "")


def html_page(markup: str) -> PageText:
    """The article of an HTML page: its main text (menus, share bars, footers dropped) when one
    is found, else all its readable text; scripts, styles, frames and images always dropped.
    Its date: see `_page_date`."""
    tree = _parse_html(markup)
    if tree is None:
        return PageText("", "")
    title, everything = _walk_text(tree)
    if sum(1 for _ in tree.iter()) <= MAX_EXTRACTION_ELEMENTS and everything:
        main = _main_text(tree)
        if main is not None and len(main.body) >= MIN_MAIN_TEXT_SHARE * len(everything):
            return PageText(main.title or title, main.body,
                            _page_date(markup, tree, everything, found=main.published))
    return PageText(title, everything, _page_date(markup, tree, everything))


def _page_date(markup: str, tree, text: str, *, found: str = "") -> str:
    """The page's date, never a guess. htmldate's (`found`) when the page writes it whole (a
    meta tag, <time>, "28/3/2026"); else the first whole date the readable `text` writes after
    the first headline (a site's header may show today's), else anywhere; else htmldate's
    unless it is a first of the month, which is what it makes of a year or a month alone
    ("Bản quyền © 2026": 1 January) and of a day-first date it misreads ("31/2/2026"); else ""."""
    if found and found in whole_dates(markup):
        return found
    headline = tree.find(".//h1")
    start = text.find(tidy(headline.text_content())) if headline is not None else -1
    written = (read_date(text[start:]) if start > 0 else "") or read_date(text)
    return written or ("" if found.endswith("-01") else found)


def html_text(markup: str) -> tuple[str, str]:
    """(title, body text) of an HTML page."""
    page = html_page(markup)
    return page.title, page.body


# Markdown markup, each pattern linear: no character class can run past the delimiter that
# would start the next attempt, so every scan ends where the next one begins.
_MD_IMAGE = re.compile(r"!\[([^\[\]\n]*)\]\([^()\n]*\)")
_MD_LINK = re.compile(r"\[([^\[\]\n]+)\]\([^()\n]*\)")
_MD_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ \t]+", re.MULTILINE)
_MD_TITLE = re.compile(r"^[ ]{0,3}#[ \t]+(\S[^\n]*)", re.MULTILINE)
_MD_EMPHASIS = [re.compile(p) for p in (
    r"`(?=[^\s`])([^`\n]*?[^\s`])`",
    r"\*\*(?=[^\s*])((?:[^*\n]|\*(?!\*))*?[^\s*])\*\*",
    r"__(?=[^\s_])((?:[^_\n]|_(?!_))*?[^\s_])__",
    r"\*(?=[^\s*])([^*\n]*?[^\s*])\*",
    r"_(?=[^\s_])([^_\n]*?[^\s_])_",
)]
_MD_HTML_TAG = re.compile(r"<[^<>\n]+>")


def _unemphasize(text: str) -> str:
    for pattern in _MD_EMPHASIS:
        text = pattern.sub(r"\1", text)
    return text


def markdown_text(source: str) -> tuple[str, str]:
    """(title, text) of a Markdown file: the first heading is the title; markup removed."""
    heading = _MD_TITLE.search(source)
    text = _MD_IMAGE.sub("", source)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub("", text)
    text = _unemphasize(text)
    text = _MD_HTML_TAG.sub("", text)
    title = ""
    if heading:
        title = heading.group(1).rstrip().rstrip("#").rstrip()
        title = _unemphasize(_MD_LINK.sub(r"\1", title))
    return title.strip(), tidy(text)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
_READABLE_COMPRESSION = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED})


class _Refused(UserError):
    """A .docx refused with a message of our own (kept as it is, never re-worded) and a code
    (docx_encrypted, docx_damaged)."""


def _member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """One part of a .docx, or ValueError saying in words why it cannot be read."""
    if info.flag_bits & 0x1:
        raise _Refused("the Word document is encrypted (protected with a password); "
                         "save it without a password and add it again", "docx_encrypted")
    if info.compress_type not in _READABLE_COMPRESSION:
        raise _Refused(f"the Word document is packed with a method it cannot read "
                         f"(zip method {info.compress_type})", "docx_damaged")
    try:
        return archive.read(info)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError,
            ValueError, struct.error) as exc:
        raise _Refused(f"the Word document is damaged ({exc})", "docx_damaged") from exc


def docx_text(path) -> tuple[str, str]:
    """(title, text) of a .docx: paragraphs of word/document.xml; nothing else is opened."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > MAX_DOCX_XML_BYTES:
                raise _Refused("its text part is too large", "docx_damaged")
            root = ElementTree.fromstring(_member(archive, info))
            title = ""
            if "docProps/core.xml" in archive.namelist():
                core = archive.getinfo("docProps/core.xml")
                if core.file_size < 1_000_000:
                    try:
                        node = ElementTree.fromstring(_member(archive, core)).find(_DC_TITLE)
                    except (ValueError, ElementTree.ParseError):  # _Refused is a ValueError
                        node = None  # a damaged title costs only the title
                    title = (node.text or "").strip() if node is not None else ""
    except _Refused:
        raise
    except KeyError as exc:
        raise ValueError("it is not a Word document (no word/document.xml inside)") from exc
    except (zipfile.BadZipFile, ElementTree.ParseError, OSError, EOFError, NotImplementedError,
            RuntimeError, ValueError, struct.error, zlib.error) as exc:
        # the zip module's own refusals: too new a version, a bad header, a name it cannot read
        raise ValueError(f"the Word document is damaged ({exc})") from exc
    paragraphs = []
    for para in root.iter(f"{_W}p"):
        pieces = []
        for node in para.iter():
            if node.tag == f"{_W}t":
                pieces.append(node.text or "")
            elif node.tag == f"{_W}tab":
                pieces.append("\t")
            elif node.tag in (f"{_W}br", f"{_W}cr"):
                pieces.append("\n")
        paragraphs.append("".join(pieces))
    return title, tidy("\n\n".join(p for p in paragraphs if p.strip()))
