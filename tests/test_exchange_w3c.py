"""Bundles measured against the W3C Web Annotation standard's own material.

Every item, the collection and its page of a real export pass the W3C test suite's MUST schemas
(`annotationMusts.test`, `collectionMusts.test`, `pageMusts.test`: JSON Schema draft-04, `$ref`s
resolved in the suite's `definitions/`), and expanding the document with the official JSON-LD
context (`anno.jsonld`, served offline) keeps every value: no term of ours is dropped.
"""

import json
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from desktop import __version__, paths
from desktop.core.annotating import new_highlight
from desktop.core.corpus import load_bundled
from desktop.core.exchange import Selection, export_bundle, read_bundle
from desktop.core.models import Article
from desktop.core.store import Store

jsonschema = pytest.importorskip("jsonschema")
referencing = pytest.importorskip("referencing")
jsonld = pytest.importorskip("pyld.jsonld")

W3C = Path(__file__).resolve().parent.parent.parent / "shared" / "standards" / "w3c-web-annotation"
ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def _registry():
    def retrieve(uri: str):
        name = uri.rsplit("/", 1)[-1].split("#")[0]
        for folder in ("definitions", "annotations", "collections", "collections/pages"):
            path = W3C / folder / name
            if path.is_file():
                return referencing.Resource.from_contents(
                    json.loads(path.read_text(encoding="utf-8")),
                    default_specification=referencing.jsonschema.DRAFT4)
        raise referencing.exceptions.NoSuchResource(ref=uri)
    return referencing.Registry(retrieve=retrieve)


def _assertions(test_file: str) -> list[tuple[str, dict]]:
    test = json.loads((W3C / test_file).read_text(encoding="utf-8"))
    return [(name, json.loads((W3C / name).read_text(encoding="utf-8")))
            for name in test["assertions"]]


def _failures(doc: dict, test_file: str) -> list[str]:
    registry = _registry()
    out = []
    for name, schema in _assertions(test_file):
        validator = jsonschema.Draft4Validator(schema, registry=registry)
        valid = validator.is_valid(doc)
        if valid != (schema.get("expectedResult", "valid") == "valid"):
            out.append(f"{name}: {schema.get('errorMessage', '')[:120]}")
    return out


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """A real export: notes, tags, several colours, a deletion, an astral character before a
    highlight (positions count code points), an article in English."""
    tmp = tmp_path_factory.mktemp("w3c")
    store = Store(tmp / "lib" / paths.DB_FILENAME)
    load_bundled(store, paths.corpus_dir())
    from desktop.core.corpus import make_article
    emoji = make_article(title="Emoji 😀", body="Trước 😀😀 là Hà Nội, sau là Huế.\nDòng hai.")
    english = make_article(title="English", body="Peace and security in Geneva.",
                           language="en")
    store.add_articles([emoji, english])
    arts = [store.article(s.id) for s in store.article_summaries()]
    made = []
    for i, art in enumerate(arts):
        for phrase in ("Hà Nội", "Huế", "Geneva", "Bộ Ngoại giao", "Hòa bình"):
            if phrase in art.body:
                start = art.body.index(phrase)
                ann = new_highlight(art, start, start + len(phrase), color="green",
                                    note=f"ghi chú {i}\ndòng hai" if i % 2 else "",
                                    tags=("WPS", "chủ đề") if i % 3 else (), author="Cô Lan")
                store.put_annotation(ann)
                made.append(ann)
    store.put_annotation(made[0].evolve(deleted=True))
    path = tmp / "out.chugiai"
    export_bundle(store, path, Selection(), author="Cô Lan", app_version=__version__)
    with zipfile.ZipFile(path) as zf:
        doc = json.loads(zf.read("annotations.jsonld"))
    yield {"doc": doc, "path": path, "store": store, "emoji": emoji}
    store.close()


def test_the_standards_material_is_there():
    assert (W3C / "anno.jsonld").is_file() and (W3C / "definitions" / "id.json").is_file()


def test_every_item_passes_the_annotation_musts(exported):
    doc = exported["doc"]
    items = doc["first"]["items"]
    assert len(items) >= 5
    for item in items:  # a single annotation carries the context it is read with
        single = {"@context": doc["@context"], **item}
        assert _failures(single, "annotations/annotationMusts.test") == [], item["id"]


def test_the_collection_and_its_page_pass_the_collection_musts(exported):
    doc = exported["doc"]
    assert _failures(doc, "collections/collectionMusts.test") == []
    assert _failures(doc, "collections/pages/pageMusts.test") == []


def test_a_deletion_marker_is_no_annotation_item(exported):
    doc = exported["doc"]
    assert all("target" in item for item in doc["first"]["items"])
    with zipfile.ZipFile(exported["path"]) as zf:
        deletions = json.loads(zf.read("deletions.json"))
    assert len(deletions["items"]) == 1


