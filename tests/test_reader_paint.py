"""The reader paints highlights as paragraph formats: what is painted follows every change."""

from PySide6.QtGui import QColor, QFont

from desktop.core.annotating import new_highlight
from desktop.core.corpus import make_article
from desktop.ui.reader_view import ReaderView, _blend, color_name
from desktop.ui.theme import THEMES

BODY = ("Đại sứ Lê Thị Tuyết Mai phát biểu tại Geneva.\n"
        "Bộ Ngoại giao và Liên hợp quốc bàn về phụ nữ, hòa bình và an ninh 😀 hôm nay.\n"
        "Đoạn thứ ba không có đoạn tô sáng nào.")


def make_reader(qtbot):
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(600, 400)
    reader.show()
    return reader


def test_painted_ranges_follow_changes_theme_and_focus(qtbot):
    reader = make_reader(qtbot)
    article = make_article(title="t", body=BODY)
    body = article.body
    a = body.index("Lê Thị")
    b = body.index("Liên hợp quốc")
    emoji_after = body.index("hôm nay")  # after a character outside the BMP
    yellow = new_highlight(article, a, a + 6, color="yellow")
    blue = new_highlight(article, b, b + 13, color="blue")
    pink = new_highlight(article, emoji_after, emoji_after + 7, color="pink")
    # across the first paragraph break: one range, as one extra selection used to be
    green = new_highlight(article, body.index("Geneva"), body.index("Ngoại"), color="green")
    reader.show_article(article, [yellow, blue, pink, green])
    light = THEMES["light"]
    painted = sorted(reader.painted_ranges())
    assert painted == sorted([
        (a, a + 6, color_name("yellow", light)),
        (b, b + 13, color_name("blue", light)),
        (emoji_after, emoji_after + 7, color_name("pink", light)),
        (body.index("Geneva"), body.index("Ngoại"), color_name("green", light)),
    ])
    assert body[emoji_after:emoji_after + 7] == "hôm nay"

    # an overlap adds a blended segment; a deleted highlight disappears
    overlap = new_highlight(article, b + 4, b + 20, color="yellow")
    reader.set_annotations([yellow, blue, overlap, green])
    painted = sorted(reader.painted_ranges())
    assert (b + 4, b + 13, _blend(["blue", "yellow"], light).name()) in painted
    assert (b + 13, b + 20, color_name("yellow", light)) in painted
    assert not any(s <= emoji_after < e for s, e, _ in painted)

    # another theme repaints every highlight in its colours
    dark = THEMES["dark"]
    reader.set_theme(dark)
    assert (a, a + 6, color_name("yellow", dark)) in reader.painted_ranges()
    assert color_name("yellow", light) not in {c for _, _, c in reader.painted_ranges()}

    # the focused highlight is emphasised on top, then mentions over everything
    reader.focus_annotation(yellow.id)
    (focus,) = reader.extraSelections()
    assert focus.format.fontWeight() == QFont.Weight.DemiBold
    assert (focus.cursor.selectionStart(), focus.cursor.selectionEnd()) == (a, a + 6)
    reader.show_mentions([(a, a + 16)])
    assert reader.painted_ranges()[-1] == (a, a + 16, QColor(dark.mention).name())
    reader.focus_annotation(None)
    reader.show_mentions([])
    assert reader.extraSelections() == []

    # a new article starts clean
    reader.show_article(make_article(title="u", body="Không có gì."), [])
    assert reader.painted_ranges() == []


def colour_pixels(reader, color: str) -> int:
    image = reader.viewport().grab().toImage()
    return sum(image.pixelColor(x, y).name() == color
               for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))


def test_a_new_highlight_is_repainted_on_a_laid_out_page(qtbot):
    """Formats set on paragraphs Qt has laid out already must be laid out and painted again."""
    reader = make_reader(qtbot)
    article = make_article(title="t", body=BODY)
    reader.show_article(article, [])
    qtbot.wait(50)
    green = color_name("green", THEMES["light"])
    assert colour_pixels(reader, green) == 0
    start = article.body.index("Bộ Ngoại giao")
    reader.set_annotations([new_highlight(article, start, start + 13, color="green")])
    qtbot.waitUntil(lambda: colour_pixels(reader, green) > 50, timeout=2000)
    reader.set_annotations([])
    qtbot.waitUntil(lambda: colour_pixels(reader, green) == 0, timeout=2000)


def _formats_at(reader, offset):
    """The highlight formats Qt holds for the paragraph holding `offset` (read from Qt)."""
    block = reader.document().findBlock(reader._map.to_utf16(offset))
    return [r.format.background().color().name() for r in block.layout().formats()]


def test_a_long_article_is_painted_where_it_is_shown(qtbot):
    """Highlights far down a long article are painted when scrolled to, with nothing asked."""
    paragraphs = [f"Đoạn {i}: Bộ Ngoại giao bàn về phụ nữ, hòa bình và an ninh." for i in range(400)]
    article = make_article(title="dài", body="\n".join(paragraphs))
    body = article.body
    first, last = body.index("Bộ Ngoại giao"), body.rindex("Bộ Ngoại giao")
    reader = make_reader(qtbot)
    reader.show_article(article, [new_highlight(article, first, first + 13, color="green"),
                                  new_highlight(article, last, last + 13, color="blue")])
    qtbot.waitUntil(lambda: _formats_at(reader, first) == [color_name("green", THEMES["light"])])
    bar = reader.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: _formats_at(reader, last) == [color_name("blue", THEMES["light"])])
