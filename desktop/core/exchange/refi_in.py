"""REFI-QDA in: a .qdpx project from QualCoder, NVivo, ATLAS.ti or MAXQDA as an untrusted bundle.

The project becomes the same records a bundle import produces (`Bundle`), so it goes through the
same preview and merge. Text sources become articles (the `.txt` inside the zip, or the inline
`PlainTextContent`); each `PlainTextSelection` becomes a highlight whose tags are its codes' names
and whose colour is the nearest of ours to its first code's colour (a code of ours under "Màu"
gives its own colour back); a selection's `Description`, a `Note` a `NoteRef` points at (on the
selection or, with its own `PlainTextSelection`, on the source) and a `Note` a `Link` ties to a
selection are its note; a user is an author. Audio, video, PDF and picture sources, external
files, and notes with no place in a text are skipped and counted.

Reading is as guarded as a bundle's: names from the zip never touch the file system, every member
read is bounded while it is decompressed, the XML may have no DOCTYPE (so no entities, no external
anything), and every position must lie in its text. Any failure raises `BundleError`.
"""

from __future__ import annotations

import os
import re
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, replace
from pathlib import Path
from xml.etree import ElementTree as ET
from xml.parsers import expat

from desktop.core.anchoring import describe
from desktop.core.bounded_read import ReadRefused, open_regular
from desktop.core.corpus import article_id
from desktop.core.exchange.bundle import (
    DEFAULT_LIMITS,
    Bundle,
    BundleError,
    Limits,
    _Reader,
    _safe_member_name,
    canonical_time,
)
from desktop.core.exchange.refi_out import color_of_code
from desktop.core.exchange.reports import COLOR_HEX
from desktop.core.models import Annotation, Article
from desktop.core.vietnamese import nfc

SUFFIX = ".qdpx"
QDA_NS = "urn:QDA-XML:project:1.0"
QDE_BYTES = 64 << 20  # project.qde; 10,000 highlights take about 5 MB
NO_TIME = "2000-01-01T00:00:00.000Z"  # a selection without any date: fixed, so a re-import is a no-op
MEDIA = {"AudioSource": "audio", "VideoSource": "video", "PDFSource": "PDF",
         "PictureSource": "picture"}
_RGB = {c: tuple(int(h[i:i + 2], 16) for i in (1, 3, 5)) for c, h in COLOR_HEX.items()}
_CANONICAL = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@dataclass(frozen=True)
class RefiProject(Bundle):
    """A .qdpx read as a bundle, with what was left out: (what, how many)."""

    origin: str = ""
    skipped: tuple[tuple[str, int], ...] = ()


def _fail(message: str) -> BundleError:
    return BundleError(message)


class _Doctype(Exception):
    pass


class _Root(Exception):
    pass


def _parse(data: bytes) -> ET.Element:
    """The XML tree, refusing any DOCTYPE: without one there are no entities to expand and no
    external resources to fetch (a DTD can only come before the root element)."""
    probe = expat.ParserCreate()

    def doctype(*_):
        raise _Doctype

    def root(*_):
        raise _Root

    probe.StartDoctypeDeclHandler = doctype
    probe.EntityDeclHandler = doctype
    probe.StartElementHandler = root
    try:
        probe.Parse(data, True)
    except _Doctype:
        raise _fail("project.qde declares a DOCTYPE or entities; refused") from None
    except _Root:
        pass
    except expat.ExpatError as exc:
        raise _fail(f"project.qde is not well-formed XML ({exc})") from None
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise _fail(f"project.qde is not well-formed XML ({exc})") from None


def _key(value: str | None) -> str:
    """A GUID as a lookup key: tools differ in case and braces."""
    return (value or "").strip().strip("{}").lower()


def _guid(value, where: str) -> str:
    """A GUID in any case, with or without braces, as our canonical lower-case UUID."""
    key = _key(value)
    if not _CANONICAL.fullmatch(key):
        raise _fail(f"{where}: {str(value)[:40]!r} is not a GUID")
    return key


