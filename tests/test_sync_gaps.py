"""Withdrawals in the team library, against a real PostgreSQL: a teammate's share taken back, a
member's own title on a team article, a trainer's name decisions undone — and an old laptop
coming back never brings any of it back."""

from __future__ import annotations

import time

import pytest
from teamlib import team_a_with_two_laptops_each

from desktop.core.annotating import new_highlight
from desktop.core.corpus import make_article

BODY = ("Hà Nội, ngày 2 tháng 12. Bộ Giáo dục và Đào tạo công bố kế hoạch tuyển sinh mới; "
        "ông Nguyễn Văn Hùng, Vụ trưởng, cho biết các trường sẽ được tự chủ hơn.")


def article(n: int = 0):
    return make_article(title=f"Bài {n}", body=f"{BODY} Bản {n}.")


@pytest.fixture
def team(team_server, tmp_path):
    return team_a_with_two_laptops_each(team_server, tmp_path)


def shared_by_minh(stores, run, n: int = 0):
    """Minh shares his highlight on an article of his own with the team; all sync."""
    b = article(n)
    stores["minh"].add_articles([b])
    stores["minh"].put_annotation(new_highlight(b, 0, 6, note="của Minh"))
    stores["minh"].publish("A", [b.id], kind="share")
    run("minh", "lan", "hoa", "lan2")
    for who in ("lan", "hoa", "lan2"):
        assert [s.annotation.note for s in stores[who].shared_annotations(b.id)] == ["của Minh"]
        assert stores[who].article(b.id).origin == "team"
    return b


# -- a teammate takes a share back --------------------------------------------------------


def test_unsharing_removes_the_article_that_came_only_with_the_share(team):
    _server, stores, run = team
    b = shared_by_minh(stores, run)
    hers = new_highlight(b, 7, 12, note="Hoa ghi lại")
    stores["hoa"].put_annotation(hers)  # the trainer's own work on it

    stores["minh"].publish("A", [b.id], kind="share", active=False)
    run("minh", "lan", "hoa")

    assert stores["lan"].article(b.id) is None  # it came only with the share
    assert stores["lan"].shared_annotations(b.id) == []
    kept = stores["hoa"].article(b.id)  # her note on it: kept, as her own article
    assert kept is not None and kept.origin == "user"
    assert stores["hoa"].annotation(hers.id).note == "Hoa ghi lại"
    assert stores["hoa"].shared_annotations(b.id) == []  # Minh's highlights are gone
    assert stores["hoa"].withdrawn_from_team() == [b.id]
    assert stores["minh"].article(b.id).origin == "user"  # the sharer keeps his own
    # an old laptop that had it through the share comes back: it leaves there too
    run("lan2")
    assert stores["lan2"].article(b.id) is None and stores["lan2"].shared_annotations(b.id) == []
    assert stores["lan2"].search("tuyển sinh") == [] and stores["lan2"].integrity_ok()
    # the trainer's other laptop gets it from her own library, with her note
    run("hoa", "hoa2")
    assert stores["hoa2"].annotation(hers.id).note == "Hoa ghi lại"


def test_an_article_still_shared_by_another_teammate_stays(team):
    _server, stores, run = team
    b = shared_by_minh(stores, run, 1)
    stores["hoa"].put_annotation(new_highlight(b, 7, 12, note="Hoa chia sẻ"))
    stores["hoa"].publish("A", [b.id], kind="share")
    run("hoa", "lan")
    stores["minh"].publish("A", [b.id], kind="share", active=False)
    run("minh", "lan")
    assert stores["lan"].article(b.id) is not None  # Hoa still shares it
    assert [s.annotation.note for s in stores["lan"].shared_annotations(b.id)] == ["Hoa chia sẻ"]


