"""The user has the last word on people & organizations, and it sticks.

Real extractor, real SQLite file; decisions are checked after re-extraction, on a newly added
article, and after closing and reopening the database file.
"""

from __future__ import annotations

import pytest

from desktop import paths
from desktop.core.corpus import make_article
from desktop.core.entities import EXTRACTOR_VERSION, extract
from desktop.core.models import KINDS
from desktop.core.store import Store
from desktop.core.store.entities import EntityError

HANOI = ("Ông Nguyễn Văn Hùng, Giám đốc Sở Y tế Hà Nội, cho biết Tổ chức Y tế Thế giới (WHO) "
         "đã hỗ trợ thành phố. Theo ông Hùng, Bệnh viện Bạch Mai sẵn sàng tiếp nhận bệnh nhân.")
DANANG = ("Tại Đà Nẵng, WHO và Quỹ Nhi đồng Liên Hợp Quốc cùng bà Trần Thị Mai khảo sát "
          "các trạm y tế. Nhóm Sáng Kiến Xanh cũng tham gia khảo sát.")


def add(store: Store, body: str, title: str = "Bài báo") -> str:
    article = make_article(title=title, body=body)
    store.add_articles([article])
    return article.id


def extract_into(store: Store, article_id: str) -> None:
    body = store.article(article_id).body
    store.save_extraction(article_id, EXTRACTOR_VERSION, extract(body, resources=paths.resource_dir()))


def names(store: Store, article_id: str, kind: str | None = None) -> set[str]:
    return {e.name for e in store.article_entities(article_id) if kind in (None, e.kind)}


def entity_id(store: Store, article_id: str, name: str) -> int:
    return next(e.id for e in store.article_entities(article_id) if e.name == name)


@pytest.fixture
def two_articles(store):
    a, b = add(store, HANOI, "Hà Nội"), add(store, DANANG, "Đà Nẵng")
    extract_into(store, a)
    extract_into(store, b)
    return store, a, b


def test_rejection_everywhere_survives_re_extraction_and_new_articles(two_articles):
    store, a, b = two_articles
    who = entity_id(store, a, "Tổ chức Y tế Thế giới")
    changes = store.reject_entity(who)
    assert a in changes.entities and b in changes.entities
    extract_into(store, a)
    extract_into(store, b)
    assert "Tổ chức Y tế Thế giới" not in names(store, a)
    assert not any(e.id == who for e in store.article_entities(b))
    c = add(store, "Đại diện WHO là ông Lý Minh Tuấn phát biểu tại hội nghị.")
    extract_into(store, c)
    assert not any(e.id == who for e in store.article_entities(c))
    assert all(e.id != who for e in store.entity_index())


def test_a_name_rejected_everywhere_can_be_shown_again_and_stays(two_articles):
    store, a, b = two_articles
    who = entity_id(store, a, "Tổ chức Y tế Thế giới")
    assert store.hidden_entities() == []
    store.reject_entity(who)
    hidden = store.hidden_entities()
    assert [(e.id, e.kind, e.article_count) for e in hidden] == [(who, "ORG", 2)]
    changes = store.show_entity(who)
    assert changes.entities == {a, b}
    assert store.hidden_entities() == []
    extract_into(store, a)
    assert "Tổ chức Y tế Thế giới" in names(store, a)
    assert any(e.id == who for e in store.article_entities(b))
    assert any(e.id == who for e in store.entity_index())


def test_showing_again_keeps_a_rejection_in_one_article(two_articles):
    store, a, b = two_articles
    who = entity_id(store, a, "Tổ chức Y tế Thế giới")
    store.reject_entity(who, article_id=b)
    store.reject_entity(who)
    store.show_entity(who)
    assert any(e.id == who for e in store.article_entities(a))
    assert not any(e.id == who for e in store.article_entities(b))


def test_showing_a_deleted_entity_again_is_refused(store):
    with pytest.raises(EntityError):
        store.show_entity(12345)


def test_rejection_in_one_article_leaves_the_others(two_articles):
    store, a, b = two_articles
    who = entity_id(store, a, "Tổ chức Y tế Thế giới")
    assert store.reject_entity(who, article_id=b).entities == {b}
    extract_into(store, b)
    assert any(e.id == who for e in store.article_entities(a))
    assert not any(e.id == who for e in store.article_entities(b))
    assert [title for _, title, _ in store.entity_articles(who)] == ["Hà Nội"]


def test_marked_organization_is_found_here_elsewhere_and_after_re_extraction(two_articles):
    store, _, b = two_articles
    body = store.article(b).body
    start = body.index("Nhóm Sáng Kiến Xanh")
    changes = store.mark_entity(b, start, start + len("Nhóm Sáng Kiến Xanh"), kind="ORG")
    assert b in changes.entities
    assert "Nhóm Sáng Kiến Xanh" in names(store, b, "ORG")
    extract_into(store, b)
    assert "Nhóm Sáng Kiến Xanh" in names(store, b, "ORG")
    c = add(store, "Đại diện nhóm Sáng kiến Xanh nói chuyện với học sinh.")
    extract_into(store, c)  # a new article: the mark applies, case aside
    (ent,) = [e for e in store.article_entities(c) if e.name == "Nhóm Sáng Kiến Xanh"]
    assert ent.mention_count == 1


