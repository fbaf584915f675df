"""The one description of an annotation as a W3C Web Annotation item: `TERMS` and `NODES`.

Writing (`to_item`) and reading (`from_item`) both follow it, so they cannot drift apart: a field
added to `TERMS` is written and read back, checked the same way. There is no separate fast
writer or reader: `benchmarks/exchange.py` (export + import of 10,000 annotations, goal < 2 s)
measured 1.7–2.2 s of CPU with this one alone (2 runs of 7 over 2 s) on a 2-core machine
loaded 8–10 deep by other jobs, against 1.1–1.5 s with the hand-written fast paths it replaced,
in the same runs. Should the benchmark miss the goal on a quiet machine, a text writer
generated from `TERMS` is the place to win it back (writing is the larger half of the cost).
`compile_terms` works out once what both walk, so that
neither interprets paths per annotation. docs/BUNDLE_FORMAT.md shows an item.

A path is the keys from the item to a value; a step `list:X` is the element of that list whose
`type` (selectors) or `purpose` (bodies) is X. On reading, a body's purpose defaults to
"commenting", and every body that is not "tagging" is read as (part of) the note.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from desktop.core.exchange import bundle as fmt
from desktop.core.models import COLORS, Annotation


@dataclass(frozen=True)
class Term:
    """One field of an Annotation and where the W3C item holds it."""

    field: str  # the Annotation's attribute
    path: tuple[str, ...]
    kind: str  # how it is checked: uuid, time, text, color, source, position
    label: str  # how a message names it
    limit: str = ""  # the `Limits` attribute that bounds its length
    many: bool = False  # one node per value (tags)
    required: bool = False
    omit_empty: bool = False  # not written when empty (no note, no author, no tags)


_QUOTE = "selector:TextQuoteSelector"
_POSITION = "selector:TextPositionSelector"

TERMS = (
    Term("id", ("id",), "uuid", "id", required=True),
    Term("created", ("created",), "time", "created"),
    Term("", ("motivation",), "motivation", "motivation"),  # from the note: not a field
    Term("modified", ("modified",), "time", "modified", required=True),
    Term("author", ("creator", "name"), "text", "creator name", "author_chars", omit_empty=True),
    Term("color", ("color",), "color", "colour"),
    Term("note", ("body", "body:commenting", "value"), "text", "note", "note_chars",
         omit_empty=True),
    Term("tags", ("body", "body:tagging", "value"), "text", "tag", "tag_chars", many=True,
         omit_empty=True),
    Term("article_id", ("target", "source"), "source", "target", required=True),
    Term("exact", ("target", "selector", _QUOTE, "exact"), "text", "quote", "article_bytes",
         required=True),
    Term("prefix", ("target", "selector", _QUOTE, "prefix"), "text", "prefix", "context_chars"),
    Term("suffix", ("target", "selector", _QUOTE, "suffix"), "text", "suffix", "context_chars"),
    Term("start", ("target", "selector", _POSITION, "start"), "position", "start"),
    Term("end", ("target", "selector", _POSITION, "end"), "position", "end"),
)

# What each node carries besides the terms: written as is; on reading, `type` is checked.
NODES: dict[str, dict[str, str]] = {
    "": {"type": "Annotation"},
    "creator": {"type": "Person"},
    "body:commenting": {"type": "TextualBody", "purpose": "commenting", "format": "text/plain"},
    "body:tagging": {"type": "TextualBody", "purpose": "tagging"},
    _QUOTE: {"type": "TextQuoteSelector"},
    _POSITION: {"type": "TextPositionSelector"},
}
MISSING = object()  # a key that is not there (null is a value, and refused where it must not be)
MOTIVATIONS = ("highlighting", "commenting", "tagging", "bookmarking", "describing",
               "classifying")


# -- writing -------------------------------------------------------------------------------


def _encoder(term: Term):
    """How a term's value is written: the field, with its URN prefix or its default."""
    field = term.field
    if term.kind == "uuid":
        return lambda ann, author: fmt.UUID_URN + ann.id
    if term.kind == "source":
        return lambda ann, author: fmt.SHA_URN + ann.article_id
    if field == "created":
        return lambda ann, author: ann.created or ann.modified
    if field == "author":
        return lambda ann, author: ann.author or author
    return lambda ann, author: getattr(ann, field)


def _make(made: list, index: int, language: str, *, fresh: bool = False):
    """The node `_NODE_PATHS[index]` of the item being written, made on first use (`fresh`:
    a new element each time, for a term with many values)."""
    if not fresh and made[index] is not None:
        return made[index]
    parent_index, step = _NODE_STEPS[index]
    parent = made[parent_index]
    if parent is None:
        parent = _make(made, parent_index, language)
    if ":" in step:  # a new element of the list `parent` is
        node = {**NODES[step]}
        if step == "body:commenting":
            node["language"] = language
        parent.append(node)
    else:
        node = parent.setdefault(step, [] if step in _LISTS else {**NODES.get(step, {})})
    if not fresh:
        made[index] = node
    return node


