"""The titles kept for the user's pick (a title of hers that met a trainer's): damage to them is
found when the library opens, as for the other things only the user made."""

from __future__ import annotations

import pytest
from test_reliability_faults import damage_page

from desktop import paths
from desktop.core.corpus import make_article
from desktop.core.models import utc_now
from desktop.core.store import Store, StoreError


def test_a_damaged_page_of_kept_titles_is_found_when_the_library_opens(tmp_path):
    db = tmp_path / paths.DB_FILENAME
    store = Store(db)
    a = make_article(title="Bài có tên bị tranh chấp", body="Một văn bản ngắn để thử.")
    store.add_articles([a])
    with store._atomic():  # many versions kept, so the table spans several pages
        for n in range(300):
            store._title_conflict(a.id, f"Tên thứ {n} " + "dài " * 20, f"2026-01-01T00:{n:05d}Z",
                                  "incoming", utc_now())
    store.close()
    damage_page(db, "title_conflicts")
    with pytest.raises(StoreError) as error:
        Store(db)
    assert error.value.kind == "corrupt"
