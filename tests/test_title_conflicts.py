"""What the team library keeps of the user's own on this laptop, without a server: the titles kept
for her pick (damage to them is found when the library opens, as for the other things only she
made), and the articles kept for her own work after the team withdrew them (across step m013)."""

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


def test_articles_listed_as_withdrawn_before_the_kept_list_existed_stay_listed(tmp_path):
    """A library saved before `sync_kept` (step m013): what it listed as withdrawn from the team
    (kept for the user's own work) is still listed after the step."""
    db = tmp_path / paths.DB_FILENAME
    store = Store(db)
    kept = make_article(title="Bài nhóm đã rút", body="Một văn bản nhóm đã rút về.")
    store.add_articles([kept])
    with store._atomic():
        store.conn.execute("UPDATE articles SET origin = 'user' WHERE id = ?", [kept.id])
        store.conn.execute("INSERT INTO sync_team_articles(team_id, article_id, published_by, "
                           "deleted) VALUES (1, ?, 'hoa', 1)", [kept.id])
        store.conn.execute("DROP TABLE sync_kept")  # as the library was before the step
        store.conn.execute("ALTER TABLE title_conflicts DROP COLUMN settled")
        store.conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?",
                           ["m013_kept_articles_and_settled_titles"])
    store.close()
    store = Store(db)
    assert store.pending_migrations() == []
    assert store.withdrawn_from_team() == [kept.id]