def to_item(ann: Annotation, *, author: str = "", language: str = "vi") -> dict:
    """A live annotation as a W3C Web Annotation item, as `TERMS` place it."""
    item: dict = {"id": None, **NODES[""],
                  "motivation": "commenting" if ann.note else "highlighting"}
    made: list = [None] * len(_NODE_PATHS)
    made[0] = item
    for term, index, key, encode in _WRITE_PLAN:
        value = encode(ann, author)
        if term.many:
            for one in value:
                if one or not term.omit_empty:
                    _make(made, index, language, fresh=True)[key] = one
        elif value or not term.omit_empty:
            node = made[index]
            if node is None:
                node = _make(made, index, language)
            node[key] = value
    return item


# -- reading -------------------------------------------------------------------------------


def _elements(node: dict, key: str, where: str) -> list:
    """The list under `key` (one object stands for a list of one)."""
    return fmt._as_list(node.get(key), f"{where} {key}")


def _resolve(item: dict, index: int, nodes_at: list, where: str) -> list:
    """The nodes at `_NODE_PATHS[index]` (several for a list step that matches several
    elements), resolved once per item from its parent's nodes."""
    parent, step = _NODE_STEPS[index]
    parents = nodes_at[parent]
    if parents is None:
        parents = _resolve(item, parent, nodes_at, where)
    out = []
    if ":" in step:  # the matching elements of the list its parent step reached
        field, _, wanted = step.partition(":")
        if field == "body":  # no purpose: commenting; any purpose but tagging: the note
            tagging = wanted == "tagging"
            out = [element for node in parents for element in node
                   if (element.get("purpose", "commenting") == "tagging") == tagging]
        else:
            out = [element for node in parents for element in node
                   if element.get("type") == wanted][-1:]  # the last of a type decides
    else:
        for node in parents:
            child = node.get(step)
            if child is None:
                continue
            if step in _LISTS:
                elements = fmt._as_list(child, f"{where} {step}")
                for element in elements:
                    if not isinstance(element, dict) or (
                            step == "body" and element.get("type") != "TextualBody"):
                        raise fmt._fail(f"{where}: {_LISTS[step]}")
                out.append(elements)
                continue
            if step == "creator" and isinstance(child, list):
                child = child[0] if child else {}
            if not isinstance(child, dict):
                raise fmt._fail(f"{where}: {step} must be an object")
            out.append(child)
    nodes_at[index] = out
    return out


# The keys that hold a list of typed elements, and what each element must be.
_LISTS = {"body": "each body must be a TextualBody", "selector": "each selector must be an object"}


def _element(step: str) -> bool:
    """Is this step an element of a list (`body:tagging`), not a key?"""
    return ":" in step


def from_item(item, index: int, limits: fmt.Limits) -> Annotation:
    """One item of the collection as an Annotation, as `TERMS` say; BundleError (one line)."""
    where = f"annotation {index + 1}"
    if not isinstance(item, dict):
        raise fmt._fail(f"{where} is not an object")
    ann_id = fmt._annotation_id(item.get("id"), where)
    where = f"annotation {ann_id}"
    if item.get("type") != "Annotation":
        raise fmt._fail(f"{where}: type must be Annotation")
    modified = fmt.canonical_time(item.get("modified"), f"{where} modified")
    deleted = item.get("deleted", False)
    if not isinstance(deleted, bool):
        raise fmt._fail(f"{where}: deleted must be true or false")
    if deleted:  # a version-1 deletion marker, written as an item
        article_id = fmt._article_ref(item["target"], where) if "target" in item else ""
        return Annotation(id=ann_id, article_id=article_id, start=0, end=0, exact="",
                          modified=modified, created=modified, deleted=True)
    fields: dict = {"id": ann_id, "modified": modified}
    nodes_at: list = [None] * len(_NODE_PATHS)
    nodes_at[0] = [item]
    for term, index, key, read in _READ_PLAN:
        if term.field in fields:
            continue
        nodes = nodes_at[index]
        if nodes is None:
            nodes = _resolve(item, index, nodes_at, where)
        fields[term.field] = read(term, nodes, key, item, where, limits, modified)
    del fields[""]
    start, end = fields["start"], fields["end"]
    if (start, end) != (-1, -1) and not 0 <= start < end:
        raise fmt._fail(f"{where}: position {start}–{end} is not a range in a text")
    return Annotation(**fields)


_normalize = unicodedata.normalize


