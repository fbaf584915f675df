"""The `.chugiai` bundle (DESIGN §5): writing one, and reading one as untrusted input.

A bundle is a zip of `manifest.json`, `annotations.jsonld` (a W3C Web Annotation collection) and
`articles/<id>.json`. Reading never lets a name from the zip touch the file system, bounds every
member's and the total uncompressed size while decompressing (a zip bomb stops at the limit, not
after), checks each member's SHA-256 against the manifest, and validates every field before
anything reaches the store. Any failure raises `BundleError` with a one-line reason for the user.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import tempfile
import unicodedata
import uuid
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from desktop.core.errors import UserError
from desktop.core.models import COLORS, Annotation, Article, utc_now
from desktop.core.vietnamese import nfc, normalize_body

FORMAT = "chugiai-export"
VERSION = 1
SUFFIX = ".chugiai"
MANIFEST = "manifest.json"
ANNOTATIONS = "annotations.jsonld"
ARTICLE_PREFIX = "articles/"
CONTEXT = ["http://www.w3.org/ns/anno.jsonld",
           {"color": "urn:chugiai:color", "deleted": "urn:chugiai:deleted"}]
UUID_URN = "urn:uuid:"
SHA_URN = "urn:sha256:"
_HEX64 = re.compile(r"[0-9a-f]{64}")
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_ARTICLE_MEMBER = re.compile(r"articles/([0-9a-f]{64})\.json")


@dataclass(frozen=True)
class Limits:
    """What a bundle may hold. Sizes are uncompressed bytes, lengths are characters."""

    members: int = 20_000
    manifest_bytes: int = 4 << 20
    annotations_bytes: int = 256 << 20
    article_bytes: int = 16 << 20
    total_bytes: int = 512 << 20
    annotations: int = 500_000
    note_chars: int = 100_000
    tag_chars: int = 200
    tags: int = 200
    author_chars: int = 200
    title_chars: int = 2_000
    context_chars: int = 1_000  # prefix / suffix of a quote
    short_chars: int = 500  # source, published, language, app version, timestamps


DEFAULT_LIMITS = Limits()


class BundleError(UserError):
    """The file is not a bundle this app accepts; the message is one line for the user, the
    code says which reason (not_zip, no_manifest, unknown_format, newer, too_large, damaged,
    missing, folder, unreadable; invalid for the rest) for the interface to translate."""


@dataclass(frozen=True)
class Bundle:
    """A validated bundle. Tombstones are annotations with `deleted=True`; one that carries no
    target has `article_id == ""`. Positions are checked against the bundle's own articles here
    and against the local library by the merge (for articles the bundle does not carry)."""

    version: int
    created: str
    author: str
    app_version: str
    annotations: tuple[Annotation, ...]
    articles: dict[str, Article] = field(default_factory=dict)
    sha256: str = ""  # of the whole file: names the bundle in messages


# -- writing -------------------------------------------------------------------------------


def annotation_to_jsonld(ann: Annotation, *, author: str = "", language: str = "vi") -> dict:
    """One annotation as a W3C Web Annotation; a deleted one as a tombstone (id, modified)."""
    item: dict = {"id": UUID_URN + ann.id, "type": "Annotation"}
    if ann.deleted:
        item["modified"] = ann.modified
        item["deleted"] = True
        return item
    item["motivation"] = "commenting" if ann.note else "highlighting"
    item["created"] = ann.created or ann.modified
    item["modified"] = ann.modified
    name = ann.author or author
    if name:
        item["creator"] = {"type": "Person", "name": name}
    item["color"] = ann.color
    body = []
    if ann.note:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": ann.note,
                     "format": "text/plain", "language": language})
    body += [{"type": "TextualBody", "purpose": "tagging", "value": tag} for tag in ann.tags]
    if body:
        item["body"] = body
    item["target"] = {"source": SHA_URN + ann.article_id, "selector": [
        {"type": "TextQuoteSelector", "exact": ann.exact, "prefix": ann.prefix,
         "suffix": ann.suffix},
        {"type": "TextPositionSelector", "start": ann.start, "end": ann.end}]}
    return item


def annotation_collection(annotations: Iterable[Annotation], *, author: str = "",
                          languages: dict[str, str] | None = None) -> dict:
    languages = languages or {}
    items = [annotation_to_jsonld(a, author=author, language=languages.get(a.article_id, "vi"))
             for a in annotations]
    return {"@context": CONTEXT, "type": "AnnotationCollection", "total": len(items),
            "first": {"type": "AnnotationPage", "items": items}}


_q = json.encoder.encode_basestring  # how json.dumps(ensure_ascii=False) writes a string


def _annotation_json(ann: Annotation, author: str, language: str) -> str:
    """`_dumps(annotation_to_jsonld(ann, …))` as text, written directly: the same characters
    (tests/test_exchange_fast_paths.py), without building and walking a dict per annotation."""
    q = _q
    if type(ann.start) is not int or type(ann.end) is not int:  # bool is not int
        raise TypeError("position must be int")
    if ann.deleted:
        return (f'{{"id":{q(UUID_URN + ann.id)},"type":"Annotation","modified":'
                f'{q(ann.modified)},"deleted":true}}')
    name = ann.author or author
    body = []
    if ann.note:
        body.append(f'{{"type":"TextualBody","purpose":"commenting","value":{q(ann.note)},'
                    f'"format":"text/plain","language":{q(language)}}}')
    for tag in ann.tags:
        body.append(f'{{"type":"TextualBody","purpose":"tagging","value":{q(tag)}}}')
    return "".join((
        '{"id":', q(UUID_URN + ann.id), ',"type":"Annotation","motivation":',
        '"commenting"' if ann.note else '"highlighting"',
        ',"created":', q(ann.created or ann.modified), ',"modified":', q(ann.modified),
        f',"creator":{{"type":"Person","name":{q(name)}}}' if name else "",
        ',"color":', q(ann.color),
        f',"body":[{",".join(body)}]' if body else "",
        ',"target":{"source":', q(SHA_URN + ann.article_id),
        ',"selector":[{"type":"TextQuoteSelector","exact":', q(ann.exact),
        ',"prefix":', q(ann.prefix), ',"suffix":', q(ann.suffix),
        '},{"type":"TextPositionSelector","start":', str(ann.start), ',"end":', str(ann.end),
        "}]}}"))


def collection_bytes(annotations: Iterable[Annotation], *, author: str = "",
                     languages: dict[str, str] | None = None) -> bytes:
    """`_dumps(annotation_collection(…))`, the same bytes, about 2.5 times faster."""
    languages = languages or {}
    items = []
    for a in annotations:
        language = languages.get(a.article_id, "vi")
        try:
            items.append(_annotation_json(a, author, language))
        except TypeError:  # a field that is not text (None…): the general encoder knows JSON
            items.append(_dumps(annotation_to_jsonld(a, author=author,
                                                     language=language)).decode("utf-8"))
    return b"".join((b'{"@context":', _dumps(CONTEXT), b',"type":"AnnotationCollection",',
                     b'"total":%d,"first":{"type":"AnnotationPage","items":[' % len(items),
                     ",".join(items).encode("utf-8"), b"]}}"))


def article_to_json(article: Article) -> dict:
    return {"id": article.id, "title": article.title, "source": article.source,
            "published": article.published, "language": article.language, "body": article.body}


def _dumps(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def bundle_bytes(annotations: Iterable[Annotation], articles: Iterable[Article], *, author: str,
                 app_version: str, created: str | None = None) -> bytes:
    """The whole `.chugiai` file in memory (annotations in the order given)."""
    arts = sorted({a.id: a for a in articles}.values(), key=lambda a: a.id)
    members: dict[str, bytes] = {ANNOTATIONS: collection_bytes(
        annotations, author=author, languages={a.id: a.language or "vi" for a in arts})}
    for art in arts:
        members[f"{ARTICLE_PREFIX}{art.id}.json"] = _dumps(article_to_json(art))
    manifest = {"format": FORMAT, "version": VERSION, "created": created or utc_now(),
                "author": author, "app_version": app_version,
                "files": {name: hashlib.sha256(data).hexdigest() for name, data in members.items()}}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"))
        for name, data in members.items():
            zf.writestr(name, data)
    return out.getvalue()


def write_atomically(path: str | os.PathLike, data: bytes) -> None:
    """Write a file whole or not at all (a temp file beside it, then a rename)."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# -- reading -------------------------------------------------------------------------------


