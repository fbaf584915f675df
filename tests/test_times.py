from datetime import timedelta, timezone

import pytest

from desktop.core.times import local_time

HANOI = timezone(timedelta(hours=7))


@pytest.mark.parametrize("stamp, locale, shown", [
    ("2026-11-30T07:05:00Z", "vi", "30/11/2026 14:05"),
    ("2026-11-30T07:05:00+00:00", "vi_VN", "30/11/2026 14:05"),
    ("2026-11-30T20:05:00Z", "en", "1 Dec 2026, 03:05"),
    ("2026-11-30T07:05:00.123456Z", "en_GB", "30 Nov 2026, 14:05"),
    ("not a time", "vi", "not a time"),
])
def test_local_time_in_the_users_language(stamp, locale, shown):
    assert local_time(stamp, locale, tz=HANOI) == shown
