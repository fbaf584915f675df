"""Text out of .html, .md and .docx documents — text only, nothing fetched, nothing executed."""

from __future__ import annotations

import re
import zipfile
from html.parser import HTMLParser
from xml.etree import ElementTree

MAX_DOCX_XML_BYTES = 64 * 1024 * 1024  # uncompressed document.xml; more is a zip bomb

# Elements whose content is never text for the reader (code, styling, embedded or remote things).
_SKIPPED_TAGS = frozenset({"script", "style", "iframe", "noscript", "template", "svg", "math",
                           "object", "embed", "canvas", "video", "audio", "head", "select",
                           "button", "form", "frame", "frameset", "applet"})
_VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                        "meta", "param", "source", "track", "wbr"})
_BLOCK_TAGS = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                         "tr", "table", "section", "article", "header", "footer", "blockquote",
                         "pre", "hr", "dd", "dt", "figcaption", "main", "aside", "nav"})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
_HTML_SPACE = re.compile(r"\s+")


class _TextExtractor(HTMLParser):
    """Collects the readable text of an HTML page and its <title>; drops everything else."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self.heading_parts: list[str] = []
        self._skip_depth = 0
        self._in_title = False
        self._in_h1 = False
        self._pre_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        elif tag == "body":
            self._skip_depth = 0  # a <head> left open ends where the body starts
        elif tag in _SKIPPED_TAGS and tag not in _VOID_TAGS:
            self._skip_depth += 1
        elif tag == "h1" and not self.heading_parts:
            self._in_h1 = True
        if tag == "pre":
            self._pre_depth += 1
        self._break(tag)

    def handle_startendtag(self, tag, attrs):
        self._break(tag)

    def _break(self, tag: str) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag in _SKIPPED_TAGS and tag not in _VOID_TAGS and self._skip_depth:
            self._skip_depth -= 1
        elif tag == "h1":
            self._in_h1 = False
        if tag == "pre" and self._pre_depth:
            self._pre_depth -= 1
        if tag != "br":
            self._break(tag)

    def handle_data(self, data):
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skip_depth:
            if not self._pre_depth:
                data = _HTML_SPACE.sub(" ", data)
            self.parts.append(data)
            if self._in_h1:
                self.heading_parts.append(data)


def tidy(text: str) -> str:
    """Collapse runs of spaces inside lines and of blank lines between paragraphs."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def html_text(markup: str) -> tuple[str, str]:
    """(title, body text) of an HTML page: scripts, styles, frames and images dropped."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    body = tidy("".join(parser.parts))
    title = " ".join("".join(parser.title_parts).split()) or " ".join(
        "".join(parser.heading_parts).split())
    return title, body


_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_MD_HTML_TAG = re.compile(r"<[^>\n]+>")


def markdown_text(source: str) -> tuple[str, str]:
    """(title, text) of a Markdown file: the first heading is the title; markup removed."""
    heading = re.search(r"^\s{0,3}#\s+(.+?)\s*#*\s*$", source, re.MULTILINE)
    text = _MD_IMAGE.sub("", source)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    text = _MD_HTML_TAG.sub("", text)
    title = _MD_EMPHASIS.sub(r"\2", _MD_LINK.sub(r"\1", heading.group(1))) if heading else ""
    return title.strip(), tidy(text)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"


def docx_text(path) -> tuple[str, str]:
    """(title, text) of a .docx: paragraphs of word/document.xml; nothing else is opened."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > MAX_DOCX_XML_BYTES:
                raise ValueError("its text part is too large")
            root = ElementTree.fromstring(archive.read(info))
            title = ""
            if "docProps/core.xml" in archive.namelist():
                core = archive.getinfo("docProps/core.xml")
                if core.file_size < 1_000_000:
                    node = ElementTree.fromstring(archive.read(core)).find(_DC_TITLE)
                    title = (node.text or "").strip() if node is not None else ""
    except KeyError as exc:
        raise ValueError("it is not a Word document (no word/document.xml inside)") from exc
    except (zipfile.BadZipFile, ElementTree.ParseError, OSError) as exc:
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
