"""The import merge over many bundles: deletions stay deleted, every order of imports ends in the
same state, stamps from the future never win, and only annotated articles come in."""

import os
import shutil
import stat
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_cli import chugiai

from desktop import __version__, paths
from desktop.core.annotating import new_highlight
from desktop.core.corpus import load_bundled, make_article
from desktop.core.exchange import Selection, export_bundle, import_bundle, plan_import, read_bundle
from desktop.core.exchange.bundle import bundle_bytes
from desktop.core.exchange.merge import CLOCK_SKEW
from desktop.core.store import Store

FAR = "9999-12-31T23:59:59.999Z"
STAMPS = ["2025-03-01T00:00:00.000Z", "2025-03-02T00:00:00.000Z", "2025-03-03T00:00:00.000Z"]


def fresh(tmp_path, name):
    store = Store(tmp_path / name / paths.DB_FILENAME)
    load_bundled(store, paths.corpus_dir())
    return store


def first_article(store):
    return store.article(store.article_summaries()[0].id)


def mark(store, phrase="Hòa bình", *, note="", when=STAMPS[0]):
    art = first_article(store)
    start = art.body.index(phrase)
    ann = replace(new_highlight(art, start, start + len(phrase), note=note, author="Cô Lan"),
                  created=when, modified=when)
    store.put_annotation(ann)
    return ann


def export(store, path):
    export_bundle(store, path, Selection(), author="Cô Lan", app_version=__version__)
    return path


def state(store):
    """What the library holds per annotation id: a live version's content, or 'deleted'."""
    out = {}
    for a in store.annotations_for_export():
        out[a.id] = ("deleted", a.modified) if a.deleted else (
            a.modified, a.start, a.end, a.exact, a.color, a.note, a.tags, a.author, a.created)
    return out


# -- no resurrection ------------------------------------------------------------------------


def test_a_deletion_of_a_highlight_never_had_is_kept_and_an_older_bundle_does_not_revive_it(
        tmp_path):
    trainer = fresh(tmp_path, "trainer")
    ann = mark(trainer, note="cũ")
    older = export(trainer, tmp_path / "older.chugiai")
    trainer.put_annotation(ann.evolve(deleted=True))
    newer = export(trainer, tmp_path / "newer.chugiai")
    trainee = fresh(tmp_path, "trainee")
    import_bundle(trainee, read_bundle(newer))  # the deletion first: never had it
    assert ann.id in trainee.deletion_markers()
    plan, _ = import_bundle(trainee, read_bundle(older))
    assert trainee.annotation(ann.id) is None or trainee.annotation(ann.id).deleted
    assert plan.counts["new"] == 0
    # and the marker travels on: a third laptop that gets it first is protected too
    third = fresh(tmp_path, "third")
    import_bundle(third, read_bundle(export(trainee, tmp_path / "relay.chugiai")))
    import_bundle(third, read_bundle(older))
    assert third.annotation(ann.id) is None


# -- order does not matter ------------------------------------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A library with the bundled corpus, copied for each example (loading it is slow)."""
    folder = tmp_path_factory.mktemp("template")
    store = Store(folder / paths.DB_FILENAME)
    load_bundled(store, paths.corpus_dir())
    arts = [store.article(s.id) for s in store.article_summaries()]
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return folder / paths.DB_FILENAME, arts


IDS = [f"00000000-0000-4000-8000-00000000000{i}" for i in range(3)]
PHRASES = ["Hòa bình", "An ninh", "Phụ nữ"]

version = st.fixed_dictionaries({
    "id": st.sampled_from(IDS), "phrase": st.sampled_from(PHRASES),
    "note": st.sampled_from(["", "a", "b"]), "color": st.sampled_from(["yellow", "green"]),
    "modified": st.sampled_from(STAMPS), "deleted": st.booleans()})
bundles = st.lists(st.lists(version, min_size=1, max_size=4, unique_by=lambda v: v["id"]),
                   min_size=2, max_size=4)


def _annotation(v, art):
    start = art.body.index(v["phrase"])
    ann = new_highlight(art, start, start + len(v["phrase"]), color=v["color"], note=v["note"],
                        author="Cô Lan")
    return replace(ann, id=v["id"], created=STAMPS[0], modified=v["modified"],
                   deleted=v["deleted"])


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(specs=bundles, data=st.data())
def test_any_order_of_imports_ends_in_the_same_state(template, tmp_path_factory, specs, data):
    db, arts = template
    art = next(a for a in arts if all(p in a.body for p in PHRASES))
    files = [bundle_bytes([_annotation(v, art) for v in spec], [], author="x",
                          app_version=__version__) for spec in specs]
    orders = [list(range(len(files))), list(reversed(range(len(files)))),
              data.draw(st.permutations(range(len(files))))]
    results = []
    for order in orders:
        folder = tmp_path_factory.mktemp("order")
        shutil.copy(db, folder / paths.DB_FILENAME)
        store = Store(folder / paths.DB_FILENAME)
        for i in order:
            import_bundle(store, read_bundle(files[i]))
        results.append(state(store))
        store.close()
    assert results[0] == results[1] == results[2], (orders, specs)


