"""Misreads: spans the earlier stages take for names that Vietnamese news uses for something else.

Withheld names written in initials ("anh Nguyễn Văn H.", "bà N.T.H."), years of the sixty-year
cycle ("Tết Đinh Mùi"), the clergy as a collective ("chư Tăng", "Tăng Ni"), abbreviations of common
nouns and document numbers ("BKS 29H-…", "…/2025/NĐ-CP"), acronyms defined after a lower-case
phrase ("thi đánh giá năng lực (HSA)"), files ("X.apk"), contests ("Miss …"), a title written
before a brand ("CEO GiaoNhanh"); and Latin names with an English body word ("… Ventures",
"Team …") that the tagger reads as people.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from . import lexicon as L
from .lexicon import _entries
from .organizations import _acting, _product_cued
from .records import Candidate, Sentence, Syl
from .resolve import _expanded, entity_key
from .syllables import VIET_MARKS, phrase_at, phrase_before, viet_syllable

# The ten heavenly stems and twelve earthly branches: a stem + branch pair names a year.
YEAR_STEMS = frozenset("giáp ất bính đinh mậu kỷ canh tân nhâm quý".split())
YEAR_BRANCHES = frozenset("tý tí sửu dần mão mẹo thìn tỵ tị ngọ mùi thân dậu tuất hợi".split())

# Buddhist collectives written with a capital: the clergy as a group, never a person.
CLERGY_COLLECTIVES = frozenset({"tăng ni", "chư tăng", "chư ni", "tăng đoàn", "ni đoàn",
                                "chư tôn đức", "tăng ni phật tử", "chư tăng ni"})

# Capitalised abbreviations of common nouns and titles in news copy, never a body: "biển kiểm
# soát", "đương kim vô địch", "nhà thiết kế", player awards, "hợp tác xã" with no name after it.
COMMON_ABBREVIATIONS = frozenset("BKS ĐKVĐ NTK MVP FMVP HTX VĐQG".split())

# Titles written before a brand or company name ("CEO GiaoNhanh"): not part of the name.
BRAND_TITLES = frozenset("CEO CFO COO CTO CMO MC".split())

# "Team …" opens a club's English name (the shared list holds the words that close one).
MORE_ENGLISH_BODY_WORDS = frozenset({"team"})

# An English name opened by these is a contest or a project, not a person ("Miss Grand …",
# "The Global City").
NOT_PERSON_OPENERS = frozenset({"the", "miss", "mister", "mr"})
CONTEST_OPENERS = frozenset({"miss", "mister", "mr"})

# A Latin word ending so names a festival ("Techfest", "Vietfest"), not a body.
EVENT_ENDINGS = ("fest",)

# How many syllables right before "(ACRONYM)" must all be lower-case words for the acronym to
# abbreviate a common phrase ("bài kiểm tra tư duy (TSA)") rather than a body's name, whose
# capitalised head is closer ("Tổ chức Y tế thế giới (WHO)").
LOWER_DEFINITION_SYLLABLES = 4

# Capitalised sector words written before a Latin brand as part of a firm's name
# ("Chứng khoán Mirae Asset Việt Nam", "Bảo hiểm AIA").
SECTOR_WORDS = _entries("chứng khoán, bảo hiểm")

# Title words that make a compound with a head noun ("Trưởng Ban", "Phó Ban"): a title before
# the name, not a word swallowing the head.
TITLE_OPENERS = frozenset({"trưởng", "phó", "tổng"})

# A byline name in capitals has this many words ("HÀ MI", "NGUYỄN VĂN AN").
BYLINE_WORDS = (2, 4)

# Labels a news page prints in capitals after the article, which a last line in capitals may
# be instead of a byline ("TIN LIÊN QUAN"): words of page furniture, never of a name.
PAGE_LABEL_WORDS = _entries("tin, bài, liên quan, xem thêm, đọc thêm, khác, cùng chuyên mục, "
                            "chuyên mục, quảng cáo, video, ảnh, clip, nổi bật, mới nhất, "
                            "xem nhiều, bình luận, chia sẻ, hết, tổng hợp")

# Countries written in Latin letters that the place list spells in Vietnamese ("Úc", "Nhật Bản").
LATIN_COUNTRIES = frozenset("Australia Japan Korea China India France Germany Russia Spain".split())


# How far back (in syllables) a list of names is followed to the cue word before its first name.
LIST_SCAN_MAX = 12

# File extensions: "tệp EVNHANOI.apk" is a file.
FILE_EXTENSIONS = frozenset("apk exe ipa pdf zip rar doc docx xls xlsx".split())

_INITIALS = re.compile(r"^(?:[A-ZĐ]\.)+[A-ZĐ]\.?$")


def person_stage(sent: Sentence) -> None:
    """Before the organization stages: drop the people that are misreads, so that a head noun
    read as a person's first name ("Ban Tổ" of "Ban Tổ chức …") is a head again."""
    at = {s.start: i for i, s in enumerate(sent.syls)}
    kept = [c if c.kind != "PER" else _fixed(sent, c, at.get(c.start)) for c in sent.cands]
    sent.cands[:] = [c for c in kept if c is not None]


