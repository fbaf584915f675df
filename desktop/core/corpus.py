"""Reading the bundled corpus (corpus/manifest.json + texts) into Article records."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from desktop.core.models import Article, Changes, utc_now
from desktop.core.store import Store
from desktop.core.vietnamese import nfc, normalize_body

MANIFEST = "manifest.json"
CORPUS_SETTING = "corpus.fingerprint"


class CorpusError(ValueError):
    """The bundled corpus is missing or malformed; the message says which file and why."""


def article_id(body: str) -> str:
    """Hex SHA-256 of the normalized body: the same article has the same id on every laptop."""
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
    """Load the bundled corpus into a data folder the first time it meets this corpus (idempotent)."""
    fingerprint = manifest_fingerprint(folder)
    if not fingerprint or store.setting(CORPUS_SETTING) == fingerprint:
        return Changes()
    changes = store.add_articles(read_corpus(folder))
    return changes | store.set_setting(CORPUS_SETTING, fingerprint)
