"""A trainer's name corrections are the team's list on members' laptops (a real PostgreSQL,
tests/pgcluster.py): renamed, merged, hidden and added names show in the People & organizations
tab, and the member's own corrections stay on top."""

from __future__ import annotations

import pytest
from teamlib import laptop

from desktop import paths
from desktop.core.corpus import make_article
from desktop.core.models import ExtractedEntity
from desktop.core.store import Store
from desktop.core.sync.engine import sync

BODY = ("Ông Nguyễn Văn An, Bộ trưởng Bộ Giáo dục và Đào tạo, đã gặp đại diện UNICEF và ông "
        "Trần Bình tại Hà Nội. Theo Nguyễn V. An, Quỹ Nhi đồng sẽ hỗ trợ các trường vùng cao.")
VERSION = "test-extractor-1"


def found(body: str) -> list[ExtractedEntity]:
    """What an extractor reports for BODY (each name with its mentions), as saved results."""
    def at(name: str) -> tuple[tuple[int, int], ...]:
        start = body.index(name)
        return ((start, start + len(name)),)

    return [ExtractedEntity("PER", "Nguyễn Văn An", (), at("Nguyễn Văn An")),
            ExtractedEntity("PER", "Nguyễn V. An", (), at("Nguyễn V. An")),
            ExtractedEntity("ORG", "Bộ Giáo dục và Đào tạo", (), at("Bộ Giáo dục và Đào tạo")),
            ExtractedEntity("ORG", "UNICEF", (), at("UNICEF")),
            ExtractedEntity("PER", "Trần Bình", (), at("Trần Bình")),
            ExtractedEntity("ORG", "Hà Nội", (), at("Hà Nội"))]


def names(store: Store) -> list[tuple[str, str, int]]:
    return [(e.kind, e.name, e.article_count) for e in store.entity_index()]


def entity(store: Store, name: str):
    return next(e for e in store.entity_index() + store.hidden_entities() if e.name == name)


@pytest.fixture
def team(team_server, tmp_path):
    """Team A: trainer Hoa and staff Lan; Hoa has corrected the names of an article she published."""
    team_server.add_user("hoa", team="A", role="trainer")
    team_server.add_user("lan", team="A", role="staff")
    hoa, lan = laptop(tmp_path, "hoa"), laptop(tmp_path, "lan")
    art = make_article(title="Giáo dục vùng cao", body=BODY)
    hoa.add_articles([art])
    hoa.save_extraction(art.id, VERSION, found(art.body))
    hoa.rename_entity(entity(hoa, "Bộ Giáo dục và Đào tạo").id, "Bộ GD&ĐT")
    hoa.merge_entities(entity(hoa, "Nguyễn V. An").id, into=entity(hoa, "Nguyễn Văn An").id)
    hoa.reject_entity(entity(hoa, "Hà Nội").id)
    start = art.body.index("Quỹ Nhi đồng")
    hoa.mark_entity(art.id, start, start + len("Quỹ Nhi đồng"), kind="ORG")
    hoa.publish("A", [art.id])
    return team_server, hoa, lan, art


TEAM_LIST = [("PER", "Nguyễn Văn An", 1), ("PER", "Trần Bình", 1), ("ORG", "Bộ GD&ĐT", 1),
             ("ORG", "Quỹ Nhi đồng", 1), ("ORG", "UNICEF", 1)]


@pytest.mark.parametrize("extracted", ["before the sync", "after the sync"])
def test_a_trainers_corrections_are_the_members_list(team, extracted):
    server, hoa, lan, art = team
    sync(hoa, server.url("hoa"))
    if extracted == "before the sync":  # the member had the article and its names already
        lan.add_articles([art])
        lan.save_extraction(art.id, VERSION, found(art.body))
    report = sync(lan, server.url("lan"))
    if extracted == "after the sync":  # the article came with the sync; its names come later
        lan.save_extraction(art.id, VERSION, found(art.body))
    else:
        assert art.id in report.changes.entities  # the panels showing it refresh
    assert names(lan) == TEAM_LIST
    assert [e.name for e in lan.hidden_entities()] == ["Hà Nội"]
    an = entity(lan, "Nguyễn Văn An")
    assert [s.mention_count for s in lan.article_entities(art.id) if s.id == an.id] == [2]
    # the team's list is not the member's own decision: not sent on in her bundles
    assert lan.name_records([art.id]) == []
    # a second sync with nothing new changes nothing
    assert not sync(lan, server.url("lan")).changes.entities


