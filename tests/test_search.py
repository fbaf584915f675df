"""Library search: folded matching (accents, case, đ, NFC/NFD, tone placement), filters, safety."""

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.corpus import make_article
from desktop.core.models import ExtractedEntity
from desktop.core.textsearch import (
    LibraryFilter,
    find_in_text,
    fts_query,
    marked,
    parse_query,
    snippet,
)
from tests.test_store import make_annotation

WOMEN = "Hội thảo bàn về vai trò của Phụ nữ trong Hoà bình. Đại sứ Lê Thị Tuyết Mai phát biểu."
PEACE = "Chương trình Hòa bình và An ninh được Bộ Ngoại giao chủ trì tại Hà Nội."
OTHER = "Thời tiết hôm nay đẹp; người dân đi dạo quanh hồ Gươm."


@pytest.fixture
def small(store):
    articles = {key: make_article(title=title, body=body) for key, title, body in [
        ("women", "Phụ nữ và hòa bình", WOMEN), ("peace", "An ninh", PEACE),
        ("other", "Thời tiết", OTHER)]}
    store.add_articles(articles.values())
    return store, {key: a.id for key, a in articles.items()}


def nfd(text):
    return unicodedata.normalize("NFD", text)


@pytest.mark.parametrize("query", ["phu nu", "phụ nữ", "PHU NU", "Phụ Nữ", "PHỤ NỮ", nfd("phụ nữ"),
                                   "  phu   nu  ", "phu-nu"])
def test_women_spellings_find_the_same_article(small, query):
    store, ids = small
    hits = store.search(query)
    assert [h.article_id for h in hits] == [ids["women"]]
    body = store.article(ids["women"]).body
    assert [body[s:e] for s, e in hits[0].spans] == ["Phụ nữ"]


@pytest.mark.parametrize("query", ["Hoà", "Hòa", "hoa", "HOÀ", nfd("Hoà"), nfd("Hòa"), "hoà bình",
                                   "hòa binh"])
def test_old_and_new_tone_placement_and_nfd_match_alike(small, query):
    store, ids = small
    assert {h.article_id for h in store.search(query)} == {ids["women"], ids["peace"]}


@pytest.mark.parametrize("query", ["dai su", "Đại sứ", "ĐẠI SỨ", "đai su", nfd("Đại sứ")])
def test_d_with_stroke_folds_to_d(small, query):
    store, ids = small
    (hit,) = store.search(query)
    body = store.article(ids["women"]).body
    assert hit.article_id == ids["women"]
    assert [body[s:e] for s, e in hit.spans] == ["Đại sứ"]
    assert marked(hit.snippet, hit.snippet_marks).count("[Đại sứ]") == 1


def test_words_match_whole_words_only(small):
    store, _ = small
    assert store.search("hoa bin") == []  # "bin" is not "bình"
    assert store.search("ha noi")  # two whole words


def test_every_word_must_occur_and_quotes_make_a_phrase(small):
    store, ids = small
    assert [h.article_id for h in store.search("hoa binh ngoai giao")] == [ids["peace"]]
    assert store.search('"binh hoa"') == []
    assert [h.article_id for h in store.search('"an ninh" "ha noi"')] == [ids["peace"]]


def test_titles_and_notes_are_searched_too(small):
    store, ids = small
    (hit,) = store.search("thoi tiet")
    assert hit.article_id == ids["other"]
    article = store.article(ids["other"])
    store.put_annotation(make_annotation(article, note="Ghi chú về Đà Lạt"))
    (hit,) = store.search("da lat")
    assert (hit.article_id, hit.where, hit.spans) == (ids["other"], "notes", ())
    assert marked(hit.snippet, hit.snippet_marks) == "Ghi chú về [Đà Lạt]"


@pytest.mark.parametrize("hostile", ['"', '""', "AND", "OR NOT", "NEAR(a b)", "*", "^a", "a:b",
                                     "title:phu", "(", "')", "--", "\\", "phu\"nu", "{x y}: z",
                                     "\x00", ""])
