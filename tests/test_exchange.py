"""Sharing annotated articles: bundles, the import merge, hostile bundles, reports."""

import csv
import hashlib
import io
import json
import re
import zipfile
from dataclasses import replace
from xml.etree import ElementTree as ET

import pytest

from desktop import __version__, paths
from desktop.core.annotating import new_highlight
from desktop.core.corpus import load_bundled
from desktop.core.exchange import (
    BundleError,
    Limits,
    Selection,
    export_bundle,
    import_bundle,
    plan_import,
    read_bundle,
)
from desktop.core.exchange import bundle as bundle_mod
from desktop.core.exchange.reports import collect_report, render
from desktop.core.store import Store

T0 = "2025-01-01T08:00:00.000Z"
T1 = "2025-01-02T08:00:00.000Z"
T2 = "2025-01-03T08:00:00.000Z"
T3 = "2025-01-04T08:00:00.000Z"
FIELDS = ("id", "article_id", "start", "end", "exact", "prefix", "suffix", "color", "note",
          "tags", "author", "created", "modified", "deleted")


def fresh(tmp_path, name, corpus=True):
    store = Store(tmp_path / name / paths.DB_FILENAME)
    if corpus:
        load_bundled(store, paths.corpus_dir())
    return store


def articles(store):
    return [store.article(s.id) for s in store.article_summaries()]


