"""REFI-QDA in: projects written the way QualCoder, NVivo, ATLAS.ti and MAXQDA write them come in
through the bundle's preview and merge; hostile ones are refused with the library untouched.

The .qdpx files are built here from the REFI-QDA project examples (and the forms QualCoder's
importer documents in ccbogel/QualCoder src/qualcoder/refi.py): a QualCoder-style one (lower-case
GUIDs, `NoteRef` on the `TextSource` to a `Note` with its own `PlainTextSelection`), an NVivo /
ATLAS.ti-style one (upper-case GUIDs, `PlainTextContent` inline, a `Link` from a `Note` to a
selection), a MAXQDA-style one (text in `sources/` by `internal://`, a selection memo in
`Description`, a PDF and an audio source) — all checked against the project XSD first.
"""

import io
import zipfile
from pathlib import Path

import pytest

from desktop import paths
from desktop.cli import parse_args, run
from desktop.core.corpus import load_bundled
from desktop.core.exchange import BundleError, import_bundle, plan_import
from desktop.core.exchange.refi_in import read_qdpx
from desktop.core.exchange.reports import collect_report, render
from desktop.core.store import Store

XSD = Path(__file__).resolve().parents[1] / ".." / "shared" / "standards" / "refi-qda" / \
    "Project-mrt2019.xsd"
TEXT_A = "Hội thảo về phụ nữ, hòa bình và an ninh.\nBộ Ngoại giao chủ trì hội thảo."
TEXT_B = "Đại sứ Lê Thị Tuyết Mai phát biểu tại Geneva."
U1, U2 = "5c94bc9e-db8c-4f1d-9cd6-e900c7440860", "70DAF61C-B6F0-4B5E-8C2F-548FDE3AD3D4"


def qdpx(path: Path, qde: str, files: dict[str, bytes] | None = None, *, check=True) -> Path:
    if check:
        xmlschema = pytest.importorskip("xmlschema")
        xmlschema.XMLSchema(str(XSD)).validate(io.BytesIO(qde.encode("utf-8")))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.qde", qde.encode("utf-8"))
        for name, data in (files or {}).items():
            zf.writestr(name, data)
    return path


def span(text, phrase):
    start = text.index(phrase)
    return start, start + len(phrase)


def qualcoder_style(tmp_path) -> Path:
    a0, a1 = span(TEXT_A, "Bộ Ngoại giao")
    b0, b1 = span(TEXT_A, "hòa bình")
    n0, n1 = span(TEXT_A, "an ninh")
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="dự án" origin="QualCoder 3.6"
 creationDateTime="2026-11-01T08:00:00Z">
<Users><User guid="{U1}" name="Lan"/></Users>
<CodeBook><Codes>
 <Code guid="1b594544-2954-4b67-86ff-fb552f090ba8" name="Cơ quan" isCodable="true" color="#00ff00"/>
 <Code guid="2dfba8c9-59f5-4424-99d6-ea9bce18134b" name="Chủ đề" isCodable="false">
  <Code guid="3dfba8c9-59f5-4424-99d6-ea9bce18134b" name="Hòa bình" isCodable="true"
   color="#F08080"/>
 </Code>