def misread_stage(sent: Sentence) -> None:
    """Drop, re-kind or trim the candidates of one sentence that are misreads."""
    _sites(sent)
    _lower_defined_acronyms(sent)
    _market_tickers(sent)
    at = {s.start: i for i, s in enumerate(sent.syls)}
    ends = {s.end: i for i, s in enumerate(sent.syls)}
    _event_names(sent, at)
    kept: list[Candidate] = []
    for c in sent.cands:
        fixed = _fixed(sent, c, at.get(c.start), ends)
        if fixed is not None:
            kept.append(fixed)
    sent.cands[:] = kept


def _fixed(sent: Sentence, c: Candidate, i: int | None,
           ends: dict[int, int] | None = None) -> Candidate | None:
    """The candidate as it should be, or None when it is no name at all."""
    text = sent.text
    if _withheld(text, c) or _is_file(text, c):
        return None
    words = c.form.split()
    if c.kind == "PER":
        key = " ".join(s.key for s in sent.syls if c.start <= s.start < c.end and s.word)
        if _year_name(key) or key in CLERGY_COLLECTIVES or _led_by_head(key):
            return None
        if words and words[0].lower() in NOT_PERSON_OPENERS:
            return None
        if i is not None and _placed(sent.syls, i, key):
            return None  # a place (characters played are people.character_stage's)
        if i is not None and _latin(words) and _listed_after(sent.syls, i, L.PRODUCT_CUES):
            return None  # "nhãn hiệu Nike, Gucci, Louis Vuitton": brands of goods
        if _english_body(words) or (len(words) > 1 and _latin(words) and words[-1] == "Vietnam"):
            return replace(c, kind="ORG", source="eng", short=False)  # "Intel Products Vietnam"
        return _lead_trimmed(c, words)
    if c.source == "acro" and (c.form in COMMON_ABBREVIATIONS or text[c.start - 1:c.start] == "/"):
        return None
    if c.source == "acro" and i is not None and _capitals_word(sent.syls, i):
        return None
    if c.kind == "ORG" and i is not None and _generic_plural(sent.syls, i, c.end):
        return None
    if c.kind == "ORG" and i is not None and _used_as_thing(sent, c, i):
        return None
    if c.kind == "ORG" and i == sent.first_word and c.source in OPENED_SOURCES:
        c = _opener_trimmed(sent, c, i)
    if words and (words[0].lower() in CONTEST_OPENERS or words[0].lower().endswith(EVENT_ENDINGS)):
        return None  # "Miss Grand …", "Techfest Việt Nam": a contest, a festival
    if len(words) > 1 and words[0] in BRAND_TITLES:
        start = c.start + len(words[0]) + 1
        return replace(c, start=start, form=text[start:c.end])
    if c.source in ("gaz", "brand") and i is not None and _latin(words) and _product_cued(sent.syls, i):
        return None
    lead = i - phrase_before(sent.syls, i, SECTOR_WORDS, 2) if i is not None else None
    if lead is not None and lead != i and c.source in ("eng", "brand", "gaz") and sent.syls[lead].cap:
        start = sent.syls[lead].start  # "Chứng khoán" + "Mirae Asset Việt Nam"
        return replace(c, start=start, form=text[start:c.end])
    if c.source == "eng" and i and sent.syls[i - 1].cap and not sent.syls[i - 1].acronym \
            and i - 1 != sent.first_word and sent.syls[i - 1].key not in L.LATIN_RUN_OPENERS:
        return None  # "Gia Land" of "Phú Gia Land": the English tail of a longer capitalised name
    if c.source == "head" and i and _compound_head(sent.syls, i):
        return None
    if c.kind == "ORG" and _place_or_panel(sent, c, i, words):
        return None
    if c.source == "head":
        ends = ends if ends is not None else {s.end: k for k, s in enumerate(sent.syls)}
        return _compound_continued(sent, _predicate_trimmed(sent, c, ends), ends)
    return c


def _predicate_trimmed(sent: Sentence, c: Candidate, ends: dict[int, int]) -> Candidate:
    """"Bệnh viện Bạch Mai cứu (sống …)": a lower-case verb right after the capitalised end of a
    name, and not ending a word begun there, begins the predicate; the name ends before it."""
    syls = sent.syls
    j = ends.get(c.end)
    if j is None or j < 1 or syls[j].cap or not syls[j - 1].cap or syls[j].key not in L.PREDICATE_VERBS \
            or f"{syls[j - 1].key} {syls[j].key}" in _dictionary():  # "Khoa Cấp cứu": one word
        return c
    return replace(c, end=syls[j - 1].end, form=sent.text[c.start:syls[j - 1].end])


