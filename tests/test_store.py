"""The store on a fresh database file: schema, round trips, idempotent corpus load, migrations."""

import sqlite3
import sys
import uuid
from pathlib import Path

import pytest

from desktop import paths
from desktop.core.corpus import article_id, load_bundled, read_corpus
from desktop.core.models import Annotation, ExtractedEntity, utc_now
from desktop.core.store import MIGRATION_NAMES, Store, StoreError


def make_annotation(article, **fields):
    now = utc_now()
    values = dict(id=str(uuid.uuid4()), article_id=article.id, start=0, end=5,
                  exact=article.body[0:5], color="yellow", created=now, modified=now)
    values.update(fields)
    return Annotation(**values)


def test_migrations_from_empty_create_the_schema(store):
    tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
    for table in ("articles", "annotations", "annotation_tags", "entities", "entity_aliases",
                  "mentions", "settings", "articles_fts", "_sqlite_migrations"):
        assert table in tables
    assert store.applied_migrations() == list(MIGRATION_NAMES)
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_migration_names_match_the_migration_set():
    from desktop.core.store.migrations import step_names

    assert tuple(step_names()) == MIGRATION_NAMES


def test_reopening_an_up_to_date_database_does_not_import_sqlite_utils(data_dir):
    Store(data_dir / "db.sqlite3").close()
    saved = {k: sys.modules.pop(k) for k in list(sys.modules) if k.startswith("sqlite_utils")}
    try:
        store = Store(data_dir / "db.sqlite3")
        assert not store.pending_migrations()
        assert not any(k.startswith("sqlite_utils") for k in sys.modules)
        store.close()
    finally:
        sys.modules.update(saved)


def test_upgrades_a_database_saved_before_any_migration(data_dir):
    """A file from before the migration table existed keeps its rows once upgraded."""
    path = data_dir / "old.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes_scratch (x TEXT)")
    conn.execute("INSERT INTO notes_scratch VALUES ('kept')")
    conn.commit()
    conn.close()
    store = Store(path)
    assert store.applied_migrations() == list(MIGRATION_NAMES)
    assert store.conn.execute("SELECT x FROM notes_scratch").fetchall() == [("kept",)]


def test_corpus_loads_once_and_ids_are_body_hashes(library):
    summaries = library.article_summaries()
    assert len(summaries) == 2
    for summary in summaries:
        article = library.article(summary.id)
        assert article.id == article_id(article.body)
        assert article.origin == "bundled"
    assert not load_bundled(library, paths.corpus_dir())  # same manifest: nothing to do
    assert not library.add_articles(read_corpus(paths.corpus_dir()))  # same bodies: no duplicates
    assert len(library.article_summaries()) == 2


def test_a_reinstalled_corpus_is_hashed_again_and_only_a_changed_one_is_loaded(store, tmp_path):
    import json
    import os
    import shutil

    corpus = tmp_path / "corpus"
    shutil.copytree(paths.corpus_dir(), corpus)
    assert load_bundled(store, corpus).articles
    manifest = corpus / "manifest.json"
    later = manifest.stat().st_mtime_ns + 5_000_000_000
    os.utime(manifest, ns=(later, later))  # reinstalled, same manifest: nothing loaded
    assert not load_bundled(store, corpus).articles
    deleted = store.article_summaries()[0].id
    store.delete_article(deleted)
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["articles"][0]["title"] += " (2026)"
    manifest.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    os.utime(manifest, ns=(later + 10**9, later + 10**9))  # a new corpus: loaded again
    assert deleted in load_bundled(store, corpus).articles
    assert not load_bundled(store, corpus)  # and not a third time


def test_corpus_bodies_are_the_seed_texts_verbatim():
    seeds = Path(paths.bundle_root()).parent / "shared" / "seeds"
    if not seeds.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    for seed in seeds.glob("*.txt"):
        assert (paths.corpus_dir() / seed.name).read_bytes() == seed.read_bytes()


def test_annotation_round_trip_with_tags(library):
    article = library.article(library.article_summaries()[0].id)
    ann = make_annotation(article, note="ghi chú", tags=("WPS", "hòa bình"), author="Lan")
    changes = library.put_annotation(ann)
    assert changes.annotations == {ann.id}
    assert library.annotation(ann.id) == ann
    edited = ann.evolve(color="green", tags=("WPS",), note="")
    library.put_annotation(edited)
    assert library.annotation(ann.id) == edited
    assert library.annotations(article.id) == [edited]


def test_deleted_annotations_are_tombstones(library):
    article = library.article(library.article_summaries()[0].id)
    ann = make_annotation(article)
    library.put_annotation(ann)
    library.put_annotation(ann.evolve(deleted=True))
    assert library.annotations(article.id) == []
    assert library.annotations(article.id, include_deleted=True)[0].deleted
    assert library.article_summaries()[0].annotation_count == 0


