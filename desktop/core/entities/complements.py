"""The lower-case complement that completes a sentence-case organization name.

Vietnamese official names write only the head and the first word of the name in capitals and
run on in lower case to their scope: "Hội Bảo vệ quyền lợi người tiêu dùng Việt Nam", "Quỹ Vì
người nghèo Trung ương", "Ban Quản lý các khu công nghiệp Đồng Nai", "Trung tâm Quan trắc tài
nguyên và môi trường tỉnh". The head scan stops where its word classes are unsure; this stage
carries the name on over lower-case words when they close in a way only a name closes: at a
place or a level of administration that says whose body it is, at a scope word ("quốc gia",
"trong nước"), or — a short run of nouns — right before the sentence's predicate or a mark.
"""

from __future__ import annotations

from . import lexicon as L
from .people import person_run_at
from .records import Syl
from .syllables import foreign_word, phrase_at, phrase_before

# At most this many syllables between where the head scan stopped and the closing place.
CLOSED_RUN_MAX = 10
# A run of nouns with no closing place has at most this many syllables ("… sinh vật").
OPEN_RUN_MAX = 3
# Parts of speech a syllable of the complement may have (noun, verb, adjective, conjunction,
# quantifier "các").
RUN_POS = ("N", "V", "A", "C", "L")
# Words that close a name in lower case: its scope.
SCOPE_CLOSERS = L._entries("quốc gia, trong nước, quốc tế, toàn cầu, trung ương, việt nam, thế giới, "
                           "toàn quốc")
# Lower-case words that are never inside a complement (the predicate, prepositions, time).
RUN_STOPS = (L.PREDICATE_VERBS - L._entries("và, vì, về, chi, thu, cấp, tuyển")) \
    | L._entries("năm, ngày, tháng, tuần, sáng, chiều, tối, hôm nay, lần, đợt, số, như, gồm")


def _boundary(syls: list[Syl], m: int) -> bool:
    """Does the clause go on to its predicate (or stop) at m?"""
    if m >= len(syls):
        return True
    x = syls[m]
    return x.punct or x.pos.startswith("R") or bool(phrase_at(syls, m, L.PREDICATE_VERBS, 2))


def _run_word(syls: list[Syl], m: int) -> bool:
    """May syllable m be inside a lower-case complement?"""
    x = syls[m]
    # a one-syllable stop inside a longer word is no stop: "trình" of "công trình"
    inside_word = m > 0 and syls[m - 1].unit == x.unit and x.unit >= 0
    stop = phrase_at(syls, m, RUN_STOPS, 2)
    if not x.word or x.text[:1].isdigit() or (stop and not (stop == 1 and inside_word)):
        return False
    if x.cap:  # "… Chống hàng giả và Bảo vệ thương hiệu": a second sentence-case piece
        return syls[m - 1].key == "và" and not x.acronym and not phrase_at(syls, m, L.ORG_HEADS, 4) \
            and not person_run_at(syls, m) and not foreign_word(x)  # "… và Prudential": a second body
    return x.pos.startswith(RUN_POS)


def _closer(syls: list[Syl], m: int) -> int:
    """End of a closing place or level of administration at m, or 0."""
    pl = phrase_at(syls, m, L.PLACES, 4)
    if pl and syls[m].cap:
        return m + pl
    lv = phrase_at(syls, m, L.ADMIN_UNITS, 2)
    if lv and m + lv < len(syls) and syls[m + lv].cap and not syls[m + lv].acronym:
        pl = phrase_at(syls, m + lv, L.PLACES, 4)
        return m + lv + pl if pl else 0
    if lv and syls[m].key in L.BARE_LEVELS and _boundary(syls, m + lv):
        return m + lv  # "… môi trường tỉnh sẽ lắp": the province's own centre
    if syls[m].text in L.PLACE_ACRONYMS:
        return m + 1 + (m + 1 < len(syls) and syls[m + 1].text in L.PLACE_ACRONYMS)
    return 0


def _sentence_case(syls: list[Syl], start: int, end: int, head_len: int) -> bool:
    """Is start..end a head with a sentence-case name that no place or acronym closes yet?"""
    j = start + head_len
    if end >= len(syls) or not syls[end].word or syls[end].cap:
        return False
    if j < end and not (syls[j].cap and not syls[j].acronym):
        return False
    last = syls[end - 1]
    if last.cap and (foreign_word(last) or last.pos == "Np"):
        return False  # "Ngân hàng Rabobank", "Công ty Phú Gia": a proper name ends the name
    return not last.acronym and not last.text[:1].isdigit() \
        and not any(end - q in (phrase_at(syls, q, L.PLACES, 4), phrase_at(syls, q, SCOPE_CLOSERS, 2))
                    for q in range(max(j, end - 4), end))  # a place or a scope closed it


def _place_pair(syls: list[Syl], c: int) -> bool:
    """Is the place that ended at c the first of a pair joined by a dash?"""
    if c + 1 >= len(syls) or syls[c].text not in "-–":
        return False
    pl = phrase_at(syls, c + 1, L.PLACES, 4)
    return bool(pl) and syls[c + 1].cap and _boundary(syls, c + 1 + pl)


