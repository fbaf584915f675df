"""Text that is not in NFC (decomposed marks, as some pasted text and old files have): extracted
on its NFC form, offsets mapped back to the text as given."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from ..models import ExtractedEntity


def composed(text: str) -> tuple[str, list[int]]:
    """(NFC text, for each of its positions and its end the position in `text`)."""
    out: list[str] = []
    where: list[int] = []
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j])
        out.append(piece)
        where.extend([i] * len(piece))
        i = j
    where.append(len(text))
    return "".join(out), where


def mapped_back(found: list[ExtractedEntity], where: list[int]) -> list[ExtractedEntity]:
    """Entities found on the composed text, with offsets into the text as given."""
    return [replace(e, mentions=tuple((where[s], where[e_]) for s, e_ in e.mentions)) for e in found]
