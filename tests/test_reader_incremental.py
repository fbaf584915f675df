"""An edit repaints only the paragraphs of the highlights it touched: after any sequence of
edits, what is painted is exactly what a whole repaint paints (hypothesis)."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.annotating import new_highlight
from desktop.core.corpus import make_article
from desktop.core.models import COLORS
from desktop.ui.reader_view import ReaderView

BODY = "\n".join(f"Đoạn {i}: phụ nữ, hòa bình và an ninh 😀 tại Hà Nội, lần thứ {i}."
                 for i in range(12))
ARTICLE = make_article(title="t", body=BODY)
SIZE = len(ARTICLE.body)

span = st.tuples(st.integers(0, SIZE - 1), st.integers(1, 120))
edit = st.one_of(
    st.tuples(st.just("add"), span, st.sampled_from(COLORS)),
    st.tuples(st.just("move"), st.integers(0, 50), span),
    st.tuples(st.just("colour"), st.integers(0, 50), st.sampled_from(COLORS)),
    st.tuples(st.just("delete"), st.integers(0, 50)),
)


def highlight(start: int, length: int, color: str):
    end = min(SIZE, start + length)
    return new_highlight(ARTICLE, start, max(end, start + 1), color=color)


def apply(anns: list, step) -> set[str]:
    """Change the list as an edit would; returns the ids it touched."""
    kind = step[0]
    if kind == "add":
        ann = highlight(*step[1], step[2])
        anns.append(ann)
        return {ann.id}
    if not anns:
        return set()
    i = step[1] % len(anns)
    old = anns[i]
    if kind == "move":
        start, length = step[2]
        moved = highlight(start, length, old.color)
        anns[i] = replace(moved, id=old.id)
    elif kind == "colour":
        anns[i] = replace(old, color=step[2])
    else:
        anns[i] = replace(old, deleted=True)
    return {old.id}


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=st.lists(st.tuples(span, st.sampled_from(COLORS)), max_size=25),
       edits=st.lists(edit, min_size=1, max_size=12))
def test_partial_repaints_paint_what_a_whole_repaint_paints(qtbot, first, edits):
    partial, whole = ReaderView(), ReaderView()
    qtbot.addWidget(partial)
    qtbot.addWidget(whole)
    anns = [highlight(*s, c) for s, c in first]
    partial.show_article(ARTICLE, anns)
    for step in edits:
        touched = apply(anns, step)
        shown = sorted((a for a in anns if not a.deleted), key=lambda a: (a.start, a.end))
        partial.set_annotations(shown, changed=touched)
    whole.show_article(ARTICLE, [a for a in anns if not a.deleted])
    assert sorted(partial.painted_ranges()) == sorted(whole.painted_ranges())


def test_a_long_line_is_shown_in_pieces_with_every_offset_kept(qtbot):
    from desktop.ui.reader_view import LONG_PARAGRAPH, display_text

    body = " ".join(f"từ{i} 😀" for i in range(3 * LONG_PARAGRAPH // 5))  # one long line
    shown, breaks = display_text(body)
    assert len(shown) == len(body) and breaks
    assert all(body[b] == " " and shown[b] == "\n" for b in breaks)
    assert all(a == b for a, b in zip(shown, body, strict=True) if a != "\n")
    article = make_article(title="t", body=body)
    reader = ReaderView()
    qtbot.addWidget(reader)
    last = body.rindex("từ")
    ann = new_highlight(article, last, last + 3, color="blue")
    reader.show_article(article, [ann])
    assert reader.document().blockCount() == len(breaks) + 1
    (start, end, _), = reader.painted_ranges()
    assert body[start:end] == body[last:last + 3]
    reader.select_range(last, last + 3)
    assert reader.selected_range() == (last, last + 3)