def _lower_word_ends(syls: list[Syl], end: int) -> bool:
    """Does the name end at a lower-case word ("Ban Quản lý dự án …")? Then a verb after it opens
    the remit that a place closes ("… đầu tư xây dựng công trình giao thông tỉnh Thanh Hóa"), where
    after a sentence-case word ("Bộ Công an bắt …") it is the predicate."""
    a = end - 1
    while a > 0 and syls[a - 1].unit == syls[end - 1].unit and not syls[a - 1].punct:
        a -= 1
    return not syls[a].cap


def complement_end(syls: list[Syl], start: int, end: int, head_len: int) -> int:
    """Where a sentence-case name that the head scan ended at `end` really ends (`end` when it
    has no lower-case complement to take); a bare head takes only a complement closed by a place."""
    bare = end == start + head_len
    if not _sentence_case(syls, start, end, head_len):
        return end
    obj = _activity_object_end(syls, start + head_len, end)
    if obj:
        return obj
    # "Bộ Công an bắt …": after a noun, a verb is the predicate, unless the run closes in the
    # nation's scope ("Hiệp hội Xúc tiến phát triển điện ảnh Việt Nam")
    verb_after_noun = syls[end - 1].pos.startswith("N") and syls[end].pos.startswith("V") and not bare \
        and not _lower_word_ends(syls, end)
    m = end
    while m < len(syls) and m - end < CLOSED_RUN_MAX:
        scope = phrase_at(syls, m, SCOPE_CLOSERS, 2)
        c = ((0 if verb_after_noun else _closer(syls, m)) or scope + m) if m > end else 0
        if c > m and _place_pair(syls, c):
            return c + 1 + phrase_at(syls, c + 1, L.PLACES, 4)  # "… hợp tác Việt Nam - Nhật Bản"
        if c > m and _boundary(syls, c):
            return c
        if not _run_word(syls, m):
            break
        m += 1
    if not bare and not verb_after_noun and end < m <= end + OPEN_RUN_MAX and _boundary(syls, m) \
            and syls[end].pos.startswith("N") \
            and all(x.pos.startswith(("N", "A")) and not x.cap for x in syls[end:m]):
        return m
    return end


# The object of an activity that ends a name has at most this many lower-case syllables
# ("Quản lý | hoạt động xây dựng", "Bảo vệ | thực vật").
OBJECT_RUN_MAX = 4
# A venue's own name after a lower-case venue noun has at most this many syllables ("chợ Cao Lãnh").
VENUE_NAME_MAX = 3


def _stop_at(syls: list[Syl], m: int) -> bool:
    """Does the predicate (or a preposition, a time word) start at m? A one-syllable stop inside a
    longer word is none ("trình" of "công trình")."""
    inside_word = m > 0 and syls[m - 1].unit == syls[m].unit and syls[m].unit >= 0
    stop = max(phrase_at(syls, m, RUN_STOPS, 2), phrase_at(syls, m, L.PREDICATE_VERBS, 2))
    return bool(stop) and not (stop == 1 and inside_word)


def _activity_object_end(syls: list[Syl], j: int, end: int) -> int:
    """End of the lower-case object of the sentence-case activity that ends the name at `end`
    ("Cục Quản lý hoạt động xây dựng (", "Ban Quản lý các KCN tỉnh Bắc Ninh", "Ban Quản lý chợ
    Cao Lãnh cho biết"), or 0: an activity names what it is done to, and a mark, a bracket, a
    place or a venue's name closes it."""
    a = end - 1
    while a > j and syls[a - 1].unit == syls[end - 1].unit and not syls[a].cap:
        a -= 1
    if a < j or not syls[a].cap or syls[a].acronym or not syls[a].pos.startswith("V"):
        return 0
    m = end
    while m < len(syls) and m - end < OBJECT_RUN_MAX and not _stop_at(syls, m) and (
            (syls[m].word and not syls[m].cap and syls[m].pos.startswith(RUN_POS))
            or (syls[m].acronym and syls[m - 1].key == "các")):  # "các KCN": a common noun's acronym
        m += 1
    if m == end or m >= len(syls) or phrase_at(syls, m, SCOPE_CLOSERS, 2):
        return 0  # "… thị trường trong nước": the scope closes it, as the run below finds
    nouns = all(x.pos.startswith("N") for x in syls[end:m])
    if (syls[m].text == "(" and m + 1 < len(syls) and syls[m + 1].cap) \
            or (syls[m].text == "," and syls[end].pos.startswith("N")):
        return m  # "… hoạt động xây dựng (Bộ Xây dựng)", "… công trình thủy lợi,"
    if nouns and syls[a - 1].key == "và" and _boundary(syls, m):
        return m  # "Cục Trồng trọt và Bảo vệ thực vật cấp …": the second activity's object
    c = _closer(syls, m)
    if c and _boundary(syls, c):
        return c
    if phrase_before(syls, m, L.PLACE_CUES, 2) and not syls[m].acronym:
        e = m
        while e < len(syls) and e - m < VENUE_NAME_MAX and syls[e].cap and syls[e].word \
                and not syls[e].acronym and not phrase_at(syls, e, L.ORG_HEADS, 4):
            e += 1
        if e > m and _boundary(syls, e):
            return e  # "Ban Quản lý chợ Cao Lãnh"
    return 0