def highlight(store, article, phrase, *, color="yellow", note="", tags=(), author="Cô Lan",
              when=T0, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = article.body.index(phrase, start + 1)
    ann = replace(new_highlight(article, start, start + len(phrase), color=color, note=note,
                                tags=tuple(tags), author=author), created=when, modified=when)
    store.put_annotation(ann)
    return ann


def edit(store, ann_id, when, **fields):
    ann = replace(store.annotation(ann_id), modified=when, **fields)
    store.put_annotation(ann)
    return ann


def dump(store):
    return "\n".join(store.conn.iterdump())


def as_tuple(ann):
    return tuple(getattr(ann, f) for f in FIELDS)


def all_annotations(store):
    anns = store.annotations_for_export()
    return sorted((as_tuple(a) for a in anns), key=lambda t: t[0])


@pytest.fixture
def trainer(tmp_path):
    store = fresh(tmp_path, "trainer")
    store.set_setting("author", "Cô Lan")
    a, b = articles(store)
    highlight(store, a, "Bộ Ngoại giao", color="green", note="Cơ quan chủ trì", tags=("WPS",))
    highlight(store, a, "Hòa bình", color="blue", tags=("hòa bình", "chủ đề"), nth=0)
    highlight(store, b, "Lê Thị Tuyết Mai", color="pink",
              note="Đại sứ tại Geneva\n<script>alert('x')</script>", author="Thầy Hùng")
    gone = highlight(store, b, "Geneva", color="purple")
    store.put_annotation(replace(gone, deleted=True, modified=T1))
    yield store
    store.close()


def export_to(store, tmp_path, name="out.chugiai", **kw):
    path = tmp_path / name
    export_bundle(store, path, Selection(**kw), author=store.setting("author") or "",
                  app_version=__version__)
    return path


# -- round trip, idempotence ----------------------------------------------------------------


def test_round_trip_into_a_fresh_data_folder_keeps_everything(trainer, tmp_path):
    path = export_to(trainer, tmp_path)
    trainee = fresh(tmp_path, "trainee", corpus=False)  # lacks the articles: they travel too
    plan, changes = import_bundle(trainee, read_bundle(path))
    assert plan.counts["new"] == 3 and plan.counts["articles"] == 2
    assert plan.counts["conflict"] == plan.counts["orphaned"] == 0
    live = [t for t in all_annotations(trainer) if not t[-1]]
    assert [t for t in all_annotations(trainee) if not t[-1]] == live
    # the deletion travels too, as a marker (the trainee never had that highlight)
    gone = {t[0]: t[12] for t in all_annotations(trainer) if t[-1]}
    assert {i: m.modified for i, m in trainee.deletion_markers().items()} == gone
    for art in articles(trainer):
        got = trainee.article(art.id)
        assert (got.title, got.body, got.source) == (art.title, art.body, art.source)
    assert changes.annotations and trainee.integrity_ok()


def test_importing_the_same_bundle_twice_changes_nothing(trainer, tmp_path):
    path = export_to(trainer, tmp_path)
    trainee = fresh(tmp_path, "trainee")
    import_bundle(trainee, read_bundle(path))
    before = dump(trainee)
    plan, changes = import_bundle(trainee, read_bundle(path))
    assert not plan.changes_anything and not changes
    assert plan.counts["unchanged"] == 4  # three highlights and the tombstone
    assert dump(trainee) == before
    # and back to the trainer: nothing new there either
    before = dump(trainer)
    plan, _ = import_bundle(trainer, read_bundle(export_to(trainee, tmp_path, "back.chugiai")))
    assert plan.counts["conflict"] == 0 and plan.counts["updated"] == 0
    assert dump(trainer) == before


def test_export_filters_by_article_colour_and_tag(trainer, tmp_path):
    _a, b = articles(trainer)
    only_b = read_bundle(export_to(trainer, tmp_path, "b.chugiai", article_ids=(b.id,)))
    assert {x.article_id for x in only_b.annotations if not x.deleted} == {b.id}
    assert set(only_b.articles) == {b.id}
    green = read_bundle(export_to(trainer, tmp_path, "g.chugiai", colors=("green",)))
    assert [x.color for x in green.annotations] == ["green"]
    tagged = read_bundle(export_to(trainer, tmp_path, "t.chugiai", tags=("chủ đề",)))
    assert [x.tags for x in tagged.annotations] == [("hòa bình", "chủ đề")]


# -- merge rules ----------------------------------------------------------------------------


def test_three_person_merge_follows_the_rules(tmp_path):
    """Trainer edits A; trainee edits B, deletes C; both edit D (a conflict) and each keeps a
    highlight of their own."""
    trainer = fresh(tmp_path, "trainer")
    trainee = fresh(tmp_path, "trainee")
    art = articles(trainer)[0]
    a = highlight(trainer, art, "Bộ Ngoại giao", note="A")
    b = highlight(trainer, art, "Hội thảo", note="B")
    c = highlight(trainer, art, "phụ nữ", note="C")
    d = highlight(trainer, art, "an ninh", note="D")
    import_bundle(trainee, read_bundle(export_to(trainer, tmp_path, "1.chugiai")))

    edit(trainer, a.id, T1, note="A — trainer's edit")
    edit(trainer, d.id, T1, note="D — trainer's edit")
    mine = highlight(trainer, art, "quốc tế", note="trainer only", when=T1)
    edit(trainee, b.id, T2, color="pink")
    edit(trainee, c.id, T2, deleted=True)
    edit(trainee, d.id, T3, note="D — trainee's edit")
    theirs = highlight(trainee, art, "Chương trình", author="Học viên", when=T2)

    plan, _ = import_bundle(trainer, read_bundle(export_to(trainee, tmp_path, "2.chugiai")))
    outcome = {x.incoming.id: x.outcome for x in plan.decisions}
    assert outcome[a.id] == "unchanged"  # trainee's A is the version the trainer sent
    assert outcome[b.id] == "updated" and outcome[c.id] == "deleted"
    assert outcome[d.id] == "conflict" and outcome[theirs.id] == "new"
    assert trainer.annotation(a.id).note == "A — trainer's edit"
    assert trainer.annotation(b.id).color == "pink"
    assert trainer.annotation(c.id).deleted
    assert trainer.annotation(d.id).note == "D — trainee's edit"  # newer wins …
    (conflict,) = trainer.conflicts()
    assert (conflict.origin, conflict.version.note) == ("local", "D — trainer's edit")  # … both kept
    assert trainer.annotation(mine.id).note == "trainer only"
    assert trainer.annotation(theirs.id).author == "Học viên"

    plan, _ = import_bundle(trainee, read_bundle(export_to(trainer, tmp_path, "3.chugiai")))
    assert trainee.annotation(a.id).note == "A — trainer's edit"
    assert trainee.annotation(c.id).deleted
    assert trainee.annotation(mine.id).note == "trainer only"
    assert trainee.conflicts() == []
    live = lambda s: {x.id: (x.note, x.color) for x in s.annotations_for_export() if not x.deleted}  # noqa: E731
    assert live(trainer) == live(trainee)

    # the user picks the losing version: it wins from now on, and the conflict is gone
    trainer.resolve_conflict(d.id, conflict.id)
    assert trainer.annotation(d.id).note == "D — trainer's edit"
    assert trainer.conflicts() == []


def test_tombstone_wins_over_an_older_edit_and_a_newer_edit_is_kept_as_conflict(tmp_path):
    trainer, trainee = fresh(tmp_path, "t"), fresh(tmp_path, "s")
    art = articles(trainer)[0]
    a = highlight(trainer, art, "Bộ Ngoại giao", note="gốc")
    import_bundle(trainee, read_bundle(export_to(trainer, tmp_path, "1.chugiai")))
    edit(trainee, a.id, T2, note="học viên sửa sau khi bị xoá")
    edit(trainer, a.id, T1, deleted=True)
    plan, _ = import_bundle(trainee, read_bundle(export_to(trainer, tmp_path, "2.chugiai")))
    assert [x.outcome for x in plan.decisions] == ["conflict"]
    assert not trainee.annotation(a.id).deleted  # the newer local edit stays …
    (conflict,) = trainee.conflicts()
    assert conflict.origin == "incoming" and conflict.version.deleted  # … the deletion is listed
    before = dump(trainee)
    import_bundle(trainee, read_bundle(export_to(trainer, tmp_path, "3.chugiai")))
    assert dump(trainee) == before


def test_a_highlight_whose_quote_is_gone_is_kept_as_orphaned(trainer, tmp_path):
    path = export_to(trainer, tmp_path)
    members = unzip(path)
    doc = json.loads(members["annotations.jsonld"])
    item = doc["first"]["items"][0]
    item["target"]["selector"][0]["exact"] = "một câu không có trong bài này"
    members["annotations.jsonld"] = json.dumps(doc).encode()
    trainee = fresh(tmp_path, "trainee")
    plan, _ = import_bundle(trainee, read_bundle(rezip(members)))
    assert plan.counts["orphaned"] == 1
    ann_id = item["id"].removeprefix("urn:uuid:")
    assert trainee.orphaned_ids() == {ann_id}
    assert trainee.annotation(ann_id) is not None  # kept, never dropped


def test_a_moved_quote_is_re_anchored(trainer, tmp_path):
    members = unzip(export_to(trainer, tmp_path))
    doc = json.loads(members["annotations.jsonld"])
    item = doc["first"]["items"][0]
    sel = item["target"]["selector"][1]
    sel["start"], sel["end"] = sel["start"] + 5, sel["end"] + 5
    members["annotations.jsonld"] = json.dumps(doc).encode()
    trainee = fresh(tmp_path, "trainee")
    import_bundle(trainee, read_bundle(rezip(members)))
    ann = trainee.annotation(item["id"].removeprefix("urn:uuid:"))
    body = trainee.article(ann.article_id).body
    assert body[ann.start:ann.end] == ann.exact == item["target"]["selector"][0]["exact"]


# -- the JSON-LD shape (DESIGN §5) ----------------------------------------------------------


def check_design_shape(doc):
    assert doc["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    assert doc["@context"][1] == {"color": "urn:chugiai:color"}
    assert doc["type"] == "AnnotationCollection"
    items = doc["first"]["items"]
    assert doc["first"]["type"] == "AnnotationPage" and doc["total"] == len(items)
    assert re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", doc["id"])
    assert re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", doc["first"]["id"]) != doc["id"]
    for item in items:
        assert re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", item["id"])
        assert item["type"] == "Annotation"
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", item["modified"])
        assert "deleted" not in item  # deletion markers are in deletions.json
        assert item["motivation"] == ("commenting" if any(
            b["purpose"] == "commenting" for b in item.get("body", [])) else "highlighting")
        assert item["creator"]["type"] == "Person" and item["creator"]["name"]
        assert item["color"] in ("yellow", "green", "blue", "pink", "purple")
        for body in item.get("body", []):
            assert body["type"] == "TextualBody" and body["purpose"] in ("commenting", "tagging")
            if body["purpose"] == "commenting":
                assert body["format"] == "text/plain" and body["language"] == "vi"
        target = item["target"]
        assert re.fullmatch(r"urn:sha256:[0-9a-f]{64}", target["source"])
        quote, position = target["selector"]
        assert quote["type"] == "TextQuoteSelector" and {"exact", "prefix", "suffix"} <= set(quote)
        assert position["type"] == "TextPositionSelector"
        assert 0 <= position["start"] < position["end"]


def test_annotations_jsonld_has_the_design_shape_and_the_manifest_hashes(trainer, tmp_path):
    members = unzip(export_to(trainer, tmp_path))
    doc = json.loads(members["annotations.jsonld"])
    check_design_shape(doc)
    deletions = json.loads(members["deletions.json"])
    assert deletions["format"] == "chugiai-deletions" and len(deletions["items"]) == 1
    (marker,) = deletions["items"]
    assert set(marker) == {"id", "modified", "source"}
    manifest = json.loads(members["manifest.json"])
    assert (manifest["format"], manifest["version"], manifest["app_version"], manifest["author"]) \
        == ("chugiai-export", 2, __version__, "Cô Lan")
    assert set(manifest["files"]) == set(members) - {"manifest.json"}
    for name, digest in manifest["files"].items():
        assert hashlib.sha256(members[name]).hexdigest() == digest
    for name in members:
        if name.startswith("articles/"):
            art = json.loads(members[name])
            assert set(art) == {"id", "title", "source", "published", "language", "body"}
            assert name == f"articles/{art['id']}.json"


# -- hostile bundles ------------------------------------------------------------------------


def unzip(path):
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def rezip(members, *, fix_hashes=True):
    members = dict(members)
    if fix_hashes and "manifest.json" in members:
        manifest = json.loads(members["manifest.json"])
        manifest["files"] = {n: hashlib.sha256(d).hexdigest() for n, d in members.items()
                             if n != "manifest.json"}
        members["manifest.json"] = json.dumps(manifest).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out.getvalue()


def _items(m):
    return json.loads(m["annotations.jsonld"])


def _set_items(m, doc):
    m["annotations.jsonld"] = json.dumps(doc).encode()


def _edit_first(m, fn):
    doc = _items(m)
    fn(doc["first"]["items"][0])
    _set_items(m, doc)


def _manifest(m, **changes):
    doc = json.loads(m["manifest.json"])
    doc.update(changes)
    m["manifest.json"] = json.dumps(doc).encode()


def _article_name(m):
    return next(n for n in m if n.startswith("articles/"))


def hostile(kind, m):
    """The bytes of a bundle made bad in one way, from a good bundle's members."""
    if kind == "not a zip":
        return b"PK\x03\x04 this is not really a zip"
    if kind in ("dot-dot name", "absolute name", "backslash name"):
        name = {"dot-dot name": "articles/../../evil.json", "absolute name": "/etc/evil.json",
                "backslash name": "..\\evil.json"}[kind]
        return rezip({**m, name: b"{}"})
    if kind == "member too big":
        return rezip({**m, _article_name(m): b" " * (17 << 20)})
    if kind == "malformed json":
        return rezip({**m, "annotations.jsonld": b'{"type": "AnnotationCollection", '})
    if kind == "deeply nested json":
        return rezip({**m, "annotations.jsonld": b"[" * 100_000 + b"]" * 100_000})
    if kind == "unknown format":
        _manifest(m, format="something-else")
        return rezip(m)
    if kind == "newer version":
        _manifest(m, version=bundle_mod.VERSION + 1)
        return rezip(m, fix_hashes=False)
    if kind == "hash mismatch":
        _edit_first(m, lambda i: i.update(color="pink"))
        return rezip(m, fix_hashes=False)
    if kind == "outside its text":
        _edit_first(m, lambda i: i["target"]["selector"][1].update(start=10**6, end=10**6 + 5))
        return rezip(m)
    if kind == "10 MB note":
        _edit_first(m, lambda i: i.update(body=[{"type": "TextualBody", "purpose": "commenting",
                                                 "value": "x" * (10 << 20)}]))
        return rezip(m)
    if kind == "article body does not match its id":
        name = _article_name(m)
        art = json.loads(m[name])
        art["body"] = art["body"] + " (sửa)"
        m[name] = json.dumps(art).encode()
        return rezip(m)
    if kind == "article nowhere":
        _edit_first(m, lambda i: i["target"].update(source="urn:sha256:" + "ab" * 32))
        return rezip(m)
    if kind == "unknown colour":
        _edit_first(m, lambda i: i.update(color="red"))
        return rezip(m)
    if kind == "missing member":
        del m[_article_name(m)]
        return rezip(m, fix_hashes=False)
    raise AssertionError(kind)


HOSTILE = ["not a zip", "dot-dot name", "absolute name", "backslash name", "member too big",
           "malformed json", "deeply nested json", "unknown format", "newer version",
           "hash mismatch", "outside its text", "10 MB note", "article body does not match its id",
           "article nowhere", "unknown colour", "missing member"]


@pytest.mark.parametrize("kind", HOSTILE)
def test_a_hostile_bundle_is_refused_and_changes_nothing(kind, trainer, tmp_path):
    good = unzip(export_to(trainer, tmp_path))
    data = hostile(kind, good)
    trainee = fresh(tmp_path, "trainee")
    highlight(trainee, articles(trainee)[0], "Hội thảo", note="của học viên")
    before = dump(trainee)
    with pytest.raises(BundleError) as info:
        bundle = read_bundle(data)
        import_bundle(trainee, bundle)
    message = str(info.value)
    assert message and "\n" not in message and len(message) < 300
    assert dump(trainee) == before
    assert not (tmp_path / "evil.json").exists()


def test_a_zip_bomb_stops_at_the_total_limit(trainer, tmp_path):
    members = unzip(export_to(trainer, tmp_path))
    for digit in "cde":  # each member under its own limit, together over the total
        members[f"articles/{digit * 64}.json"] = b" " * 140_000
    limits = Limits(total_bytes=400_000, article_bytes=150_000)
    with pytest.raises(BundleError, match="more than 400,000"):
        read_bundle(rezip(members), limits)


def test_declared_sizes_that_lie_are_not_trusted(trainer, tmp_path):
    """A member whose header claims a small size is read only up to the limit."""
    members = unzip(export_to(trainer, tmp_path))
    name = _article_name(members)
    members[name] = b"x" * 300_000
    data = bytearray(rezip(members))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo(name)
    # patch the central directory's uncompressed size (the header's stays truthful)
    cd = data.rfind(b"PK\x01\x02" , 0, data.rfind(name.encode()) + 1)
    data[cd + 24:cd + 28] = (10).to_bytes(4, "little")
    assert info.file_size == 300_000
    with pytest.raises(BundleError):
        read_bundle(bytes(data), Limits(article_bytes=100_000))


def test_html_in_a_note_is_kept_as_text_and_escaped_in_reports(trainer, tmp_path):
    trainee = fresh(tmp_path, "trainee")
    import_bundle(trainee, read_bundle(export_to(trainer, tmp_path)))
    notes = [a.note for a in trainee.annotations_for_export()]
    assert "Đại sứ tại Geneva\n<script>alert('x')</script>" in notes
    page = render("html", collect_report(trainee)).decode()
    assert "<script>" not in page and "&lt;script&gt;" in page


# -- readable exports -----------------------------------------------------------------------


def test_html_report_is_self_contained_and_prints(trainer):
    page = render("html", collect_report(trainer), author="Cô Lan").decode()
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert "@media print" in page and "break-inside:avoid" in page
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", page)
    for text in ("Bộ Ngoại giao", "Cơ quan chủ trì", "#WPS", "Thầy Hùng"):
        assert text in page
    assert "Geneva</blockquote>" not in page  # the deleted highlight is not in it


def test_csv_has_a_bom_and_one_row_per_annotation(trainer):
    data = render("csv", collect_report(trainer))
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 3
    assert {r["quote"] for r in rows} == {"Bộ Ngoại giao", "Hòa bình", "Lê Thị Tuyết Mai"}
    assert next(r for r in rows if r["quote"] == "Hòa bình")["tags"] == "hòa bình; chủ đề"


def test_csv_cells_are_not_formulas(tmp_path):
    store = fresh(tmp_path, "s")
    highlight(store, articles(store)[0], "Bộ Ngoại giao", note="=HYPERLINK(\"x\")")
    rows = list(csv.DictReader(io.StringIO(
        render("csv", collect_report(store)).decode("utf-8-sig"))))
    assert rows[0]["note"].startswith("'=")


def test_markdown_escapes_markup(tmp_path):
    store = fresh(tmp_path, "s")
    highlight(store, articles(store)[0], "Bộ Ngoại giao", note="<b>đậm</b> *không* [link](x)",
              tags=("WPS",))
    md = render("md", collect_report(store)).decode()
    assert "&lt;b&gt;đậm&lt;/b&gt; \\*không\\* \\[link\\](x)" in md
    assert "> Bộ Ngoại giao" in md and "\\#WPS" in md


def test_qdpx_is_a_refi_qda_project_whose_selections_fit_their_sources(trainer):
    data = render("qdpx", collect_report(trainer))
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = zf.namelist()
        root = ET.fromstring(zf.read("project.qde"))
        sources = {n: zf.read(n).decode("utf-8") for n in names if n.startswith("sources/")}
    ns = {"q": "urn:QDA-XML:project:1.0"}
    assert root.tag == "{urn:QDA-XML:project:1.0}Project"
    children = [c.tag.split("}")[1] for c in root]
    assert children == ["Users", "CodeBook", "Sources", "Notes"]  # the schema's order
    codes = {c.get("guid"): c.get("name") for c in root.iterfind(".//q:Code", ns)}
    assert {"Màu", "Thẻ", "xanh lá", "WPS", "chủ đề"} <= set(codes.values())
    users = {u.get("guid") for u in root.iterfind("q:Users/q:User", ns)}
    selections = list(root.iterfind(".//q:TextSource/q:PlainTextSelection", ns))
    assert len(selections) == 3
    for src in root.iterfind("q:Sources/q:TextSource", ns):
        text = sources["sources/" + src.get("plainTextPath").removeprefix("internal://")]
        for sel in src.iterfind("q:PlainTextSelection", ns):
            quote = text[int(sel.get("startPosition")):int(sel.get("endPosition"))]
            assert quote.startswith(sel.get("name"))
            assert sel.get("creatingUser") in users
            for ref in sel.iterfind("q:Coding/q:CodeRef", ns):
                assert ref.get("targetGUID") in codes
    notes = {n.get("guid"): n.find("q:PlainTextContent", ns).text
             for n in root.iterfind("q:Notes/q:Note", ns)}
    # QualCoder reads a note from a NoteRef on the TextSource (and the selection's Description)
    refs = [r.get("targetGUID") for r in root.iterfind("q:Sources/q:TextSource/q:NoteRef", ns)]
    assert sorted(refs) == sorted(notes) and "Cơ quan chủ trì" in notes.values()
    memos = [d.text for d in root.iterfind(".//q:TextSource/q:PlainTextSelection/q:Description",
                                           ns)]
    assert sorted(memos) == sorted(notes.values())


def test_a_plan_is_refused_when_the_library_changed_meanwhile(trainer, tmp_path):
    from desktop.core.exchange import apply_plan
    from desktop.core.store import StaleSnapshot

    trainee = fresh(tmp_path, "trainee")
    bundle = read_bundle(export_to(trainer, tmp_path))
    import_bundle(trainee, bundle)
    later = read_bundle(export_to(trainer, tmp_path, "again.chugiai"))
    ann = next(a for a in later.annotations if not a.deleted)
    edit(trainer, ann.id, T2, note="sửa")
    later = read_bundle(export_to(trainer, tmp_path, "later.chugiai"))
    plan = plan_import(trainee, later)
    edit(trainee, ann.id, T3, note="học viên sửa trong lúc xem trước")
    before = dump(trainee)
    with pytest.raises(StaleSnapshot):
        apply_plan(trainee, plan)
    assert dump(trainee) == before


def test_bundle_module_limits_are_sane():
    limits = bundle_mod.DEFAULT_LIMITS
    assert limits.note_chars < (10 << 20) and limits.article_bytes < limits.total_bytes
