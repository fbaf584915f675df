"""The one description of an annotation as a W3C Web Annotation item: `TERMS` and `NODES`.

Writing (`to_item`) and reading (`from_item`) both follow it, so they cannot drift apart: a field
added to `TERMS` is written and read back, checked the same way. `compile_terms` turns the
description, once, into the Python source of one writer and one reader (`_SOURCE` shows it), so
that neither walks the terms and their paths for each annotation (`benchmarks/exchange.py` times
export + import of 10,000 annotations against its goal); no hand-written fast path sits beside
the description. docs/BUNDLE_FORMAT.md shows an item.

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


def to_item(ann: Annotation, *, author: str = "", language: str = "vi") -> dict:
    """A live annotation as a W3C Web Annotation item, as `TERMS` place it."""
    return _WRITE(ann, author, language)


def _expression(term: Term) -> str:
    """How a term's value is written, as Python: the field, with its URN prefix or default."""
    if term.kind == "uuid":
        return "fmt.UUID_URN + ann.id"
    if term.kind == "source":
        return "fmt.SHA_URN + ann.article_id"
    if term.field == "created":
        return "ann.created or ann.modified"
    if term.field == "author":
        return "ann.author or author"
    return f"ann.{term.field}"


def _new_node(step: str) -> str:
    """The node a step makes, as Python: a list, or an object with its constant members."""
    if step in _LISTS:
        return "[]"
    members = ", ".join(f"{k!r}: {v!r}" for k, v in NODES.get(step, {}).items())
    if step == "body:commenting":
        members += ", 'language': language"
    return "{" + members + "}"


def _writer_source(paths: list, steps: list, terms: tuple[Term, ...]) -> str:
    """The writer of `compile_terms`: each node made on first use (a node is written only when
    a term below it has a value), every term set in the order of `TERMS`."""
    lines = ["def write(ann, author, language):",
             f"    n0 = {{'id': None, {_new_node('')[1:-1]}, 'motivation': "
             "'commenting' if ann.note else 'highlighting'}",
             *(f"    n{i} = None" for i in range(1, len(paths)))]

    made_always = {0}  # nodes a term made whatever the annotation: no check needed after it

    def make(index: int, pad: str, *, fresh: bool = False) -> list[str]:
        """Lines that make node `index` (and its parents) when it is not made yet; `fresh`: a
        new element every time (one per value of a term with many)."""
        if index in made_always and not fresh:
            return []
        parent, step = steps[index]
        out = make(parent, pad)
        name = "node" if fresh else f"n{index}"
        if ":" in step:  # a new element of the list its parent is
            made = [f"{pad}{name} = {_new_node(step)}", f"{pad}n{parent}.append({name})"]
        else:
            made = [f"{pad}{name} = n{parent}.setdefault({step!r}, {_new_node(step)})"]
        if fresh:
            return out + made
        return [f"{pad}if n{index} is None:", *("    " + line for line in out + made)]

    for term in terms:
        if not term.field:
            continue
        index, key = paths.index(term.path[:-1]), term.path[-1]
        lines.append(f"    value = {_expression(term)}")
        if term.many:
            lines.append("    for one in value:")
            pad = "        "
            if term.omit_empty:
                lines.append("        if one:")
                pad = "            "
            lines += make(index, pad, fresh=True)
            lines.append(f"{pad}node[{key!r}] = one")
            continue
        pad = "    "
        if term.omit_empty:
            lines.append("    if value:")
            pad = "        "
        lines += make(index, pad)
        lines.append(f"{pad}n{index}[{key!r}] = value")
        while not term.omit_empty and index not in made_always:
            made_always.add(index)
            index = steps[index][0]
    lines.append("    return n0")
    return "\n".join(lines) + "\n"


# -- reading -------------------------------------------------------------------------------


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
    ann = _READ(item, where, limits, modified, ann_id)
    if (ann.start, ann.end) != (-1, -1) and not 0 <= ann.start < ann.end:
        raise fmt._fail(f"{where}: position {ann.start}–{ann.end} is not a range in a text")
    return ann


# The keys that hold a list of typed elements, and what each element must be.
_LISTS = {"body": "each body must be a TextualBody", "selector": "each selector must be an object"}


def _children(parents: list, step: str, where: str) -> list:
    """The objects under `step` of each parent node (a creator given as a list: its first)."""
    out = []
    for node in parents:
        child = node.get(step)
        if child is None:
            continue
        if step == "creator" and type(child) is list:
            child = child[0] if child else {}
        if type(child) is not dict and not isinstance(child, dict):
            raise fmt._fail(f"{where}: {step} must be an object")
        out.append(child)
    return out