def test_the_schemas_do_catch_what_they_should():
    """The harness itself can fail: an id-less collection and a target-less item are caught."""
    bad = {"@context": ANNO_CONTEXT, "type": "AnnotationCollection", "total": 1,
           "first": {"type": "AnnotationPage", "items": []}}
    assert any("5.1-collectionIdValidated" in f
               for f in _failures(bad, "collections/collectionMusts.test"))
    tombstone = {"@context": ANNO_CONTEXT, "id": "urn:uuid:1", "type": "Annotation"}
    assert any("3.1-targetKeyFound" in f
               for f in _failures(tombstone, "annotations/annotationMusts.test"))


def _loader(url, options=None):
    if url.rstrip("/") not in (ANNO_CONTEXT, "https://www.w3.org/ns/anno.jsonld"):
        raise jsonld.JsonLdError(f"offline: {url}", "loading document failed")
    return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
            "document": json.loads((W3C / "anno.jsonld").read_text(encoding="utf-8"))}


def _scalars(value, out: Counter, *, skip_context: bool) -> Counter:
    if isinstance(value, dict):
        for key, inner in value.items():
            if skip_context and key == "@context":
                continue
            _scalars(inner, out, skip_context=skip_context)
    elif isinstance(value, list):
        for inner in value:
            _scalars(inner, out, skip_context=skip_context)
    elif not isinstance(value, bool):
        out[str(value)] += 1
    else:
        out[str(value).lower()] += 1
    return out


def _terms_by_iri() -> dict[str, str]:
    """The official context read backwards: IRI → the term that names it (as:OrderedCollection
    → AnnotationCollection)."""
    context = json.loads((W3C / "anno.jsonld").read_text(encoding="utf-8"))["@context"]
    prefixes = {k: v for k, v in context.items() if isinstance(v, str) and v.endswith(("#", "/"))}
    out = {}
    for term, value in context.items():
        iri = value.get("@id") if isinstance(value, dict) else value
        if isinstance(iri, str) and ":" in iri:
            prefix, rest = iri.split(":", 1)
            out[prefixes.get(prefix, prefix + ":") + rest] = term
    return out


TERMS_BY_IRI = _terms_by_iri()


def _local(value: str, terms=TERMS_BY_IRI) -> str:
    """The term for an IRI, or an IRI's last part (oa:commenting → commenting), or the value."""
    if value in terms:
        return terms[value]
    for sep in ("#", "/"):
        if value.startswith("http") and sep in value:
            return value.rsplit(sep, 1)[-1]
    return value


def test_expanding_with_the_official_context_drops_no_term(exported):
    doc = exported["doc"]
    expanded = jsonld.expand(doc, {"documentLoader": _loader})
    mine = _scalars(doc, Counter(), skip_context=True)
    theirs = Counter()
    for value, n in _scalars(expanded, Counter(), skip_context=False).items():
        theirs[value] += n
        if _local(value) != value:
            theirs[_local(value)] += n
    missing = mine - theirs
    assert not missing, f"dropped by JSON-LD expansion: {dict(missing)}"
    # and the harness notices a term the context does not define
    odd = {**doc, "first": {**doc["first"], "items": [{**doc["first"]["items"][0],
                                                        "undefinedTerm": "lost value"}]}}
    dropped = _scalars(odd, Counter(), skip_context=True) - _scalars(
        jsonld.expand(odd, {"documentLoader": _loader}), Counter(), skip_context=False)
    assert "lost value" in dropped


def test_positions_count_code_points(exported):
    emoji = exported["emoji"]
    item = next(i for i in exported["doc"]["first"]["items"]
                if i["target"]["source"] == "urn:sha256:" + emoji.id)
    quote, position = item["target"]["selector"]
    assert emoji.body[position["start"]:position["end"]] == quote["exact"]
    assert position["start"] == emoji.body.index(quote["exact"])  # 😀 counts one, not two


def test_an_older_bundle_with_tombstone_items_still_reads(exported, tmp_path):
    """Version 1 carried a deletion as an Annotation item with `deleted`; it still reads."""
    with zipfile.ZipFile(exported["path"]) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    doc = json.loads(members.pop("annotations.jsonld"))
    for marker in json.loads(members.pop("deletions.json"))["items"]:
        doc["first"]["items"].append({"id": marker["id"], "type": "Annotation",
                                      "modified": marker["modified"], "deleted": True})
    doc["total"] = len(doc["first"]["items"])
    doc["@context"][1]["deleted"] = "urn:chugiai:deleted"
    members["annotations.jsonld"] = json.dumps(doc).encode()
    import hashlib
    manifest = json.loads(members.pop("manifest.json"))
    manifest["version"] = 1
    manifest["files"] = {n: hashlib.sha256(d).hexdigest() for n, d in members.items()}
    old = tmp_path / "old.chugiai"
    with zipfile.ZipFile(old, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for name, data in members.items():
            zf.writestr(name, data)
    bundle = read_bundle(old)
    assert sum(a.deleted for a in bundle.annotations) == 1
    assert isinstance(next(iter(bundle.articles.values())), Article)