</Codes></CodeBook>
<Sources>
<TextSource guid="a2b94468-80a5-412f-92d6-e900d97b55a6" name="Hội thảo"
 plainTextPath="internal://a2b94468-80a5-412f-92d6-e900d97b55a6.txt"
 creatingUser="{U1}" creationDateTime="2026-11-01T08:00:00Z">
 <PlainTextSelection guid="08cbced0-d736-44c8-8fd6-eb4d29fe46c5" name="" startPosition="{a0}"
  endPosition="{a1}" creatingUser="{U1}" creationDateTime="2026-11-02T03:36:36Z">
  <Description>ghi chú mã hoá</Description>
  <Coding guid="76414714-63c4-4a25-a47e-66fef80bd52e" creatingUser="{U1}">
   <CodeRef targetGUID="1b594544-2954-4b67-86ff-fb552f090ba8"/></Coding>
 </PlainTextSelection>
 <PlainTextSelection guid="18cbced0-d736-44c8-8fd6-eb4d29fe46c5" startPosition="{b0}"
  endPosition="{b1}" creatingUser="{U1}" creationDateTime="2026-11-02T03:36:36Z">
  <Coding guid="86414714-63c4-4a25-a47e-66fef80bd52e">
   <CodeRef targetGUID="3dfba8c9-59f5-4424-99d6-ea9bce18134b"/></Coding>
  <Coding guid="96414714-63c4-4a25-a47e-66fef80bd52e">
   <CodeRef targetGUID="1b594544-2954-4b67-86ff-fb552f090ba8"/></Coding>
 </PlainTextSelection>
 <NoteRef targetGUID="0f758eeb-d61d-4e91-b250-79861c3869a6"/>
</TextSource>
</Sources>
<Notes>
<Note guid="0f758eeb-d61d-4e91-b250-79861c3869a6" modifyingUser="{U1}"
 modifiedDateTime="2026-11-03T23:37:54Z">
 <PlainTextContent>Chú thích về an ninh
dòng hai</PlainTextContent>
 <PlainTextSelection guid="d61907b2-d0d4-48dc-b8b7-5e4f7ae5faa6" startPosition="{n0}"
  endPosition="{n1}"/>
</Note>
<Note guid="4691a8a0-d67c-4dcc-91d6-e9075dc230cc" name="Nhật ký"
 plainTextPath="internal://4691a8a0-d67c-4dcc-91d6-e9075dc230cc.txt"
 creationDateTime="2026-11-04T06:11:56Z"/>
</Notes>
</Project>"""
    return qdpx(tmp_path / "qualcoder.qdpx", qde, {
        "sources/a2b94468-80a5-412f-92d6-e900d97b55a6.txt": TEXT_A.encode(),
        "sources/4691a8a0-d67c-4dcc-91d6-e9075dc230cc.txt": "nhật ký".encode()})


def nvivo_style(tmp_path) -> Path:
    text = TEXT_B.replace("\n", "\r\n")
    m0, m1 = span(text, "Lê Thị Tuyết Mai")
    g0, g1 = span(text, "Geneva")
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="NV" origin="NVivo 14">
<Users><User guid="{U2}" name="Hùng"/></Users>
<CodeBook><Codes>
 <Code guid="{{AE6D04CE-D987-4FC8-AF97-D72CA6FFD08F}}" name="Người" isCodable="true"
  color="#FF69B4"/>
</Codes></CodeBook>
<Sources>
<TextSource guid="631251CC-9FB4-4131-BEA8-35947084C409" name="Phát biểu"
 creatingUser="{U2.lower()}" creationDateTime="2026-10-01T10:00:00Z">
 <PlainTextContent>{text}</PlainTextContent>
 <PlainTextSelection guid="95916796-D0A0-4B49-80B0-5A5C8B94AE13" name="Mai"
  startPosition="{m0}" endPosition="{m1}" creatingUser="{U2}"
  creationDateTime="2026-10-02T10:00:00Z" modifiedDateTime="2026-10-03T10:00:00Z">
  <Coding guid="5C931701-6CD4-4A2B-A553-F1DDE2EAC46D" creatingUser="{U2}">
   <CodeRef targetGUID="AE6D04CE-D987-4FC8-AF97-D72CA6FFD08F"/></Coding>
 </PlainTextSelection>
 <PlainTextSelection guid="A5916796-D0A0-4B49-80B0-5A5C8B94AE13" startPosition="{g0}"
  endPosition="{g1}" creatingUser="{U2}" creationDateTime="2026-10-02T10:00:00Z"/>
</TextSource>
</Sources>
<Notes>
<Note guid="B691A8A0-D67C-4DCC-91D6-E9075DC230CC" name="Annotation"
 creationDateTime="2026-10-02T10:00:00Z"><PlainTextContent>thành phố</PlainTextContent></Note>
</Notes>
<Links>
<Link guid="C691A8A0-D67C-4DCC-91D6-E9075DC230CC" originGUID="B691A8A0-D67C-4DCC-91D6-E9075DC230CC"
 targetGUID="A5916796-D0A0-4B49-80B0-5A5C8B94AE13"/>
</Links>
</Project>"""
    return qdpx(tmp_path / "nvivo.qdpx", qde)


