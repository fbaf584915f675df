"""REFI-QDA out: the project is XSD-valid for any text, and QualCoder's importer finds every note."""

import io
import os
import zipfile
from dataclasses import replace
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop import paths
from desktop.core.annotating import new_highlight
from desktop.core.corpus import load_bundled
from desktop.core.exchange.refi_out import qdpx_bytes, xml_safe
from desktop.core.exchange.reports import ReportArticle, collect_report, render
from desktop.core.models import COLORS, Annotation, Article
from desktop.core.store import Store

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "standards" / "refi-qda"
T0 = "2025-01-01T08:00:00.000Z"


@pytest.fixture(scope="module")
def project_schema():
    xmlschema = pytest.importorskip("xmlschema")
    return xmlschema.XMLSchema(str(SHARED / "Project-mrt2019.xsd"))


def fresh(tmp_path, name="s"):
    store = Store(tmp_path / name / paths.DB_FILENAME)
    load_bundled(store, paths.corpus_dir())
    return store


def highlight(store, article, phrase, *, nth=0, **fields):
    start = -1
    for _ in range(nth + 1):
        start = article.body.index(phrase, start + 1)
    ann = replace(new_highlight(article, start, start + len(phrase), **fields),
                  created=T0, modified=T0)
    store.put_annotation(ann)
    return ann


# -- QualCoder's importer, re-read ----------------------------------------------------------


