"""REFI-QDA out: a project (.qdpx = project.qde + sources/<guid>.txt) and a codebook (.qdc).

Positions are Unicode code points into the UTF-8 source text, which keeps the article's real text.
XML 1.0 cannot hold most C0 control characters (nor U+FFFE/U+FFFF), so an XML field shows a
vertical tab or form feed as a line break and any other such character as U+FFFD; each is one code
point for one, so no selection moves and the `.txt` is never touched. A carriage return is written
as `&#13;` so that a parser gives it back instead of folding it into a line break.

Where the notes go (the places QualCoder's importer, `RefiImport`, reads them):
- the highlight's note is the `Description` of its `PlainTextSelection` (a selection memo, which
  MAXQDA, NVivo and ATLAS.ti show, and QualCoder keeps as the memo of each coding), and
- a `NoteRef` on the `TextSource` points at a `Note` carrying the note as `PlainTextContent` and
  its own `PlainTextSelection` at the highlight's positions (QualCoder makes it an annotation).
"""

from __future__ import annotations

import io
import re
import uuid
import zipfile
from xml.etree import ElementTree as ET

from desktop.core.exchange.reports import COLOR_HEX, COLOR_LABEL, ReportArticle
from desktop.core.models import COLORS, utc_now

QDA_NS = "urn:QDA-XML:project:1.0"
QDC_NS = "urn:QDA-XML:codebook:1.0"
_GUID_NS = uuid.UUID("6f1d3c3e-6a55-4d7e-9a55-3c1f0e6b2a01")  # stable GUIDs for one library
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_XSD_DATETIME = re.compile(r"-?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?")


class RefiError(ValueError):
    """A REFI-QDA file we could not write correctly (the caller says so and writes nothing)."""


def xml_safe(text: str) -> str:
    """Text XML 1.0 can hold, code point for code point (selections never move)."""
    if not _NOT_XML.search(text):
        return text
    return _NOT_XML.sub(lambda m: "\n" if m.group() in "\v\f" else "\ufffd", text)


def _guid(kind: str, key: str) -> str:
    return str(uuid.uuid5(_GUID_NS, f"{kind}:{key}")).upper()


def _ann_guid(ann_id: str) -> str:
    try:
        return str(uuid.UUID(ann_id)).upper()
    except ValueError:  # an id from another tool: still one stable GUID for it
        return _guid("annotation", ann_id)


def _stamp(value: str, fallback: str) -> str:
    return value if value and _XSD_DATETIME.fullmatch(value) else fallback


def _q(tag: str) -> str:
    return f"{{{QDA_NS}}}{tag}"


def _codes(parent: ET.Element, groups: list[ReportArticle], qname,
           *, descriptions: dict[str, str] | None = None) -> tuple[dict, dict]:
    """Colours under "Màu" and tags under "Thẻ" as codes; (colour → guid, tag → guid)."""
    descriptions = descriptions or {}
    tags = sorted({t for g in groups for a in g.annotations for t in a.tags})
    colors = [c for c in COLORS if any(a.color == c for g in groups for a in g.annotations)]
    color_codes: dict[str, str] = {}
    tag_codes: dict[str, str] = {}
    if colors:
        node = ET.SubElement(parent, qname("Code"), {"guid": _guid("code", "colours"),
                                                     "name": "Màu", "isCodable": "false"})
        for c in colors:
            color_codes[c] = _guid("code", "colour:" + c)
            ET.SubElement(node, qname("Code"), {"guid": color_codes[c], "name": COLOR_LABEL[c],
                                                "isCodable": "true", "color": COLOR_HEX[c]})
    if tags:
        node = ET.SubElement(parent, qname("Code"), {"guid": _guid("code", "tags"),
                                                     "name": "Thẻ", "isCodable": "false"})
        for t in tags:
            tag_codes[t] = _guid("code", "tag:" + t)
            code = ET.SubElement(node, qname("Code"), {"guid": tag_codes[t], "name": xml_safe(t),
                                                       "isCodable": "true"})
            if descriptions.get(t):
                ET.SubElement(code, qname("Description")).text = xml_safe(descriptions[t])
    return color_codes, tag_codes


def _serialize(root: ET.Element) -> bytes:
    """UTF-8 XML, checked well-formed before anyone is told it was written."""
    ET.indent(root, space=" ")
    xml = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    xml = xml.replace(b"\r", b"&#13;")  # only text can hold a raw CR; attributes are escaped
    try:
        ET.fromstring(xml)
    except ET.ParseError as exc:
        raise RefiError(f"the REFI-QDA XML would not be well-formed ({exc})") from None
    return xml


