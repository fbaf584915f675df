"""Readable exports: a self-contained HTML report, Markdown, CSV, a codebook CSV, and (through
`refi_out`) a REFI-QDA project (.qdpx) or codebook (.qdc).

Every text from the store is user content and is escaped for the format it goes into; notes are
plain text everywhere (an HTML tag in a note is shown as typed, never rendered).
"""

from __future__ import annotations

import csv
import html
import io
import re
from dataclasses import dataclass
from datetime import date

from desktop.core.exchange.exporting import Selection
from desktop.core.models import COLORS, Annotation, Article, utc_now
from desktop.core.store import Store
from desktop.core.times import MONTHS_EN, local_time

FORMATS = ("html", "md", "csv", "qdpx", "qdc", "codebook-csv")
COLOR_HEX = {"yellow": "#FFE066", "green": "#A8E6A1", "blue": "#A5D8FF", "pink": "#FFB3C7",
             "purple": "#D0B3FF"}
COLOR_LABEL = {"yellow": "vàng", "green": "xanh lá", "blue": "xanh dương", "pink": "hồng",
               "purple": "tím"}
CSV_COLUMNS = ("article_id", "article_title", "annotation_id", "color", "start", "end", "quote",
               "note", "tags", "author", "created", "modified")


@dataclass(frozen=True)
class ReportArticle:
    article: Article
    annotations: tuple[Annotation, ...]


def collect_report(store: Store, selection: Selection = Selection()) -> list[ReportArticle]:
    """Live annotations grouped by article (library order), each article's in text order."""
    anns = [a for a in store.annotations_for_export(
        article_ids=selection.article_ids, colors=selection.colors, tags=selection.tags)
        if not a.deleted]
    by_article: dict[str, list[Annotation]] = {}
    for ann in anns:
        by_article.setdefault(ann.article_id, []).append(ann)
    articles = store.articles_by_id(by_article)
    order = [s.id for s in store.article_summaries()]
    return [ReportArticle(articles[i], tuple(sorted(by_article[i], key=lambda a: (a.start, a.end))))
            for i in order if i in by_article]


def _count(groups: list[ReportArticle]) -> int:
    return sum(len(g.annotations) for g in groups)


_FILE_NAME = re.compile(r"[^\s/\\:]+\.(txt|md|markdown|html?|docx)", re.IGNORECASE)
_DATE_ONLY = re.compile(r"\d{4}-\d\d-\d\d")


def _published(value: str, locale: str, tz) -> str:
    """A publication date as the reader writes it; a bare date stays a date (no 00:00)."""
    if _DATE_ONLY.fullmatch(value.strip()):
        try:
            day = date.fromisoformat(value.strip())
        except ValueError:
            return value
        if locale.lower().startswith("en"):
            return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"
        return f"{day:%d/%m/%Y}"
    return local_time(value, locale, tz=tz) if value else ""


def _meta(art: Article, locale: str, tz) -> str:
    """Where and when an article appeared; a corpus file name says nothing to a reader."""
    source = "" if _FILE_NAME.fullmatch(art.source.strip()) else art.source.strip()
    return " · ".join(x for x in (source, _published(art.published, locale, tz)) if x)


# -- HTML ----------------------------------------------------------------------------------

_CSS = """
body{font-family:"Be Vietnam Pro","Noto Sans","DejaVu Sans",Arial,sans-serif;line-height:1.5;
 color:#222;max-width:46rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem} h2{font-size:1.25rem;margin:2rem 0 .2rem;
 border-bottom:1px solid #ccc;padding-bottom:.2rem}
.meta{color:#555;font-size:.9rem;margin:.1rem 0 1rem}
.ann{border-left:.5rem solid #ccc;padding:.3rem .8rem;margin:0 0 1rem;break-inside:avoid;
 page-break-inside:avoid}
.quote{margin:0;font-style:italic;white-space:pre-wrap}
.note{margin:.4rem 0 0;white-space:pre-wrap}
.tags{margin:.3rem 0 0} .tag{display:inline-block;border:1px solid #999;border-radius:.6rem;
 padding:0 .5rem;margin-right:.3rem;font-size:.85rem}
.by{color:#555;font-size:.85rem;margin:.3rem 0 0}
.swatch{display:inline-block;width:.8rem;height:.8rem;border:1px solid #777;vertical-align:middle;
 margin-right:.3rem}
@media print{body{margin:0;max-width:none;font-size:11pt} h2{break-after:avoid;
 page-break-after:avoid} a{color:inherit;text-decoration:none}
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
"""


def _e(text: str) -> str:
    return html.escape(text or "", quote=True)