def _compound_continued(sent: Sentence, c: Candidate, ends: dict[int, int]) -> Candidate:
    """"Tập đoàn Vàng bạc Đá quý DOJI", "Công ty TNHH Suất ăn Công nghiệp X": a name cut after a
    capitalised syllable whose word goes on in lower case ("Đá quý", "Suất ăn") runs on through
    that word to the capitalised words after it."""
    syls = sent.syls
    j = ends.get(c.end)
    if j is None or j + 2 >= len(syls) or not syls[j].cap or syls[j + 1].cap or not syls[j + 1].word:
        return c
    if f"{syls[j].key} {syls[j + 1].key}" not in _dictionary() or not syls[j + 2].cap:
        return c
    end = j + 2
    while end + 1 < len(syls) and syls[end + 1].cap and syls[end + 1].word:
        end += 1
    return replace(c, end=syls[end].end, form=sent.text[c.start:syls[end].end])


# Quantifiers and levels after a local body's head that make it every such body, not one
# ("UBND các tỉnh, thành phố", "Sở Y tế các địa phương").
PLURAL_QUANTIFIERS = _entries("các, những, mọi, nhiều")
PLURAL_LEVELS = L.ADMIN_UNITS | _entries("địa phương, tỉnh thành, cấp, bộ, ngành")


# Sources of a name read by its shape, a gazetteer entry or a verb after it, with no head noun.
SHAPE_ONLY_SOURCES = frozenset({"brand", "eng", "gaz", "acro", "acting"})
# Lower-case words an app's cue noun may stand before its name ("ứng dụng đặt nông sản X").
APP_CUE_WINDOW = 4
# A capitalised run before "(ACRONYM)" is followed back this many syllables for an event word.
EVENT_NAME_MAX = 8
# "KCN Yên Phong II-C", "Lô III-A": a zone's or a lot's code (a Roman numeral and a letter).
_ZONE_CODE = re.compile(r"^[IVX]+-[A-Z0-9]+$")
# "787-10", "SPF50", "A321neo": a model's or a grade's code after a make (not a bare number,
# not a score "2-1").
_MODEL_CODE = re.compile(r"^(?:[A-Za-z]+\d[\w-]*|\d+[A-Za-z][\w-]*|\d{3,}-\d+)$")


def _used_as_thing(sent: Sentence, c: Candidate, i: int) -> bool:
    """Is the name at i, read by its shape alone, used as a thing here: an app, a game or a fake
    platform, a make before its model's code, an event's acronym, a zone's code, a market? An
    app's or a platform's name is then a thing in the whole text (unless it acts somewhere)."""
    syls = sent.syls
    if c.source == "head":
        return _app_cued(syls, i, 0)  # "các bộ môn Liên Minh Huyền Thoại, …": a game's name
    if c.source not in SHAPE_ONLY_SOURCES:
        return False
    if _app_cued(syls, i, APP_CUE_WINDOW):
        sent.suppressed.add(c.form)  # "ứng dụng mang tên \"GoldenFX Pro\"": an app, a platform
        return True
    if c.source == "acting" and _product_cued(syls, i):
        return True  # "xe Vios và Yaris Cross sản xuất …": the models made, not a maker acting
    if (_app_cued(syls, i, APP_CUE_WINDOW, L.THING_CUES) or _product_cued(syls, i, L.THING_CUES)) \
            and not _shop_before_thing(syls, i):
        sent.suppressed.add(c.form)  # "thiết bị nhận dạng tự động AIS", "xe tay ga Vision và Air Blade"
        return True
    if c.source == "acro" and _after_model_number(syls, i):
        return True  # "Boeing 737 MAX": the model's suffix
    j = next((k for k in range(i, len(syls)) if syls[k].end >= c.end), len(syls)) + 1
    if c.source != "acro" and j < len(syls) and _MODEL_CODE.match(syls[j].text) and c.form.isascii():
        return True  # "Boeing 787-10", "SunCare Daily SPF50": the make of a model, a product
    if c.source == "acro" and (_ZONE_CODE.match(c.form) or _event_acronym(syls, i)):
        sent.suppressed.add(c.form)
        return True
    if c.source == "acro" and _event_after(syls, j):
        return True  # "AFC Champions League Two": the federation's name inside its event's
    return c.form.isupper() and _market_place(syls, i, j)


# Sources whose run of capitalised words may take in the capitalised word opening a sentence.
OPENED_SOURCES = frozenset({"brand", "eng", "team", "acting"})