def _fail(message: str, code: str = "invalid", **values) -> BundleError:
    return BundleError(message, code, **values)


def _safe_member_name(name: str) -> bool:
    if not name or name.startswith(("/", "\\")) or "\\" in name or ":" in name or "\0" in name:
        return False
    parts = name.rstrip("/").split("/")
    return all(p not in ("", ".", "..") for p in parts)


class _Reader:
    def __init__(self, zf: zipfile.ZipFile, limits: Limits):
        self.zf = zf
        self.limits = limits
        self.total = 0

    def read(self, info: zipfile.ZipInfo, limit: int) -> bytes:
        if info.file_size > limit:
            raise _fail(f"{info.filename} is {info.file_size:,} bytes; the limit is {limit:,}", "too_large")
        if self.total + info.file_size > self.limits.total_bytes:
            raise _fail(f"the bundle unpacks to more than {self.limits.total_bytes:,} bytes",
                        "too_large")
        try:
            with self.zf.open(info) as f:  # the sizes in a zip may lie: read no more than allowed
                data = f.read(limit + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError,
                NotImplementedError, ValueError) as exc:
            raise _fail(f"{info.filename} cannot be unpacked: {exc}", "damaged") from None
        if len(data) > limit:
            raise _fail(f"{info.filename} unpacks to more than {limit:,} bytes", "too_large")
        self.total += len(data)
        if self.total > self.limits.total_bytes:
            raise _fail(f"the bundle unpacks to more than {self.limits.total_bytes:,} bytes")
        return data


