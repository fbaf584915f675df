"""English counts for the command line: '1 annotation', '2 annotations'."""

from __future__ import annotations


def count(n: int, singular: str, plural: str | None = None) -> str:
    """`n` with the noun in the singular for exactly one, else the plural (default: + 's')."""
    return f"{n:,} {singular if n == 1 else plural or singular + 's'}"