def _opener_trimmed(sent: Sentence, c: Candidate, i: int) -> Candidate:
    """"Riêng Sun PhuQuoc Airways", "Hiện Đồng Nai FC": an adverb opening the sentence with a
    capital is not the name's first word."""
    n = phrase_at(sent.syls, i, L.SENTENCE_OPENERS, 3)
    if not n or i + n >= len(sent.syls) or not sent.syls[i + n].cap or sent.syls[i + n].start >= c.end:
        return c
    start = sent.syls[i + n].start
    return replace(c, start=start, form=sent.text[start:c.end])


def _app_cued(syls: list[Syl], i: int, window: int, cues: frozenset[str] = L.APP_CUES) -> bool:
    """Does an app's, a game's or a fake platform's noun (or another of `cues`) stand before the
    name at i, at most `window` lower-case words before it (over an opening quote), or before
    the list it closes?"""
    j = next((k for k in range(i, len(syls)) if not (syls[k].cap or syls[k].acronym)), len(syls))
    listed = j == len(syls) or syls[j].punct or syls[j].key in ("và", "hoặc")  # a list's item
    if listed and _product_cued(syls, i, cues) and not _maker_cued(syls, i):
        return True
    k = i
    while k > 0 and syls[k - 1].text in "\"“'‘":
        k -= 1
    m = k
    while m > 0 and k - m <= window:
        n = phrase_before(syls, m, cues, 4)
        if n and (m - n == 0 or not syls[m - n - 1].cap or syls[m - n - 1].key in L.QUANTIFIERS) \
                and not _maker_cued(syls, m - n) \
                and not phrase_before(syls, m - n, L.BRAND_CUES, 3):  # "hãng xe máy điện … X"
            return True
        if not syls[m - 1].word or syls[m - 1].cap or syls[m - 1].key in L.APP_CUE_STOPS:
            return False
        m -= 1
    return False


def _shop_before_thing(syls: list[Syl], i: int) -> bool:
    """"cửa hàng xe máy Tám Phát", "hãng xe máy điện Dat Bike": a shop's or a company's cue before
    the thing noun makes the name the business selling or making the thing."""
    n = phrase_before(syls, i, L.THING_CUES, 4)
    return bool(n) and bool(phrase_before(syls, i - n, L.SHOP_CUES | L.BRAND_CUES, 3))


def _after_model_number(syls: list[Syl], i: int) -> bool:
    """"Boeing 737 MAX", "Airbus A321 XLR": an acronym after a number that follows a Latin make
    closes the model's name."""
    return i >= 2 and (syls[i - 1].text.isdigit() or bool(_MODEL_CODE.match(syls[i - 1].text))) \
        and syls[i - 2].cap and syls[i - 2].text.isascii() and syls[i - 2].text.isalpha()


def _maker_cued(syls: list[Syl], k: int) -> bool:
    """"hãng game VNG", "nhà phát hành game X": a company's cue before the app's noun."""
    n = phrase_before(syls, k, L.APP_CUES, 4)
    return bool(n and phrase_before(syls, k - n, L.BRAND_CUES, 3))


def _event_acronym(syls: list[Syl], i: int) -> bool:
    """"Arena of Valor International Championship (AIC)": an acronym in brackets after an
    English name holding an event word is the event's."""
    if not (0 < i < len(syls) - 1 and syls[i - 1].text == "(" and syls[i + 1].text == ")"):
        return False
    for k in range(i - 2, max(-1, i - 2 - EVENT_NAME_MAX), -1):
        if syls[k].key in L.EVENT_WORDS:
            return True
        if not ((syls[k].cap and syls[k].word) or syls[k].key == "of"):
            return False
    return False


def _event_after(syls: list[Syl], j: int) -> bool:
    """"AFC Champions League Two": a run of capitalised Latin words after the name that holds an
    event word makes the name part of the event's."""
    for k in range(j, min(len(syls), j + EVENT_NAME_MAX)):
        if not (syls[k].cap and syls[k].word and syls[k].text.isascii()):
            return False
        if syls[k].key in L.EVENT_WORDS:
            return True
    return False


def _market_place(syls: list[Syl], i: int, j: int) -> bool:
    """"xuất khẩu sang Mỹ, Nhật Bản và EU", "thủy sản sang EU": a bloc's acronym listed with
    countries, or after a trade word and "sang", is a market: a place."""
    before = i > 1 and syls[i - 1].text in (",", "và") and _place_ending(syls, i - 1)
    after = j + 1 < len(syls) and syls[j].text in (",", "và") and bool(phrase_at(syls, j + 1, L.PLACES, 3))
    if (before and after) or (before and syls[i - 1].key == "và") or (after and syls[j].key == "và"):
        return True  # "Mỹ, Nhật Bản và EU"; not "Tại Đà Nẵng, WHO …": a fronted place
    if i == 0 or syls[i - 1].key != "sang":
        return False
    return any(phrase_before(syls, m, L.TRADE_WORDS, 2) for m in range(max(1, i - TRADE_WINDOW), i))