def test_the_members_own_corrections_stay_on_top(team):
    server, hoa, lan, art = team
    lan.add_articles([art])
    lan.save_extraction(art.id, VERSION, found(art.body))
    lan.rename_entity(entity(lan, "Bộ Giáo dục và Đào tạo").id, "Bộ Giáo dục")  # hers first
    sync(hoa, server.url("hoa"))
    sync(lan, server.url("lan"))
    assert ("ORG", "Bộ Giáo dục", 1) in names(lan) and ("ORG", "Bộ GD&ĐT", 1) not in names(lan)
    # she shows again what the team hid, and later syncs keep it shown
    lan.show_entity(entity(lan, "Hà Nội").id)
    hoa.rename_entity(entity(hoa, "UNICEF").id, "Quỹ Nhi đồng Liên Hợp Quốc")
    sync(hoa, server.url("hoa"))
    sync(lan, server.url("lan"))
    listed = names(lan)
    assert ("ORG", "Hà Nội", 1) in listed and ("ORG", "Quỹ Nhi đồng Liên Hợp Quốc", 1) in listed
    assert ("ORG", "Bộ Giáo dục", 1) in listed


def test_a_withdrawn_hide_shows_the_name_again(team):
    server, hoa, lan, art = team
    sync(hoa, server.url("hoa"))
    sync(lan, server.url("lan"))
    lan.save_extraction(art.id, VERSION, found(art.body))
    assert "Hà Nội" not in [n for _, n, _ in names(lan)]
    hoa.show_entity(entity(hoa, "Hà Nội").id)
    sync(hoa, server.url("hoa"))
    report = sync(lan, server.url("lan"))
    assert ("ORG", "Hà Nội", 1) in names(lan) and art.id in report.changes.entities


def test_the_member_sees_the_team_list_in_the_tab_after_a_sync(team, open_window, data_dir,
                                                               qtbot, monkeypatch):
    server, hoa, _lan, art = team
    monkeypatch.delenv(paths.SERVER_ENV, raising=False)
    sync(hoa, server.url("hoa"))
    member = Store(data_dir / paths.DB_FILENAME)
    member.set_setting(paths.SERVER_SETTING, server.url("lan"))
    member.add_articles([art])
    member.save_extraction(art.id, VERSION, found(art.body))
    member.close()
    window = open_window()
    window.session.open_article(art.id)
    window.tabs.setCurrentWidget(window.entity_index)
    assert window.entity_index.item_for("Bộ Giáo dục và Đào tạo") is not None
    with qtbot.waitSignal(window.sync.finished, timeout=60_000):
        window.sync.sync_now()
    assert window.entity_index.item_for("Bộ GD&ĐT") is not None
    assert window.entity_index.item_for("Bộ Giáo dục và Đào tạo") is None
    assert window.entity_index.item_for("Hà Nội") is None
    assert window.entities.item_for("Bộ GD&ĐT") is not None  # this article's names too


def test_a_spelling_the_member_split_off_stays_split(team):
    server, hoa, lan, art = team
    lan.add_articles([art])
    lan.save_extraction(art.id, VERSION, found(art.body))
    an = entity(lan, "Nguyễn Văn An")
    lan.merge_entities(entity(lan, "Nguyễn V. An").id, into=an.id)
    lan.split_alias(an.id, "Nguyễn V. An")  # hers: "Nguyễn V. An" is someone else
    sync(hoa, server.url("hoa"))  # the trainer merged the two
    sync(lan, server.url("lan"))
    listed = names(lan)
    assert ("PER", "Nguyễn V. An", 1) in listed and ("PER", "Nguyễn Văn An", 1) in listed


