"""The `.chugiai` bundle (DESIGN §5): writing one, and reading one as untrusted input.

A bundle is a zip of `manifest.json`, `annotations.jsonld` (a W3C Web Annotation collection of
the live annotations), `deletions.json` (deletion markers, outside the W3C items so that every
item is a valid Web Annotation) and `articles/<id>.json`; docs/BUNDLE_FORMAT.md describes it.
Reading never lets a name from the zip touch the file system, bounds every member's and the
total uncompressed size while decompressing (a zip bomb stops at the limit, not after), checks
each member's SHA-256 against the manifest, text that is not valid Unicode and times outside
the calendar, and validates every field before anything reaches the store.
Any failure raises `BundleError` with a one-line reason for the user.
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
from datetime import UTC, datetime
from pathlib import Path

from desktop.core.bounded_read import ReadRefused, read_bounded
from desktop.core.errors import UserError
from desktop.core.exchange import annotation_ld
from desktop.core.models import KINDS, Annotation, Article, NameRecord, utc_now
from desktop.core.vietnamese import nfc, normalize_body

FORMAT = "chugiai-export"
VERSION = 2  # 2: ids on the collection and its page, deletion markers in deletions.json
SUFFIX = ".chugiai"
MANIFEST = "manifest.json"
ANNOTATIONS = "annotations.jsonld"
DELETIONS = "deletions.json"
DELETIONS_FORMAT = "chugiai-deletions"
NAMES = "names.json"
NAMES_FORMAT = "chugiai-names"
ARTICLE_PREFIX = "articles/"
CONTEXT = ["http://www.w3.org/ns/anno.jsonld", {"color": "urn:chugiai:color"}]
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
    missing, folder, not_file, unreadable; invalid for the rest) for the interface to translate."""


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
    names: tuple[NameRecord, ...] | None = None  # the exporter's decisions on names, if sent


# -- writing -------------------------------------------------------------------------------


def annotation_to_jsonld(ann: Annotation, *, author: str = "", language: str = "vi") -> dict:
    """One live annotation as a W3C Web Annotation (deletions go to `deletions_json`)."""
    return annotation_ld.to_item(ann, author=author, language=language)


def annotation_collection(annotations: Iterable[Annotation], *, author: str = "",
                          languages: dict[str, str] | None = None,
                          ids: tuple[str, str] = ("", "")) -> dict:
    """The live annotations as a W3C AnnotationCollection with one embedded AnnotationPage;
    `ids`: the collection's and the page's uuid (new ones when empty)."""
    languages = languages or {}
    items = [annotation_to_jsonld(a, author=author, language=languages.get(a.article_id, "vi"))
             for a in annotations]
    collection_id, page_id = _collection_ids(ids)
    return {"@context": CONTEXT, "id": collection_id, "type": "AnnotationCollection",
            "total": len(items),
            "first": {"id": page_id, "type": "AnnotationPage", "items": items}}


def _collection_ids(ids: tuple[str, str]) -> tuple[str, str]:
    return tuple(UUID_URN + (given or str(uuid.uuid4())) for given in ids)  # type: ignore


def names_json(records: Iterable[NameRecord]) -> dict:
    """The exporter's decisions on people and organizations (docs/BUNDLE_FORMAT.md)."""
    out = []
    for r in records:
        out.append({"kind": r.kind, "name": r.name, "aliases": list(r.aliases),
                    "hidden": r.hidden, "rejectedIn": [SHA_URN + a for a in r.rejected_in],
                    "marked": [{"source": SHA_URN + a, "start": s, "end": e}
                               for a, s, e in r.marked],
                    "decided": r.decided})
    return {"format": NAMES_FORMAT, "entities": out}


def deletions_json(annotations: Iterable[Annotation]) -> dict:
    """Deletion markers: which annotation, when, and (when known) the article it was on."""
    items = []
    for ann in annotations:
        item = {"id": UUID_URN + ann.id, "modified": ann.modified}
        if ann.article_id:
            item["source"] = SHA_URN + ann.article_id
        items.append(item)
    return {"format": DELETIONS_FORMAT, "items": items}