def test_hostile_queries_never_break_the_fts_syntax(small, hostile):
    store, _ = small
    store.search(hostile)  # no sqlite3.OperationalError
    store.search(f"phu nu {hostile}")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_typed_text_makes_a_valid_fts_query(typed):
    import sqlite3

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2')")
    conn.execute("INSERT INTO t VALUES ('phu nu hoa binh')")
    query = parse_query(typed)
    if query:
        conn.execute("SELECT * FROM t WHERE t MATCH ?", [fts_query(query)]).fetchall()


def test_find_in_text_uses_the_same_matching():
    body = "Phụ nữ, PHỤ NỮ và phu nu; phụ nữa không phải."
    assert find_in_text(body, "phu nu") == [(0, 6), (8, 14), (18, 24)]
    assert find_in_text(nfd(body), "x") == []
    assert find_in_text(body, "   ") == []
    assert find_in_text("Hoà bình, Hòa bình", "hoà") == [(0, 3), (10, 13)]


def test_snippet_marks_the_hit_and_stays_short():
    body = ("Mở đầu. " * 40) + "Đại sứ nói. " + ("Kết thúc. " * 40)
    start = body.index("Đại sứ")
    text, marks = snippet(body, [(start, start + 6)])
    assert len(text) <= 210 and "\n" not in text
    assert text.startswith("…") and text.endswith("…")
    assert [text[s:e] for s, e in marks] == ["Đại sứ"]


def test_filters_alone_and_combined_with_search(small):
    store, ids = small
    women, peace = store.article(ids["women"]), store.article(ids["peace"])
    store.put_annotation(make_annotation(women, color="green", note="quan trọng", tags=("WPS",),
                                         author="Lan"))
    store.put_annotation(make_annotation(peace, color="pink", author="Minh"))
    store.save_extraction(ids["peace"], "v", [ExtractedEntity("ORG", "Bộ Ngoại giao", (),
                                                              ((38, 51),))])
    choices = store.filter_choices()
    assert choices.colors == ("green", "pink") and choices.tags == ("WPS",)
    assert choices.authors == ("Lan", "Minh")
    (entity,) = choices.entities
    assert entity[1:] == ("ORG", "Bộ Ngoại giao", 1)

    def listed(**f):
        return {s.id for s in store.filtered_summaries(LibraryFilter(**f))}

    assert listed() == set(ids.values())
    assert listed(color="green") == {ids["women"]}
    assert listed(tag="WPS") == {ids["women"]}
    assert listed(author="Minh") == {ids["peace"]}
    assert listed(has_notes=True) == {ids["women"]}
    assert listed(entity_id=entity[0]) == {ids["peace"]}
    assert listed(color="green", author="Minh") == set()
    assert [h.article_id for h in store.search("hoa binh", filters=LibraryFilter(color="pink"))] \
        == [ids["peace"]]
    assert store.search("hoa binh", filters=LibraryFilter(has_notes=True))[0].article_id \
        == ids["women"]


def test_rename_and_details_update_the_search_index(small):
    store, ids = small
    changes = store.update_article(ids["other"], title="Dự báo Đà Nẵng", source="VnExpress",
                                   published="2024-03-28")
    assert changes.articles == {ids["other"]}
    article = store.article(ids["other"])
    assert (article.title, article.source, article.published) == (
        "Dự báo Đà Nẵng", "VnExpress", "2024-03-28")
    assert [h.article_id for h in store.search("da nang")] == [ids["other"]]
    assert store.search("thoi tiet")[0].where == "body"  # no longer in the title, still in body
    with pytest.raises(ValueError):
        store.update_article(ids["other"], title="   ")
    with pytest.raises(ValueError):
        store.update_article(ids["other"], body="x")


