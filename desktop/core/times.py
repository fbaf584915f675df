"""Stored times (ISO 8601, UTC) as a reader expects them: local time, in the interface language."""

from __future__ import annotations

from datetime import datetime

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def local_time(stamp: str, locale: str = "vi", *, tz=None) -> str:
    """'2026-11-30T07:05:00Z' → '30/11/2026 14:05' (vi) or '30 Nov 2026, 14:05' (en) in the
    computer's time zone (or `tz`); text that is not a time comes back unchanged."""
    try:
        moment = datetime.fromisoformat(stamp.strip().replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone(tz)
    if locale.lower().startswith("en"):
        return f"{moment.day} {MONTHS_EN[moment.month - 1]} {moment.year}, {moment:%H:%M}"
    return f"{moment:%d/%m/%Y %H:%M}"