def test_marking_a_person_as_an_organization_hides_the_person(two_articles):
    store, a, _ = two_articles
    body = store.article(a).body
    start = body.index("Bạch Mai")  # pretend the user means the hospital's short name
    store.mark_entity(a, start, start + len("Bạch Mai"), kind="PER")
    assert "Bạch Mai" in names(store, a, "PER")
    store.mark_entity(a, start, start + len("Bạch Mai"), kind="ORG")
    assert "Bạch Mai" in names(store, a, "ORG") and "Bạch Mai" not in names(store, a, "PER")


def test_bad_marks_are_refused_with_a_reason(two_articles):
    store, a, _ = two_articles
    before = store.article_entities(a)
    with pytest.raises(EntityError, match="letter"):
        store.mark_entity(a, HANOI.index(","), HANOI.index(",") + 1, kind="PER")
    with pytest.raises(EntityError, match="kind"):
        store.mark_entity(a, 0, 3, kind="LOC")
    with pytest.raises(EntityError):
        store.mark_entity(a, 5, 5000, kind="ORG")
    with pytest.raises(EntityError):
        store.mark_entity("no-such-article", 0, 3, kind="ORG")
    assert store.article_entities(a) == before
    assert set(KINDS) == {"PER", "ORG"}


def test_merge_survives_re_extraction_and_restart(two_articles, data_dir):
    store, a, b = two_articles
    unicef = entity_id(store, b, "Quỹ Nhi đồng Liên Hợp Quốc")
    who = entity_id(store, a, "Tổ chức Y tế Thế giới")
    store.merge_entities(unicef, into=who)  # a wrong merge, but the user's word
    path = store.path
    store.close()
    reopened = Store(path)
    try:
        extract_into(reopened, b)
        assert "Quỹ Nhi đồng Liên Hợp Quốc" not in names(reopened, b)
        merged = [e for e in reopened.article_entities(b) if e.id == who]
        assert merged and merged[0].mention_count >= 2  # WHO and the fund's name
        assert "Quỹ Nhi đồng Liên Hợp Quốc" in reopened.entity_aliases(who)
        with pytest.raises(EntityError):
            reopened.merge_entities(who, into=who)
    finally:
        reopened.close()


def test_rename_keeps_the_entity_and_survives_re_extraction(two_articles):
    store, a, _ = two_articles
    hung = entity_id(store, a, "Nguyễn Văn Hùng")
    store.rename_entity(hung, "BS. Nguyễn Văn Hùng (Sở Y tế)")
    extract_into(store, a)
    assert "BS. Nguyễn Văn Hùng (Sở Y tế)" in names(store, a, "PER")
    assert "Nguyễn Văn Hùng" not in names(store, a, "PER")
    with pytest.raises(EntityError):
        store.rename_entity(hung, "   ")


def test_split_alias_makes_its_own_entity_and_sticks(two_articles):
    store, a, b = two_articles
    who = entity_id(store, a, "Tổ chức Y tế Thế giới")
    assert "WHO" in store.entity_aliases(who)
    store.split_alias(who, "WHO")
    extract_into(store, a)
    extract_into(store, b)
    assert {"Tổ chức Y tế Thế giới", "WHO"} <= names(store, a, "ORG")
    assert "WHO" in names(store, b, "ORG")
    assert "WHO" not in store.entity_aliases(who)
    with pytest.raises(EntityError, match="rename"):
        store.split_alias(who, "Tổ chức Y tế thế giới")


def test_short_given_names_do_not_join_two_people(store):
    a = add(store, "Ông Nguyễn Văn Hùng phát biểu. Theo ông Hùng, mọi việc ổn.")
    b = add(store, "Ông Trần Mạnh Hùng phát biểu. Theo ông Hùng, mọi việc ổn.")
    extract_into(store, a)
    extract_into(store, b)
    assert names(store, a, "PER") == {"Nguyễn Văn Hùng"}
    assert names(store, b, "PER") == {"Trần Mạnh Hùng"}


def test_entity_index_counts_articles_in_vietnamese_order(two_articles):
    store, _, _ = two_articles
    index = store.entity_index()
    orgs = [e for e in index if e.kind == "ORG"]
    who = next(e for e in orgs if e.name == "Tổ chức Y tế Thế giới")
    assert who.article_count == 2
    assert [e.kind for e in index] == sorted((e.kind for e in index), key=KINDS.index)
    from desktop.core.vietnamese import sort_key

    assert [e.name for e in orgs] == sorted((e.name for e in orgs), key=sort_key)


def test_sort_key_follows_the_vietnamese_alphabet_and_tones():
    from desktop.core.vietnamese import sort_key

    words = ["Ước", "Uông", "Ăn", "Âu", "An", "Bình", "Đào", "Dũng", "Ơn", "Ôn", "Oanh", "ạ", "á",
             "à", "a", "ả", "ã", "Anh", "An Bình", "Zoe"]
    assert sorted(words, key=sort_key) == [
        "a", "à", "ả", "ã", "á", "ạ", "An", "An Bình", "Anh", "Ăn", "Âu", "Bình", "Dũng", "Đào",
        "Oanh", "Ôn", "Ơn", "Uông", "Ước", "Zoe"]
    assert sorted(["b", "B", "á", "Á"], key=sort_key) == ["á", "Á", "b", "B"]
