"""What the team library remembers of the user's own decisions, against a real PostgreSQL: an
article she imported herself is never "withdrawn from the team" when a teammate's share of the
same text comes and goes, and a title conflict she settled is not asked again when her laptop
reads everything from the start (her teams changed)."""

from __future__ import annotations

import time

from test_sync_gaps import article, published, shared_by_minh, team  # noqa: F401 (fixture)

from desktop.core.annotating import new_highlight


def test_her_own_import_is_not_withdrawn_when_a_teammates_share_of_it_goes(team):  # noqa: F811
    _server, stores, run = team
    mine = article(20)
    stores["lan"].add_articles([mine])  # she imported the same text herself
    stores["lan"].put_annotation(new_highlight(mine, 0, 6, note="của Lan"))
    run("lan")
    stores["minh"].add_articles([mine])
    stores["minh"].put_annotation(new_highlight(mine, 7, 12, note="của Minh"))
    stores["minh"].publish("A", [mine.id], kind="share")
    run("minh", "lan")
    assert [s.annotation.note for s in stores["lan"].shared_annotations(mine.id)] == ["của Minh"]
    stores["minh"].publish("A", [mine.id], kind="share", active=False)
    run("minh", "lan")

    assert stores["lan"].article(mine.id).origin == "user"
    assert stores["lan"].shared_annotations(mine.id) == []
    assert stores["lan"].withdrawn_from_team() == []  # it never came from the team


def test_an_article_kept_after_a_share_went_is_still_withdrawn(team):  # noqa: F811
    _server, stores, run = team
    b = shared_by_minh(stores, run, 21)
    stores["lan"].put_annotation(new_highlight(b, 7, 12, note="Lan ghi lại"))
    stores["minh"].publish("A", [b.id], kind="share", active=False)
    run("minh", "lan")
    assert stores["lan"].withdrawn_from_team() == [b.id]


def test_a_settled_title_conflict_is_not_asked_again_after_reading_from_the_start(team):  # noqa: F811
    server, stores, run = team
    a = published(stores, run, 22)
    stores["lan"].update_article(a.id, title="Tên Lan đặt")
    run("lan")
    time.sleep(0.01)
    stores["hoa"].update_article(a.id, title="Tên của giảng viên")  # newer: it wins
    run("hoa", "lan")
    [kept] = stores["lan"].title_conflicts()
    stores["lan"].resolve_title_conflict(a.id, kept.id)  # she takes hers back
    run("lan")
    assert stores["lan"].title_conflicts() == []

    server.add_user("lan", team="B", role="staff")  # her teams changed: read from the start
    run("lan")
    assert stores["lan"].article(a.id).title == "Tên Lan đặt"
    assert stores["lan"].title_conflicts() == []  # settled: not asked again