def article_to_json(article: Article) -> dict:
    return {"id": article.id, "title": article.title, "source": article.source,
            "published": article.published, "language": article.language, "body": article.body}


def _dumps(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def bundle_bytes(annotations: Iterable[Annotation], articles: Iterable[Article], *, author: str,
                 app_version: str, created: str | None = None,
                 names: Iterable[NameRecord] | None = None) -> bytes:
    """The whole `.chugiai` file in memory (annotations in the order given); `names`: the
    exporter's decisions on people and organizations (`NAMES`), when they travel."""
    arts = sorted({a.id: a for a in articles}.values(), key=lambda a: a.id)
    annotations = list(annotations)
    members: dict[str, bytes] = {ANNOTATIONS: _dumps(annotation_collection(
        [a for a in annotations if not a.deleted], author=author,
        languages={a.id: a.language or "vi" for a in arts}))}
    members[DELETIONS] = _dumps(deletions_json(a for a in annotations if a.deleted))
    if names is not None:
        members[NAMES] = _dumps(names_json(names))
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


def _umask() -> int:
    """The process's umask, read without changing it where the system says it (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)  # elsewhere: set and put back at once
    os.umask(mask)
    return mask


def write_atomically(path: str | os.PathLike, data: bytes) -> None:
    """Write a file whole or not at all (a temp file beside it, then a rename), with the mode a
    plain `open()` would give it (0666 less the umask): mkstemp's 0600 would keep colleagues on
    a shared folder out."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o666 & ~_umask())
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


_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def _json(name: str, data: bytes):
    """A member's JSON; refused when it is not JSON, or when an escape makes a lone surrogate
    (`\\ud800`): such text cannot be stored, printed or written out again."""
    try:
        doc = json.loads(data.decode("utf-8"), parse_constant=_reject_constant)
        if _SURROGATE_ESCAPE.search(data):  # rare: only escapes can make a surrogate
            json.dumps(doc, ensure_ascii=False).encode("utf-8")
        return doc
    except UnicodeEncodeError:
        raise _fail(f"{name} holds text that is not valid Unicode (a lone surrogate)") from None
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
        when = when.replace(tzinfo=UTC)
    try:
        when = when.astimezone(UTC)
    except (OverflowError, ValueError):  # 0001-01-01T00:00:00+14:00 is before the year 1 in UTC
        raise _fail(f"{where}: {value[:40]!r} is outside the years 1–9999 in UTC") from None
    return when.isoformat(timespec="milliseconds").replace("+00:00", "Z")


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
                    f"versions up to {VERSION}): update the app to import it", "newer",
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


def parse_item(item, index: int, limits: Limits) -> Annotation:
    """One item of the collection as an Annotation; BundleError (one line) when it is not."""
    return annotation_ld.from_item(item, index, limits)


def _listed(doc, member: str, fmt: str, key: str, what: str, *, limit: int):
    """Each object of an optional part's list, with where it stands; the part's format, the
    list's length and each item's type checked first, as for the annotations."""
    if not isinstance(doc, dict) or doc.get("format") != fmt or not isinstance(doc.get(key), list):
        raise _fail(f"{member} is not a list of {what}s")
    items = doc[key]
    if len(items) > limit:
        raise _fail(f"the bundle has {len(items):,} {what}s; the limit is {limit:,}")
    for index, item in enumerate(items):
        where = f"{what} {index + 1}"
        if not isinstance(item, dict):
            raise _fail(f"{where} is not an object")
        yield where, item


def parse_deletions(doc, limits: Limits = DEFAULT_LIMITS) -> list[Annotation]:
    """The deletion markers of `deletions.json`, as annotations with `deleted=True`."""
    out = []
    for where, item in _listed(doc, DELETIONS, DELETIONS_FORMAT, "items", "deletion marker",
                               limit=limits.annotations):
        ann_id = _annotation_id(item.get("id"), where)
        modified = canonical_time(item.get("modified"), f"{where} modified")
        article_id = _article_ref(item, where) if "source" in item else ""
        out.append(Annotation(id=ann_id, article_id=article_id, start=0, end=0, exact="",
                              modified=modified, created=modified, deleted=True))
    return out


def parse_names(doc, limits: Limits = DEFAULT_LIMITS) -> tuple[NameRecord, ...]:
    """The decisions on names of `names.json`, validated."""
    out = []
    for where, item in _listed(doc, NAMES, NAMES_FORMAT, "entities", "name decision",
                               limit=limits.annotations):
        kind = item.get("kind")
        if kind not in KINDS:
            raise _fail(f"{where}: unknown kind {str(kind)[:20]!r}")
        name = " ".join(_text(item.get("name"), f"{where} name", limits.author_chars,
                              required=True).split())
        if not any(c.isalpha() for c in name):
            raise _fail(f"{where}: a name needs a letter")
        aliases = _as_list(item.get("aliases"), f"{where} aliases")
        if len(aliases) > limits.tags:
            raise _fail(f"{where} has {len(aliases)} spellings; the limit is {limits.tags}")
        spellings = tuple(dict.fromkeys(
            " ".join(_text(a, f"{where} spelling", limits.author_chars, required=True).split())
            for a in aliases))
        hidden = item.get("hidden", False)
        if not isinstance(hidden, bool):
            raise _fail(f"{where}: hidden must be true or false")
        rejected = _as_list(item.get("rejectedIn"), f"{where} rejectedIn")
        marked = _as_list(item.get("marked"), f"{where} marked")
        if len(rejected) + len(marked) > limits.annotations:
            raise _fail(f"{where} names too many articles")
        rejected_in = tuple(_article_ref({"source": r}, where) for r in rejected)
        marks = []
        for mark in marked:
            if not isinstance(mark, dict):
                raise _fail(f"{where}: each mark must be an object")
            start, end = _int(mark.get("start"), f"{where} start"), _int(mark.get("end"),
                                                                         f"{where} end")
            if not 0 <= start < end:
                raise _fail(f"{where}: position {start}–{end} is not a range in a text")
            marks.append((_article_ref(mark, where), start, end))
        out.append(NameRecord(kind=kind, name=name, aliases=spellings, hidden=hidden,
                              rejected_in=rejected_in, marked=tuple(marks),
                              decided=canonical_time(item.get("decided"), f"{where} decided")))
    return tuple(out)


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
            data = read_bounded(path, max_bytes=limits.total_bytes)
        except ReadRefused as exc:
            raise _fail(f"{path.name}: {exc}", exc.code) from None
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
            if name not in (MANIFEST, ANNOTATIONS, DELETIONS, NAMES) \
                    and not _ARTICLE_MEMBER.fullmatch(name):
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
            limit = limits.article_bytes if _ARTICLE_MEMBER.fullmatch(name) \
                else limits.annotations_bytes
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
    if DELETIONS in members:
        seen = {a.id for a in annotations}
        for marker in parse_deletions(_json(DELETIONS, members[DELETIONS]), limits):
            if marker.id in seen:
                raise _fail(f"annotation {marker.id} is both in the collection and deleted")
            seen.add(marker.id)
            annotations.append(marker)
    names = parse_names(_json(NAMES, members[NAMES]), limits) if NAMES in members else None
    check_positions(annotations, {i: a.body for i, a in articles.items()})
    return Bundle(
        version=version,
        created=canonical_time(manifest.get("created"), "manifest.json created"),
        author=_text(manifest.get("author"), "manifest.json author", limits.author_chars),
        app_version=_text(manifest.get("app_version"), "manifest.json app_version",
                          limits.short_chars),
        annotations=tuple(annotations), articles=articles, sha256=digest, names=names)
