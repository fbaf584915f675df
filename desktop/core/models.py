"""Records that cross layers: the store returns them, the UI renders them, exchange writes them."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

COLORS = ("yellow", "green", "blue", "pink", "purple")
KINDS = ("PER", "ORG")


def utc_now() -> str:
    """UTC ISO-8601 with milliseconds, so two edits in one second still order."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class Article:
    id: str
    slug: str
    title: str
    body: str
    source: str = ""
    published: str = ""
    language: str = "vi"
    origin: str = "bundled"
    added_at: str = ""


@dataclass(frozen=True)
class ArticleSummary:
    """What the library list needs, without the body."""

    id: str
    title: str
    source: str
    origin: str
    annotation_count: int = 0


@dataclass(frozen=True)
class Annotation:
    id: str
    article_id: str
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""
    color: str = "yellow"
    note: str = ""
    tags: tuple[str, ...] = ()
    author: str = ""
    created: str = ""
    modified: str = ""
    deleted: bool = False

    def evolve(self, **changes) -> Annotation:
        """A copy with some fields changed and `modified` stamped now."""
        return replace(self, modified=utc_now(), **changes)


@dataclass(frozen=True)
class NameRecord:
    """The user's decisions on one person or organization, as a bundle carries them."""

    kind: str
    name: str
    aliases: tuple[str, ...] = ()  # spellings the user gave it (rename, merge, split, mark)
    hidden: bool = False  # not a name, in every article
    rejected_in: tuple[str, ...] = ()  # article ids where it is not a name
    marked: tuple[tuple[str, int, int], ...] = ()  # (article id, start, end) marked by hand
    decided: str = ""  # when last decided (UTC ISO); "" = never decided by the user

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((*self.rejected_in, *(m[0] for m in self.marked))))


@dataclass(frozen=True)
class ExtractedEntity:
    """One person or organization found in one text, as the extractor reports it."""

    kind: str
    name: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class EntitySummary:
    """An entity as the sidebar lists it for one article."""

    id: int
    kind: str
    name: str
    mention_count: int
    mentions: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class EntityIndexEntry:
    """An entity as the library-wide index lists it: how many articles mention it."""

    id: int
    kind: str
    name: str
    article_count: int
    origin: str = "auto"


@dataclass(frozen=True)
class Changes:
    """What a mutation changed, so each screen refreshes only what is flagged (Anki's OpChanges)."""

    articles: frozenset[str] = frozenset()
    annotations: frozenset[str] = frozenset()
    entities: frozenset[str] = frozenset()  # article ids whose entity list changed
    settings: frozenset[str] = frozenset()
    origin: object = field(default=None, compare=False)

    def __bool__(self) -> bool:
        return bool(self.articles or self.annotations or self.entities or self.settings)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.articles | other.articles,
            self.annotations | other.annotations,
            self.entities | other.entities,
            self.settings | other.settings,
            self.origin if self.origin is not None else other.origin,
        )


@dataclass(frozen=True)
class Conflict:
    """The other version of an annotation that both sides edited (DESIGN §5).

    `origin` says where `version` came from: "incoming" (the bundle's version lost to a newer
    local edit) or "local" (this laptop's version lost to a newer one from a bundle). The winning
    version is the one in the annotations table; this one stays until the user picks.
    """

    id: int
    version: Annotation
    origin: str
    recorded_at: str = ""
