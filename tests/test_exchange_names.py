"""Name corrections travel: a trainer's renames, merges, splits, "not a name" and names marked
by hand go with the bundle, are previewed, and merge by "the newest decision wins" — conflicts
shown, a stamp from the future never winning."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace

import pytest
from test_cli import chugiai
from test_entity_decisions import DANANG, HANOI, add, entity_id, extract_into, names

from desktop import __version__, paths
from desktop.core.annotating import new_highlight
from desktop.core.exchange import Selection, export_bundle, import_bundle, plan_import, read_bundle
from desktop.core.exchange.bundle import bundle_bytes
from desktop.core.store import Store


def library(tmp_path, name):
    store = Store(tmp_path / name / paths.DB_FILENAME)
    a, b = add(store, HANOI, "Hà Nội"), add(store, DANANG, "Đà Nẵng")
    extract_into(store, a)
    extract_into(store, b)
    return store, a, b


def annotate(store, article_id, phrase):
    art = store.article(article_id)
    start = art.body.index(phrase)
    store.put_annotation(new_highlight(art, start, start + len(phrase), author="Cô Lan"))


def export(store, path, **kw):
    return export_bundle(store, path, Selection(), author="Cô Lan", app_version=__version__,
                         **kw)


@pytest.fixture
def trainer(tmp_path):
    store, a, b = library(tmp_path, "trainer")
    annotate(store, a, "Bạch Mai")
    annotate(store, b, "Đà Nẵng")
    store.rename_entity(entity_id(store, a, "Sở Y tế Hà Nội"), "Sở Y tế thành phố Hà Nội")
    store.reject_entity(entity_id(store, b, "Quỹ Nhi đồng Liên Hợp Quốc"))
    store.split_alias(entity_id(store, a, "Nguyễn Văn Hùng"), "Hùng")
    body = store.article(b).body
    start = body.index("Sáng Kiến Xanh")
    store.mark_entity(b, start - len("Nhóm "), start + len("Sáng Kiến Xanh"), kind="ORG")
    yield store, a, b
    store.close()


def test_a_trainers_corrections_reach_the_trainee(trainer, tmp_path):
    store, a, b = trainer
    path = tmp_path / "names.chugiai"
    result = export(store, path)
    assert result.names >= 4
    trainee, ta, tb = library(tmp_path, "trainee")
    assert "Sở Y tế Hà Nội" in names(trainee, ta)
    preview = plan_import(trainee, read_bundle(path))
    assert preview.counts["names_new"] >= 4 and "names:" in preview.summary()
    import_bundle(trainee, read_bundle(path))
    assert names(trainee, ta) == names(store, a)
    assert names(trainee, tb) == names(store, b)
    assert "Sở Y tế thành phố Hà Nội" in names(trainee, ta)
    assert "Quỹ Nhi đồng Liên Hợp Quốc" not in names(trainee, tb)
    assert "Nhóm Sáng Kiến Xanh" in names(trainee, tb)
    assert {"Hùng", "Nguyễn Văn Hùng"} <= names(trainee, ta)  # split off
    # they stick: a re-extraction keeps them, and importing again changes nothing
    extract_into(trainee, ta)
    assert "Sở Y tế thành phố Hà Nội" in names(trainee, ta)
    again = plan_import(trainee, read_bundle(path))
    assert again.counts["names_new"] == again.counts["names_conflict"] == 0


def test_names_can_be_left_out(trainer, tmp_path):
    store, _, _ = trainer
    path = tmp_path / "plain.chugiai"
    assert export(store, path, names=False).names is None
    with zipfile.ZipFile(path) as zf:
        assert "names.json" not in zf.namelist()
    cli = tmp_path / "cli.chugiai"
    store.close()
    out = chugiai("--data-dir", str(store.path.parent), "export", str(cli), "--no-names")
    assert out.returncode == 0, out.stderr
    with zipfile.ZipFile(cli) as zf:
        assert "names.json" not in zf.namelist()
    out = chugiai("--data-dir", str(store.path.parent), "export", str(cli))
    with zipfile.ZipFile(cli) as zf:
        assert json.loads(zf.read("names.json"))["format"] == "chugiai-names"


def test_the_newer_decision_wins_and_the_conflict_is_shown(trainer, tmp_path):
    store, a, _ = trainer
    path = tmp_path / "names.chugiai"
    export(store, path)
    trainee, ta, _ = library(tmp_path, "trainee")
    # the trainee renamed it too, later than the trainer: the trainee's name stays
    trainee.rename_entity(entity_id(trainee, ta, "Sở Y tế Hà Nội"), "Sở Y tế HN")
    plan, _ = import_bundle(trainee, read_bundle(path))
    (conflict,) = [n for n in plan.names if n.outcome == "conflict"]
    assert (conflict.local.name, conflict.incoming.name, conflict.taken) == \
        ("Sở Y tế HN", "Sở Y tế thành phố Hà Nội", False)
    assert "Sở Y tế HN" in names(trainee, ta)
    # the trainer decides again, later: that one wins, shown as a conflict again
    store.rename_entity(entity_id(store, a, "Sở Y tế thành phố Hà Nội"), "Sở Y tế TP Hà Nội")
    export(store, path)
    plan, _ = import_bundle(trainee, read_bundle(path))
    (conflict,) = [n for n in plan.names if n.outcome == "conflict"]
    assert conflict.taken and "Sở Y tế TP Hà Nội" in names(trainee, ta)


def test_a_decision_from_the_future_does_not_win(trainer, tmp_path):
    store, a, _ = trainer
    trainee, ta, _ = library(tmp_path, "trainee")
    trainee.rename_entity(entity_id(trainee, ta, "Sở Y tế Hà Nội"), "Sở Y tế HN")
    records = [replace(r, decided="9999-12-31T23:59:59.999Z")
               for r in store.name_records([a])]
    arts = [store.article(a)]
    path = tmp_path / "forged.chugiai"
    path.write_bytes(bundle_bytes(store.annotations_for_export(article_ids=[a]), arts,
                                  author="x", app_version=__version__, names=records))
    plan, _ = import_bundle(trainee, read_bundle(path))
    assert "Sở Y tế HN" in names(trainee, ta)
    assert any(f.startswith("name ") for f in plan.future)


def test_a_hostile_names_part_is_refused(trainer, tmp_path):
    from test_exchange import rezip, unzip

    from desktop.core.exchange import BundleError

    store, _, _ = trainer
    members = unzip(export(store, tmp_path / "n.chugiai").path)
    doc = json.loads(members["names.json"])
    doc["entities"][0]["marked"] = [{"source": "urn:sha256:" + "0" * 64, "start": 5, "end": 2}]
    members["names.json"] = json.dumps(doc).encode()
    with pytest.raises(BundleError):
        read_bundle(rezip(members))
    doc["entities"][0] = {**doc["entities"][0], "kind": "LOC", "marked": []}
    members["names.json"] = json.dumps(doc).encode()
    with pytest.raises(BundleError):
        read_bundle(rezip(members))