def maxqda_style(tmp_path) -> Path:
    c0, c1 = span(TEXT_B, "Geneva")
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="MX" origin="MAXQDA 2024">
<CodeBook><Codes>
 <Code guid="9E1C3B8A-1111-4222-8333-944455556666" name="Địa danh" isCodable="true"
  color="#3366FF"/>
</Codes></CodeBook>
<Sources>
<TextSource guid="E92903A3-0FDB-473D-9AE2-58B8D1D68014" name="Geneva"
 plainTextPath="internal://E92903A3-0FDB-473D-9AE2-58B8D1D68014.txt">
 <PlainTextSelection guid="F92903A3-0FDB-473D-9AE2-58B8D1D68014" startPosition="{c0}"
  endPosition="{c1}">
  <Description>chỉ ghi nhớ, không mã</Description>
 </PlainTextSelection>
 <PlainTextSelection guid="F92903A3-0FDB-473D-9AE2-58B8D1D68015" startPosition="{c0}"
  endPosition="{c1}">
  <Coding guid="F92903A3-0FDB-473D-9AE2-58B8D1D68016">
   <CodeRef targetGUID="9E1C3B8A-1111-4222-8333-944455556666"/></Coding>
 </PlainTextSelection>
</TextSource>
<PDFSource guid="142EB46D-612E-4593-A385-D0E5D04D1288" name="báo cáo.pdf"
 path="internal://142EB46D-612E-4593-A385-D0E5D04D1288.pdf"/>
<AudioSource guid="DF370983-F009-4D47-8615-711633FA9DE6" name="phỏng vấn.m4a"
 path="relative:///DF370983-F009-4D47-8615-711633FA9DE6.m4a"/>