def test_a_team_hidden_name_is_not_sent_up_as_the_users_own(team, tmp_path):
    """Lan is staff in team A and trainer of team B: A's hidden name is A's list, not Lan's, so
    it never reaches B's members as her correction."""
    server, hoa, lan, art = team
    server.add_user("lan", team="B", role="trainer")
    server.add_user("minh", team="B", role="staff")
    sync(hoa, server.url("hoa"))
    sync(lan, server.url("lan"))
    lan.save_extraction(art.id, VERSION, found(art.body))
    assert "Hà Nội" in [e.name for e in lan.hidden_entities()]  # the team's list, on her laptop
    assert "ORG:Hà Nội" not in lan.entity_decisions()
    lan.publish("B", [art.id])
    sync(lan, server.url("lan"))
    minh = laptop(tmp_path, "minh")
    sync(minh, server.url("minh"))
    minh.save_extraction(art.id, VERSION, found(art.body))
    assert ("ORG", "Hà Nội", 1) in names(minh)


def test_a_rename_the_trainer_takes_back_is_taken_back_on_members(team):
    server, hoa, lan, art = team
    lan.add_articles([art])
    lan.save_extraction(art.id, VERSION, found(art.body))
    sync(hoa, server.url("hoa"))
    sync(lan, server.url("lan"))
    assert ("ORG", "Bộ GD&ĐT", 1) in names(lan)
    hoa.rename_entity(entity(hoa, "Bộ GD&ĐT").id, "Bộ Giáo dục và Đào tạo")  # back as it was
    hoa.split_alias(entity(hoa, "Nguyễn Văn An").id, "Nguyễn V. An")  # the merge undone
    hoa.reject_entity(entity(hoa, "Quỹ Nhi đồng").id)  # the name she marked: not a name
    sync(hoa, server.url("hoa"))
    report = sync(lan, server.url("lan"))
    listed = names(lan)
    assert ("ORG", "Bộ Giáo dục và Đào tạo", 1) in listed
    assert ("ORG", "Bộ GD&ĐT", 1) not in listed
    assert ("PER", "Nguyễn Văn An", 1) in listed and ("PER", "Nguyễn V. An", 1) in listed
    assert "Quỹ Nhi đồng" not in [n for _, n, _ in listed]
    assert art.id in report.changes.entities


def test_decisions_a_trainer_withdraws_are_undone_under_the_members_own(team):
    """What Hoa's laptop sends when her decisions are gone (restored from a backup made before
    them): each withdrawn; on Lan's laptop the names are as extracted again, except her own."""
    from desktop.core.models import utc_now
    from desktop.core.sync import server as team_server

    server, hoa, lan, art = team
    lan.add_articles([art])
    lan.save_extraction(art.id, VERSION, found(art.body))
    sync(hoa, server.url("hoa"))
    sync(lan, server.url("lan"))
    lan.rename_entity(entity(lan, "Bộ GD&ĐT").id, "Bộ Giáo dục")  # hers, over the team's
    with server.raw("hoa") as conn:
        [(team_id,)] = conn.execute("SELECT id FROM chugiai.teams").fetchall()
        team_server.push(conn, team_server.Push(entity_decisions=[
            (team_id, kind, name, aliases, hidden, True, utc_now())
            for kind, name, aliases, hidden in hoa.entity_decisions().values()]))
    report = sync(lan, server.url("lan"))
    assert lan.team_entity_decisions() == []
    listed = names(lan)
    assert ("ORG", "Hà Nội", 1) in listed  # no longer hidden
    assert ("PER", "Nguyễn Văn An", 1) in listed and ("PER", "Nguyễn V. An", 1) in listed
    assert "Quỹ Nhi đồng" not in [n for _, n, _ in listed]  # the trainer's mark went with it
    assert ("ORG", "Bộ Giáo dục", 1) in listed  # her own correction stays on top
    assert art.id in report.changes.entities
    # extracted again, the article shows the same list (the team's list no longer applies)
    lan.save_extraction(art.id, VERSION, found(art.body))
    assert names(lan) == listed


def test_an_old_laptop_of_the_trainer_does_not_bring_a_withdrawn_decision_back(team, tmp_path):
    server, hoa, lan, art = team
    hoa2 = laptop(tmp_path, "hoa2")  # her other laptop, away: she hid the name there too
    hoa2.add_articles([art])
    hoa2.save_extraction(art.id, VERSION, found(art.body))
    hoa2.reject_entity(entity(hoa2, "Hà Nội").id)
    sync(hoa, server.url("hoa"))
    hoa.show_entity(entity(hoa, "Hà Nội").id)  # later, on her first laptop: a name after all
    sync(hoa, server.url("hoa"))
    lan.add_articles([art])
    lan.save_extraction(art.id, VERSION, found(art.body))
    sync(lan, server.url("lan"))
    assert ("ORG", "Hà Nội", 1) in names(lan)
    sync(hoa2, server.url("hoa"))  # the old laptop comes back with its older decision
    sync(lan, server.url("lan"))
    assert ("ORG", "Hà Nội", 1) in names(lan)
    assert "Hà Nội" not in [n for _, n, _, _, _ in lan.team_entity_decisions()]