# Syllables before "sang" a trade word may stand ("kim ngạch xuất khẩu thủy sản sang EU").
TRADE_WINDOW = 6


def _place_ending(syls: list[Syl], k: int) -> bool:
    """Does a place's name end just before syllable k ("Nhật Bản" + ",")?"""
    return any(k - n >= 0 and phrase_at(syls, k - n, L.PLACES, n) == n and syls[k - n].cap for n in (1, 2, 3))


def _generic_plural(syls: list[Syl], i: int, end: int) -> bool:
    """"đề nghị UBND các tỉnh, thành phố", "Sở Y tế các tỉnh": a head followed (or run on) by a
    quantifier and a level names the bodies of every place, not one organization."""
    after = next((k for k in range(i + 1, len(syls)) if syls[k].start >= end), len(syls))
    return any(syls[q].key in PLURAL_QUANTIFIERS and not syls[q].cap
               and syls[q + 1].key in PLURAL_LEVELS for q in range(i + 1, min(after + 1, len(syls) - 1)))


def _capitals_word(syls: list[Syl], i: int) -> bool:
    """"BẮC GIANG -", "PHẠM DŨNG - HOÀNG NAM": a Vietnamese syllable in capitals beside a word
    in capitals with Vietnamese marks is part of a place's or a person's name set in capitals (a
    dateline, a byline), not an acronym."""
    if not viet_syllable(syls[i].text):
        return False
    return any(0 <= k < len(syls) and syls[k].text.isupper() and viet_syllable(syls[k].text)
               and VIET_MARKS.search(syls[k].text) for k in (i - 1, i + 1))


def _compound_head(syls: list[Syl], i: int) -> bool:
    """"Đấu Trường Danh Vọng": the head noun closes a word begun by the capitalised syllable
    before it ("đấu trường", an arena), so it heads no name."""
    before = syls[i - 1]
    word = f"{before.key} {syls[i].key}"
    return before.cap and not before.acronym and before.key not in TITLE_OPENERS \
        and word not in L.PERSON_TITLES and word in _dictionary()


def _place_or_panel(sent: Sentence, c: Candidate, i: int | None, words: list[str]) -> bool:
    """Is the organization candidate a venue, a place in brackets or a panel for one occasion?"""
    if i is not None and _venue(sent.syls, i, c.form):
        return True  # "Nhà thi đấu Quân khu 7", "Trung tâm Hội nghị quốc tế": a venue, a place
    if c.source == "paren-alias" and (all(w in L.PLACE_ACRONYMS for w in words)
                                      or entity_key(c.form) in L.PLACES):
        return True  # "… Quân khu 7 (TP HCM)": the place in brackets is no alias
    return c.source == "head" and _occasion_panel(c.form)  # "Theo Ban Tang lễ, …"


def _venue(syls: list[Syl], i: int, form: str) -> bool:
    """"Trung tâm Hội nghị quốc tế", "Nhà thi đấu Quân khu 7": a hall or a conference centre,
    run by no staff of its own, is a place, also where it is named after a body."""
    key = entity_key(form)
    return any(key == v or key.startswith(v + " ") for v in L.VENUE_WORDS) \
        or bool(phrase_before(syls, i, L.VENUE_WORDS, 5))


def _occasion_panel(form: str) -> bool:
    """"Ban Tang lễ", "Ban Lễ tang Nhà nước", "Hội đồng giám khảo": a panel named for one
    occasion (a funeral, a trial, a contest's jury) is no body."""
    key = entity_key(form)
    return any(key == p or key.startswith(p + " ") for p in L.OCCASION_PANELS)


# A capitalised event's name is followed back this many syllables to its head noun.
EVENT_RUN_MAX = 6


def _event_names(sent: Sentence, at: dict[int, int]) -> None:
    """Drop the organizations whose name closes an event's ("Đại lễ Vesak Liên Hợp Quốc"), and
    the people read inside them ("Diêu Trì Cung" of "Đại lễ Hội Yến Diêu Trì Cung")."""
    spans = [(c.start, c.end) for c in sent.cands if c.kind == "ORG" and c.start in at
             and _in_event_name(sent.syls, at[c.start])]
    if spans:
        sent.cands[:] = [c for c in sent.cands if c.kind not in ("ORG", "PER")
                         or not any(a <= c.start and c.end <= b for a, b in spans)]