</Sources>
</Project>"""
    return qdpx(tmp_path / "maxqda.qdpx", qde, {
        "sources/e92903a3-0fdb-473d-9ae2-58b8d1d68014.txt": ("\ufeff" + TEXT_B).encode(),
        "sources/142EB46D-612E-4593-A385-D0E5D04D1288.pdf": b"%PDF-1.4 " + b"x" * 100})


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "lib" / paths.DB_FILENAME)
    yield s
    s.close()


def live(store):
    return sorted((a for a in store.annotations_for_export() if not a.deleted),
                  key=lambda a: (a.start, a.id))


def dump(store):
    return "\n".join(store.conn.iterdump())


def test_a_qualcoder_project_comes_in_with_codes_notes_and_authors(store, tmp_path):
    project = read_qdpx(qualcoder_style(tmp_path))
    plan, _ = import_bundle(store, project)
    assert plan.counts["new"] == 3
    art = store.article(plan.batch.articles[0].id) if plan.batch.articles else None
    assert art is not None and art.title == "Hội thảo" and art.body == TEXT_A
    by_quote = {a.exact: a for a in live(store)}
    assert set(by_quote) == {"Bộ Ngoại giao", "hòa bình", "an ninh"}
    org = by_quote["Bộ Ngoại giao"]
    assert (org.tags, org.color, org.note, org.author) == (("Cơ quan",), "green",
                                                          "ghi chú mã hoá", "Lan")
    assert org.id == "08cbced0-d736-44c8-8fd6-eb4d29fe46c5"
    assert by_quote["hòa bình"].tags == ("Hòa bình", "Cơ quan")
    assert by_quote["hòa bình"].color == "pink"  # #F08080 is nearest our pink
    note = by_quote["an ninh"]
    assert (note.note, note.author, note.tags) == ("Chú thích về an ninh\ndòng hai", "Lan", ())
    assert dict(project.skipped) == {"note without a place in a text": 1}  # the journal


def test_an_nvivo_project_with_inline_text_links_and_upper_case_guids(store, tmp_path):
    import_bundle(store, read_qdpx(nvivo_style(tmp_path)))
    anns = live(store)
    assert [a.exact for a in anns] == ["Lê Thị Tuyết Mai", "Geneva"]
    mai, geneva = anns
    assert mai.id == "95916796-d0a0-4b49-80b0-5a5c8b94ae13" and mai.tags == ("Người",)
    assert mai.color == "pink" and mai.author == "Hùng"
    assert mai.created == "2026-10-02T10:00:00.000Z" and mai.modified == "2026-10-03T10:00:00.000Z"
    assert geneva.note == "thành phố" and geneva.color == "yellow"


def test_a_maxqda_project_skips_pdf_and_audio_and_says_so(store, tmp_path, capsys):
    path = maxqda_style(tmp_path)
    d = str(tmp_path / "lib")
    store.close()
    assert run(parse_args(["--data-dir", d, "import", str(path), "--dry-run"])) == 0
    out = capsys.readouterr().out
    assert "MAXQDA 2024" in out and "skipped: 1 PDF, 1 audio" in out and "2 new" in out
    assert run(parse_args(["--data-dir", d, "import", str(path)])) == 0
    again = Store(tmp_path / "lib" / paths.DB_FILENAME)
    memo, coded = sorted(live(again), key=lambda a: a.tags)
    assert memo.note == "chỉ ghi nhớ, không mã" and coded.tags == ("Địa danh",)
    assert coded.color == "blue" and memo.exact == coded.exact == "Geneva"
    again.close()


@pytest.mark.parametrize("style", [qualcoder_style, nvivo_style, maxqda_style])
def test_importing_twice_adds_nothing(style, store, tmp_path):
    path = style(tmp_path)
    import_bundle(store, read_qdpx(path))
    before = dump(store)
    plan = plan_import(store, read_qdpx(path))
    assert not plan.changes_anything and plan.counts["new"] == 0
    import_bundle(store, read_qdpx(path))
    assert dump(store) == before


def test_our_own_project_comes_back_as_the_same_highlights(tmp_path):
    from dataclasses import replace

    from desktop.core.annotating import new_highlight

    src = Store(tmp_path / "a" / paths.DB_FILENAME)
    load_bundled(src, paths.corpus_dir())
    art = src.article(src.article_summaries()[0].id)
    start = art.body.index("Bộ Ngoại giao")
    ann = replace(new_highlight(art, start, start + 13, color="purple", note="hai\ndòng",
                                tags=("WPS", "cơ quan"), author="Cô Lan"),
                  created="2025-01-01T08:00:00.000Z", modified="2025-01-01T08:00:00.000Z")
    src.put_annotation(ann)
    path = tmp_path / "ours.qdpx"
    path.write_bytes(render("qdpx", collect_report(src)))
    dst = Store(tmp_path / "b" / paths.DB_FILENAME)
    import_bundle(dst, read_qdpx(path))
    (got,) = live(dst)
    fields = ("id", "article_id", "start", "end", "exact", "color", "note", "tags", "author",
              "created", "modified")
    assert [getattr(got, f) for f in fields] == [getattr(ann, f) for f in fields]
    plan, _ = import_bundle(src, read_qdpx(path))  # back home: the same highlight, unchanged
    assert plan.counts["unchanged"] == 1 and plan.counts["new"] == plan.counts["conflict"] == 0
    assert live(src) == [ann]
    src.close()
    dst.close()


# -- hostile projects ----------------------------------------------------------------------

GOOD_TEXT = b"Bo Ngoai giao"


def minimal(body: str = "", *, root='xmlns="urn:QDA-XML:project:1.0"', start=0, end=3,
            prolog="") -> str:
    return (f'<?xml version="1.0" encoding="utf-8"?>{prolog}<Project {root}><Sources>'
            '<TextSource guid="a2b94468-80a5-412f-92d6-e900d97b55a6" name="x" '
            'plainTextPath="internal://t.txt">'
            f'<PlainTextSelection guid="08cbced0-d736-44c8-8fd6-eb4d29fe46c5" '
            f'startPosition="{start}" endPosition="{end}"><Description>{body}</Description>'
            '</PlainTextSelection></TextSource></Sources></Project>')


def zip_slip(tmp_path):
    path = qdpx(tmp_path / "h.qdpx", minimal(), {"sources/t.txt": GOOD_TEXT}, check=False)
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("../../evil.txt", b"x")
    return path


def bomb(tmp_path):
    with zipfile.ZipFile(tmp_path / "h.qdpx", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.qde", minimal().encode())
        info = zipfile.ZipInfo("sources/t.txt")
        info.compress_type = zipfile.ZIP_DEFLATED
        zf.writestr(info, b"a" * (40 << 20))  # declared honestly; the member limit stops it
    return tmp_path / "h.qdpx"


def big_qde(tmp_path):
    with zipfile.ZipFile(tmp_path / "h.qdpx", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.qde", minimal().encode() + b" " * (100 << 20))
    return tmp_path / "h.qdpx"


HOSTILE = {
    "zip slip": (zip_slip, "unsafe file name"),
    "zip bomb": (bomb, "the limit is"),
    "100 MB entry": (big_qde, "the limit is"),
    "XXE": (lambda t: qdpx(t / "h.qdpx", minimal(
        "&xxe;", prolog='<!DOCTYPE Project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'),
        {"sources/t.txt": GOOD_TEXT}, check=False), "DOCTYPE"),
    "billion laughs": (lambda t: qdpx(t / "h.qdpx", minimal("&l2;", prolog=(
        '<!DOCTYPE Project [<!ENTITY l0 "ha"><!ENTITY l1 "&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;">'
        '<!ENTITY l2 "&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;">]>')),
        {"sources/t.txt": GOOD_TEXT}, check=False), "DOCTYPE"),
    "undeclared entity": (lambda t: qdpx(t / "h.qdpx", minimal("&nope;"),
                                         {"sources/t.txt": GOOD_TEXT}, check=False),
                          "not well-formed"),
    "outside the text": (lambda t: qdpx(t / "h.qdpx", minimal(start=5, end=500),
                                        {"sources/t.txt": GOOD_TEXT}, check=False),
                         "outside its text"),
    "backwards": (lambda t: qdpx(t / "h.qdpx", minimal(start=5, end=2),
                                 {"sources/t.txt": GOOD_TEXT}, check=False), "outside its text"),
    "unknown version": (lambda t: qdpx(t / "h.qdpx", minimal(
        root='xmlns="urn:QDA-XML:project:2.0"'), {"sources/t.txt": GOOD_TEXT}, check=False),
        "version '2.0' is not supported"),
    "missing source": (lambda t: qdpx(t / "h.qdpx", minimal(), check=False), "not in the file"),
    "not a zip": (lambda t: (t / "h.qdpx").write_bytes(b"<Project/>") and t / "h.qdpx",
                  "not a zip archive"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_project_is_refused_in_one_line_and_nothing_changes(case, tmp_path, capsys):
    make, reason = HOSTILE[case]
    path = make(tmp_path)
    d = tmp_path / "lib"
    db = d / paths.DB_FILENAME
    lib = Store(db)
    load_bundled(lib, paths.corpus_dir())
    lib.close()
    before = db.read_bytes()
    assert run(parse_args(["--data-dir", str(d), "import", str(path)])) == 3
    err = capsys.readouterr().err.strip()
    assert reason in err and "\n" not in err
    assert db.read_bytes() == before
    with pytest.raises(BundleError):
        read_qdpx(path)
    assert not (tmp_path.parent / "evil.txt").exists()


@pytest.mark.parametrize("origin, crlf_counts", [("NVivo 14", 2), ("ATLAS.ti 23", 1)])
def test_a_crlf_text_file_is_counted_as_its_program_counts_it(origin, crlf_counts, store,
                                                              tmp_path):
    raw = "Dòng một.\r\nĐại sứ Lê Thị Tuyết Mai phát biểu."
    counted = raw if crlf_counts == 2 else raw.replace("\r\n", "\n")
    start, end = span(counted, "Lê Thị Tuyết Mai")
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="x" origin="{origin}">
<Sources><TextSource guid="631251CC-9FB4-4131-BEA8-35947084C409" name="t"
 plainTextPath="internal://631251CC-9FB4-4131-BEA8-35947084C409.txt">
 <PlainTextSelection guid="95916796-D0A0-4B49-80B0-5A5C8B94AE13" startPosition="{start}"
  endPosition="{end}"><Description>người</Description></PlainTextSelection>
</TextSource></Sources></Project>"""
    path = qdpx(tmp_path / "crlf.qdpx", qde, {
        "Sources/631251CC-9FB4-4131-BEA8-35947084C409.txt": raw.encode()})
    import_bundle(store, read_qdpx(path))
    (ann,) = live(store)
    assert ann.exact == "Lê Thị Tuyết Mai"
    assert store.article(ann.article_id).body == "Dòng một.\nĐại sứ Lê Thị Tuyết Mai phát biểu."