def test_delete_takes_everything_with_it_and_restore_brings_it_back(small):
    store, ids = small
    article = store.article(ids["women"])
    ann = make_annotation(article, note="ghi chú", tags=("WPS", "hòa bình"))
    store.put_annotation(ann)
    store.put_annotation(make_annotation(article, start=6, end=10, exact=article.body[6:10]))
    store.save_extraction(article.id, "v", [ExtractedEntity("PER", "Lê Thị Tuyết Mai", (),
                                                            ((58, 74),))])
    weight = store.article_weight(article.id)
    assert (weight.highlights, weight.notes) == (2, 1)
    before = {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("articles", "annotations", "annotation_tags", "mentions", "extractions",
                        "articles_fts")}

    changes, snapshot = store.delete_article(article.id)
    assert changes.articles == {article.id} and ann.id in changes.annotations
    assert store.article(article.id) is None
    assert store.search("phu nu") == [] and store.search("ghi chu") == []
    assert store.annotation(ann.id) is None and store.article_entities(article.id) == []
    for table in before:
        column = "id" if table == "articles" else "article_id"
        if table != "annotation_tags":
            assert not store.conn.execute(f"SELECT 1 FROM {table} WHERE {column} = ?",
                                          [article.id]).fetchall()
    assert not store.conn.execute("SELECT 1 FROM annotation_tags WHERE annotation_id = ?",
                                  [ann.id]).fetchall()

    store.restore_article(snapshot)
    after = {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in before}
    assert after == before
    assert store.annotation(ann.id) == ann
    assert store.article(article.id) == article
    assert [h.article_id for h in store.search("ghi chu")] == [article.id]
    assert store.article_entities(article.id)[0].name == "Lê Thị Tuyết Mai"
    assert store.integrity_ok()


def test_deleting_a_missing_article_changes_nothing(store):
    changes, snapshot = store.delete_article("0" * 64)
    assert not changes and snapshot is None


@pytest.mark.parametrize("query", ["dạo hồ Gươm buổi sáng", "ho guom buoi sang"])
def test_a_query_a_note_matches_shows_the_note_even_when_the_text_has_a_word(small, query):
    """The text holds "hồ Gươm" but only the note holds the whole query: the note is shown."""
    store, ids = small
    article = store.article(ids["other"])
    store.put_annotation(make_annotation(article, note="Đi dạo hồ Gươm buổi sáng cùng lớp"))
    (hit,) = store.search(query)
    assert (hit.article_id, hit.where) == (ids["other"], "notes")
    assert "buổi sáng" in hit.snippet


def test_the_text_wins_when_it_matches_as_well_as_the_note(small):
    store, ids = small
    article = store.article(ids["other"])
    store.put_annotation(make_annotation(article, note="hồ Gươm"))
    (hit,) = store.search("hồ Gươm")
    assert hit.where == "body" and hit.spans


def _found(store, query):
    return [(h.article_id, h.where) for h in store.search(query)]


def test_a_note_edited_deleted_or_restored_is_found_as_it_is_now(small):
    """Each note has its own row of the index: what a search finds follows every change of it."""
    from dataclasses import replace

    store, ids = small
    article = store.article(ids["other"])
    ann = make_annotation(article, note="Hẹn gặp ở Đà Lạt")
    store.put_annotation(ann)
    assert _found(store, "da lat") == [(ids["other"], "notes")]
    store.put_annotation(replace(ann, note="Đổi sang Huế"))
    assert _found(store, "da lat") == []  # the old note is not found any more
    assert _found(store, "hue") == [(ids["other"], "notes")]
    store.put_annotation(replace(ann, note="Đổi sang Huế", deleted=True))
    assert _found(store, "hue") == []
    store.put_annotation(replace(ann, note="Đổi sang Huế"))  # undo of the deletion
    assert _found(store, "hue") == [(ids["other"], "notes")]
    other = store.article(ids["women"])  # moved to another article (a merge can do that)
    store.put_annotation(replace(ann, article_id=other.id, note="Đổi sang Huế"))
    assert _found(store, "hue") == [(ids["women"], "notes")]
    _, snapshot = store.delete_article(ids["women"])
    assert _found(store, "hue") == []
    store.restore_article(snapshot)
    assert _found(store, "hue") == [(ids["women"], "notes")]


