"""People & organizations in the window: mark, reject, and the library-wide index."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.test_ui import EXTRACTION_TIMEOUT_MS, drag_select, open_article_by_title


def wait_extracted(qtbot, window):
    """Until the background extraction of the whole library is done and saved."""
    qtbot.waitUntil(lambda: window.extraction._background_allowed and not window.extraction._extracting
                    and not window.extraction._jobs, timeout=EXTRACTION_TIMEOUT_MS)


def click_item(qtbot, tree, item):
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualItemRect(item).center())


def test_mark_selection_as_organization(qtbot, open_window):
    window = open_window()
    open_article_by_title(qtbot, window, "Geneva")
    wait_extracted(qtbot, window)
    body = window.session.article.body
    phrase = "Tổ chức Thương mại thế giới (WTO)"
    start = body.index(phrase) + len("Tổ chức ")
    end = start + len("Thương mại")  # not a name: only the user can say so
    assert window.entities.item_for("Thương mại") is None
    drag_select(qtbot, window.reader, start, end)
    assert window.reader.selected_range() == (start, end)
    assert window.mark_org_action in window.reader.entity_actions  # the context menu's entries
    window.mark_org_action.trigger()
    item = window.entities.item_for("Thương mại")
    assert item is not None and item.parent().text(0).startswith("Organizations")
    assert window.tabs.currentWidget() is window.entities


def test_reject_from_context_menu_is_gone_after_re_extraction(qtbot, open_window):
    window = open_window()
    open_article_by_title(qtbot, window, "Geneva")
    wait_extracted(qtbot, window)
    panel = window.entities
    item = panel.item_for("Ban Bí thư")
    assert item is not None
    menu = panel.context_menu(item)
    (action,) = [a for a in menu.actions() if a.text() == "Not a name in this article"]
    action.trigger()
    assert panel.item_for("Ban Bí thư") is None
    window.extraction._start_extraction([window.session.article])  # as a newer extractor would
    wait_extracted(qtbot, window)
    panel.refresh()
    assert panel.item_for("Ban Bí thư") is None
    assert panel.item_for("Lê Thị Tuyết Mai") is not None


def test_entity_index_click_opens_an_article(qtbot, open_window):
    window = open_window()
    open_article_by_title(qtbot, window, "Hội thảo")
    wait_extracted(qtbot, window)
    window.tabs.setCurrentWidget(window.entity_index)
    index = window.entity_index
    item = index.item_for("Lê Thị Tuyết Mai")
    assert item is not None and item.text(1) == "1"
    click_item(qtbot, index.tree, item)
    assert index.articles.count() == 1
    article_item = index.articles.item(0)
    assert "Geneva" in article_item.text()
    qtbot.mouseClick(index.articles.viewport(), Qt.MouseButton.LeftButton,
                     pos=index.articles.visualItemRect(article_item).center())
    qtbot.waitUntil(lambda: "Geneva" in window.title.text())
    body = window.session.article.body
    assert [body[s:e] for s, e in window.reader.mention_ranges][:1] == ["Lê Thị Tuyết Mai"]


def test_a_name_hidden_everywhere_is_shown_again_from_the_index(qtbot, open_window):
    window = open_window()
    open_article_by_title(qtbot, window, "Geneva")
    wait_extracted(qtbot, window)
    panel, index = window.entities, window.entity_index
    menu = panel.context_menu(panel.item_for("Ban Bí thư"))
    (action,) = [a for a in menu.actions() if a.text() == "Not a name in any article"]
    action.trigger()
    assert panel.item_for("Ban Bí thư") is None
    assert "Hidden…" in window.statusBar().currentMessage()  # where to take it back
    window.tabs.setCurrentWidget(index)
    assert index.item_for("Ban Bí thư") is None
    assert index.hidden_button.isEnabled() and "1" in index.hidden_button.text()
    qtbot.mouseClick(index.hidden_button, Qt.MouseButton.LeftButton)
    dialog = index.hidden_dialog
    qtbot.waitExposed(dialog)
    assert dialog.names.count() == 1 and dialog.names.item(0).text().startswith("Ban Bí thư")
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert dialog.names.item(0).text() == "No hidden names."
    assert not dialog.show_button.isEnabled()
    assert index.item_for("Ban Bí thư") is not None
    assert not index.hidden_button.isEnabled()
    assert panel.item_for("Ban Bí thư") is not None  # the panel heard of it too
    window.extraction._start_extraction([window.session.article])  # a newer extractor: it stays shown
    wait_extracted(qtbot, window)
    panel.refresh()
    assert panel.item_for("Ban Bí thư") is not None


def test_long_name_shows_its_whole_name_and_defined_acronym_on_hover(qtbot, open_window):
    window = open_window()
    open_article_by_title(qtbot, window, "Hội thảo quốc tế")
    wait_extracted(qtbot, window)
    full = next(e.name for e in window.session.entities()
                if e.name.startswith("Cơ quan Liên Hợp Quốc về Bình đẳng giới"))
    item = window.entities.item_for(full)
    assert item is not None and item.toolTip(0) == f"{full} (UN Women)"
    open_article_by_title(qtbot, window, "Geneva")
    wto = window.entities.item_for("Tổ chức Thương mại thế giới")
    assert wto is not None and wto.toolTip(0) == "Tổ chức Thương mại thế giới (WTO)"