def qualcoder_reads(data: bytes, folder: Path) -> dict:
    """What QualCoder's `RefiImport.import_project` keeps of a .qdpx, GUI and SQLite left out.

    The traversal follows ccbogel/QualCoder src/qualcoder/refi.py: the zip is extracted; the
    sources folder is `/sources` if such a folder exists, else `/Sources`; the xmlns version is
    taken from the root's children; `Users` → (guid, name); `CodeBook` → `list(c)[0]` holds the
    Codes, walked by `sub_codes` (a node is a category only when isCodable="false"; a code name
    already taken is not recorded, so its codings get no code); `Sources/TextSource` →
    `load_text_source`: the text file is read with `open(encoding='utf-8')` (universal newlines),
    with '\\n' → '\\n ' when its first line ends in CRLF; each `PlainTextSelection` →
    `load_codings_for_text`: its `Description` is the coding memo, each `Coding`'s first child is
    the CodeRef, a selection without Coding is an annotation; `NoteRef` children of the
    TextSource (only those) are remembered; then `Notes/Note` → `parse_notes`: a Note a NoteRef
    named is an annotation (`insert_annotation`: PlainTextContent is the memo, the Note's own
    PlainTextSelection gives pos0/pos1, owner from modifyingUser then creatingUser); any other
    Note with a plainTextPath and a name is a journal.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        zf.extractall(folder)
    sources_name = "/sources" if "sources" in os.listdir(folder) else "/Sources"
    qde = next((c for c in os.listdir(folder) if Path(c).suffix == ".qde"), "project.qde")
    root = ET.parse(os.path.join(folder, qde)).getroot()
    version = "1.0"
    for child in root:
        version = child.tag.split("{urn:QDA-XML:project:")[1].split("}")[0]
    q = f"{{urn:QDA-XML:project:{version}}}"
    users: dict[str, str] = {}
    codes: dict[str, str] = {}  # guid → name
    out = {"codings": [], "annotations": [], "journals": [], "sources": {}}

    def sub_codes(parent):
        for el in parent:
            if el.tag != q + "Code":
                continue
            if el.get("isCodable") != "false" and el.get("name") not in codes.values():
                codes[el.get("guid")] = el.get("name")
            sub_codes(el)

    def owner(el):
        guid = el.get("creatingUser") or el.get("modifyingUser")
        return users.get(guid, "default")

    for c in root:
        if c.tag == q + "Users":
            users.update({u.get("guid"): u.get("name") for u in c})
        if c.tag == q + "CodeBook":
            sub_codes(c[0])
    note_refs = []
    sources = {}
    for c in root:
        if c.tag != q + "Sources":
            continue
        for src in c:
            if src.tag != q + "TextSource":
                continue
            path = str(folder) + sources_name + src.get("plainTextPath").split("internal:/")[1]
            with open(path, "rb") as f:
                first = f.readline()
            with open(path, encoding="utf-8", errors="replace") as f:
                fulltext = f.read()
            if first.endswith(b"\r\n"):
                fulltext = fulltext.replace("\n", "\n ")
            name = src.get("name")
            sources[src.get("guid")] = name
            out["sources"][name] = fulltext
            for sel in src:
                if sel.tag != q + "PlainTextSelection":
                    continue
                pos0, pos1 = int(sel.get("startPosition")), int(sel.get("endPosition"))
                memo = ""
                for el in sel:
                    if el.tag == q + "Description" and el.text is not None:
                        memo = el.text
                coded = False
                for el in sel:
                    if el.tag == q + "Coding":
                        coded = True
                        code = codes.get(el[0].get("targetGUID"))
                        row = (code, name, pos0, pos1, fulltext[pos0:pos1], owner(sel), memo)
                        if row not in out["codings"]:  # unique (cid, fid, pos0, pos1, owner)
                            out["codings"].append(row)
                if not coded:
                    out["annotations"].append((name, pos0, pos1, memo, owner(sel)))
            note_refs += [(el.get("targetGUID"), src.get("guid")) for el in src
                          if el.tag == q + "NoteRef"]
    for c in root:
        if c.tag != q + "Notes":
            continue
        for note in c:
            assert (note.get("creationDateTime") or note.get("modifiedDateTime")) is not None
            source = next((s for n, s in note_refs if n == note.get("guid")), None)
            if source is not None:
                who = users.get(note.get("modifyingUser")) or users.get(
                    note.get("creatingUser")) or "codername"
                memo = pos0 = pos1 = None
                for el in note:
                    if el.tag == q + "PlainTextContent":
                        memo = el.text
                    if el.tag == q + "PlainTextSelection":
                        pos0, pos1 = el.get("startPosition"), el.get("endPosition")
                if None not in (memo, pos0, pos1) and source in sources:
                    out["annotations"].append((sources[source], int(pos0), int(pos1), memo, who))
            elif note.get("plainTextPath") is not None and note.get("name") != "":
                out["journals"].append(note.get("name"))
    return out


def test_qualcoder_finds_every_note_and_coding_at_its_place(tmp_path):
    store = fresh(tmp_path)
    a, b = (store.article(s.id) for s in store.article_summaries()[:2])
    anns = [
        highlight(store, a, "Bộ Ngoại giao", color="green", note="Cơ quan chủ trì\nhai dòng",
                  tags=("WPS",), author="Cô Lan"),
        highlight(store, a, "Hòa bình", color="blue", tags=("hòa bình", "chủ đề"),
                  author="Cô Lan"),
        highlight(store, b, "Lê Thị Tuyết Mai", color="pink", author="Thầy Hùng",
                  note="Đại sứ\vtại Geneva\f<script>x</script>"),
    ]
    found = qualcoder_reads(render("qdpx", collect_report(store)), tmp_path / "qc")
    for ann in anns:
        title = (a if ann.article_id == a.id else b).title
        assert found["sources"][title][ann.start:ann.end] == ann.exact
        coded = {(code, memo) for code, name, p0, p1, text, who, memo in found["codings"]
                 if (name, p0, p1, text, who) == (title, ann.start, ann.end, ann.exact,
                                                  ann.author)}
        codes = {code for code, _ in coded}
        assert codes == {{"green": "xanh lá", "blue": "xanh dương", "pink": "hồng"}[ann.color],
                         *ann.tags}
        assert {memo for _, memo in coded} == {xml_safe(ann.note)}
        notes = [n for n in found["annotations"] if n[:3] == (title, ann.start, ann.end)]
        if ann.note:
            assert notes == [(title, ann.start, ann.end, xml_safe(ann.note), ann.author)]
        else:
            assert notes == []
    assert found["journals"] == []


@pytest.mark.parametrize("tag", ["vàng", "Vàng", "vàng (màu)"])
def test_a_tag_named_like_a_colour_keeps_its_codings_in_qualcoder(tag, tmp_path):
    """QualCoder keeps one code per name: a tag named like a colour's code must not take the
    colour's place (nor the colour the tag's), and both come back to us as they were."""
    from desktop.core.exchange.refi_in import read_qdpx

    store = fresh(tmp_path)
    a = store.article(store.article_summaries()[0].id)
    ann = highlight(store, a, "Bộ Ngoại giao", color="yellow", tags=(tag,), author="Cô Lan")
    other = highlight(store, a, "Hòa bình", color="yellow", author="Cô Lan")
    data = render("qdpx", collect_report(store))
    found = qualcoder_reads(data, tmp_path / "qc")
    codes = {(p0, p1): set() for p0, p1 in ((ann.start, ann.end), (other.start, other.end))}
    for code, _name, p0, p1, *_ in found["codings"]:
        codes[(p0, p1)].add(code)
    assert None not in codes[(ann.start, ann.end)]
    assert tag in codes[(ann.start, ann.end)] and len(codes[(ann.start, ann.end)]) == 2
    assert codes[(other.start, other.end)] == codes[(ann.start, ann.end)] - {tag}
    path = tmp_path / "back.qdpx"
    path.write_bytes(data)
    back = {(b.start, b.end): b for b in read_qdpx(path).annotations}
    assert (back[(ann.start, ann.end)].color, back[(ann.start, ann.end)].tags) == ("yellow", (tag,))
    assert (back[(other.start, other.end)].color, back[(other.start, other.end)].tags) == \
        ("yellow", ())


# -- well-formed and XSD-valid for any text ----------------------------------------------------

_any_text = st.text(max_size=40)


@st.composite
def report_groups(draw):
    groups = []
    for n in range(draw(st.integers(1, 2))):
        body = draw(st.text(min_size=1, max_size=80))
        art = Article(id=f"{n:02d}" + "a" * 62, slug=f"s{n}", title=draw(_any_text), body=body,
                      added_at=T0)
        anns = []
        for i in range(draw(st.integers(0, 3))):
            start = draw(st.integers(0, len(body) - 1))
            end = draw(st.integers(start + 1, len(body)))
            anns.append(Annotation(
                id=f"00000000-0000-4000-8000-{n:06d}{i:06d}", article_id=art.id, start=start,
                end=end, exact=body[start:end], color=draw(st.sampled_from(COLORS)),
                note=draw(_any_text), tags=tuple(draw(st.lists(
                    st.text(min_size=1, max_size=10), max_size=3, unique=True))),
                author=draw(_any_text), created=T0, modified=T0))
        groups.append(ReportArticle(art, tuple(anns)))
    return groups


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(groups=report_groups())
def test_the_project_is_xsd_valid_and_keeps_every_selection_for_any_text(groups, project_schema):
    with zipfile.ZipFile(io.BytesIO(qdpx_bytes(groups))) as zf:
        xml = zf.read("project.qde")
        texts = {n: zf.read(n).decode("utf-8") for n in zf.namelist() if n != "project.qde"}
    project_schema.validate(io.BytesIO(xml))
    root = ET.fromstring(xml)
    q = "{urn:QDA-XML:project:1.0}"
    notes = {n.get("guid"): n for n in root.iter(q + "Note")}
    for group, src in zip(groups, root.iter(q + "TextSource"), strict=True):
        text = texts["sources/" + src.get("plainTextPath").removeprefix("internal://")]
        assert text == group.article.body  # the real text, byte for byte
        assert src.get("name") == xml_safe(group.article.title or group.article.id[:12])
        sels = src.findall(q + "PlainTextSelection")
        for ann, sel in zip(group.annotations, sels, strict=True):
            assert (int(sel.get("startPosition")), int(sel.get("endPosition"))) == (
                ann.start, ann.end)
            assert text[ann.start:ann.end] == ann.exact
            assert (sel.findtext(q + "Description") or "") == xml_safe(ann.note)
        refs = [r.get("targetGUID") for r in src.findall(q + "NoteRef")]
        noted = [a for a in group.annotations if a.note]
        assert [notes[r].findtext(q + "PlainTextContent") for r in refs] == [
            xml_safe(a.note) for a in noted]
        assert [(int(notes[r].find(q + "PlainTextSelection").get("startPosition")),
                 int(notes[r].find(q + "PlainTextSelection").get("endPosition")))
                for r in refs] == [(a.start, a.end) for a in noted]


@pytest.mark.parametrize("text, shown", [
    ("dòng\vmới", "dòng\nmới"),          # Word's manual line break
    ("trang\fmới", "trang\nmới"),        # form feed
    ("a\x00b\x1fc\ufffed\uffff", "a\ufffdb\ufffdc\ufffdd\ufffd"),
    ("giữ\r\nnguyên\r", "giữ\r\nnguyên\r"),  # CR comes back as CR (written as &#13;)
    ("𝔸\u200f\u202eعربي\u0301", "𝔸\u200f\u202eعربي\u0301"),  # astral, RTL marks, NFD kept
])
def test_an_xml_field_shows_what_xml_can_hold_one_code_point_for_one(text, shown):
    art = Article(id="b" * 64, slug="s", title=text, body="x" + text + "y", added_at=T0)
    ann = Annotation(id="00000000-0000-4000-8000-000000000001", article_id=art.id, start=1,
                     end=1 + len(text), exact=text, note=text, tags=(text,), author=text,
                     created=T0, modified=T0)
    data = qdpx_bytes([ReportArticle(art, (ann,))])
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        root = ET.fromstring(zf.read("project.qde"))
        body = zf.read(next(n for n in zf.namelist() if n.startswith("sources/"))).decode()
    q = "{urn:QDA-XML:project:1.0}"
    assert body == art.body
    assert root.find(f"{q}Sources/{q}TextSource").get("name") == shown
    assert root.find(f".//{q}PlainTextSelection/{q}Description").text == shown
    assert root.find(f".//{q}Note/{q}PlainTextContent").text == shown
    assert len(shown) == len(text)


def test_a_lone_surrogate_never_reaches_the_store(tmp_path):
    store = fresh(tmp_path)
    art = store.article(store.article_summaries()[0].id)
    with pytest.raises(UnicodeEncodeError):
        highlight(store, art, art.body[:5], note="nửa\ud800cặp")
    assert store.annotations(art.id) == []


def test_the_cli_writes_a_valid_project_for_a_note_with_a_vertical_tab(tmp_path, project_schema):
    from desktop.cli import parse_args, run

    store = fresh(tmp_path, "d")
    art = store.article(store.article_summaries()[0].id)
    highlight(store, art, art.body[:12], note="dòng một\vdòng hai", color="green")
    store.close()
    out = tmp_path / "r.qdpx"
    assert run(parse_args(["--data-dir", str(tmp_path / "d"), "report", str(out)])) == 0
    with zipfile.ZipFile(out) as zf:
        project_schema.validate(io.BytesIO(zf.read("project.qde")))



def test_xml_that_would_not_be_well_formed_is_refused_not_written():
    from desktop.core.exchange.refi_out import RefiError, _serialize

    el = ET.Element("x")
    el.text = "ngắt\vdòng"  # what a field not passed through xml_safe would hold
    with pytest.raises(RefiError, match="well-formed"):
        _serialize(el)