def html_report(groups: list[ReportArticle], *, title: str = "Chú Giải — chú thích",
                author: str = "", generated: str | None = None, locale: str = "vi",
                tz=None) -> str:
    """One self-contained page (no scripts, no links out); prints one highlight per block.
    Times are local, written the way `locale` writes them (`tz` for tests)."""
    generated = local_time(generated or utc_now(), locale, tz=tz)
    out = ["<!DOCTYPE html>", '<html lang="vi">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{_e(title)}</title>", f"<style>{_CSS}</style>", "</head>", "<body>",
           f"<h1>{_e(title)}</h1>",
           f'<p class="meta">{_count(groups)} chú thích · {len(groups)} bài'
           + (f" · {_e(author)}" if author else "") + f" · {_e(generated)}</p>"]
    for group in groups:
        art = group.article
        meta = _meta(art, locale, tz)
        out.append(f'<section class="article"><h2>{_e(art.title)}</h2>')
        if meta:
            out.append(f'<p class="meta">{_e(meta)}</p>')
        for ann in group.annotations:
            color = ann.color if ann.color in COLORS else "yellow"
            out.append(f'<div class="ann" style="border-left-color:{COLOR_HEX[color]}">')
            out.append(f'<blockquote class="quote">“{_e(ann.exact)}”</blockquote>')
            if ann.note:
                out.append(f'<p class="note">{_e(ann.note)}</p>')
            if ann.tags:
                out.append('<p class="tags">' + "".join(
                    f'<span class="tag">#{_e(t)}</span>' for t in ann.tags) + "</p>")
            by = [x for x in (ann.author, local_time(ann.modified, locale, tz=tz)) if x]
            out.append(f'<p class="by"><span class="swatch" style="background:{COLOR_HEX[color]}">'
                       f"</span>{_e(COLOR_LABEL[color])}"
                       + "".join(f" · {_e(x)}" for x in by) + "</p>")
            out.append("</div>")
        out.append("</section>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


# -- Markdown ------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]#|~!])")
_MD_LINE_START = re.compile(r"^(\s*)([-+=]|\d+[.)])")


def md_escape(text: str) -> str:
    """Plain text that Markdown shows as typed: punctuation escaped, HTML as entities."""
    text = (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def _md_lines(text: str, prefix: str) -> list[str]:
    """Each line of `text` kept: a backslash at the end of a line is Markdown's hard line break,
    an empty line a new paragraph."""
    lines = text.split("\n")
    out = []
    for n, line in enumerate(lines):
        if not line.strip():
            out.append(prefix.rstrip())
            continue
        more = n + 1 < len(lines) and lines[n + 1].strip()
        out.append(prefix + md_escape(line) + ("\\" if more else ""))
    return out


def markdown_report(groups: list[ReportArticle], *, title: str = "Chú Giải — chú thích",
                    author: str = "", generated: str | None = None, locale: str = "vi",
                    tz=None) -> str:
    generated = local_time(generated or utc_now(), locale, tz=tz)
    out = [f"# {md_escape(title)}", "",
           f"*{_count(groups)} chú thích · {len(groups)} bài"
           + (f" · {md_escape(author)}" if author else "") + f" · {md_escape(generated)}*", ""]
    for group in groups:
        art = group.article
        out += [f"## {md_escape(art.title)}", ""]
        meta = _meta(art, locale, tz)
        if meta:
            out += [f"*{md_escape(meta)}*", ""]
        for ann in group.annotations:
            out += _md_lines(ann.exact, "> ")
            out.append("")
            if ann.note:
                out += _md_lines(ann.note, "")
                out.append("")
            info = [COLOR_LABEL.get(ann.color, ann.color)]
            if ann.tags:
                info.append(" ".join("\\#" + md_escape(t) for t in ann.tags))
            if ann.author:
                info.append(md_escape(ann.author))
            if ann.modified:
                info.append(md_escape(local_time(ann.modified, locale, tz=tz)))
            out += ["— " + " · ".join(info), "", "---", ""]
    return "\n".join(out)


# -- CSV -----------------------------------------------------------------------------------


def _cell(text: str) -> str:
    """Text that a spreadsheet shows as text, not as a formula (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_report(groups: list[ReportArticle]) -> bytes:
    """One row per annotation; UTF-8 with a BOM so Excel reads Vietnamese correctly."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for group in groups:
        art = group.article
        for a in group.annotations:
            writer.writerow([art.id, _cell(art.title), a.id, a.color, a.start, a.end,
                             _cell(a.exact), _cell(a.note), _cell("; ".join(a.tags)),
                             _cell(a.author), a.created, a.modified])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def codebook_csv(groups: list[ReportArticle]) -> bytes:
    """The tags in use as a codebook (`tag`, `description`), as Taguette's "Import codebook" reads
    it; the BOM makes its encoding detector say UTF-8 for any Vietnamese."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(("tag", "description"))
    for tag in sorted({t for g in groups for a in g.annotations for t in a.tags}):
        writer.writerow((_cell(tag), ""))
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def render(fmt: str, groups: list[ReportArticle], *, author: str = "", app: str = "Chú Giải",
           locale: str = "vi") -> bytes:
    """A report in one of FORMATS, as the bytes of its file; dates as `locale` writes them."""
    if fmt == "html":
        return html_report(groups, author=author, locale=locale).encode("utf-8")
    if fmt == "md":
        return markdown_report(groups, author=author, locale=locale).encode("utf-8")
    if fmt == "csv":
        return csv_report(groups)
    if fmt == "codebook-csv":
        return codebook_csv(groups)
    if fmt in ("qdpx", "qdc"):
        from desktop.core.exchange import refi_out  # deferred: it builds on this module's records

        if fmt == "qdc":
            return refi_out.qdc_bytes(groups, origin=app)
        return refi_out.qdpx_bytes(groups, origin=app)
    raise ValueError(f"unknown report format {fmt!r}; expected one of {', '.join(FORMATS)}")