def test_annotations_come_in_text_order(library):
    article = library.article(library.article_summaries()[0].id)
    late = make_annotation(article, start=50, end=60, exact=article.body[50:60])
    early = make_annotation(article, start=3, end=9, exact=article.body[3:9])
    library.put_annotation(late)
    library.put_annotation(early)
    assert [a.id for a in library.annotations(article.id)] == [early.id, late.id]


def test_notes_are_searchable_folded(library):
    article = library.article(library.article_summaries()[0].id)
    library.put_annotation(make_annotation(article, note="Đọc kỹ đoạn này"))
    hits = library.search("doc ky")
    assert [(h.article_id, h.where) for h in hits] == [(article.id, "notes")]


def test_settings_round_trip_json(store):
    assert store.setting("missing", 7) == 7
    store.set_setting("window.splitter", [200, 700, 300])
    store.set_setting("author", "Nguyễn Thị Lan")
    assert store.setting("window.splitter") == [200, 700, 300]
    assert store.setting("author") == "Nguyễn Thị Lan"


def test_extraction_cache_and_spelling_variants_share_an_entity(library):
    article_id_ = library.article_summaries()[0].id
    assert library.extractor_version(article_id_) is None
    library.save_extraction(article_id_, "v1", [
        ExtractedEntity("ORG", "Liên Hợp Quốc", ("LHQ",), ((10, 23), (40, 43))),
        ExtractedEntity("PER", "Đỗ Hùng Việt", (), ((60, 72),)),
    ])
    assert library.extractor_version(article_id_) == "v1"
    # a second run spells it differently and finds fewer mentions: still one entity
    library.save_extraction(article_id_, "v2", [
        ExtractedEntity("ORG", "Liên hợp quốc", (), ((10, 23),)),
    ])
    entities = library.article_entities(article_id_)
    assert [(e.kind, e.name, e.mention_count) for e in entities] == [("ORG", "Liên Hợp Quốc", 1)]
    assert library.extractor_version(article_id_) == "v2"


def test_a_file_that_is_not_a_database_gives_a_clear_error(data_dir):
    bad = data_dir / "bad.sqlite3"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        Store(bad)
    assert bad.read_bytes() == b"this is not sqlite" * 100


def test_crash_report_is_readable_and_holds_no_user_data(tmp_path):
    from desktop.logs import write_crash_report

    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        report = write_crash_report(tmp_path, type(exc), exc, exc.__traceback__)
    text = report.read_text(encoding="utf-8")
    assert "RuntimeError: boom" in text and "Chú Giải" in text


def test_upgrades_a_saved_version_1_database_without_losing_a_row(tmp_path):
    """tests/fixtures/chugiai-v1.sqlite3 was saved with only the first schema step applied."""
    import shutil

    saved = Path(__file__).parent / "fixtures" / "chugiai-v1.sqlite3"
    path = tmp_path / "chugiai.sqlite3"
    shutil.copy(saved, path)
    store = Store(path)
    assert store.applied_migrations() == list(MIGRATION_NAMES)
    (summary,) = store.article_summaries()
    (ann,) = store.annotations(summary.id)
    assert (ann.exact, ann.note, ann.tags, ann.author) == (
        "Lê Thị Tuyết Mai", "Đại sứ", ("WPS",), "Nguyễn Thị Lan")
    assert store.setting("author") == "Nguyễn Thị Lan"
    assert store.integrity_ok()


def test_articles_needing_extraction_follow_the_extractor_version(library):
    ids = [s.id for s in library.article_summaries()]
    assert library.articles_needing_extraction("v2") == ids
    library.save_extraction(ids[0], "v2", [])
    assert library.articles_needing_extraction("v2") == ids[1:]
    assert library.articles_needing_extraction("v3") == ids  # a new extractor redoes them all


@pytest.mark.parametrize("extra", [[], ["no-such-article"]])
def test_summaries_of_some_articles_in_library_order(library, extra):
    everything = library.article_summaries()
    wanted = [s.id for s in reversed(everything)] + extra
    assert library.summaries_of(wanted) == everything
    assert library.summaries_of([]) == []


@pytest.mark.parametrize("listing", [
    lambda store: store.article_summaries(),
    lambda store: store.articles_needing_extraction("v0"),
])
def test_listing_the_library_reads_the_covering_index_not_the_bodies(library, listing):
    seen: list[str] = []
    library.conn.set_trace_callback(seen.append)
    try:
        listing(library)
    finally:
        library.conn.set_trace_callback(None)
    (query,) = [q for q in seen if q.lstrip().upper().startswith("SELECT")]
    plan = " ".join(row[-1] for row in library.conn.execute("EXPLAIN QUERY PLAN " + query,
                                                            ["v0"] if "?" in query else []))
    assert "COVERING INDEX articles_library_order" in plan and "TEMP B-TREE" not in plan