# -- any text goes out and comes back at the same place -------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from desktop.core.exchange.refi_out import qdpx_bytes, xml_safe  # noqa: E402
from desktop.core.exchange.reports import ReportArticle  # noqa: E402
from desktop.core.models import COLORS, Annotation, Article  # noqa: E402
from desktop.core.vietnamese import nfc, normalize_body  # noqa: E402

_clean = st.text(max_size=30).map(lambda t: nfc(t.replace("\r", "")).strip())


@st.composite
def exported(draw):
    body = normalize_body(draw(st.text(min_size=2, max_size=80)))
    if len(body) < 2:
        body = "ab" + body
    art = Article(id="c" * 64, slug="s", title=draw(_clean), body=body)
    anns = []
    for i in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(body) - 1))
        end = draw(st.integers(start + 1, len(body)))
        anns.append(Annotation(
            id=f"00000000-0000-4000-8000-{i:012d}", article_id=art.id, start=start, end=end,
            exact=body[start:end], color=draw(st.sampled_from(COLORS)), note=draw(_clean),
            tags=tuple(draw(st.lists(_clean.filter(bool), max_size=3, unique=True))),
            author=draw(_clean), created="2025-01-01T08:00:00.000Z",
            modified="2025-01-02T08:00:00.000Z"))
    return ReportArticle(art, tuple(anns))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(group=exported())
def test_any_text_exported_comes_back_at_the_same_place(group, tmp_path):
    path = tmp_path / "any.qdpx"
    path.write_bytes(qdpx_bytes([group]))
    project = read_qdpx(path)
    assert next(iter(project.articles.values())).body == group.article.body
    got = {a.id: a for a in project.annotations}
    for ann in group.annotations:
        back = got[ann.id]
        assert (back.start, back.end, back.exact, back.color) == (ann.start, ann.end, ann.exact,
                                                                  ann.color)
        assert back.note == nfc(xml_safe(ann.note)).strip()
        assert back.tags == tuple(dict.fromkeys(nfc(xml_safe(t)).strip() for t in ann.tags))
        assert back.author == nfc(xml_safe(ann.author)).strip()