def _in_event_name(syls: list[Syl], i: int) -> bool:
    """"Đại lễ Phật đản Liên Hợp Quốc", "Đại lễ Hội Yến Diêu Trì Cung": a name after the
    capitalised words of a rite's or a fair's name, right after its head noun, is part of the
    event's name, not a body."""
    k = i
    while k > 0 and i - k < EVENT_RUN_MAX:
        n = phrase_before(syls, k, L.EVENT_HEADS, 2)
        if n and syls[k - n].cap:
            return True
        prev = syls[k - 1]
        lower_tail = k >= 2 and syls[k - 2].cap and f"{syls[k - 2].key} {prev.key}" in _dictionary()
        if not prev.word or not (prev.cap or lower_tail):
            return False  # "Phật đản": a word begun by a capital goes on in lower case
        k -= 1
    return False


def _dictionary() -> frozenset[str]:
    from .pipeline import dictionary  # deferred: the pipeline imports this module

    return dictionary()


def _placed(syls: list[Syl], i: int, key: str) -> bool:
    """"các tuyến phố Láng Hạ, Kim Mã", "sân bay Tân Sơn Nhất": a run after a place word, or
    listed after one, or the tail of a known place, is a place."""
    if i and syls[i - 1].cap and f"{syls[i - 1].key} {key}" in L.PLACES:
        return True
    return _listed_after(syls, i, L.PLACE_CUES, listed_only=True)  # the first is the tagger's


def _listed_after(syls: list[Syl], i: int, cues: frozenset[str], *, listed_only: bool = False) -> bool:
    """Does a lower-case cue word come right before the name at i, or before the first of the
    capitalised names listed with it ("phố Láng Hạ, Kim Mã và …")?"""
    k = i
    while k > 0 and i - k <= LIST_SCAN_MAX:
        if phrase_before(syls, k, cues, 3) and not syls[k - 1].cap and (k < i or not listed_only):
            return True
        if not (syls[k - 1].text == "," or syls[k - 1].key == "và") or k < 2 or not syls[k - 2].cap:
            return False
        k -= 2
        while k > 0 and syls[k - 1].cap and syls[k - 1].word:
            k -= 1  # back to the first word of the name listed before
    return False


def _lead_trimmed(c: Candidate, words: list[str]) -> Candidate:
    """"(Chủ tịch) HoREA Lê Hoàng Châu", "(Bộ trưởng Quốc phòng) Australia Richard Marles": the body's
    acronym or the country closing a title is not the first word of the holder's name."""
    if len(words) < 3:
        return c
    first = words[0]
    acronym = sum(ch.isupper() for ch in first) >= 2 and first.isalpha()
    country = not viet_syllable(first) and (entity_key(first) in L.PLACES or first in LATIN_COUNTRIES)
    if not acronym and not country:
        return c
    start = c.start + len(first) + 1
    return replace(c, start=start, form=c.form[len(first) + 1:])


def _sites(sent: Sentence) -> None:
    """"(Chinhphu.vn) -", "Theo Dantri.com.vn": a capitalised web address is the news site."""
    for k, s in enumerate(sent.syls):
        if L.SITE_ADDRESS.match(s.text) and not any(c.start <= s.start < c.end for c in sent.cands):
            sent.add("ORG", k, k + 1, "brand")


def _withheld(text: str, c: Candidate) -> bool:
    """"bà N.T.H.", "anh Nguyễn Đình H.": initials standing for a name the paper withholds."""
    if _INITIALS.match(c.form):
        return True
    last = c.form.split()[-1] if c.form.split() else ""
    return c.kind == "PER" and len(last) == 1 and last.isupper() and text[c.end:c.end + 1] == "."


def _is_file(text: str, c: Candidate) -> bool:
    """"EVNHANOI.apk": a name followed by a file extension is a file."""
    m = re.match(r"\.(\w+)", text[c.end:c.end + 6])
    tail = c.form.rsplit(".", 1)[-1] if "." in c.form else ""
    return (m is not None and m.group(1).lower() in FILE_EXTENSIONS) or tail.lower() in FILE_EXTENSIONS


def _year_name(key: str) -> bool:
    parts = key.split()
    return len(parts) == 2 and parts[0] in YEAR_STEMS and parts[1] in YEAR_BRANCHES


def _led_by_head(key: str) -> bool:
    """"Ban Tổ", "Khối Thương": a run opened by an organization's head noun that is no surname."""
    first = key.split()[0] if key else ""
    return (first in L.ORG_HEADS or first in L.ANCHOR_ONLY_HEADS) and first not in L.SURNAMES


def _english_body(words: list[str]) -> bool:
    """"Openspace Ventures", "Team Flash": a Latin-script name holding an English body word."""
    return len(words) > 1 and _latin(words) and any(
        w.lower() in L.ENGLISH_ORG_WORDS or w.lower() in MORE_ENGLISH_BODY_WORDS for w in words)


