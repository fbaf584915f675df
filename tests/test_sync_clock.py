"""A laptop whose clock is far ahead (a wrong clock) against a real PostgreSQL: its request to
share, or a trainer's name decision made there, does not lock out every later request — the
merge's rule for stamps from the future (a stamp past the horizon never wins by its stamp),
with the server's clock as the one trusted."""

from __future__ import annotations

from test_team_names import BODY, VERSION, entity, found, names

from desktop import paths
from desktop.core.annotating import new_highlight
from desktop.core.corpus import make_article
from desktop.core.store import Store
from desktop.core.sync.engine import sync

FAR = "2031-01-01T00:00:00.000Z"  # what a laptop with a wrong clock stamps


def test_a_share_asked_under_a_wrong_clock_does_not_lock_out_a_later_unshare(team_server,
                                                                            tmp_path):
    team_server.add_user("minh", team="A", role="staff")
    team_server.add_user("lan", team="A", role="staff")
    minh, minh2, lan = (Store(tmp_path / n / paths.DB_FILENAME) for n in ("minh", "minh2", "lan"))
    url = team_server.url("minh")
    b = make_article(title="Bài của Minh", body=BODY)
    minh.add_articles([b])
    minh.put_annotation(new_highlight(b, 0, 6, note="của Minh"))
    sync(minh, url)
    sync(minh2, url)
    minh2.publish("A", [b.id], kind="share")
    minh2.conn.execute("UPDATE sync_publications SET asked = ?", [FAR])  # its clock is wrong
    sync(minh2, url)
    sync(lan, team_server.url("lan"))
    assert lan.article(b.id) is not None

    minh.publish("A", [b.id], kind="share", active=False)  # later, on a laptop with a good clock
    sync(minh, url)
    sync(lan, team_server.url("lan"))
    with team_server.raw("minh") as conn:
        assert conn.execute("SELECT shared FROM chugiai.shares").fetchall() == [(False,)]
    assert lan.article(b.id) is None


def test_a_trainers_decision_under_a_wrong_clock_does_not_lock_out_a_later_one(team_server,
                                                                              tmp_path):
    team_server.add_user("hoa", team="A", role="trainer")
    team_server.add_user("lan", team="A", role="staff")
    hoa, hoa2, lan = (Store(tmp_path / n / paths.DB_FILENAME) for n in ("hoa", "hoa2", "lan"))
    url = team_server.url("hoa")
    art = make_article(title="Giáo dục vùng cao", body=BODY)
    for store in (hoa, hoa2, lan):
        store.add_articles([art])
        store.save_extraction(art.id, VERSION, found(art.body))
    hoa.reject_entity(entity(hoa, "Hà Nội").id)  # "not a name"
    sync(hoa, url)
    hoa2.reject_entity(entity(hoa2, "Hà Nội").id)  # the same, on the laptop with a bad clock
    hoa2.conn.execute("UPDATE entities SET decided_at = ? WHERE decided_at IS NOT NULL", [FAR])
    sync(hoa2, url)
    sync(lan, team_server.url("lan"))
    assert "Hà Nội" not in [n for _, n, _ in names(lan)]
    hoa.show_entity(entity(hoa, "Hà Nội").id)  # later, on the good laptop: a name after all
    sync(hoa, url)
    sync(lan, team_server.url("lan"))
    assert ("ORG", "Hà Nội", 1) in names(lan)