def test_a_share_asked_on_an_old_laptop_does_not_undo_a_later_unshare(team):
    server, stores, run = team
    b = article(2)
    stores["minh"].add_articles([b])
    stores["minh"].put_annotation(new_highlight(b, 0, 6, note="của Minh"))
    run("minh", "minh2")
    stores["minh2"].publish("A", [b.id], kind="share")  # offline: waits for the next sync
    time.sleep(0.01)
    stores["minh"].publish("A", [b.id], kind="share")
    run("minh", "lan")
    time.sleep(0.01)
    stores["minh"].publish("A", [b.id], kind="share", active=False)  # later: the last word
    run("minh")
    run("minh2", "lan")  # the old laptop comes back with its older request

    with server.raw("minh") as conn:
        assert conn.execute("SELECT shared FROM chugiai.shares").fetchall() == [(False,)]
    assert stores["lan"].article(b.id) is None and stores["lan"].shared_annotations(b.id) == []
    # the old laptop shows what the server holds, not its own older request
    assert stores["minh2"].publication_states("A", [b.id]) == {b.id: (False, False)}


def test_a_publish_asked_on_an_old_laptop_does_not_undo_a_later_unpublish(team):
    server, stores, run = team
    a = article(3)
    stores["hoa"].add_articles([a])
    run("hoa", "hoa2")
    stores["hoa2"].publish("A", [a.id])  # offline
    time.sleep(0.01)
    stores["hoa"].publish("A", [a.id])
    run("hoa", "lan")
    assert stores["lan"].article(a.id) is not None
    time.sleep(0.01)
    stores["hoa"].publish("A", [a.id], active=False)
    run("hoa", "hoa2", "lan")

    with server.raw("hoa") as conn:
        assert conn.execute("SELECT deleted FROM chugiai.team_articles").fetchall() == [(True,)]
    assert stores["lan"].article(a.id) is None
    assert stores["hoa2"].publication_states("A", [a.id]) == {a.id: (False, False)}


# -- a member's own title on a team article -----------------------------------------------


def published(stores, run, n: int = 10):
    a = article(n)
    stores["hoa"].add_articles([a])
    stores["hoa"].publish("A", [a.id])
    run("hoa", "lan")
    assert stores["lan"].article(a.id).origin == "team"
    return a


def test_a_members_own_title_reaches_her_other_laptops_not_the_team(team):
    server, stores, run = team
    a = published(stores, run)
    stores["lan"].update_article(a.id, title="Tên Lan đặt")
    run("lan", "lan2", "minh", "hoa")
    assert stores["lan2"].article(a.id).title == "Tên Lan đặt"  # her own server space
    assert stores["lan2"].article(a.id).origin == "team"  # still the team's article
    assert stores["minh"].article(a.id).title == a.title  # not the team's title
    assert stores["hoa"].article(a.id).title == a.title
    with server.raw("lan") as conn:  # nothing of hers stands in the team's library
        assert conn.execute("SELECT title FROM chugiai.team_articles").fetchall() == [("",)]
    assert stores["lan2"].conflicts() == [] and stores["lan2"].title_conflicts() == []


def test_a_trainers_later_title_wins_and_the_members_own_is_kept_for_review(team):
    _server, stores, run = team
    a = published(stores, run, 11)
    stores["lan"].update_article(a.id, title="Tên Lan đặt")
    run("lan")
    time.sleep(0.01)
    stores["hoa"].update_article(a.id, title="Tên của giảng viên")  # newer: it wins
    run("hoa", "lan")
    assert stores["lan"].article(a.id).title == "Tên của giảng viên"
    [kept] = stores["lan"].title_conflicts()  # hers is not silently lost
    assert (kept.article_id, kept.title, kept.origin) == (a.id, "Tên Lan đặt", "local")
    # she takes hers back: it is her newest edit, and reaches her other laptop
    stores["lan"].resolve_title_conflict(a.id, kept.id)
    assert stores["lan"].article(a.id).title == "Tên Lan đặt"
    assert stores["lan"].title_conflicts() == []
    run("lan", "lan2", "minh")
    assert stores["lan2"].article(a.id).title == "Tên Lan đặt"
    assert stores["minh"].article(a.id).title == "Tên của giảng viên"


def test_an_older_trainer_title_loses_to_the_members_newer_one_and_is_kept(team):
    _server, stores, run = team
    a = published(stores, run, 12)
    stores["hoa"].update_article(a.id, title="Tên của giảng viên")  # offline, older
    time.sleep(0.01)
    stores["lan"].update_article(a.id, title="Tên Lan đặt")
    run("lan", "hoa", "lan")
    assert stores["lan"].article(a.id).title == "Tên Lan đặt"  # the newest edit wins
    [kept] = stores["lan"].title_conflicts()
    assert (kept.title, kept.origin) == ("Tên của giảng viên", "incoming")