def _latin(words: list[str]) -> bool:
    return bool(words) and all(w.isascii() for w in words)


# Quotation marks around a defined phrase: "chế độ \"lao động đào tạo - phát triển\" (ESD)".
QUOTES = frozenset("\"“”'‘’")


def _lower_defined_acronyms(sent: Sentence) -> None:
    """"xét bài kiểm tra tư duy (TSA)": the acronym abbreviates a common phrase, not a body."""
    syls = sent.syls
    n = LOWER_DEFINITION_SYLLABLES
    for k in range(n, len(syls) - 2):
        if syls[k].text == "(" and syls[k + 1].acronym and syls[k + 2].text == ")":
            words = [s for s in syls[max(0, k - 2 * n):k]
                     if s.text != "-" and s.text not in QUOTES][-n:]  # "sởi - quai bị", "“… phát triển”"
            if len(words) == n and all(_lower_word(s) for s in words):
                sent.suppressed.add(syls[k + 1].text)


# A share's code on the Vietnamese exchanges: three Latin capitals ("FPT", "VHM").
_TICKER = re.compile(r"^[A-Z]{3}$")
# Syllables of an amount between a price verb and its "%" ("2", ",", "4").
AMOUNT_MAX = 5


def _market_tickers(sent: Sentence) -> None:
    """"MWG tăng 2,4%", "cổ phiếu FPT", "khối ngoại bán ròng … HPG và SSI": a code-shaped name
    read as a share's code, marked in the text's suppressed set for `resolve._not_things`; one
    that acts here ("FPT cho biết") is marked cued instead."""
    syls = sent.syls
    at = {s.start: i for i, s in enumerate(syls)}
    market = any(phrase_at(syls, m, L.MARKET_WORDS, 2) for m in range(len(syls)))
    listed = _listed_codes(syls)
    for n, c in enumerate(sent.cands):
        i = at.get(c.start)
        if c.kind != "ORG" or i is None or syls[i].end != c.end or not _TICKER.match(c.form):
            continue
        if _acting(syls, i + 1) or phrase_before(syls, i, L.EXCHANGE_CUES, 3):
            sent.cands[n] = replace(c, cued=True)  # "FPT cho biết"; "trên sàn HNX": the exchange
        elif i in listed or _product_cued(syls, i, L.TICKER_CUES) \
                or (_clause_opener(syls, i) and _price_move(syls, i + 1)):
            sent.suppressed.add(L.TICKER_MARK + c.form)
        elif market:
            sent.suppressed.add(L.MARKET_MARK + c.form)


def _listed_codes(syls: list[Syl]) -> set[int]:
    """"VCB, BID, CTG cùng tăng trên 2%", "VHM và VIC giảm nhẹ", "VHM, TCB và MBB là những mã …":
    the codes of a list that opens its clause and whose price move (or share noun) follows its
    last code are shares' codes, each of them."""
    out: set[int] = set()
    i = 0
    while i < len(syls):
        j = i
        while j + 2 < len(syls) and _TICKER.match(syls[j].text) and (syls[j + 1].text == ","
                                                                    or syls[j + 1].key == "và") \
                and _TICKER.match(syls[j + 2].text):
            j += 2
        if j > i and _clause_opener(syls, i) and (_price_move(syls, j + 1)
                                                  or phrase_at(syls, j + 1, L.TICKER_NOUNS_AFTER, 3)):
            out.update(range(i, j + 1, 2))
        i = j + 1
    return out


def _clause_opener(syls: list[Syl], i: int) -> bool:
    """Does the name at i open its clause ("…, VHM giảm", "với MWG tăng"), rather than close a
    noun ("lợi nhuận ACB tăng 12%": the bank's profit)?"""
    return i == 0 or syls[i - 1].punct or bool(phrase_before(syls, i, L.TICKER_OPENERS, 2))


def _price_move(syls: list[Syl], j: int) -> bool:
    """"tăng 2,4%", "nằm sàn", "cùng tăng trên 2%", "giảm nhẹ.": a share's price move right
    after syllable j-1."""
    while j < len(syls) and syls[j].key in L.PRICE_ADVERBS:
        j += 1
    if phrase_at(syls, j, L.PRICE_MOVES, 2):
        return True
    n = phrase_at(syls, j, L.PRICE_VERBS, 2)
    if not n:
        return False
    k = j + n
    if k + 1 < len(syls) and syls[k].key in L.PRICE_DEGREES and syls[k + 1].punct:
        return True  # "VHM và VIC giảm nhẹ.": a move without an amount closes its clause
    while k < len(syls) and syls[k].key in L.AMOUNT_HEDGES:
        k += 1
    while k < len(syls) and k - j - n < AMOUNT_MAX and (syls[k].text.isdigit() or syls[k].text in ",."):
        k += 1
    return k > j + n and k < len(syls) and syls[k].text == "%"


