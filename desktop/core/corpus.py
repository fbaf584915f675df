"""Reading the bundled corpus (corpus/manifest.json + texts) into Article records."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core.models import Article, Changes, utc_now
from desktop.core.store import Store
from desktop.core.vietnamese import nfc, normalize_body

MANIFEST = "manifest.json"
CORPUS_SETTING = "corpus.fingerprint"
MANIFEST_STAT_SETTING = "corpus.manifest_stat"  # size and mtime of the manifest last hashed


class CorpusError(ValueError):
    """The bundled corpus is missing or malformed; the message says which file and why."""


def article_id(body: str) -> str:
    """Hex SHA-256 of the normalized body: the same article has the same id on every laptop."""
    import hashlib  # here, not at the top: hashlib loads OpenSSL, which start-up need not pay

    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def make_article(*, title: str, body: str, slug: str = "", source: str = "", published: str = "",
                 language: str = "vi", origin: str = "user") -> Article:
    """An Article from raw text: body normalized (DESIGN §2), id derived from it."""
    text = normalize_body(body)
    return Article(id=article_id(text), slug=slug, title=nfc(title).strip(), body=text,
                   source=source, published=published, language=language, origin=origin,
                   added_at=utc_now())


def manifest_fingerprint(folder: Path) -> str:
    """Hash of the manifest, so a data folder knows whether it has loaded this corpus already."""
    import hashlib  # OpenSSL: only when the manifest changed since the last start

    path = folder / MANIFEST
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def read_corpus(folder: Path) -> list[Article]:
    """All bundled articles in manifest order."""
    path = folder / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CorpusError(f"corpus manifest not found: {path}") from exc
    except json.JSONDecodeError as exc:
        raise CorpusError(f"corpus manifest is not valid JSON: {path}: {exc}") from exc
    articles = []
    for entry in manifest.get("articles", []):
        text_path = folder / entry["file"]
        try:
            raw = text_path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise CorpusError(f"cannot read corpus text {text_path}: {exc}") from exc
        articles.append(make_article(
            title=entry.get("title") or entry["file"], body=raw, slug=entry.get("slug", ""),
            source=entry.get("source", entry["file"]), published=entry.get("published", ""),
            language=entry.get("language", "vi"), origin="bundled"))
    return articles


def load_bundled(store: Store, folder: Path) -> Changes:
    """Load the bundled corpus into a data folder the first time it meets this corpus (idempotent).

    The manifest is hashed only when its size or mtime differ from the last start's: every
    start asks, and hashing costs an OpenSSL load. A reinstall changes the mtime, so a
    new corpus is always hashed and loaded.
    """
    try:
        stat = (folder / MANIFEST).stat()
    except OSError:
        return Changes()
    seen = f"{stat.st_size}:{stat.st_mtime_ns}"
    loaded = store.setting(CORPUS_SETTING)
    if loaded and store.setting(MANIFEST_STAT_SETTING) == seen:
        return Changes()
    fingerprint = manifest_fingerprint(folder)
    changes = Changes()
    if loaded != fingerprint:
        changes = store.add_articles(read_corpus(folder)) \
            | store.set_setting(CORPUS_SETTING, fingerprint)
    return changes | store.set_setting(MANIFEST_STAT_SETTING, seen)
