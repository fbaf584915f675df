"""English counts for the command line: '1 annotation', '2 annotations'."""

from __future__ import annotations

from collections.abc import Mapping


def count(n: int, singular: str, plural: str | None = None) -> str:
    """`n` with the noun in the singular for exactly one, else the plural (default: + 's')."""
    return f"{n:,} {singular if n == 1 else plural or singular + 's'}"


def tally(counts: Mapping[str, int], *outcomes: str) -> str:
    """'3 new, 1 updated': each outcome's count (0 when absent), in the order given."""
    return ", ".join(f"{counts.get(outcome, 0)} {outcome}" for outcome in outcomes)