def test_a_query_may_be_split_between_the_text_and_a_note(small):
    store, ids = small
    store.put_annotation(make_annotation(store.article(ids["other"]), note="Đà Lạt"))
    assert [h.article_id for h in store.search("ho guom da lat")] == [ids["other"]]
    assert store.search("ho guom hue") == []
    assert store.search("da lat", filters=LibraryFilter(color="green")) == []
    assert [h.article_id for h in store.search("da lat", filters=LibraryFilter(has_notes=True))] \
        == [ids["other"]]


def test_notes_indexed_in_the_article_row_move_to_their_own_index(data_dir):
    """A library from before notes had their own index: the step indexes every live note and
    empties the article rows' notes, and search finds the same articles."""
    from desktop import paths
    from desktop.core.store import Store

    path = data_dir / paths.DB_FILENAME
    store = Store(path)
    article = make_article(title="Thời tiết", body=OTHER)
    store.add_articles([article])
    store.put_annotation(make_annotation(article, note="Đi Đà Lạt"))
    store.put_annotation(make_annotation(article, note="đã xoá", deleted=True))
    # as the previous step left it: the notes in the article's row, no note index
    store.conn.executescript(
        "DROP TRIGGER IF EXISTS note_index_insert; DROP TRIGGER note_index_delete; "
        "DROP TABLE notes_fts; DROP TABLE note_index; DELETE FROM _sqlite_migrations WHERE name "
        "IN ('m009_note_index', 'm010_note_index_set_wise'); "
        "UPDATE articles_fts SET notes = 'di da lat';")
    store.close()
    store = Store(path)
    try:
        assert [(h.article_id, h.where) for h in store.search("da lat")] == [(article.id, "notes")]
        assert store.search("xoa") == []
        assert store.conn.execute("SELECT notes FROM articles_fts").fetchall() == [("",)]
    finally:
        store.close()


def test_the_note_index_stays_whole_through_every_write(data_dir):
    """Notes reach their full-text index from the store, not a trigger: after a save, an
    edit, a deletion and its undo, an import and a library upgraded from the trigger's step,
    the index matches its rows exactly (FTS5's own integrity check) and search follows."""
    from desktop import paths
    from desktop.core.store import Store

    path = data_dir / paths.DB_FILENAME
    store = Store(path)
    # as the previous step left it: new notes indexed by a trigger
    store.conn.executescript(
        "CREATE TRIGGER note_index_insert AFTER INSERT ON note_index BEGIN INSERT INTO "
        "notes_fts(rowid, folded) VALUES (NEW.id, NEW.folded); END; "
        "DELETE FROM _sqlite_migrations WHERE name = 'm010_note_index_set_wise';")
    store.close()
    store = Store(path)

    def whole() -> None:
        store.conn.execute("INSERT INTO notes_fts(notes_fts, rank) VALUES ('integrity-check', 1)")

    try:
        article = make_article(title="Thời tiết", body=OTHER)
        store.add_articles([article])
        ann = make_annotation(article, note="Đi Đà Lạt")
        store.put_annotation(ann)
        whole()
        store.put_annotation(ann.evolve(note="Về Huế"))
        whole()
        assert store.search("da lat") == [] and [h.where for h in store.search("hue")] == ["notes"]
        _, snapshot = store.delete_article(article.id)
        whole()
        assert store.search("hue") == []
        store.restore_article(snapshot)
        whole()
        assert [h.where for h in store.search("hue")] == ["notes"]
    finally:
        store.close()
