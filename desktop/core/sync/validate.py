"""Rows from the team server are untrusted: a member with a SQL shell can write anything into their
own rows. Each is checked with the bundle's limits before it may touch the local database."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from functools import lru_cache

from desktop.core.exchange.bundle import DEFAULT_LIMITS, Limits
from desktop.core.models import COLORS, Annotation, Article

ID_CHARS = 200


class Refused(ValueError):
    """A server row this laptop will not write; the message says why, in one line."""


def _text(value, what: str, limit: int) -> str:
    if not isinstance(value, str):
        raise Refused(f"{what} is not text")
    if len(value) > limit:
        raise Refused(f"{what} has {len(value):,} characters (limit {limit:,})")
    return value


def _time(value, what: str) -> str:
    _text(value, what, 64)
    if value:
        try:
            datetime.fromisoformat(value)
        except ValueError:
            raise Refused(f"{what} {value[:40]!r} is not an ISO-8601 time") from None
    return value


def _iso(value: str) -> bool:
    """Is this an ISO-8601 time? (The usual row's check; `_time` says what is wrong.)"""
    try:
        _from_iso(value)
    except ValueError:
        return False
    return True


_from_iso = datetime.fromisoformat


@lru_cache(maxsize=4096)
def _parsed_tags(text: str) -> object:
    """Tags from their JSON text; a list comes back as a tuple (the cache shares it)."""
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return tuple(value) if isinstance(value, list) else value


def _tags(value) -> object:
    if isinstance(value, str):
        if value == "[]":
            return ()
        return _parsed_tags(value) if len(value) <= 2_000 else _parsed_tags.__wrapped__(value)
    return tuple(value) if isinstance(value, list) else value


def annotation(row: tuple, texts: dict[str, str], limits: Limits = DEFAULT_LIMITS) -> Annotation:
    """An annotation from a server row (id, article_id, start, end, exact, prefix, suffix, color,
    note, tags, author, created, modified, deleted), or Refused. Tags may come as a JSON list or
    its text."""
    (ann_id, article_id, start, end, exact, prefix, suffix, color, note, tags, author, created,
     modified, deleted) = row
    tags = _tags(tags)
    text = texts.get(article_id)
    # the usual row, checked in one expression; anything else goes through the checks below,
    # which say what is wrong
    if (type(ann_id) is str and 0 < len(ann_id) <= ID_CHARS and type(article_id) is str
            and len(article_id) <= ID_CHARS and type(tags) is tuple
            and (not tags or (len(tags) <= limits.tags
                              and all(type(t) is str and len(t) <= limits.tag_chars
                                      for t in tags)))
            and type(note) is str and len(note) <= limits.note_chars and type(exact) is str
            and len(exact) <= limits.note_chars and type(prefix) is str
            and len(prefix) <= limits.context_chars and type(suffix) is str
            and len(suffix) <= limits.context_chars and type(author) is str
            and len(author) <= limits.author_chars and deleted is False
            and type(start) is int and type(end) is int and color in COLORS
            and text is not None and 0 <= start < end <= len(text)
            and type(created) is str and type(modified) is str and modified
            and len(created) <= 64 and len(modified) <= 64 and _iso(modified)
            and (not created or _iso(created))):
        return Annotation(id=ann_id, article_id=article_id, start=start, end=end, exact=exact,
                          prefix=prefix, suffix=suffix, color=color, note=note, tags=tags,
                          author=author, created=created, modified=modified, deleted=False)
    ann_id = _text(ann_id, "id", ID_CHARS)
    if not ann_id:
        raise Refused("empty id")
    where = f"annotation {ann_id[:40]}"
    _text(article_id, f"{where}: article", ID_CHARS)
    if not isinstance(tags, tuple) or not all(isinstance(t, str) for t in tags):
        raise Refused(f"{where}: tags are not a JSON list of texts")
    if len(tags) > limits.tags or any(len(t) > limits.tag_chars for t in tags):
        raise Refused(f"{where}: too many or too long tags")
    _text(note, f"{where}: note", limits.note_chars)
    _text(exact, f"{where}: quote", limits.note_chars)
    _text(prefix, f"{where}: prefix", limits.context_chars)
    _text(suffix, f"{where}: suffix", limits.context_chars)
    _text(author, f"{where}: author", limits.author_chars)
    _time(created, f"{where}: created")
    if not modified:
        raise Refused(f"{where}: no modification time")
    _time(modified, f"{where}: modified")
    if not isinstance(deleted, bool) or not isinstance(start, int) or not isinstance(end, int):
        raise Refused(f"{where}: bad field types")
    if not deleted:
        if color not in COLORS:
            raise Refused(f"{where}: unknown colour {str(color)[:20]!r}")
        if text is None:
            raise Refused(f"{where}: its article is not in this library")
        if not 0 <= start < end <= len(text):
            raise Refused(f"{where}: points outside its text ({start}–{end} in a text of "
                          f"{len(text):,} characters)")
    return Annotation(id=ann_id, article_id=article_id, start=start, end=end, exact=exact,
                      prefix=prefix, suffix=suffix, color=color if color in COLORS else "yellow",
                      note=note, tags=tuple(tags), author=author, created=created,
                      modified=modified, deleted=deleted)


def article(row: tuple, *, origin: str, limits: Limits = DEFAULT_LIMITS) -> Article:
    """An article from a server row (id, slug, title, body, source, published, language)."""
    art_id, slug, title, body, source, published, language = row
    _text(body, "article body", limits.article_bytes)
    if hashlib.sha256(body.encode("utf-8")).hexdigest() != art_id:
        raise Refused(f"article {str(art_id)[:16]}: its id is not the SHA-256 of its text")
    for value, what, limit in ((slug, "slug", limits.short_chars),
                               (title, "title", limits.title_chars),
                               (source, "source", limits.short_chars),
                               (published, "date", limits.short_chars),
                               (language, "language", limits.short_chars)):
        _text(value, f"article {art_id[:16]}: {what}", limit)
    if not title.strip():
        raise Refused(f"article {art_id[:16]}: no title")
    return Article(id=art_id, slug=slug, title=title, body=body, source=source,
                   published=published, language=language, origin=origin)


def title(article_id, value, modified, limits: Limits = DEFAULT_LIMITS) -> tuple[str, str, str]:
    """(article id, title, edited when) from a library or team row that carries a title edit."""
    where = f"article {str(article_id)[:16]}"
    _text(article_id, where, ID_CHARS)
    _text(value, f"{where}: title", limits.title_chars)
    if not value.strip():
        raise Refused(f"{where}: empty title")
    return article_id, value, _time(modified, f"{where}: title edited")