def _nearest(rgb: str | None) -> str:
    """The one of our five colours nearest to a code's #RRGGBB (or #RGB); yellow without one."""
    value = (rgb or "").strip().lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    try:
        r, g, b = (int(value[i:i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        return "yellow"
    if len(value) != 6:
        return "yellow"
    return min(_RGB, key=lambda c: sum((x - y) ** 2 for x, y in zip(_RGB[c], (r, g, b), strict=True)))


def _position_map(raw: str) -> tuple[str, list[int] | None]:
    """The body as the store keeps it (CRLF/CR → LF, NFC, stripped) and where each raw position
    lands in it (None: the same place)."""
    if "\r" not in raw and raw == raw.strip() and unicodedata.is_normalized("NFC", raw):
        return raw, None
    out: list[str] = []
    where = [0] * (len(raw) + 1)
    size = 0
    i = 0
    while i < len(raw):
        if raw[i] == "\r":
            step = 2 if raw[i + 1:i + 2] == "\n" else 1
            piece = "\n"
        else:
            step = 1
            while i + step < len(raw) and unicodedata.combining(raw[i + step]):
                step += 1
            piece = unicodedata.normalize("NFC", raw[i:i + step])
        for k in range(step):
            where[i + k] = size
        out.append(piece)
        size += len(piece)
        i += step
    where[len(raw)] = size
    text = "".join(out)
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    return body, [min(max(p - lead, 0), len(body)) for p in where]


class _Project:
    def __init__(self, root: ET.Element, members: dict[str, zipfile.ZipInfo], reader: _Reader,
                 limits: Limits):
        self.q = f"{{{QDA_NS}}}"
        self.root, self.members, self.reader, self.limits = root, members, reader, limits
        self.users: dict[str, str] = {}
        self.codes: dict[str, tuple[str, str | None, bool]] = {}  # guid → (name, color, ours)
        self.notes: dict[str, ET.Element] = {}
        self.skipped: dict[str, int] = {}
        self.created = NO_TIME
        self.folded = {n.lower(): i for n, i in members.items()}  # GUIDs differ in case

    def skip(self, what: str, n: int = 1) -> None:
        self.skipped[what] = self.skipped.get(what, 0) + n

    def children(self, el: ET.Element, tag: str) -> list[ET.Element]:
        return [c for c in el if c.tag == self.q + tag]

    def time(self, el: ET.Element, fallback: str) -> str:
        value = el.get("modifiedDateTime") or el.get("creationDateTime")
        return canonical_time(value, "a date in project.qde") if value else fallback

    def author(self, el: ET.Element) -> str:
        who = self.users.get(_key(el.get("creatingUser"))) or self.users.get(
            _key(el.get("modifyingUser"))) or ""
        return nfc(who).strip()[:self.limits.author_chars]

    def read_codes(self, parent: ET.Element, parent_name: str = "") -> None:
        for code in self.children(parent, "Code"):
            name = nfc(code.get("name") or "").strip()
            if not name:
                raise _fail("a code in project.qde has no name")
            if len(name) > self.limits.tag_chars:
                raise _fail(f"the code name {name[:40]!r}… is longer than "
                            f"{self.limits.tag_chars} characters")
            if code.get("isCodable") != "false":
                ours = parent_name == "Màu" and color_of_code(name) is not None
                self.codes[_guid(code.get("guid"), "a code")] = (name, code.get("color"), ours)
            self.read_codes(code, name)

    def member(self, path: str | None) -> bytes | None:
        """A source file named `internal://x` (in sources/ or Sources/); None if not inside."""
        if not path or not path.startswith("internal://"):
            return None
        name = path[len("internal://"):].lstrip("/")
        for folder in ("sources/", "Sources/", ""):
            info = self.members.get(folder + name) or self.folded.get((folder + name).lower())
            if info is not None:
                return self.reader.read(info, self.limits.article_bytes)
        raise _fail(f"project.qde names {name[:80]!r}, which is not in the file")

    def note_text(self, note: ET.Element) -> str:
        text = note.findtext(self.q + "PlainTextContent")
        if text is None:
            raw = self.member(note.get("plainTextPath"))
            text = raw.decode("utf-8-sig", errors="replace") if raw is not None else ""
        if text is None or not text.strip():
            text = note.findtext(self.q + "Description") or ""
        return nfc(text.replace("\r\n", "\n").replace("\r", "\n")).strip()

    def source_text(self, src: ET.Element) -> str | None:
        inline = src.findtext(self.q + "PlainTextContent")
        if inline is not None:
            return inline
        raw = self.member(src.get("plainTextPath"))
        if raw is None:
            return None
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise _fail(f"the text of {src.get('name', '')[:60]!r} is not UTF-8") from None


def _add_note(notes: list[str], text: str) -> None:
    if text and text not in notes:
        notes.append(text)


def read_qdpx(path: str | os.PathLike, limits: Limits = DEFAULT_LIMITS) -> RefiProject:
    """Read and check a REFI-QDA project; raises BundleError with a one-line reason."""
    path = Path(path)
    try:
        file = open_regular(path)
    except ReadRefused as exc:
        raise BundleError(f"{path.name}: {exc}", exc.code) from None
    try:
        zf = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        file.close()
        raise _fail("not a REFI-QDA project (the file is not a zip archive)") from None
    with file, zf:  # zipfile leaves a file object it was given open
        infos = zf.infolist()
        if len(infos) > limits.members:
            raise _fail(f"the project has {len(infos):,} files; the limit is {limits.members:,}")
        members: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            if not _safe_member_name(info.filename):
                raise _fail(f"unsafe file name in the project: {info.filename[:80]!r}")
            if not info.is_dir():
                members[info.filename] = info
        qde = [n for n in members if "/" not in n and n.lower().endswith(".qde")]
        if len(qde) != 1:
            raise _fail("not a REFI-QDA project (no single .qde file at the top of the zip)")
        reader = _Reader(zf, limits)
        try:
            root = _parse(reader.read(members[qde[0]], QDE_BYTES))
            return _read_project(root, members, reader, limits)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            raise _fail(f"the project cannot be unpacked: {exc}") from None


def _read_project(root, members, reader, limits) -> RefiProject:
    if not root.tag.startswith("{urn:QDA-XML:project:") or not root.tag.endswith("}Project"):
        raise _fail("not a REFI-QDA project (project.qde has no Project element)")
    if root.tag != f"{{{QDA_NS}}}Project":
        version = root.tag.split("project:")[1].split("}")[0]
        raise _fail(f"REFI-QDA project version {version[:20]!r} is not supported (only 1.0)")
    p = _Project(root, members, reader, limits)
    if root.get("creationDateTime"):
        p.created = canonical_time(root.get("creationDateTime"), "the project's date")
    for users in p.children(root, "Users"):
        for user in p.children(users, "User"):
            p.users[_key(user.get("guid"))] = user.get("name") or ""
    for book in p.children(root, "CodeBook"):
        for codes in p.children(book, "Codes"):
            p.read_codes(codes)
    for notes in p.children(root, "Notes"):
        for note in p.children(notes, "Note"):
            p.notes[_key(note.get("guid"))] = note
    links: dict[str, list[str]] = {}  # selection guid → note guids (NVivo's annotations)
    for group in p.children(root, "Links"):
        for link in p.children(group, "Link"):
            for a, b in ((_key(link.get("originGUID")), _key(link.get("targetGUID"))),
                         (_key(link.get("targetGUID")), _key(link.get("originGUID")))):
                if a in p.notes and b:
                    links.setdefault(b, []).append(a)
    used_notes: set[str] = set()
    # ATLAS.ti counts a CRLF in its text files as one character (QualCoder's importer does the
    # same); the others count the characters of the file as it is
    one_char_crlf = "ATLAS" in (root.get("origin") or "").upper()
    articles: dict[str, Article] = {}
    annotations: dict[str, Annotation] = {}
    for sources in p.children(root, "Sources"):
        for src in sources:
            kind = src.tag.removeprefix(p.q)
            if kind in MEDIA:
                p.skip(MEDIA[kind])
                continue
            if kind != "TextSource":
                p.skip("other")
                continue
            raw = p.source_text(src)
            if raw is None:
                p.skip("external file")
                continue
            if one_char_crlf:
                raw = raw.replace("\r\n", "\n")
            _read_source(p, src, raw, articles, annotations, links, used_notes)
    p.skip("note without a place in a text", sum(1 for g in p.notes if g not in used_notes))
    if len(annotations) > limits.annotations:
        raise _fail(f"the project has {len(annotations):,} selections; the limit is "
                    f"{limits.annotations:,}")
    author = next(iter(p.users.values()), "") or ""
    created = (root.get("creationDateTime") and p.created) or max(
        (a.modified for a in annotations.values() if a.modified != NO_TIME), default="")
    return RefiProject(
        version=1, created=created, author=nfc(author).strip()[:limits.author_chars],
        app_version="", annotations=tuple(annotations.values()), articles=articles,
        origin=(root.get("origin") or "")[:limits.short_chars],
        skipped=tuple((k, n) for k, n in p.skipped.items() if n))


def _read_source(p: _Project, src, raw: str, articles, annotations, links, used_notes) -> None:
    limits = p.limits
    name = nfc(src.get("name") or "").strip()
    if len(raw) > limits.article_bytes:
        raise _fail(f"the text of {name[:60]!r} is longer than {limits.article_bytes:,} characters")
    body, where = _position_map(raw)
    if not body:
        p.skip("empty text")
        return
    title = (name or body.split("\n", 1)[0])[:limits.title_chars]
    art = Article(id=article_id(body), slug="", title=title, body=body, origin="user")
    articles.setdefault(art.id, art)

    def place(el, where_: str) -> tuple[int, int]:
        try:
            start, end = int(el.get("startPosition")), int(el.get("endPosition"))
        except (TypeError, ValueError):
            raise _fail(f"{where_} in {name[:60]!r} has no valid positions") from None
        if not 0 <= start <= end <= len(raw):
            raise _fail(f"{where_} in {name[:60]!r} points outside its text ({start}–{end} in a "
                        f"text of {len(raw):,} characters)")
        return (start, end) if where is None else (where[start], where[end])

    made: dict[tuple[int, int], list[str]] = {}  # place → highlight ids, for notes by position
    description_tag, noteref_tag = p.q + "Description", p.q + "NoteRef"
    coding_tag, coderef_tag = p.q + "Coding", p.q + "CodeRef"
    for sel in p.children(src, "PlainTextSelection"):
        sel_id = _guid(sel.get("guid"), f"a selection in {name[:60]!r}")
        start, end = place(sel, "a selection")
        if start == end:
            p.skip("empty selection")
            continue
        if sel_id in annotations:
            raise _fail(f"the selection {sel_id} appears twice")
        notes: list[str] = []
        color, tags = None, []
        for child in sel:  # one pass: Description, then Coding*, then NoteRef*
            tag = child.tag
            if tag == description_tag:
                _add_note(notes, nfc((child.text or "").replace("\r\n", "\n").replace(
                    "\r", "\n")).strip())
                continue
            if tag == noteref_tag:
                linked = p.notes.get(_key(child.get("targetGUID")))
                if linked is not None:
                    used_notes.add(_key(linked.get("guid")))
                    _add_note(notes, p.note_text(linked))
                continue
            if tag != coding_tag:
                continue
            code_ref = child.find(coderef_tag)
            code = p.codes.get(_key(code_ref.get("targetGUID"))) if code_ref is not None \
                else None
            if code is None:
                continue
            code_name, rgb, ours = code
            if ours:
                color = color or color_of_code(code_name)
                continue
            color = color or _nearest(rgb)
            if code_name not in tags:
                tags.append(code_name)
        for note_guid in links.get(sel_id, []):
            used_notes.add(note_guid)
            _add_note(notes, p.note_text(p.notes[note_guid]))
        if len(tags) > limits.tags:
            raise _fail(f"a selection in {name[:60]!r} has {len(tags)} codes; the limit is "
                        f"{limits.tags}")
        created = canonical_time(sel.get("creationDateTime"), "a selection's date") \
            if sel.get("creationDateTime") else p.time(sel, p.created)
        annotations[sel_id] = _highlight(
            sel_id, art, start, end, color=color or "yellow", tags=tuple(tags),
            note="\n\n".join(notes), author=p.author(sel), created=created,
            modified=p.time(sel, created), limits=limits)
        made.setdefault((start, end), []).append(sel_id)
    for ref in p.children(src, "NoteRef"):  # QualCoder: a note on a text span of the source
        note = p.notes.get(_key(ref.get("targetGUID")))
        if note is None:
            continue
        spans = p.children(note, "PlainTextSelection")
        text = p.note_text(note)
        if not spans or not text:
            continue
        used_notes.add(_key(note.get("guid")))
        for span in spans:
            start, end = place(span, "a note")
            if start == end:
                p.skip("empty selection")
                continue
            here = made.get((start, end), [])
            if any(text == annotations[i].note or text in annotations[i].note.split("\n\n")
                   for i in here):
                continue  # the selection's own Description said it already
            if here:  # a note on a coded place: the first highlight there carries it
                ann = annotations[here[0]]
                annotations[here[0]] = replace(ann, note="\n\n".join(
                    x for x in (ann.note, text) if x))
                continue
            span_id = _guid(span.get("guid") or note.get("guid"), "a note's selection")
            created = p.time(note, p.created)
            annotations[span_id] = _highlight(span_id, art, start, end, color="yellow", tags=(),
                                              note=text, author=p.author(note), created=created,
                                              modified=created, limits=limits)
            made[(start, end)] = [span_id]


def _highlight(ann_id: str, art: Article, start: int, end: int, *, color: str,
               tags: tuple[str, ...], note: str, author: str, created: str, modified: str,
               limits: Limits) -> Annotation:
    if len(note) > limits.note_chars:
        raise _fail(f"a note in {art.title[:60]!r} is {len(note):,} characters; the limit is "
                    f"{limits.note_chars:,}")
    sel = describe(art.body, start, end)
    return Annotation(id=ann_id, article_id=art.id, start=start, end=end, exact=sel.exact,
                      prefix=sel.prefix, suffix=sel.suffix, color=color, note=note, tags=tags,
                      author=author, created=created, modified=max(modified, created))


def skipped_summary(project: RefiProject) -> str:
    """'2 PDF, 1 audio skipped' — what the preview says was left out (English; the UI
    translates its own)."""
    return ", ".join(f"{n} {what}" for what, n in project.skipped)
