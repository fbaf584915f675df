"""Saved pages of Vietnamese news sites: the article's own text, title and date are kept; the
menu, share bar, related links and footer are not (and names in them never reach the text).

The pages are written here in the layout of four sites (class names and structure as those
sites use them); no page is fetched.
"""

from __future__ import annotations

import pytest

from desktop.core.documents import read_document

PARAGRAPHS = [
    "Sáng 28/3, Bộ Ngoại giao phối hợp với UN Women tổ chức hội thảo quốc tế về phụ nữ, hòa "
    "bình và an ninh tại Hà Nội, với sự tham gia của hơn 200 đại biểu trong và ngoài nước.",
    "Phát biểu khai mạc, Thứ trưởng Lê Thị Thu Hằng nhấn mạnh vai trò của phụ nữ trong gìn "
    "giữ hòa bình, đồng thời kêu gọi các nước tăng cường hợp tác để thực hiện Nghị quyết 1325.",
    "Các đại biểu đã chia sẻ kinh nghiệm về việc đưa nữ sĩ quan tham gia lực lượng gìn giữ hòa "
    "bình của Liên hợp quốc và thảo luận các khuyến nghị chính sách cho giai đoạn tới.",
]
TITLE = "Hội thảo quốc tế về phụ nữ, hòa bình và an ninh"
MENU = "Trang chủ | Thời sự | Kinh tế | Thế giới | Công ty Cổ phần Truyền thông Sao Mai"
SHARE = "Chia sẻ Facebook Twitter Zalo Sao chép liên kết"
RELATED = "Tin liên quan: Tập đoàn Hoàng Long khai trương trung tâm thương mại mới"
FOOTER = "Bản quyền © 2026 Báo điện tử Tin Mới. Giấy phép số 123/GP-BTTTT. Tổng biên tập: Trần Văn Bình"

LEAKS = ("Trang chủ", "Chia sẻ", "Facebook", "Tin liên quan", "Hoàng Long", "Bản quyền",
         "Giấy phép", "Trần Văn Bình", "Sao Mai")


def _paras(tag: str = "p", cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<{tag}{attr}>{p}</{tag}>" for p in PARAGRAPHS)


def _head(extra: str = "") -> str:
    return (f"<head><meta charset='utf-8'><title>{TITLE} - Báo Tin Mới</title>"
            f"<meta property='og:title' content='{TITLE}'>{extra}"
            "<script>window.dataLayer=[];fetch('https://ads.example/x')</script></head>")


def vnexpress_like() -> str:
    return ("<html lang='vi'>" + _head("<meta name='pubdate' content='2026-03-28T08:30:00+07:00'>")
            + "<body><header class='header'><nav class='main-nav'>" + MENU + "</nav></header>"
            "<section class='section page-detail top-detail'><div class='container'>"
            "<div class='sidebar-1'><div class='header-content'><span class='date'>Thứ bảy, "
            "28/3/2026, 08:30 (GMT+7)</span></div>"
            f"<h1 class='title-detail'>{TITLE}</h1>"
            "<p class='description'>Hơn 200 đại biểu dự hội thảo tại Hà Nội.</p>"
            f"<article class='fck_detail'>{_paras('p', 'Normal')}"
            "<p class='Normal' style='text-align:right;'><strong>Minh Anh</strong></p></article>"
            f"<div class='social_share'>{SHARE}</div>"
            f"<div class='box-tinlienquanv2'><a href='/a'>{RELATED}</a></div></div>"
            "</div></section>"
            f"<footer id='footer'><p>{FOOTER}</p></footer></body></html>")


def tuoitre_like() -> str:
    return ("<html>" + _head("<meta property='article:published_time' "
                             "content='2026-03-28T09:00:00+07:00'>")
            + f"<body><div class='header__nav'><ul><li>{MENU}</li></ul></div>"
            "<div class='detail__section'><div class='detail-cate'><a href='/thoi-su'>Thời sự"
            "</a></div>"
            f"<h1 class='detail-title article-title' data-role='title'>{TITLE}</h1>"
            "<div class='detail-time'><div data-role='publishdate'>28/03/2026 09:00 GMT+7</div>"
            f"</div><div class='detail-sapo' data-role='sapo'>Hơn 200 đại biểu tham dự.</div>"
            f"<div class='detail-cmain'><div class='detail-content afcbc-body' data-role='content'>"
            f"{_paras()}</div></div>"
            f"<div class='detail__share'>{SHARE}</div>"
            f"<div class='box-relate'><a href='/b'>{RELATED}</a></div></div>"
            f"<div class='footer__bottom'>{FOOTER}</div></body></html>")


def thanhnien_like() -> str:
    return ("<html>" + _head("<meta itemprop='datePublished' content='2026-03-28T10:15:00+07:00'>")
            + f"<body><div class='header-menu'><a href='/'>{MENU}</a></div>"
            "<div class='detail__cmain'><div class='detail__header'>"
            f"<h1 class='detail-title'><span data-role='title'>{TITLE}</span></h1>"
            "<div class='detail-time'>28/03/2026 10:15 GMT+7</div>"
            f"<div class='detail-share'>{SHARE}</div></div>"
            f"<h2 class='detail-sapo' data-role='sapo'>Hơn 200 đại biểu tham dự.</h2>"
            f"<div class='detail-content afcbc-body' itemprop='articleBody'>{_paras()}</div>"
            f"<div class='detail__related'><a href='/c'>{RELATED}</a></div></div>"
            f"<footer class='footer'>{FOOTER}</footer></body></html>")


def dantri_like() -> str:
    return ("<html>" + _head("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                             "\"datePublished\":\"2026-03-28T11:00:00+07:00\"}</script>")
            + f"<body><nav class='menu-wrap'>{MENU}</nav>"
            "<main><article class='singular-container'>"
            f"<h1 class='title-page detail'>{TITLE}</h1>"
            "<div class='author-wrap'><time class='author-time' datetime='2026-03-28 11:00'>"
            "Thứ bảy, 28/03/2026 - 11:00</time></div>"
            "<h2 class='singular-sapo'>(Dân trí) - Hơn 200 đại biểu tham dự.</h2>"
            f"<div class='singular-content'>{_paras()}</div>"
            f"<div class='social-share'>{SHARE}</div>"
            f"<article class='article-related'><a href='/d'>{RELATED}</a></article>"
            f"</article></main><footer class='footer'>{FOOTER}</footer></body></html>")


@pytest.mark.parametrize("page", [vnexpress_like, tuoitre_like, thanhnien_like, dantri_like])
def test_a_saved_news_page_keeps_the_article_only(tmp_path, page):
    path = tmp_path / f"{page.__name__}.html"
    path.write_text(page(), encoding="utf-8")
    doc = read_document(path)
    assert doc.title == TITLE
    assert doc.published == "2026-03-28"
    for paragraph in PARAGRAPHS:
        assert paragraph in doc.body
    for leak in LEAKS:
        assert leak not in doc.body, leak
    for gone in ("fetch", "dataLayer", "https"):
        assert gone not in doc.body


def test_names_in_the_menu_and_footer_never_become_organizations(store, tmp_path):
    from desktop.core.documents import import_documents

    path = tmp_path / "tin.html"
    path.write_text(vnexpress_like(), encoding="utf-8")
    outcomes, _ = import_documents(store, [path])
    article = store.article(outcomes[0].article_id)
    assert article.published.startswith("2026-03-28")
    assert "Sao Mai" not in article.body and "Hoàng Long" not in article.body