def _reject_constant(name: str):
    raise ValueError(f"{name} is not allowed")


def _json(name: str, data: bytes):
    try:
        return json.loads(data.decode("utf-8"), parse_constant=_reject_constant)
    except UnicodeDecodeError:
        raise _fail(f"{name} is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise _fail(f"{name} is not valid JSON (line {exc.lineno}, column {exc.colno}: "
                    f"{exc.msg})") from None
    except (ValueError, RecursionError) as exc:
        raise _fail(f"{name} is not valid JSON: {str(exc) or 'nested too deeply'}") from None


_normalize = unicodedata.normalize
_CANONICAL_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")


def canonical_time(value, where: str) -> str:
    """A timestamp as the store keeps it: UTC ISO-8601 with milliseconds and a Z."""
    if isinstance(value, str) and _CANONICAL_TIME.fullmatch(value):
        try:
            datetime.fromisoformat(value)  # a real date, not just the right shape
            return value
        except ValueError:
            raise _fail(f"{where}: {value[:40]!r} is not an ISO-8601 time") from None
    if not isinstance(value, str) or not value or len(value) > 64:
        raise _fail(f"{where}: a timestamp is required")
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise _fail(f"{where}: {value[:40]!r} is not an ISO-8601 time") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _text(value, where: str, limit: int, *, required: bool = False, default: str = "") -> str:
    if type(value) is str and (value or not required) and len(value) <= limit:
        return _normalize("NFC", value)  # the common case, checked in one go
    if value is None and not required:
        return default
    if not isinstance(value, str):
        raise _fail(f"{where} must be text")
    if len(value) > limit:
        raise _fail(f"{where} is {len(value):,} characters; the limit is {limit:,}")
    if required and not value:
        raise _fail(f"{where} is empty")
    return nfc(value)


def _int(value, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _fail(f"{where} must be a whole number")
    return value


def _as_list(value, where: str) -> list:
    if value is None:
        return []
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list):
        return value
    raise _fail(f"{where} must be an object or a list")


def parse_manifest(doc) -> tuple[int, dict[str, str]]:
    if not isinstance(doc, dict):
        raise _fail("manifest.json is not an object")
    if doc.get("format") != FORMAT:
        raise _fail(f"not a Chú Giải bundle: unknown format {str(doc.get('format'))[:40]!r}",
                    "unknown_format")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _fail("manifest.json: version must be a whole number from 1")
    if version > VERSION:
        raise _fail(f"made by a newer Chú Giải (bundle version {version}; this app reads "
                    f"version {VERSION}): update the app to import it", "newer",
                    version=version, supported=VERSION)
    files = doc.get("files")
    if not isinstance(files, dict) or ANNOTATIONS not in files:
        raise _fail("manifest.json: the list of files is missing")
    for name, digest in files.items():
        if not isinstance(digest, str) or not _HEX64.fullmatch(digest):
            raise _fail(f"manifest.json: {str(name)[:80]} has no SHA-256")
    return version, files


def parse_article(doc, member_id: str, limits: Limits) -> Article:
    where = f"articles/{member_id[:12]}…"
    if not isinstance(doc, dict):
        raise _fail(f"{where} is not an object")
    if doc.get("id") != member_id:
        raise _fail(f"{where}: its id does not match its file name")
    body = doc.get("body")
    if not isinstance(body, str):
        raise _fail(f"{where}: the text is missing")
    if normalize_body(body) != body or hashlib.sha256(body.encode("utf-8")).hexdigest() != member_id:
        raise _fail(f"{where}: the text does not match its id (changed or damaged)", "damaged")
    return Article(
        id=member_id, slug="", body=body,
        title=_text(doc.get("title"), f"{where} title", limits.title_chars, default="").strip()
        or member_id[:12],
        source=_text(doc.get("source"), f"{where} source", limits.short_chars),
        published=_text(doc.get("published"), f"{where} published", limits.short_chars),
        language=_text(doc.get("language"), f"{where} language", limits.short_chars,
                       default="vi") or "vi",
        origin="user", added_at="")


def _annotation_id(value, where: str) -> str:
    if not isinstance(value, str) or not value.startswith(UUID_URN) or len(value) > 100:
        raise _fail(f"{where}: id must be a urn:uuid:…")
    rest = value[len(UUID_URN):]
    if _CANONICAL_UUID.fullmatch(rest):
        return rest  # already as str(uuid.UUID(rest)) writes it
    try:
        return str(uuid.UUID(rest))
    except ValueError:
        raise _fail(f"{where}: {value[:60]!r} is not a UUID") from None


def _article_ref(target, where: str) -> str:
    if not isinstance(target, dict):
        raise _fail(f"{where}: the target must be an object")
    source = target.get("source")
    if not isinstance(source, str) or not source.startswith(SHA_URN) \
            or not _HEX64.fullmatch(source[len(SHA_URN):]):
        raise _fail(f"{where}: the target must name an article as urn:sha256:…")
    return source[len(SHA_URN):]


_MOTIVATIONS = ("highlighting", "commenting", "tagging", "bookmarking", "describing",
                "classifying")


def _fast_time(value) -> bool:
    """Would `canonical_time(value)` return value itself?"""
    if type(value) is not str or not _CANONICAL_TIME.fullmatch(value):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _fast_text(value, limit: int, empty_ok: bool = True) -> str | None:
    """`_text(value, …)` for the usual values; None where `_text` might refuse or differ."""
    if value is None:
        return "" if empty_ok else None
    if type(value) is not str or len(value) > limit or not (value or empty_ok):
        return None
    return _normalize("NFC", value)


def _parse_item_fast(item, limits: Limits) -> Annotation | None:
    """`parse_item` for a well-formed live annotation, without building a message per check.

    Returns None for anything unusual — a tombstone, a missing or odd field, anything
    `_parse_item_checked` would refuse — and that one then decides, with its exact message.
    Whatever this returns, `_parse_item_checked` returns too (tests/test_exchange_fast_paths.py).
    """
    if type(item) is not dict:
        return None
    get = item.get
    ident = get("id")
    if type(ident) is not str or len(ident) > 100 or not ident.startswith(UUID_URN):
        return None
    ann_id = ident[len(UUID_URN):]
    if not _CANONICAL_UUID.fullmatch(ann_id) or get("type") != "Annotation" \
            or get("deleted", False) is not False:
        return None
    modified = get("modified")
    created = get("created", modified)
    if not _fast_time(modified) or not _fast_time(created) \
            or get("motivation", "highlighting") not in _MOTIVATIONS:
        return None
    creator = get("creator")
    author = ""
    if creator is not None:
        if type(creator) is not dict:
            return None
        author = _fast_text(creator.get("name"), limits.author_chars)
        if author is None:
            return None
        author = author.strip()
    color = get("color", COLORS[0])
    if color not in COLORS:
        return None
    bodies = get("body")
    if bodies is None:
        bodies = ()
    elif type(bodies) is dict:
        bodies = (bodies,)
    elif type(bodies) is not list:
        return None
    notes: list[str] = []
    tags: list[str] = []
    for body in bodies:
        if type(body) is not dict or body.get("type") != "TextualBody":
            return None
        if body.get("purpose", "commenting") == "tagging":
            tag = _fast_text(body.get("value"), limits.tag_chars, empty_ok=False)
            if tag is None:
                return None
            tag = tag.strip()
            if tag:
                tags.append(tag)
        else:
            text = _fast_text(body.get("value"), limits.note_chars)
            if text is None:
                return None
            notes.append(text)
    note = "\n\n".join(n for n in notes if n) if notes else ""
    if len(note) > limits.note_chars:
        return None
    if len(tags) > 1:
        tags = list(dict.fromkeys(tags))
    if len(tags) > limits.tags:
        return None
    target = get("target")
    if type(target) is not dict:
        return None
    source = target.get("source")
    if type(source) is not str or not source.startswith(SHA_URN) \
            or not _HEX64.fullmatch(source, len(SHA_URN)):
        return None
    selectors = target.get("selector")
    if type(selectors) is dict:
        selectors = (selectors,)
    elif type(selectors) is not list:
        return None  # None (no selector) is refused below anyway: no quote
    quote = position = None
    for sel in selectors:
        if type(sel) is not dict:
            return None
        kind = sel.get("type")
        if kind == "TextQuoteSelector":
            quote = sel
        elif kind == "TextPositionSelector":
            position = sel
    if quote is None:
        return None
    exact = _fast_text(quote.get("exact"), limits.article_bytes, empty_ok=False)
    prefix = _fast_text(quote.get("prefix"), limits.context_chars)
    suffix = _fast_text(quote.get("suffix"), limits.context_chars)
    if exact is None or prefix is None or suffix is None:
        return None
    start = end = -1
    if position is not None:
        start, end = position.get("start"), position.get("end")
        if type(start) is not int or type(end) is not int or not 0 <= start < end:
            return None
    return Annotation(id=ann_id, article_id=source[len(SHA_URN):], start=start, end=end,
                      exact=exact, prefix=prefix, suffix=suffix, color=color, note=note,
                      tags=tuple(tags), author=author, created=created, modified=modified)


def parse_item(item, index: int, limits: Limits) -> Annotation:
    """One item of the collection as an Annotation; BundleError (one line) when it is not."""
    return _parse_item_fast(item, limits) or _parse_item_checked(item, index, limits)


def _parse_item_checked(item, index: int, limits: Limits) -> Annotation:
    where = f"annotation {index + 1}"
    if not isinstance(item, dict):
        raise _fail(f"{where} is not an object")
    ann_id = _annotation_id(item.get("id"), where)
    where = f"annotation {ann_id}"
    if item.get("type") != "Annotation":
        raise _fail(f"{where}: type must be Annotation")
    modified = canonical_time(item.get("modified"), f"{where} modified")
    deleted = item.get("deleted", False)
    if not isinstance(deleted, bool):
        raise _fail(f"{where}: deleted must be true or false")
    if deleted:
        article_id = _article_ref(item["target"], where) if "target" in item else ""
        return Annotation(id=ann_id, article_id=article_id, start=0, end=0, exact="",
                          modified=modified, created=modified, deleted=True)
    created = canonical_time(item.get("created", modified), f"{where} created")
    motivation = item.get("motivation", "highlighting")
    if motivation not in ("highlighting", "commenting", "tagging", "bookmarking",
                          "describing", "classifying"):
        raise _fail(f"{where}: unknown motivation {str(motivation)[:30]!r}")
    creator = item.get("creator")
    author = ""
    if creator is not None:
        if isinstance(creator, list):
            creator = creator[0] if creator else {}
        if not isinstance(creator, dict):
            raise _fail(f"{where}: creator must be an object")
        author = _text(creator.get("name"), f"{where} creator name", limits.author_chars).strip()
    color = item.get("color", COLORS[0])
    if color not in COLORS:
        raise _fail(f"{where}: unknown colour {str(color)[:30]!r}")
    notes: list[str] = []
    tags: list[str] = []
    for body in _as_list(item.get("body"), f"{where} body"):
        if not isinstance(body, dict) or body.get("type") != "TextualBody":
            raise _fail(f"{where}: each body must be a TextualBody")
        purpose = body.get("purpose", "commenting")
        if purpose == "tagging":
            tag = _text(body.get("value"), f"{where} tag", limits.tag_chars, required=True).strip()
            if tag:
                tags.append(tag)
        else:
            # any format is kept as plain text: the app never renders a note as HTML
            notes.append(_text(body.get("value"), f"{where} note", limits.note_chars,
                               required=False))
    note = "\n\n".join(n for n in notes if n)
    if len(note) > limits.note_chars:
        raise _fail(f"{where} note is {len(note):,} characters; the limit is {limits.note_chars:,}")
    tags = list(dict.fromkeys(tags))
    if len(tags) > limits.tags:
        raise _fail(f"{where} has {len(tags)} tags; the limit is {limits.tags}")
    target = item.get("target")
    article_id = _article_ref(target, where)
    quote = position = None
    for sel in _as_list(target.get("selector"), f"{where} selector"):
        if not isinstance(sel, dict):
            raise _fail(f"{where}: each selector must be an object")
        if sel.get("type") == "TextQuoteSelector":
            quote = sel
        elif sel.get("type") == "TextPositionSelector":
            position = sel
    if quote is None:
        raise _fail(f"{where}: a TextQuoteSelector is required")
    exact = _text(quote.get("exact"), f"{where} quote", limits.article_bytes, required=True)
    prefix = _text(quote.get("prefix"), f"{where} prefix", limits.context_chars)
    suffix = _text(quote.get("suffix"), f"{where} suffix", limits.context_chars)
    start = end = -1  # no position: placed by its quote
    if position is not None:
        start = _int(position.get("start"), f"{where} start")
        end = _int(position.get("end"), f"{where} end")
        if not 0 <= start < end:
            raise _fail(f"{where}: position {start}–{end} is not a range in a text")
    return Annotation(id=ann_id, article_id=article_id, start=start, end=end, exact=exact,
                      prefix=prefix, suffix=suffix, color=color, note=note, tags=tuple(tags),
                      author=author, created=created, modified=modified)


def parse_collection(doc, limits: Limits = DEFAULT_LIMITS) -> list[Annotation]:
    """The items of an `annotations.jsonld` document, validated (DESIGN §5 shape)."""
    if not isinstance(doc, dict):
        raise _fail("annotations.jsonld is not an object")
    context = doc.get("@context")
    contexts = context if isinstance(context, list) else [context]
    if "http://www.w3.org/ns/anno.jsonld" not in contexts:
        raise _fail("annotations.jsonld: not a W3C Web Annotation document (@context)")
    if doc.get("type") != "AnnotationCollection":
        raise _fail("annotations.jsonld: type must be AnnotationCollection")
    first = doc.get("first", {"type": "AnnotationPage", "items": []})
    if not isinstance(first, dict) or first.get("type") != "AnnotationPage" \
            or not isinstance(first.get("items"), list):
        raise _fail("annotations.jsonld: first must be an AnnotationPage with items")
    items = first["items"]
    if len(items) > limits.annotations:
        raise _fail(f"the bundle has {len(items):,} annotations; the limit is "
                    f"{limits.annotations:,}")
    total = doc.get("total", len(items))
    if total != len(items) or isinstance(total, bool):
        raise _fail(f"annotations.jsonld: total says {str(total)[:20]} but there are {len(items)}")
    out, seen = [], set()
    for index, item in enumerate(items):
        ann = parse_item(item, index, limits)
        if ann.id in seen:
            raise _fail(f"annotation {ann.id} appears twice")
        seen.add(ann.id)
        out.append(ann)
    return out


def check_positions(annotations: Iterable[Annotation], texts: dict[str, str]) -> None:
    """Every positioned highlight lies inside its article's text (texts: id → body)."""
    for ann in annotations:
        if ann.deleted or ann.start < 0 or ann.article_id not in texts:
            continue
        size = len(texts[ann.article_id])
        if ann.end > size:
            raise _fail(f"annotation {ann.id} points outside its text ({ann.start}–{ann.end} in a "
                        f"text of {size:,} characters)")


def read_bundle(source: str | os.PathLike | bytes, limits: Limits = DEFAULT_LIMITS) -> Bundle:
    """Read and validate a bundle (a path, or the file's bytes); raises BundleError."""
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
    else:
        path = Path(source)
        try:
            size = path.stat().st_size
            if size > limits.total_bytes:
                raise _fail(f"the file is {size:,} bytes; the limit is {limits.total_bytes:,}",
                            "too_large")
            data = path.read_bytes()
        except FileNotFoundError:
            raise _fail(f"{path.name}: no such file", "missing") from None
        except IsADirectoryError:
            raise _fail(f"{path.name} is a folder, not a bundle", "folder") from None
        except OSError as exc:
            raise _fail(f"{path.name}: {exc.strerror or exc}", "unreadable") from None
    digest = hashlib.sha256(data).hexdigest()
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise _fail("not a .chugiai bundle (the file is not a zip archive)", "not_zip") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > limits.members:
            raise _fail(f"the bundle has {len(infos):,} files; the limit is {limits.members:,}")
        by_name: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            name = info.filename
            if not _safe_member_name(name):
                raise _fail(f"unsafe file name in the bundle: {name[:80]!r}")
            if name in by_name:
                raise _fail(f"the bundle holds {name[:80]!r} twice")
            if info.is_dir():
                if name != ARTICLE_PREFIX:
                    raise _fail(f"unexpected folder in the bundle: {name[:80]!r}")
                continue
            if name not in (MANIFEST, ANNOTATIONS) and not _ARTICLE_MEMBER.fullmatch(name):
                raise _fail(f"unexpected file in the bundle: {name[:80]!r}")
            by_name[name] = info
        if MANIFEST not in by_name:
            raise _fail("not a .chugiai bundle (no manifest.json)", "no_manifest")
        reader = _Reader(zf, limits)
        manifest = _json(MANIFEST, reader.read(by_name[MANIFEST], limits.manifest_bytes))
        version, files = parse_manifest(manifest)
        for name in by_name:
            if name != MANIFEST and name not in files:
                raise _fail(f"{name[:80]} is not listed in the manifest")
        for name in files:
            if name not in by_name:
                raise _fail(f"{str(name)[:80]} is listed in the manifest but missing")
        members: dict[str, bytes] = {}
        for name, info in by_name.items():
            if name == MANIFEST:
                continue
            limit = limits.annotations_bytes if name == ANNOTATIONS else limits.article_bytes
            raw = reader.read(info, limit)
            if hashlib.sha256(raw).hexdigest() != files[name]:
                raise _fail(f"{name[:80]} does not match its SHA-256 in the manifest "
                            "(changed or damaged)", "damaged")
            members[name] = raw
    articles = {}
    for name, raw in members.items():
        match = _ARTICLE_MEMBER.fullmatch(name)
        if match:
            articles[match.group(1)] = parse_article(_json(name, raw), match.group(1), limits)
    annotations = parse_collection(_json(ANNOTATIONS, members[ANNOTATIONS]), limits)
    check_positions(annotations, {i: a.body for i, a in articles.items()})
    return Bundle(
        version=version,
        created=canonical_time(manifest.get("created"), "manifest.json created"),
        author=_text(manifest.get("author"), "manifest.json author", limits.author_chars),
        app_version=_text(manifest.get("app_version"), "manifest.json app_version",
                          limits.short_chars),
        annotations=tuple(annotations), articles=articles, sha256=digest)
