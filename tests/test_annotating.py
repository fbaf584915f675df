"""Creating, editing and deleting highlights through the undo history, on a real store."""

import pytest

from desktop.core.annotating import History, new_highlight, parse_tags


@pytest.fixture
def article(library):
    return library.article(library.article_summaries()[1].id)


def test_new_highlight_fills_all_selectors(article):
    start = article.body.index("Lê Thị Tuyết Mai")
    ann = new_highlight(article, start, start + 16, color="green", author="Lan")
    assert ann.exact == "Lê Thị Tuyết Mai"
    assert article.body.endswith(ann.suffix, 0, start + 16 + len(ann.suffix))
    assert ann.prefix == article.body[start - 32:start]
    assert ann.created == ann.modified and ann.created.endswith("Z")


def test_unknown_colour_is_refused(article):
    with pytest.raises(ValueError, match="unknown colour"):
        new_highlight(article, 0, 4, color="orange")


def test_create_edit_delete_undo_redo(library, article):
    history = History(library)
    ann = new_highlight(article, 0, 4)
    history.create(ann)
    history.edit(library.annotation(ann.id), note="một")
    history.edit(library.annotation(ann.id), note="một ghi chú")  # merges with the previous
    history.delete(library.annotation(ann.id))
    assert library.annotations(article.id) == []

    history.undo()  # the delete
    assert library.annotation(ann.id).note == "một ghi chú"
    history.undo()  # both note edits at once
    assert library.annotation(ann.id).note == ""
    history.undo()  # the create
    assert library.annotations(article.id) == []
    assert library.annotation(ann.id).deleted  # a tombstone, so a merge cannot resurrect it
    assert history.undo_label is None

    history.redo()
    history.redo()
    assert library.annotation(ann.id).note == "một ghi chú"
    assert not library.annotation(ann.id).deleted


def test_a_new_step_clears_redo(library, article):
    history = History(library)
    history.create(new_highlight(article, 0, 4))
    history.undo()
    history.create(new_highlight(article, 5, 9))
    assert history.redo_label is None


@pytest.mark.parametrize("typed, tags", [
    ("WPS, hòa bình", ("WPS", "hòa bình")),
    (" a ,, a , b ", ("a", "b")),
    ("", ()),
])
def test_parse_tags(typed, tags):
    assert parse_tags(typed) == tags