def test_a_member_cannot_revive_a_teammates_share_or_a_publication_by_hand(team):
    """The request times are the server's rows like any other: row-level security still says
    who may change them (raw SQL, as with psql and one's own password)."""
    import psycopg

    server, stores, run = team
    b = shared_by_minh(stores, run, 20)
    stores["minh"].publish("A", [b.id], kind="share", active=False)
    a = published(stores, run, 21)
    stores["hoa"].publish("A", [a.id], active=False)
    run("minh", "hoa")
    with server.raw("lan") as conn:
        far = "9999-01-01T00:00:00.000Z"
        assert conn.execute("UPDATE chugiai.shares SET shared = true, modified = %s",
                            [far]).rowcount == 0
        assert conn.execute("UPDATE chugiai.team_articles SET deleted = false, modified = %s",
                            [far]).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO chugiai.shares(owner, team_id, article_id, shared, "
                         "modified) SELECT %s, team_id, article_id, true, %s FROM "
                         "chugiai.shares", [server.login("minh"), far])
    run("lan")
    assert stores["lan"].article(b.id) is None and stores["lan"].article(a.id) is None


# -- deletions stay deletions -------------------------------------------------------------


def test_a_deleted_shared_highlight_never_comes_back_from_an_old_laptop(team):
    _server, stores, run = team
    a = article(30)
    stores["hoa"].add_articles([a])
    h = new_highlight(a, 0, 6, note="v1")
    stores["hoa"].put_annotation(h)
    stores["hoa"].publish("A", [a.id])
    run("hoa", "hoa2", "lan", "lan2")
    stores["hoa2"].put_annotation(stores["hoa2"].annotation(h.id).evolve(note="sửa cũ"))  # away
    time.sleep(0.01)
    stores["hoa"].put_annotation(stores["hoa"].annotation(h.id).evolve(deleted=True))
    run("hoa", "lan")
    assert stores["lan"].shared_annotations(a.id) == []
    run("hoa2", "lan2", "lan", "hoa")  # the old laptops come back
    assert stores["lan"].shared_annotations(a.id) == []
    assert stores["lan2"].shared_annotations(a.id) == []
    assert stores["hoa"].annotation(h.id) is None or stores["hoa"].annotation(h.id).deleted


def test_an_import_made_on_an_old_laptop_before_a_deletion_does_not_bring_it_back(team):
    _server, stores, run = team
    a = article(31)
    stores["hoa"].add_articles([a])
    run("hoa")
    stores["hoa2"].add_articles([a])  # away: the same article, imported there before
    time.sleep(0.01)
    stores["hoa"].delete_article(a.id)
    run("hoa", "hoa2", "hoa")
    assert stores["hoa"].article(a.id) is None and stores["hoa2"].article(a.id) is None


def test_a_deletion_undone_after_it_synced_brings_the_article_back_everywhere(team):
    _server, stores, run = team
    a = article(32)
    stores["hoa"].add_articles([a])
    run("hoa", "hoa2")
    _, snapshot = stores["hoa"].delete_article(a.id)
    run("hoa", "hoa2")
    assert stores["hoa2"].article(a.id) is None
    stores["hoa"].restore_article(snapshot)  # the undo, after the deletion went up
    run("hoa", "hoa2")
    assert stores["hoa2"].article(a.id) is not None


def test_an_article_deleted_on_an_old_laptop_does_not_wipe_a_later_note(team):
    """The deletion carries when it was made, not when the old laptop came back: the note
    written after it on the other laptop is the newest edit and wins (nothing silently lost)."""
    _server, stores, run = team
    a = article(33)
    stores["hoa"].add_articles([a])
    h = new_highlight(a, 0, 6, note="v1")
    stores["hoa"].put_annotation(h)
    run("hoa", "hoa2")
    stores["hoa2"].delete_article(a.id)  # away
    time.sleep(0.01)
    stores["hoa"].put_annotation(stores["hoa"].annotation(h.id).evolve(note="viết sau"))
    run("hoa", "hoa2", "hoa", "hoa2")
    assert stores["hoa"].annotation(h.id).note == "viết sau"
    assert not stores["hoa"].annotation(h.id).deleted