def qde_xml(groups: list[ReportArticle], *, project: str = "Chú Giải",
            origin: str = "Chú Giải", generated: str | None = None) -> tuple[bytes, dict[str, str]]:
    """The project.qde document and its sources (path in the zip → text)."""
    ET.register_namespace("", QDA_NS)
    generated = _stamp(generated or utc_now(), utc_now())
    authors = sorted({a.author for g in groups for a in g.annotations if a.author})
    users = {name: _guid("user", name) for name in authors}
    root = ET.Element(_q("Project"), {"name": xml_safe(project), "origin": xml_safe(origin),
                                      "creationDateTime": generated})
    if users:
        users_el = ET.SubElement(root, _q("Users"))
        for name, guid in users.items():
            ET.SubElement(users_el, _q("User"), {"guid": guid, "name": xml_safe(name)})
    book = ET.SubElement(root, _q("CodeBook"))
    codes = ET.SubElement(book, _q("Codes"))
    color_codes, tag_codes = _codes(codes, groups, _q)
    if not len(codes):
        root.remove(book)  # the schema wants at least one Code
    sources_el = ET.SubElement(root, _q("Sources"))
    notes_el = ET.Element(_q("Notes"))
    files: dict[str, str] = {}
    for group in groups:
        art = group.article
        source_guid = _guid("source", art.id)
        files[f"sources/{source_guid}.txt"] = art.body
        src = ET.SubElement(sources_el, _q("TextSource"), {
            "guid": source_guid, "name": xml_safe(art.title or art.id[:12]),
            "plainTextPath": f"internal://{source_guid}.txt",
            "creationDateTime": _stamp(art.added_at, generated)})
        note_refs = []
        for ann in group.annotations:
            created = _stamp(ann.created, generated)
            modified = _stamp(ann.modified, created)
            ann_guid = _ann_guid(ann.id)
            attrs = {"guid": ann_guid, "name": xml_safe(ann.exact[:60]),
                     "startPosition": str(ann.start), "endPosition": str(ann.end),
                     "creationDateTime": created, "modifiedDateTime": modified}
            if ann.author:
                attrs["creatingUser"] = attrs["modifyingUser"] = users[ann.author]
            sel = ET.SubElement(src, _q("PlainTextSelection"), attrs)
            if ann.note:
                ET.SubElement(sel, _q("Description")).text = xml_safe(ann.note)
            for code_guid in [color_codes[ann.color]] + [tag_codes[t] for t in ann.tags]:
                coding_attrs = {"guid": _guid("coding", f"{ann.id}:{code_guid}"),
                                "creationDateTime": created}
                if ann.author:
                    coding_attrs["creatingUser"] = users[ann.author]
                coding = ET.SubElement(sel, _q("Coding"), coding_attrs)
                ET.SubElement(coding, _q("CodeRef"), {"targetGUID": code_guid})
            if ann.note:
                note_guid = _guid("note", ann.id)
                note_refs.append(note_guid)
                note_attrs = {"guid": note_guid, "name": xml_safe("Ghi chú: " + ann.exact[:40]),
                              "creationDateTime": created, "modifiedDateTime": modified}
                if ann.author:
                    note_attrs["creatingUser"] = note_attrs["modifyingUser"] = users[ann.author]
                note = ET.SubElement(notes_el, _q("Note"), note_attrs)
                ET.SubElement(note, _q("PlainTextContent")).text = xml_safe(ann.note)
                ET.SubElement(note, _q("PlainTextSelection"), {
                    "guid": _guid("note-selection", ann.id), "name": attrs["name"],
                    "startPosition": str(ann.start), "endPosition": str(ann.end)})
        for note_guid in note_refs:  # after the selections, as the schema orders them
            ET.SubElement(src, _q("NoteRef"), {"targetGUID": note_guid})
    if len(notes_el):
        root.append(notes_el)
    return _serialize(root), files


def qdpx_bytes(groups: list[ReportArticle], **kwargs) -> bytes:
    """A REFI-QDA project archive: project.qde plus sources/<guid>.txt (UTF-8)."""
    xml, files = qde_xml(groups, **kwargs)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.qde", xml)
        for name, text in files.items():
            zf.writestr(name, text.encode("utf-8"))
    return out.getvalue()


def qdc_bytes(groups: list[ReportArticle], *, origin: str = "Chú Giải",
              descriptions: dict[str, str] | None = None) -> bytes:
    """A REFI-QDA codebook (.qdc): the colours and tags in use as codes."""
    ET.register_namespace("", QDC_NS)
    root = ET.Element(f"{{{QDC_NS}}}CodeBook", {"origin": xml_safe(origin)})
    codes = ET.SubElement(root, f"{{{QDC_NS}}}Codes")
    _codes(codes, groups, lambda tag: f"{{{QDC_NS}}}{tag}", descriptions=descriptions)
    if not len(codes):
        raise RefiError("there are no colours or tags to write as codes")
    return _serialize(root)