def _hide(store):
    store.reject_entity(entity(store, "Hà Nội").id)


def _rename(store):
    store.rename_entity(entity(store, "Bộ Giáo dục và Đào tạo").id, "Bộ GD&ĐT")


def _merge(store):
    store.merge_entities(entity(store, "Nguyễn V. An").id, into=entity(store, "Nguyễn Văn An").id)


def _mark(store):
    [(article_id,)] = store.conn.execute("SELECT id FROM articles").fetchall()
    start = BODY.index("Quỹ Nhi đồng")
    store.mark_entity(article_id, start, start + len("Quỹ Nhi đồng"), kind="ORG")


# a decision, how she undoes it on the other laptop, and the names listed once it is undone
UNDONE = {
    "not a name": (_hide, lambda s: s.show_entity(entity(s, "Hà Nội").id),
                   [("ORG", "Hà Nội", 1)], []),
    "rename": (_rename, lambda s: s.rename_entity(entity(s, "Bộ GD&ĐT").id,
                                                  "Bộ Giáo dục và Đào tạo"),
               [("ORG", "Bộ Giáo dục và Đào tạo", 1)], ["Bộ GD&ĐT"]),
    "merge": (_merge, lambda s: s.split_alias(entity(s, "Nguyễn Văn An").id, "Nguyễn V. An"),
              [("PER", "Nguyễn Văn An", 1), ("PER", "Nguyễn V. An", 1)], []),
    "hand-marked name": (_mark, lambda s: s.reject_entity(entity(s, "Quỹ Nhi đồng").id),
                         [], ["Quỹ Nhi đồng"]),
}


@pytest.mark.parametrize("decision", list(UNDONE))
def test_a_decision_undone_on_the_trainers_other_laptop_is_undone_everywhere(team_server,
                                                                             tmp_path, decision):
    """Hoa decides on laptop 1; her laptop 2 has it from the team's list; she undoes it there:
    one sync of laptop 2 and one of Lan's, and it is gone on Lan's laptop and then on laptop 1."""
    decide, undo, listed, gone = UNDONE[decision]
    team_server.add_user("hoa", team="A", role="trainer")
    team_server.add_user("lan", team="A", role="staff")
    hoa, hoa2, lan = (laptop(tmp_path, n) for n in ("hoa", "hoa2", "lan"))
    url = team_server.url("hoa")
    art = make_article(title="Giáo dục vùng cao", body=BODY)
    for store in (hoa, lan):
        store.add_articles([art])
        store.save_extraction(art.id, VERSION, found(art.body))
    decide(hoa)
    hoa.publish("A", [art.id])
    sync(hoa, url)
    sync(hoa2, url)
    hoa2.save_extraction(art.id, VERSION, found(art.body))
    sync(hoa2, url)  # (the team's list applied to what the extractor found there)
    sync(lan, team_server.url("lan"))
    def undone(store) -> bool:
        now = names(store)
        return all(n in now for n in listed) and not [n for _, n, _ in now if n in gone]

    before = names(lan)
    assert names(hoa2) == before and names(hoa) == before  # the decision, on all three
    assert not undone(lan)
    undo(hoa2)
    assert undone(hoa2)
    sync(hoa2, url)  # once
    sync(lan, team_server.url("lan"))  # once
    assert undone(lan), names(lan)
    sync(hoa, url)
    assert undone(hoa), names(hoa)
    assert undone(hoa2), names(hoa2)
    for who in ("hoa2", "lan", "hoa", "lan"):  # and it stays so: no laptop sends it back
        sync({"hoa": hoa, "hoa2": hoa2, "lan": lan}[who], team_server.url(who.rstrip("2")))
    assert undone(hoa) and undone(hoa2) and undone(lan)