def _one_text(value, term: Term, where: str, limit: int) -> str:
    if type(value) is str and len(value) <= limit and (value or not term.required):
        return _normalize("NFC", value)  # the usual case, checked in one go
    return fmt._text(None if value is MISSING else value, f"{where} {term.label}", limit,
                     required=term.required)


def _read_text(term, nodes, key, item, where, limits, modified) -> str:
    if not nodes and term.required:
        raise fmt._fail(f"{where}: a TextQuoteSelector is required")
    limit = getattr(limits, term.limit)
    value = _one_text(nodes[-1].get(key, MISSING), term, where, limit) if nodes else ""
    if term.required and not value:
        raise fmt._fail(f"{where} {term.label} is empty")
    return value.strip() if term.field == "author" else value


def _read_note(term, nodes, key, item, where, limits, modified) -> str:
    limit = getattr(limits, term.limit)
    notes = [_one_text(node.get(key, MISSING), term, where, limit) for node in nodes]
    note = "\n\n".join(t for t in notes if t)
    if len(note) > limit:
        raise fmt._fail(f"{where} {term.label} is {len(note):,} characters; the limit is "
                        f"{limit:,}")
    return note


def _read_tags(term, nodes, key, item, where, limits, modified) -> tuple[str, ...]:
    limit, label = getattr(limits, term.limit), f"{where} {term.label}"
    tags = []
    for node in nodes:
        value = node.get(key, MISSING)
        tag = fmt._text(None if value is MISSING else value, label, limit, required=True).strip()
        if tag:
            tags.append(tag)
    tags = list(dict.fromkeys(tags))
    if len(tags) > limits.tags:
        raise fmt._fail(f"{where} has {len(tags)} tags; the limit is {limits.tags}")
    return tuple(tags)


def _last(nodes: list, key: str):
    return nodes[-1].get(key, MISSING) if nodes else MISSING


def _read_time(term, nodes, key, item, where, limits, modified) -> str:
    value = _last(nodes, key)
    return modified if value is MISSING else fmt.canonical_time(value, f"{where} {term.label}")


def _read_color(term, nodes, key, item, where, limits, modified) -> str:
    value = _last(nodes, key)
    value = COLORS[0] if value is MISSING else value
    if value not in COLORS:
        raise fmt._fail(f"{where}: unknown colour {str(value)[:30]!r}")
    return value


def _read_motivation(term, nodes, key, item, where, limits, modified) -> str:
    value = _last(nodes, key)
    value = "highlighting" if value is MISSING else value
    if value not in MOTIVATIONS:
        raise fmt._fail(f"{where}: unknown motivation {str(value)[:30]!r}")
    return value


def _read_position(term, nodes, key, item, where, limits, modified) -> int:
    if not nodes:  # no TextPositionSelector: placed by its quote
        return -1
    value = nodes[-1].get(key, MISSING)
    return fmt._int(None if value is MISSING else value, f"{where} {term.label}")


def _read_source(term, nodes, key, item, where, limits, modified) -> str:
    return fmt._article_ref(item.get("target"), where)  # the target itself, checked first


def _read_id(term, nodes, key, item, where, limits, modified) -> str:
    return fmt._annotation_id(_last(nodes, key), where)  # read first, before the others


_READERS = {"uuid": _read_id, "text": _read_text, "time": _read_time, "color": _read_color,
            "motivation": _read_motivation, "position": _read_position, "source": _read_source}
def compile_terms(terms: tuple[Term, ...]) -> dict:
    """What writing and reading walk, worked out once from the description: every node path,
    parents first, with its parent's index and step; per term, the index of the node holding
    it, its key there, and how it is written and read."""
    paths: list[tuple[str, ...]] = [()]
    for term in terms:
        for depth in range(1, len(term.path)):
            if term.path[:depth] not in paths:
                paths.append(term.path[:depth])
    return {
        "_NODE_PATHS": paths,
        "_NODE_STEPS": [(-1, "")] + [(paths.index(p[:-1]), p[-1]) for p in paths[1:]],
        "_WRITE_PLAN": tuple((t, paths.index(t.path[:-1]), t.path[-1], _encoder(t))
                             for t in terms if t.field),
        "_READ_PLAN": tuple(
            (t, 0 if t.kind == "source" else paths.index(t.path[:-1]), t.path[-1],
             _read_note if t.field == "note" else _read_tags if t.many else _READERS[t.kind])
            for t in terms),
    }


_PLANS = compile_terms(TERMS)
_NODE_PATHS, _NODE_STEPS = _PLANS["_NODE_PATHS"], _PLANS["_NODE_STEPS"]
_WRITE_PLAN, _READ_PLAN = _PLANS["_WRITE_PLAN"], _PLANS["_READ_PLAN"]