def _lists(parents: list, step: str, where: str) -> list:
    """The list under `step` of each parent node (one object stands for a list of one), each
    element checked to be what the list holds."""
    out = []
    for node in parents:
        child = node.get(step)
        if child is None:
            continue
        elements = fmt._as_list(child, f"{where} {step}")
        for element in elements:
            if not isinstance(element, dict) or (
                    step == "body" and element.get("type") != "TextualBody"):
                raise fmt._fail(f"{where}: {_LISTS[step]}")
        out.append(elements)
    return out


def _bodies(parents: list, tagging: bool) -> list:
    """The bodies of the lists whose purpose is tagging (or, `tagging` False, any other: no
    purpose is commenting, and every body that is not tagging is part of the note)."""
    return [element for node in parents for element in node
            if (element.get("purpose", "commenting") == "tagging") == tagging]


def _typed(parents: list, wanted: str) -> list:
    """The last element of the lists whose `type` is `wanted` (the last of a type decides)."""
    return [element for node in parents for element in node
            if element.get("type") == wanted][-1:]


def _reader_source(paths: list, steps: list, terms: tuple[Term, ...]) -> str:
    """The reader of `compile_terms`: each node resolved just before the first term that needs
    it, every term read and checked in the order of `TERMS` (so the first fault found is the
    same whatever the path of a term), id and modified given (read first by `from_item`)."""
    lines = ["def read(item, where, limits, modified, ann_id):", "    n0 = [item]"]
    resolved = {0}

    def resolve(index: int) -> None:
        if index in resolved:
            return
        parent, step = steps[index]
        resolve(parent)
        if ":" in step:
            field, _, wanted = step.partition(":")
            call = (f"_bodies(n{parent}, {wanted == 'tagging'})" if field == "body"
                    else f"_typed(n{parent}, {wanted!r})")
        elif step in _LISTS:
            call = f"_lists(n{parent}, {step!r}, where)"
        else:
            call = f"_children(n{parent}, {step!r}, where)"
        lines.append(f"    n{index} = {call}")
        resolved.add(index)

    fields = []
    for number, term in enumerate(terms):
        if term.field in ("id", "modified"):
            continue
        index = 0 if term.kind == "source" else paths.index(term.path[:-1])
        resolve(index)
        name = f"f{number}" if term.field else "_"
        lines.append(f"    {name} = R{number}(T{number}, n{index}, {term.path[-1]!r}, item, "
                     "where, limits, modified)")
        if term.field:
            fields.append(f"{term.field}={name}")
    lines.append(f"    return Annotation(id=ann_id, modified=modified, {', '.join(fields)})")
    return "\n".join(lines) + "\n"


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
    """The writer and the reader, generated once from the description as Python functions (a
    loop walking the terms for each item made writing three times and reading half again as
    slow), with every node path, parents first, and its parent's index and step."""
    paths: list[tuple[str, ...]] = [()]
    for term in terms:
        for depth in range(1, len(term.path)):
            if term.path[:depth] not in paths:
                paths.append(term.path[:depth])
    steps = [(-1, "")] + [(paths.index(p[:-1]), p[-1]) for p in paths[1:]]
    namespace: dict = {"fmt": fmt, "Annotation": Annotation,
                       "_children": _children, "_lists": _lists, "_bodies": _bodies,
                       "_typed": _typed}
    for number, term in enumerate(terms):
        namespace[f"T{number}"] = term
        namespace[f"R{number}"] = (_read_note if term.field == "note" else
                                   _read_tags if term.many else _READERS[term.kind])
    source = _writer_source(paths, steps, terms) + _reader_source(paths, steps, terms)
    exec(compile(source, "<annotation_ld: compiled from TERMS>", "exec"), namespace)
    return {"_NODE_PATHS": paths, "_NODE_STEPS": steps, "_WRITE": namespace["write"],
            "_READ": namespace["read"], "_SOURCE": source}


_PLANS = compile_terms(TERMS)
_NODE_PATHS, _NODE_STEPS = _PLANS["_NODE_PATHS"], _PLANS["_NODE_STEPS"]
_WRITE, _READ, _SOURCE = _PLANS["_WRITE"], _PLANS["_READ"], _PLANS["_SOURCE"]
