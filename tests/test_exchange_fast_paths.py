"""The fast paths of the bundle code agree with the general ones.

- writing `annotations.jsonld` directly gives the bytes of the general JSON encoder;
- reading an item through `_parse_item_fast` gives what the fully checked parser gives, and
  anything the checked parser refuses is left to it (so every refusal keeps its message).
"""

import json
import random

import pytest

from desktop.core.exchange import bundle as bundle_mod
from desktop.core.models import COLORS, Annotation

WEIRD = ["", "a", "Lê Thị Tuyết Mai", 'quote " and \\ back', "tab\tnew\nline\r\x00\x1f",
         "<script>alert(1)</script>", "emoji 😀 \u2028 \u2029",
         "e\u0301 NFD", "ghi chú " * 40]


def _annotations(n=400):
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
            modified="2024-05-06T07:08:09.000Z", deleted=(i % 11 == 0)))
    return out


def test_collection_bytes_equal_the_general_encoder():
    anns = _annotations()
    langs = {a.article_id: random.Random(i).choice(["vi", "en", ""])
             for i, a in enumerate(anns)}
    for author in ("", "Cô Lan"):
        fast = bundle_mod.collection_bytes(anns, author=author, languages=langs)
        slow = bundle_mod._dumps(bundle_mod.annotation_collection(anns, author=author,
                                                                  languages=langs))
        assert fast == slow
    assert json.loads(fast)["total"] == len(anns)


def test_collection_bytes_of_odd_fields_fall_back_to_the_general_encoder():
    odd = Annotation(id="00000000-0000-4000-8000-000000000000", article_id="a" * 64, start=1,
                     end=2, exact="x", color=None, author=None, note=None)
    assert bundle_mod.collection_bytes([odd]) == bundle_mod._dumps(
        bundle_mod.annotation_collection([odd]))
    assert bundle_mod.collection_bytes([]) == bundle_mod._dumps(
        bundle_mod.annotation_collection([]))


def test_collection_bytes_refuse_what_the_general_encoder_refuses():
    bad = Annotation(id="00000000-0000-4000-8000-000000000000", article_id="a" * 64, start=1,
                     end=2, exact="\ud800 lone surrogate")
    for write in (bundle_mod.collection_bytes,
                  lambda anns: bundle_mod._dumps(bundle_mod.annotation_collection(anns))):
        with pytest.raises(UnicodeEncodeError):
            write([bad])


# -- reading -------------------------------------------------------------------------------

ODD_VALUES = [None, "", " ", "x", "  Lê  ", "e\u0301", 0, 1, -1, 2**40, True, False, 1.5, [],
              [{}], {}, {"x": 1}, "2024-05-06T07:08:09.000Z", "2024-02-30T07:08:09.000Z",
              "2024-05-06T07:08:09Z", "2024-05-06 07:08:09+07:00", "urn:uuid:ABC",
              "urn:uuid:00000000-0000-4000-8000-00000000000A",
              "urn:uuid:{00000000-0000-4000-8000-00000000000a}",
              "urn:sha256:" + "a" * 64, "urn:sha256:" + "A" * 64, "urn:sha256:" + "a" * 63,
              "TextualBody", "tagging", "commenting", "TextQuoteSelector",
              "TextPositionSelector", "Annotation", "yellow", "red", "x" * 300, "y" * 1200]


def _paths(value, prefix=()):
    """Every (path to a container, key) in a JSON value."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield prefix, k
            yield from _paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield prefix, i
            yield from _paths(v, prefix + (i,))


def _mutations(item, rng, n):
    import copy

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


def _outcome(parse, item, limits):
    try:
        return parse(item)
    except bundle_mod.BundleError as exc:
        return ("refused", str(exc))


def test_the_fast_item_parser_agrees_with_the_checked_one():
    limits = bundle_mod.Limits(note_chars=1000, tag_chars=250, author_chars=250,
                               context_chars=250)
    anns = _annotations(60)
    items = json.loads(bundle_mod.collection_bytes(anns, author="Cô Lan"))["first"]["items"]
    rng = random.Random(11)
    fast_used = 0
    for item in items:
        for doc in [item, *_mutations(item, rng, 120)]:
            checked = _outcome(lambda d: bundle_mod._parse_item_checked(d, 0, limits), doc,
                               limits)
            fast = bundle_mod._parse_item_fast(doc, limits)
            if fast is not None:
                fast_used += 1
                assert fast == checked, doc
            assert _outcome(lambda d: bundle_mod.parse_item(d, 0, limits), doc, limits) \
                == checked
    assert fast_used > 300  # the fast path is the usual one
