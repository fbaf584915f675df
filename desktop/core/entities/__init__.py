"""People (PER) and organization (ORG) extraction for Vietnamese news text.

Pure Python; never imports Qt. underthesea is imported lazily, on the first `extract` call,
so importing this package is cheap (the app imports it on its start-up path).

    extract(text, resources=DIR, cancelled=None) -> list[ExtractedEntity]

`ExtractedEntity(kind, name, aliases, mentions)`: kind "PER"/"ORG"; name the fullest surface
form; aliases the other surface forms found in the text; mentions sorted (start, end)
code-point offsets of every occurrence of the name and aliases. Sorted by kind, then first
mention. `cancelled()` is polled between sentences; when it returns True, `Cancelled` is raised.
`resources` is the folder of bundled resources (the caller knows where it is: source tree or
frozen bundle); the gazetteer and the sequence model are read from it once per process.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..models import ExtractedEntity

EXTRACTOR_VERSION = "1.8.0"  # 1.2: organization grammar, brands, bylines, whole mentions;
# 1.2.1: names holding commas and remits, local units, descriptive appositions;
# 1.3.0: parent bodies closing a unit's name, crime remits, medical specialties, clubs, media and
# companies in the gazetteer, unlisted family names, foreign names before a verb;
# 1.4.0: lower-case complements closed by a place or a scope, names known by their list
# neighbours and their role, products and codes that are not bodies, abbreviations spelled out;
# 1.5.0: over-long sentences tagged in pieces, official names with a comma inside, well-known
# firms active in Vietnam in the gazetteer, makes before a model code and listed brands;
# 1.6.0: misreads of unseen news (withheld initials, document and common-noun abbreviations,
# events, files, characters played), names used as things (tickers, apps as channels, products,
# codes) unless a cue makes them act, more titles and foreign name shapes, firms named like people;
# 1.7.0: one stage for a body's short forms; branches, remits and activities kept in a body's
# name, more unit heads; shares, apps, games and units as things, acronyms joined to the body
# they spell; another name given after a person's, works' titles in quotes, venues and examples
# named like people, byline pairs in capitals;
# 1.8.0: a gazetteer three times larger, by sector, with casing per alias; shops, chains, bands and
# rare unit heads; names no longer run on past a passive's verb, a clause or a dateline; the
# Central Committee inside a title; devices, models, currencies and one-occasion panels as things;
# places, characters and bodies named like people; mentions found through an index (linear time);
# a learned sequence model drops the weak organization guesses it finds unlikely

__all__ = ["EXTRACTOR_VERSION", "Cancelled", "ExtractedEntity", "extract"]


class Cancelled(Exception):
    """The caller's `cancelled()` returned True; extraction stopped between sentences."""


def extract(text: str, *, resources: Path,
            cancelled: Callable[[], bool] | None = None) -> list[ExtractedEntity]:
    """People and organizations of `text` (NFC), with code-point offsets into `text`."""
    from . import pipeline  # deferred: it pulls underthesea's models on first use

    return pipeline.extract(text, resources=Path(resources), cancelled=cancelled)
