"""Choosing what to share and writing it as a bundle."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop.core.exchange.bundle import bundle_bytes, write_atomically
from desktop.core.models import Annotation, Article
from desktop.core.store import Store


@dataclass(frozen=True)
class Selection:
    """What to share: filters combine with AND; None means no filter."""

    article_ids: tuple[str, ...] | None = None
    colors: tuple[str, ...] | None = None
    tags: tuple[str, ...] | None = None


@dataclass
class ExportResult:
    path: Path
    annotations: int = 0
    tombstones: int = 0
    articles: int = 0
    names: int | None = None  # decisions on names sent (None: left out)
    versions: list[tuple[str, str]] = field(default_factory=list)  # (id, modified) sent


def collect(store: Store, selection: Selection = Selection()
            ) -> tuple[list[Annotation], list[Article]]:
    """The annotations (tombstones too, so deletions travel) and the articles they point to."""
    anns = store.annotations_for_export(article_ids=selection.article_ids,
                                        colors=selection.colors, tags=selection.tags)
    wanted = {a.article_id for a in anns if not a.deleted}
    if selection.article_ids is not None:
        wanted |= set(selection.article_ids)
    articles = sorted(store.articles_by_id(wanted).values(), key=lambda a: a.id)
    return anns, articles


def export_bundle(store: Store, path: str | os.PathLike, selection: Selection = Selection(), *,
                  author: str, app_version: str, record: bool = True,
                  names: bool = True) -> ExportResult:
    """Write a `.chugiai` file. An annotation without an author gets the exporter's name.
    With `names`, the exporter's decisions on the people and organizations of the exported
    articles travel too (renames, merges, splits, not-a-name, marked by hand).

    With `record`, the versions sent are remembered (exchange_base) so that the same versions
    coming back later are not mistaken for conflicts; a caller on another thread passes
    record=False and calls `store.record_exchanged(result.versions)` itself."""
    anns, articles = collect(store, selection)
    anns = [a if a.author or a.deleted else replace(a, author=author) for a in anns]
    records = store.name_records(a.id for a in articles) if names else None
    write_atomically(path, bundle_bytes(anns, articles, author=author, app_version=app_version,
                                        names=records))
    result = ExportResult(Path(path), annotations=sum(not a.deleted for a in anns),
                          tombstones=sum(a.deleted for a in anns), articles=len(articles),
                          names=None if records is None else len(records),
                          versions=[(a.id, a.modified) for a in anns])
    if record:
        store.record_exchanged(result.versions)
    return result


def resolve_article_ids(store: Store, given: Iterable[str]) -> tuple[str, ...]:
    """Full ids for ids or unique prefixes (as `chugiai list` shows them); ValueError if not."""
    known = [s.id for s in store.article_summaries()]
    out = []
    for prefix in given:
        prefix = prefix.strip().lower()
        matches = [i for i in known if i.startswith(prefix)] if prefix else []
        if len(matches) != 1:
            raise ValueError(f"no article with id {prefix!r}" if not matches
                             else f"{prefix!r} names {len(matches)} articles; give more of the id")
        out.append(matches[0])
    return tuple(dict.fromkeys(out))
