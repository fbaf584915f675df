"""What happens to a team library's articles after they first arrive, against a real PostgreSQL:
a trainer deletes or unpublishes an article, or edits its title; members' work is never lost and
an old laptop coming back brings nothing back."""

from __future__ import annotations

import time

import pytest
from teamlib import team_a_with_two_laptops_each

from desktop.core.annotating import new_highlight
from desktop.core.corpus import make_article

BODY = ("Đà Nẵng, ngày 1 tháng 12. Sở Y tế thành phố mở thêm ba điểm tiêm chủng cho trẻ em ở các "
        "quận ven biển, với sự hỗ trợ của nhiều bệnh viện tuyến trung ương.")


def article(n: int = 0):
    return make_article(title=f"Bài {n}", body=f"{BODY} Bản {n}.")


@pytest.fixture
def team(team_server, tmp_path):
    return team_a_with_two_laptops_each(team_server, tmp_path)


def published(stores, run, n: int = 0):
    """Hoa publishes an article with one of her notes on it; everybody syncs."""
    a = article(n)
    stores["hoa"].add_articles([a])
    stores["hoa"].put_annotation(new_highlight(a, 0, 6, note="của giảng viên"))
    stores["hoa"].publish("A", [a.id])
    run("hoa", "minh", "lan", "hoa2", "lan2")
    assert all(stores[n].article(a.id) is not None for n in ("minh", "lan", "hoa2", "lan2"))
    return a


def test_a_trainers_deletion_leaves_members_laptops_but_never_their_own_work(team):
    server, stores, run = team
    a = published(stores, run)
    mine = new_highlight(a, 7, 12, note="Minh ghi lại")
    stores["minh"].put_annotation(mine)
    run("minh")

    stores["hoa"].delete_article(a.id)
    run("hoa", "lan", "minh", "hoa2")

    assert stores["lan"].article(a.id) is None  # nothing of hers on it: it leaves
    assert stores["hoa2"].article(a.id) is None  # the trainer's other laptop too
    kept = stores["minh"].article(a.id)  # his note on it: kept, as his own article
    assert kept is not None and kept.origin == "user"
    assert stores["minh"].annotation(mine.id).note == "Minh ghi lại"
    assert stores["minh"].withdrawn_from_team() == [a.id]
    # his other laptop gets it with his note, from his own library now
    run("minh", "minh2")
    assert stores["minh2"].article(a.id) is not None
    assert stores["minh2"].annotation(mine.id).note == "Minh ghi lại"
    # an old laptop that was away comes back: it brings nothing back
    run("lan2", "lan", "hoa2", "hoa")
    assert stores["lan2"].article(a.id) is None and stores["lan"].article(a.id) is None
    assert stores["hoa"].article(a.id) is None and stores["hoa2"].article(a.id) is None
    with server.raw("lan") as conn:
        assert conn.execute("SELECT deleted FROM chugiai.team_articles").fetchall() == [(True,)]
    assert stores["lan"].integrity_ok() and stores["lan"].search("tiêm chủng") == []


def test_unpublishing_removes_the_article_from_members_without_own_work(team):
    _server, stores, run = team
    a = published(stores, run, 1)
    stores["minh"].put_annotation(new_highlight(a, 7, 12, note="của Minh"))
    stores["hoa"].publish("A", [a.id], active=False)
    run("hoa", "minh", "lan", "lan2")

    assert stores["lan"].article(a.id) is None and stores["lan2"].article(a.id) is None
    assert stores["lan"].shared_annotations(a.id) == []  # her notes were withdrawn with it
    assert stores["minh"].article(a.id) is not None  # his own work keeps it
    assert stores["hoa"].article(a.id).origin == "user"  # the trainer's own article stays hers
    assert stores["hoa"].outbox_size() == 0
    # published again: it comes back to everybody
    stores["hoa"].publish("A", [a.id])
    run("hoa", "lan")
    assert stores["lan"].article(a.id) is not None


def test_title_edits_of_a_published_article_sync_and_the_newest_wins(team):
    _server, stores, run = team
    a = published(stores, run, 2)
    stores["hoa"].update_article(a.id, title="Tiêm chủng ở Đà Nẵng")
    run("hoa", "lan", "hoa2")
    assert stores["lan"].article(a.id).title == "Tiêm chủng ở Đà Nẵng"
    assert stores["hoa2"].article(a.id).title == "Tiêm chủng ở Đà Nẵng"  # her other laptop
    assert [h.article_id for h in stores["lan"].search("da nang")] == [a.id]  # indexed

    stores["lan"].update_article(a.id, title="Tên Lan đặt")  # older than the trainer's next
    time.sleep(0.01)
    stores["hoa2"].update_article(a.id, title="Tên mới của giảng viên")
    run("hoa2", "lan", "hoa")
    assert stores["lan"].article(a.id).title == "Tên mới của giảng viên"
    assert stores["hoa"].article(a.id).title == "Tên mới của giảng viên"
    time.sleep(0.01)
    stores["lan"].update_article(a.id, title="Lan sửa sau cùng")  # newer: kept here
    run("lan", "hoa", "lan")
    assert stores["lan"].article(a.id).title == "Lan sửa sau cùng"
    assert stores["hoa"].article(a.id).title == "Tên mới của giảng viên"  # staff cannot retitle


def test_a_hostile_title_on_the_server_is_refused(team):
    server, stores, run = team
    a = published(stores, run, 3)
    with server.raw("hoa") as conn:
        conn.execute("UPDATE chugiai.team_articles SET title = ' ', "
                     "title_modified = '2026-01-01T00:00:00.000Z'")
    [report] = run("lan")
    assert len(report.refused) == 1 and "title" in report.refused[0]
    assert stores["lan"].article(a.id).title == a.title


def test_a_member_cannot_choose_a_rows_change_number(team):
    import psycopg

    server, stores, run = team
    a = published(stores, run, 4)
    with server.raw("lan") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("INSERT INTO chugiai.annotations(id, article_id, start, \"end\", seq) "
                     "VALUES ('x', %s, 0, 2, 1)", [a.id])


def test_a_title_edit_on_an_old_laptop_does_not_bring_a_deleted_article_back(team):
    server, stores, run = team
    a = published(stores, run, 5)
    stores["hoa2"].update_article(a.id, title="Sửa trên máy cũ")  # offline, queued
    stores["hoa"].delete_article(a.id)
    run("hoa", "hoa2", "lan")

    assert stores["hoa2"].article(a.id) is None and stores["lan"].article(a.id) is None
    with server.raw("hoa") as conn:
        assert conn.execute("SELECT deleted FROM chugiai.library").fetchall() == [(True,)]
        assert conn.execute("SELECT deleted FROM chugiai.team_articles").fetchall() == [(True,)]
    assert stores["hoa2"].outbox_size() == 0