# -- stamps from the future -----------------------------------------------------------------


def test_a_note_written_after_the_first_import_is_not_overwritten_by_a_far_future_stamp(
        tmp_path):
    trainer = fresh(tmp_path, "trainer")
    ann = mark(trainer, note="của cô")
    trainee = fresh(tmp_path, "trainee")
    import_bundle(trainee, read_bundle(export(trainer, tmp_path / "a.chugiai")))
    trainee.put_annotation(trainee.annotation(ann.id).evolve(note="của tôi, viết sau"))
    trainer.put_annotation(replace(trainer.annotation(ann.id), note="giả", modified=FAR))
    forged = read_bundle(export(trainer, tmp_path / "forged.chugiai"))
    preview = plan_import(trainee, forged)
    assert preview.future == [ann.id] and "future" in preview.summary()
    plan, _ = import_bundle(trainee, forged)
    assert trainee.annotation(ann.id).note == "của tôi, viết sau"
    assert plan.counts["updated"] == 0 and plan.counts["conflict"] == 1
    assert [c.version.note for c in trainee.conflicts(ann.id)] == ["giả"]  # kept, for the user
    before = state(trainee)
    import_bundle(trainee, forged)  # again: nothing new
    assert state(trainee) == before


def test_keep_mine_is_not_re_deleted_by_a_far_future_deletion_marker(tmp_path):
    trainer = fresh(tmp_path, "trainer")
    ann = mark(trainer, note="chung")
    trainee = fresh(tmp_path, "trainee")
    import_bundle(trainee, read_bundle(export(trainer, tmp_path / "a.chugiai")))
    trainee.put_annotation(trainee.annotation(ann.id).evolve(note="của tôi"))
    trainer.put_annotation(replace(trainer.annotation(ann.id), deleted=True, modified=FAR))
    forged = read_bundle(export(trainer, tmp_path / "forged.chugiai"))
    import_bundle(trainee, forged)
    (_conflict,) = trainee.conflicts(ann.id)
    trainee.resolve_conflict(ann.id, None)  # "keep mine"
    import_bundle(trainee, forged)
    kept = trainee.annotation(ann.id)
    assert not kept.deleted and kept.note == "của tôi"


def test_a_new_annotation_from_the_future_is_stamped_with_the_import_time(tmp_path):
    trainer = fresh(tmp_path, "trainer")
    ann = mark(trainer, when=FAR)
    trainee = fresh(tmp_path, "trainee")
    plan, _ = import_bundle(trainee, read_bundle(export(trainer, tmp_path / "f.chugiai")))
    got = trainee.annotation(ann.id)
    assert plan.counts["new"] == 1 and plan.future == [ann.id]
    assert got.modified < "2100" and got.created < "2100"
    assert CLOCK_SKEW.total_seconds() <= 3600  # a small allowance, not a loophole


def test_dry_run_shows_the_far_future_stamps(tmp_path):
    trainer = fresh(tmp_path, "trainer")
    mark(trainer, when=FAR)
    path = export(trainer, tmp_path / "f.chugiai")
    trainer.close()
    out = chugiai("--data-dir", str(tmp_path / "cli"), "import", str(path), "--dry-run")
    assert out.returncode == 0, out.stderr
    assert "1 stamped in the future" in out.stdout


# -- articles ride along --------------------------------------------------------------------


def test_articles_no_annotation_points_to_are_not_imported(tmp_path):
    trainer = fresh(tmp_path, "trainer")
    mark(trainer)
    riders = [make_article(title=f"Rider {i}", body=f"Văn bản không ai đánh dấu số {i}. " * 50)
              for i in range(5)]
    path = tmp_path / "riders.chugiai"
    anns = trainer.annotations_for_export()
    arts = [first_article(trainer), *riders]
    path.write_bytes(bundle_bytes(anns, arts, author="x", app_version=__version__))
    trainee = Store(tmp_path / "empty" / paths.DB_FILENAME)
    plan, _ = import_bundle(trainee, read_bundle(path))
    assert plan.new_articles == 1 and plan.skipped_articles == 5
    assert "5 articles left out" in plan.summary()
    assert [s.title for s in trainee.article_summaries()] == [first_article(trainer).title]


# -- file mode ------------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_exports_and_reports_get_the_users_file_mode(tmp_path):
    trainer = fresh(tmp_path, "trainer")
    mark(trainer)
    old = os.umask(0o022)
    try:
        path = export(trainer, tmp_path / "shared.chugiai")
        report = tmp_path / "report.html"
        out = chugiai("--data-dir", str(trainer.path.parent), "report", str(report))
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert out.returncode == 0, out.stderr
    assert stat.S_IMODE(report.stat().st_mode) == 0o644
    assert not list(Path(tmp_path).glob("*.tmp"))
