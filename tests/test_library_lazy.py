"""The library list of a big (pulled) library reads a page at a time: the window's start costs one
page, scrolling reads more, and choosing, filtering, relabelling and finding an article still
work on rows not read yet."""

from __future__ import annotations

from desktop import paths
from desktop.core.annotating import new_highlight
from desktop.core.corpus import make_article
from desktop.core.store import Store
from desktop.ui.library_panel import PAGE

COUNT = 2 * PAGE + 50  # three pages


def _fill(data_dir) -> list:
    store = Store(data_dir / paths.DB_FILENAME)
    articles = [make_article(title=f"Bài {n:05d}", body=f"Văn bản số {n} về giáo dục.",
                             origin="team") for n in range(COUNT)]
    store.add_articles(articles)
    store.close()
    return articles


def test_a_big_library_lists_a_page_and_reads_more_on_scrolling(open_window, data_dir, qtbot):
    articles = _fill(data_dir)
    window = open_window()
    library = window.library
    total = library.list.count()
    assert total >= COUNT
    assert library.model.rowCount() == PAGE  # only what can be shown soon
    library.list.scrollToBottom()
    qtbot.waitUntil(lambda: library.model.rowCount() > PAGE)
    # the last article, never scrolled to, is still listed and can be chosen
    last = articles[-1]
    assert library.lists(last.id)
    library.list.setCurrentRow(total - 1)
    assert window.session.article.id == library.article_id_at(total - 1)
    assert library.model.rowCount() == total


def test_relabel_and_filters_on_a_big_library(open_window, data_dir, qtbot):
    articles = _fill(data_dir)
    window = open_window()
    library = window.library
    loaded = library.model.rowCount()
    first = library.article_id_at(0)
    window.session.open_article(first)
    article = window.session.article
    window.session.perform(window.session.history.create(new_highlight(article, 0, 3)))
    assert "(1 highlight" in library.list.item(0).text()
    assert library.model.rowCount() == loaded  # relabelled in place, nothing more read
    library.filter_button.setChecked(True)
    library.filters.has_notes.setChecked(True)
    assert library.list.count() == 0
    library.filters.has_notes.setChecked(False)
    assert library.list.count() >= len(articles)


def test_several_articles_can_be_chosen(open_window, data_dir, qtbot):
    _fill(data_dir)
    window = open_window()
    library = window.library
    from PySide6.QtCore import QItemSelectionModel

    library.list.setCurrentRow(2)
    for row in (3, 5):
        library.list.selectionModel().select(library.model.index(row),
                                             QItemSelectionModel.SelectionFlag.Select)
    assert library.chosen_ids() == [library.article_id_at(r) for r in (2, 3, 5)]


def test_the_open_article_far_down_is_chosen_when_its_row_is_read(open_window, data_dir, qtbot):
    articles = _fill(data_dir)
    window = open_window()
    library = window.library
    window.session.open_article(articles[-1].id)  # far past the first page
    assert library.list.currentRow() < 0 and not library.chosen_ids()  # no other row marked
    while library.model.canFetchMore():
        library.model.fetchMore()
    assert library.article_id_at(library.list.currentRow()) == articles[-1].id
