"""One description of an annotation (`annotation_ld.TERMS`) drives writing and reading.

- every field of an annotation is in the description, and what is written is read back;
- the reader refuses a damaged item only with a one-line BundleError, never another exception,
  and whatever it accepts is a well-formed annotation;
- a field moved in the description moves in what is written and in what is read.
"""

import copy
import json
import random
from dataclasses import fields, replace

import pytest

from desktop.core.exchange import annotation_ld as ld
from desktop.core.exchange import bundle as bundle_mod
from desktop.core.models import COLORS, Annotation
from desktop.core.vietnamese import nfc

WEIRD = ["", "a", "Lê Thị Tuyết Mai", 'quote " and \\ back', "tab\tnew\nline\r\x00\x1f",
         "<script>alert(1)</script>", "emoji 😀 \u2028 \u2029", "e\u0301 NFD", "ghi chú " * 20]


def _annotations(n=300):
    rng = random.Random(7)
    out = []
    for i in range(n):
        pick = lambda: rng.choice(WEIRD)  # noqa: E731
        start = rng.randrange(0, 10_000)
        out.append(Annotation(
            id=f"{i:08x}-0000-4000-8000-{rng.randrange(16**12):012x}",
            article_id=f"{rng.randrange(16**64):064x}", start=start,
            end=start + rng.randrange(1, 80), exact=pick() or "x", prefix=pick(), suffix=pick(),
            color=rng.choice(COLORS), note=pick() if i % 3 else "",
            tags=tuple(rng.sample(WEIRD[1:], rng.randrange(0, 3))), author=pick(),
            created=rng.choice(["", "2024-01-02T03:04:05.678Z"]),
            modified="2024-05-06T07:08:09.000Z"))
    return out


def _as_read(ann: Annotation) -> Annotation:
    """What reading gives back: text in NFC, author and tags trimmed, created filled."""
    tags = tuple(dict.fromkeys(t for t in (nfc(t).strip() for t in ann.tags) if t))
    return replace(ann, exact=nfc(ann.exact), prefix=nfc(ann.prefix), suffix=nfc(ann.suffix),
                   note=nfc(ann.note), tags=tags, author=nfc(ann.author).strip(),
                   created=ann.created or ann.modified)


def test_every_field_of_an_annotation_is_described():
    described = {t.field for t in ld.TERMS if t.field}
    assert described == {f.name for f in fields(Annotation)} - {"deleted"}  # deletions: apart


def test_what_is_written_is_read_back():
    limits = bundle_mod.DEFAULT_LIMITS
    for i, ann in enumerate(_annotations()):
        item = json.loads(json.dumps(ld.to_item(ann, language="en")))
        assert ld.from_item(item, i, limits) == _as_read(ann)


def test_an_author_given_for_the_bundle_fills_in_a_missing_one():
    ann = replace(_annotations(1)[0], author="")
    assert ld.to_item(ann, author="Cô Lan")["creator"] == {"type": "Person", "name": "Cô Lan"}
    assert "creator" not in ld.to_item(ann)


def test_a_moved_term_moves_in_writing_and_reading(monkeypatch):
    """The description, not the code, says where a field lives."""
    moved = tuple(replace(t, path=("target", "selector", "selector:TextQuoteSelector",
                                   "before")) if t.field == "prefix" else t for t in ld.TERMS)
    for name, value in ld.compile_terms(moved).items():
        monkeypatch.setattr(ld, name, value)
    ann = replace(_annotations(1)[0], prefix="trước")
    item = ld.to_item(ann)
    quote = item["target"]["selector"][0]
    assert quote["before"] == "trước" and "prefix" not in quote
    assert ld.from_item(item, 0, bundle_mod.DEFAULT_LIMITS).prefix == "trước"


ODD_VALUES = [None, "", " ", "x", "  Lê  ", "e\u0301", 0, 1, -1, 2**40, True, False, 1.5, [],
              [{}], {}, {"x": 1}, "2024-05-06T07:08:09.000Z", "2024-02-30T07:08:09.000Z",
              "2024-05-06T07:08:09Z", "2024-05-06 07:08:09+07:00", "urn:uuid:ABC",
              "0001-01-01T00:00:00+14:00",
              "urn:uuid:00000000-0000-4000-8000-00000000000A",
              "urn:uuid:{00000000-0000-4000-8000-00000000000a}",
              "urn:sha256:" + "a" * 64, "urn:sha256:" + "A" * 64, "urn:sha256:" + "a" * 63,
              "TextualBody", "tagging", "commenting", "TextQuoteSelector",
              "TextPositionSelector", "Annotation", "yellow", "red", "x" * 300, "y" * 1200]


def _paths(value, prefix=()):
    if isinstance(value, dict):
        for k, v in value.items():
            yield prefix, k
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield prefix, i
            yield from _paths(v, (*prefix, i))


def _mutations(item, rng, n):
    spots = list(_paths(item))
    for _ in range(n):
        doc = copy.deepcopy(item)
        for _ in range(rng.randrange(1, 4)):
            where, key = rng.choice(spots)
            node = doc
            try:
                for step in where:
                    node = node[step]
                if rng.random() < 0.2 and isinstance(node, dict):
                    node.pop(key, None)
                else:
                    node[key] = copy.deepcopy(rng.choice(ODD_VALUES))
            except (KeyError, IndexError, TypeError):
                continue
        yield doc


def test_a_damaged_item_is_refused_with_one_line_or_read_as_a_sound_annotation():
    limits = bundle_mod.Limits(note_chars=1000, tag_chars=250, author_chars=250,
                               context_chars=250)
    rng = random.Random(11)
    accepted = refused = 0
    for ann in _annotations(60):
        item = json.loads(json.dumps(ld.to_item(ann, author="Cô Lan")))
        for doc in _mutations(item, rng, 120):
            try:
                got = ld.from_item(doc, 0, limits)
            except bundle_mod.BundleError as exc:
                refused += 1
                assert str(exc) and "\n" not in str(exc) and len(str(exc)) < 300
                continue
            accepted += 1
            assert got.color in COLORS and isinstance(got.tags, tuple)
            assert got.exact and all(isinstance(t, str) and t for t in got.tags)
            assert (got.start, got.end) == (-1, -1) or 0 <= got.start < got.end
            assert bundle_mod.canonical_time(got.modified, "x") == got.modified
    assert accepted > 500 and refused > 500


@pytest.mark.parametrize("broken", [
    {"body": [{"type": "Note", "value": "x"}]}, {"body": "text"},
    {"target": {"source": "urn:sha256:" + "a" * 64, "selector": []}},
    {"target": "x"}, {"color": None}, {"motivation": None}, {"created": None}])
def test_refusals_name_what_is_wrong(broken):
    item = {**ld.to_item(_annotations(1)[0]), **broken}
    with pytest.raises(bundle_mod.BundleError):
        ld.from_item(item, 0, bundle_mod.DEFAULT_LIMITS)