def _lower_word(s: Syl) -> bool:
    return s.word and not s.cap and viet_syllable(s.text)


def text_stage(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Text-level misreads: credits that are no source, bodies named by their level alone."""
    bodies = _first_spans((_expanded(entity_key(o.form)), o) for o in cands
                          if o.kind == "ORG" and o.source in ("head", "gaz", "paren"))
    sites = any(L.SITE_ADDRESS.match(c.form) for c in cands)
    papers = _first_spans((_unmarked(o.form), o) for o in cands
                          if o.kind == "ORG" and _may_own_a_site(o.form)) if sites else {}
    byline = _upper_byline(text)
    upper = [replace(c, kind="PER", source="byline") for c in cands  # "Ảnh: KỲ NAM"
             if c.source == "credit" and _upper_name(c.form.split())] + ([byline] if byline else [])
    out: list[Candidate] = list(upper)
    for c in cands:
        if c.source == "credit" and c.form in L.ACRONYM_STOP:
            continue  # "Ảnh: BVCC" (bệnh viện cung cấp): the hospital gave the photo
        if any(u.start <= c.start < u.end for u in upper):
            continue  # the name itself, or "CHI" of the byline "QUẾ CHI", which is no acronym
        if c.link is None and c.source == "head":
            c = replace(c, link=_level_home(c, bodies))
        if c.link is None and L.SITE_ADDRESS.match(c.form):
            # "Baonghean.vn" is "Báo Nghệ An": a paper's address is its name without marks
            c = replace(c, link=papers.get(c.form.split(".")[0].lower()))
        out.append(c)
    return out


# Heads of media bodies, whose site is the body itself ("Baonghean.vn" is "Báo Nghệ An").
_MEDIA_HEADS = L._entries("báo, tạp chí, đài truyền hình, đài tiếng nói, đài phát thanh, thông tấn xã")


def _may_own_a_site(form: str) -> bool:
    """May a site's address be this body's name without marks? A paper's, yes; a state body's
    portal ("Chinhphu.vn", "Quochoi.vn") is a body of its own, not "Chính phủ" or "Quốc hội"."""
    words = entity_key(form).split()
    heads = [n for n in range(1, min(len(words), 4) + 1) if " ".join(words[:n]) in L.ORG_HEADS]
    return not heads or " ".join(words[:heads[-1]]) in _MEDIA_HEADS


def _first_spans(pairs) -> dict[str, tuple[int, int]]:
    """Each distinct key with the span of its first candidate (a long text repeats names)."""
    first: dict[str, tuple[int, int]] = {}
    for key, o in pairs:
        if key not in first or (o.start, o.end) < first[key]:
            first[key] = (o.start, o.end)
    return first


def _unmarked(form: str) -> str:
    decomposed = unicodedata.normalize("NFD", form.lower().replace("đ", "d"))
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


def _level_home(c: Candidate, bodies: dict[str, tuple[int, int]]) -> tuple[int, int] | None:
    """"UBND tỉnh" after "Ủy ban nhân dân tỉnh Đồng Tháp": a body named by its level alone is
    the one body of the text with that head and level and a place after it."""
    key = _expanded(entity_key(c.form))
    if key.split()[-1] not in L.BARE_LEVELS:
        return None
    homes = [k for k in bodies if k.startswith(key + " ")]
    return bodies[homes[0]] if len(homes) == 1 else None


def _upper_name(words: list[str]) -> bool:
    """"KỲ NAM", "QUẾ CHI": a person's name in capitals, as papers print bylines and credits."""
    lo, hi = BYLINE_WORDS
    return lo <= len(words) <= hi and all(w.isupper() and viet_syllable(w) for w in words) \
        and " ".join(words).lower() not in L.PLACES and not _page_label(words)


def _page_label(words: list[str]) -> bool:
    """"TIN LIÊN QUAN", "XEM THÊM": a page's label, read word by word from the start."""
    lowered = [w.lower() for w in words]
    i = 0
    while i < len(lowered):
        step = next((n for n in (3, 2, 1) if " ".join(lowered[i:i + n]) in PAGE_LABEL_WORDS), 0)
        if not step:
            return False
        i += step
    return True


def _upper_byline(text: str) -> Candidate | None:
    """The last line, when it is a name in capitals alone ("HÀ MI")."""
    stripped = text.rstrip()
    start = stripped.rfind("\n") + 1
    line = stripped[start:].strip()
    if not _upper_name(line.split()):
        return None
    a = text.index(line, start)
    return Candidate("PER", a, a + len(line), "byline", line)
