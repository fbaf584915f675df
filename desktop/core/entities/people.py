"""Person candidates: tagger spans without titles, title + name, names closing a long title,
surname-led runs of capitalised syllables."""

from __future__ import annotations

import re

from ..vietnamese import entity_key
from . import lexicon as L
from .records import Sentence, Syl
from .syllables import VIET_MARKS, foreign_word, key_of, phrase_at, phrase_before

FULL_NAME_SYLLABLES = 3  # "Trần Thanh Mẫn": a surname-led run this long is a person's name
NAME_MIN, NAME_MAX = 2, 4  # syllables of a surname-led name
LONGEST_NAME = 5  # a longer capitalised run is not one person's name
TITLE_MAX = 4

SHORT_HONORIFICS = frozenset(entity_key(w) for w in
                             "ông bà anh chị cô chú bác cụ ngài em cháu bé nữ".split())


def abbreviated_title(syl: Syl) -> bool:
    """"TS.BS", "BS.CKII", "PGS.TS": degrees joined by dots, a title before a name."""
    parts = syl.key.split(".")
    return syl.cap and all(p in L.TITLE_ABBREVIATIONS for p in parts)


def surname_ong(syls: list[Syl], i: int) -> bool:
    """"Ông Thị Mỹ Duyên", "Ông Văn Thành", "anh Ông Đức Minh": Ông is the family name, not
    "Mr", before a middle name or after another honorific."""
    if syls[i].key != "ông" or not syls[i].cap or i + 1 >= len(syls) or not syls[i + 1].cap:
        return False
    after_honorific = i > 0 and syls[i - 1].key in SHORT_HONORIFICS and i + 2 < len(syls) \
        and syls[i + 2].cap
    return syls[i + 1].key in ("thị", "văn") or after_honorific


INITIALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ")  # letters that stand for a withheld name


def withheld_name(form: str) -> bool:
    """"Trần Văn T.", "Nguyễn Thị H": a name whose given name is an initial stands for a name the
    writer withholds (a suspect, a victim), which the guideline does not count as a name."""
    words = form.split()
    last = words[-1].rstrip(".") if words else ""
    return len(words) >= 2 and len(last) == 1 and last in INITIALS  # "Như Ý": a syllable, no initial


# Titles before a name that the shared list lacks: a priest ("Cha Phúc"), translators, authors,
# designers, esports and chess players, referees, collectors.
MORE_TITLES = frozenset(entity_key(w) for w in """
cha, cha xứ, dịch giả, tác giả, ntk, siêu mẫu, tuyển thủ, game thủ, kiện tướng, đại kiện tướng,
trọng tài, nhà sưu tập, nhà phê bình, gm, wgm, im, wim
""".replace("\n", " ").split(","))
TITLES = L.PERSON_TITLES | MORE_TITLES
DEPUTY_WORDS = frozenset({"phó", "quyền"})  # "Phó" or "Quyền" before any title is a title
TITLE_OPENERS = frozenset({"phó", "tổng", "trưởng"})  # words that open titles, never names


# Words that describe a title's holder between the title and the name ("diễn viên trẻ X").
TITLE_ADJECTIVES = frozenset(entity_key(w) for w in ("trẻ", "nhí", "gạo cội", "kỳ cựu", "lão làng"))


def _described(syls: list[Syl], i: int, n: int) -> int:
    """A title of n syllables at i, with the words that describe its holder after it."""
    m = phrase_at(syls, i + n, TITLE_ADJECTIVES, 2) if n else 0
    return n + m if m and i + n + m < len(syls) and syls[i + n + m].cap else n


def title_at(syls: list[Syl], i: int) -> int:
    """Length of a person title at syllable i ("Bộ trưởng", "TS.BS"), or 0."""
    if surname_ong(syls, i):
        return 0
    return _described(syls, i, _bare_title_at(syls, i))


def _bare_title_at(syls: list[Syl], i: int) -> int:
    """Length of a person title at syllable i, without the words that describe its holder."""
    n = phrase_at(syls, i, TITLES, TITLE_MAX)
    if not n and i < len(syls) and abbreviated_title(syls[i]):
        return 1
    if i + 1 < len(syls) and syls[i].key in DEPUTY_WORDS:  # "Phó Tổng cục trưởng"
        n = max(n, 1 + phrase_at(syls, i + 1, L.PERSON_TITLES, TITLE_MAX) if phrase_at(
            syls, i + 1, L.PERSON_TITLES, TITLE_MAX) else 0)
    return n


def title_before(syls: list[Syl], i: int) -> bool:
    """Does a person title end just before syllable i?"""
    if i > 1 and syls[i - 1].key in TITLE_ADJECTIVES and phrase_before(syls, i - 1, TITLES, TITLE_MAX):
        return True  # "diễn viên trẻ"
    return bool(phrase_before(syls, i, TITLES, TITLE_MAX)) or (
        i > 0 and abbreviated_title(syls[i - 1]))


def _middle_named(syls: list[Syl], i: int) -> bool:
    """"Vì Văn Thắng", "Quàng Thị Xuân": a family name unknown to the list, before the middle
    name "Văn" or "Thị" and a given name (not a head noun or a title before them)."""
    return i + 2 < len(syls) and syls[i + 1].key in ("thị", "văn") and syls[i + 1].cap \
        and syls[i + 2].cap and syls[i + 2].word and not syls[i + 2].acronym \
        and not phrase_at(syls, i, L.ORG_HEADS, 2) and not phrase_at(syls, i, L.PERSON_TITLES, 2)


def person_run_at(syls: list[Syl], i: int) -> int:
    """Length of a surname-led run of capitalised syllables at i (2–4), or 0."""
    if (syls[i].key not in L.SURNAMES and not surname_ong(syls, i) and not _middle_named(syls, i)) \
            or not syls[i].cap or syls[i].acronym:
        return 0
    n = 0
    while i + n < len(syls) and syls[i + n].cap and not syls[i + n].acronym \
            and syls[i + n].text.isalpha():
        n += 1
    if n < NAME_MIN or n > NAME_MAX:
        return 0
    run = syls[i : i + n]
    for k in range(len(run) - 1):
        if key_of(run[k:]) in L.PLACES or key_of(run[k : k + 2]) in L.PLACES:
            return 0
    return n


def name_run_ok(run: list[Syl]) -> bool:
    """2–4 capitalised words that read as a person's name: Vietnamese surname-led or foreign."""
    if not NAME_MIN <= len(run) <= NAME_MAX or any(x.acronym or not x.cap for x in run):
        return False
    if any(w.text.lower() in L.ENGLISH_ORG_WORDS for w in run):
        return False
    return run[0].key in L.SURNAMES or any(foreign_word(x) for x in run)


def _script_changes(before: list[Syl], name: list[Syl]) -> bool:
    """Vietnamese words, then a foreign name: "Liên Hợp Quốc António Guterres"."""
    return not any(foreign_word(x) for x in before) and all(foreign_word(x) for x in name)


def name_closing_title(syls: list[Syl], k: int) -> tuple[int, int] | None:
    """(start, end) of the name that closes a title phrase starting at k, or None.

    "Giám đốc Quốc gia của Ngân hàng Thế giới tại Việt Nam Carolyn Turk": the title's
    organization and place come first; the holder's name is the last capitalised run before
    the phrase ends (punctuation or a lower-case word after it)."""
    from .organizations import is_head  # the two grammars refer to each other

    limit = min(len(syls), k + L.TITLE_SCOPE)
    i = k
    while i < limit:
        s = syls[i]
        if s.punct and s.text not in "()-–&":
            return None
        if not s.cap or s.acronym:
            i += 1
            continue
        j = i
        while j < len(syls) and syls[j].cap and not syls[j].acronym and syls[j].word:
            j += 1
        # "… Việt Nhật Furuta Motoo": Vietnamese words, then a foreign name
        f = next((f for f in range(i + 1, j - 1) if _script_changes(syls[i:f], syls[f:j])), None)
        if f is not None and name_run_ok(syls[f:j]):
            return f, j
        # the run may begin with the end of an organization or a place: try its tails
        for a in range(i, j - 1):
            if j - a <= NAME_MAX and name_run_ok(syls[a:j]) and key_of(syls[a:j]) not in L.PLACES and (
                    a == i or phrase_before(syls, a, L.PLACES, 4) or is_head(syls, i)
                    or _script_changes(syls[i:a], syls[a:j])):
                return a, j
        i = j
    return None


def _strip_titles(syls: list[Syl], a: int, b: int) -> tuple[int, bool]:
    titled = False
    while a < b:
        t = title_at(syls, a)
        if not t:
            break
        a = min(a + t, b)  # "Phó Trưởng" of "Phó Trưởng ban" is a title, not a name
        titled = True
    return a, titled


# Lower-case particles inside Western names ("Lula da Silva", "Ursula von der Leyen").
NAME_PARTICLES = frozenset("da de do dos das di del della van von der den le la bin al el".split())


REGNAL = re.compile(r"I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI")  # a monarch's or a pope's number


def _particle_at(syls: list[Syl], e: int) -> int:
    """Length of a run of name particles at e that a foreign capitalised word follows, or 0."""
    n = 0
    while e + n < len(syls) and syls[e + n].text in NAME_PARTICLES:
        n += 1
    nxt = syls[e + n] if e + n < len(syls) else None
    return n if n and nxt is not None and nxt.cap and foreign_word(nxt) and e > 0 \
        and foreign_word(syls[e - 1]) else 0


def cap_run_end(syls: list[Syl], i: int) -> int:
    """End of the capitalised run at i, through the particles of a Western name."""
    b = i
    while b < len(syls):
        if b > i and REGNAL.fullmatch(syls[b].text):
            return b + 1  # "Nữ hoàng Elizabeth II"
        if syls[b].cap and not syls[b].acronym:
            b += 1
        elif _particle_at(syls, b):
            b += _particle_at(syls, b)
        else:
            break
    return b


def _name_end(syls: list[Syl], a: int, b: int) -> int:
    """End of the capitalised run at a: a name stops at the first syllable that cannot be in it."""
    e = a
    while e < b:
        x = syls[e]
        if _particle_at(syls, e):
            e += _particle_at(syls, e)
            continue
        if e > a and REGNAL.fullmatch(x.text):
            return e + 1  # "Vua Charles III": the regnal number closes the name
        if x.punct or not x.cap or x.acronym or not x.text.replace("-", "").replace("'", "").isalpha():
            break
        e += 1
    return e


def _drop_leading_places(syls: list[Syl], a: int, b: int) -> int:
    """"Tổng thống Mỹ Joe Biden": a leading country is not part of the name; but a country
    syllable before one Vietnamese syllable is the name's first part ("ca sĩ Mỹ Tâm")."""
    while a < b - 1:
        pl = phrase_at(syls, a, L.PLACES, 4)
        if not pl or a + pl >= b or (b - a - pl == 1 and not foreign_word(syls[b - 1])):
            break
        a += pl
    # "Thủ tướng Nhật Kishida Fumio": a Vietnamese word, not a family name, before a foreign name
    if a < b - 2 and VIET_MARKS.search(syls[a].text) and not foreign_word(syls[a]) \
            and syls[a].key not in L.SURNAMES and all(foreign_word(x) for x in syls[a + 1:b] if x.cap):
        a += 1
    return a


# Nouns whose name follows them: works, storms, subjects, projects, memorials and eateries
# named after people ("Phim Mai", "bão Yagi", "Học bổng Vừ A Dính", "Đền thờ Lý Thái Tổ").
THING_CUES = frozenset(entity_key(w) for w in """
phim, bộ phim, ca khúc, bài hát, album, sách, cuốn sách, tiểu thuyết, truyện, tác phẩm, vở,
vở kịch, bão, cơn bão, siêu bão, áp thấp, học bổng, quỹ học bổng, di tích, khu di tích,
đền thờ, tượng, tượng đài, nhà tưởng niệm, khu tưởng niệm, khu lưu niệm, lăng mộ, mộ, quán,
tiệm, nhà hàng, khách sạn, chung cư, dự án, đề án, chương trình, chiến dịch, giải, giải thưởng,
cuộc thi, lễ hội, liên hoan, triển lãm, hội chợ, giống lúa, thương hiệu, nhà xe, xe khách, hãng xe,
xe buýt, hoàng thành, kinh thành, cố đô,
nhà thi đấu, cung thể thao, nhà văn hóa, trạm, trạm quan trắc, điện, giáo xứ, giáo họ, giáo hạt,
tổ đình, thiền viện, tu viện, tịnh xá, giới đàn, đại giới đàn, nhóm nhạc, ban nhạc, tết,
nhóm nhạc nữ, nhóm nhạc nam, mầm non, tiểu học, thcs, thpt, thpt chuyên, trường chuyên, ptth, ptcs,
nhà thuốc, hiệu thuốc, quầy thuốc, mẫu,
""".replace("\n", " ").split(",") if w.strip())
# Words that open the name of a god, a saint or a legend, not of a person ("Đức Phật").
DEITY_OPENERS = frozenset(entity_key(w) for w in
                          ("đức phật", "đức mẹ", "đức chúa", "phật", "chúa", "thánh", "bồ tát"))
# Words after which a name is a role in a film or a play ("vào vai Hoa", "nhân vật Mai").
CHARACTER_CUES = frozenset(entity_key(w) for w in
                           ("nhân vật", "vai", "vào vai", "đóng vai", "thủ vai", "hóa thân thành",
                            "hóa thân vào", "vai diễn"))


# Nouns of places, things and products that may open a sentence before their name ("Tháp
# Eiffel", "Xe Toyota Vios"); not "trường" nor "trang", which open given names too.
OPENING_CUES = (THING_CUES | L.PLACE_CUES | L.PRODUCT_CUES) - {"trường", "trang"}
# English words that make a Latin-script run a place, an event or a product, not a person.
NOT_PERSON_WORDS = frozenset("""
valley bay beach island islands city square street road avenue tower bridge center centre
mall hill hills lake river mountain sands resort hotel tour guide award awards prize festival
league liga series edition pro plus ultra mini fold watch phone pad book new san los las santa
mobile online riverside residence residences garden gardens village plaza central kids review
saigon hanoi vietnam danang lines rovers united rangers wanderers athletic albion hotspur
""".split())


def _thing_before(syls: list[Syl], i: int) -> bool:
    """Does a thing's or a product's noun end just before syllable i (and not the end of a
    person's title, unless the noun is the longer phrase: "nhóm nhạc nữ", not "nữ")?"""
    n = max(phrase_before(syls, i, THING_CUES, 3), phrase_before(syls, i, L.PRODUCT_CUES, 3))
    return n > 0 and (not title_before(syls, i) or n > phrase_before(syls, i, TITLES, TITLE_MAX))


def _surname_pho(syls: list[Syl], a: int, b: int) -> bool:
    """"Dịch giả Phó Hồng Yên": after a title, "Phó" opening a full name of plain given names is
    the family name, not "deputy"."""
    rest = range(a + 1, b)
    return syls[a].key == "phó" and b - a == FULL_NAME_SYLLABLES and title_before(syls, a) \
        and not any(syls[q].key in TITLE_OPENERS or phrase_at(syls, q, TITLES, TITLE_MAX)
                    or phrase_at(syls, q, L.ORG_HEADS, 2) for q in rest)


def _not_a_person(sent: Sentence, a0: int, a: int, b: int) -> bool:
    """Names of things, gods and film characters: a character's name is remembered so that its
    later mentions are not taken for a person either."""
    syls = sent.syls
    if phrase_at(syls, a, OPENING_CUES, 3) and syls[a].key not in L.SURNAMES:
        return True  # "Phim Mai", "Tháp Eiffel": the noun opens the sentence
    if syls[a].key in TITLE_OPENERS and not _surname_pho(syls, a, b):
        return True  # "Phó Tổng Tham mưu trưởng": a title written with capitals
    if syls[a].key in NOT_NAME_OPENERS:
        return True  # "Người Việt chăm chỉ", "xã Ea Kly": a common noun, a highland place
    run = syls[a:b]
    if any(foreign_word(x) for x in run) and any(x.text.lower() in NOT_PERSON_WORDS for x in run):
        return True  # "Silicon Valley", "New Delhi", "Eras Tour"
    if any(_thing_before(syls, q) for q in {a0, a}) or phrase_at(syls, a, DEITY_OPENERS, 2):
        return True
    return any(phrase_before(syls, q, CHARACTER_CUES, 3) for q in {a0, a})


# Words that never open a person's name: "Người" (a person, people), "Tiếng" (a language) and
# the syllables that open Central Highlands place names ("Ea Kly", "Krông Pắc", "Buôn Đôn",
# "Ia Grai", "Đắk Mil").
NOT_NAME_OPENERS = frozenset(entity_key(w) for w in "người tiếng ea krông buôn ia đắk đăk".split())


CHARACTER_MARK = "character:"  # a suppressed form that is a film character's name
# Titles of kings and their courts that a role carries in a period play ("vai Thái hậu Dương Vân Nga").
ROYAL_TITLES = frozenset(entity_key(w) for w in """
vua, hoàng đế, thái hậu, hoàng hậu, hoàng thái hậu, công chúa, hoàng tử, thái tử, quận chúa, chúa,
phu nhân, tiểu thư, cậu, mợ, lão, thím, dì, dượng
""".replace("\n", " ").split(",") if w.strip())


def _role_title(syls: list[Syl], i: int) -> int:
    """Length of an honorific or a court title between a role's cue and its name ("vai ông Tư",
    "vai Thái hậu Dương Vân Nga"), or 0."""
    n = max(phrase_at(syls, i, SHORT_HONORIFICS, 1), phrase_at(syls, i, ROYAL_TITLES, 3))
    return n if i + n < len(syls) and syls[i + n].cap else 0


def character_stage(sent: Sentence) -> None:
    """"vào vai Hoa", "hóa thân thành Bảy Dũng": a role's name is remembered for the whole text,
    so that the character is never taken for a person ("Hoa và Bảy Dũng có nhiều cảnh quay")."""
    syls = sent.syls
    for i in range(1, len(syls)):
        if not phrase_before(syls, i, CHARACTER_CUES, 3):
            continue
        a = i + _role_title(syls, i)
        if not syls[a].cap:
            continue
        b = _name_end(syls, a, min(len(syls), a + NAME_MAX))
        if b > a:
            sent.suppressed.add(CHARACTER_MARK + entity_key(sent.text[syls[a].start:syls[b - 1].end]))
    _plot_characters(sent)


# A work that tells its plot ("Phim kể về gia đình ông Tư Rô", "Sách xoay quanh cô Mai"): the
# people it names after the plot's verb are its characters.
WORK_NOUNS = frozenset(entity_key(w) for w in ("phim", "bộ phim", "sách", "cuốn sách", "tiểu thuyết",
                                                "truyện", "vở", "vở kịch", "tác phẩm", "cuốn tiểu thuyết"))
PLOT_VERBS = frozenset(entity_key(w) for w in ("kể về", "xoay quanh", "kể câu chuyện về"))
WORK_SUBJECT_GAP = 4  # words between the work's noun and the plot's verb ("Phim mới của anh kể về")


def _work_before(syls: list[Syl], q: int) -> bool:
    """Does a work's noun end a few words before syllable q ("Bộ phim tài liệu kể về")?"""
    return any(phrase_before(syls, k, WORK_NOUNS, 3) for k in range(max(1, q - WORK_SUBJECT_GAP), q + 1))


def _plot_characters(sent: Sentence) -> None:
    """"Sách kể về ba thế hệ của gia đình ông Lưu Văn Cừ": a name in a work's plot, bare or after
    an honorific (not after a title of office: a real general the film is about), is a character."""
    syls = sent.syls
    p = next((q for q in range(1, len(syls)) if phrase_at(syls, q, PLOT_VERBS, 4) and _work_before(syls, q)),
             None)
    if p is None:
        return
    for i in range(p + 1, len(syls)):
        office = title_before(syls, i) and syls[i - 1].key not in SHORT_HONORIFICS  # "Đại tướng X"
        if not syls[i].cap or syls[i - 1].cap or office:
            continue
        b = _name_end(syls, i, min(len(syls), i + NAME_MAX))
        if b - i > 1:
            sent.suppressed.add(CHARACTER_MARK + key_of(syls[i:b]))


# Titles of players and performers, who often go by one foreign word that is their whole name
# ("rapper Kaiz", "tiền đạo Rafaelson"), unlike "ông Smith", the short form of a full name.
PERFORMER_TITLES = frozenset(entity_key(w) for w in """
rapper, dj, ca sĩ, nam ca sĩ, nữ ca sĩ, tiền đạo, tiền vệ, hậu vệ, trung vệ, thủ môn, thủ thành,
ngoại binh, cầu thủ, tay vợt, kỳ thủ, võ sĩ, xạ thủ, tuyển thủ, game thủ, vđv, vận động viên,
""".replace("\n", " ").split(",") if w.strip())


# One-syllable countries that are also common given names ("Thùy Anh", "Minh Đức", "Diễm Mỹ").
GIVEN_NAME_COUNTRIES = frozenset(entity_key(w) for w in "anh mỹ đức nga úc".split())


def add_person(sent: Sentence, a: int, b: int, *, titled: bool, tagged: bool) -> None:
    """The person in syllables a..b-1, once titles, places and organization words are cut."""
    from .organizations import is_head  # the two grammars refer to each other

    syls = sent.syls
    if any(x.key in L.EVENT_WORDS for x in syls[a:b]):
        return  # "Asian Cup"
    a0 = a
    a, more_titled = _strip_titles(syls, a, b)
    if a > a0 and phrase_before(syls, a0, L.PLACE_CUES, 3):
        return  # "sân bay Tân Sơn Nhất": a place's name, not "Tân" (new) + a name
    titled = titled or more_titled
    b = _name_end(syls, a, b)
    if b == a:
        return
    a = _drop_leading_places(syls, a, b)
    # "Bộ trưởng Ngoại giao Bùi Thanh Sơn": the name starts at the surname
    if (not tagged or is_head(syls, a)) and not person_run_at(syls, a):
        a = next((q for q in range(a + 1, b - 1) if person_run_at(syls, q)), a)
    a = _family_opener(syls, a)
    run = syls[a:b]
    named_after = titled and len(run) >= 3 and run[0].key in L.SURNAMES  # "Chủ tịch Hồ Chí Minh"
    # "diễn viên Hạ Vy Anh": a country that is also a given name, closing a longer run, is the name's
    given = len(run) > 1 and run[-1].key in GIVEN_NAME_COUNTRIES
    if not named_after and any(key_of(run[q:]) in L.PLACES for q in range(len(run) - given)):
        return
    if is_head(syls, a) or phrase_at(syls, a, L.NON_ORG_HEADS, 4) or len(run) > LONGEST_NAME:
        return
    if not titled and (after_place_cue(syls, a) or _street_number_before(syls, a)):
        return  # "quận Cầu Giấy", "đường Kim Mã, Lê Văn Lương", "ngõ 12 Trần Phú"
    if _not_a_person(sent, a0, a, b):
        return
    if titled:
        sent.suppressed.add(PERSON_MARK + key_of(run))  # a place's name only where no title names it
    if a > a0 or title_before(syls, a0):
        sent.suppressed.add(TITLED_MARK + key_of(run))  # the title right before the name
    if len(run) > 1:
        sent.add("PER", a, b, "per-crf" if tagged else "per-rule")
    elif titled:
        solo = foreign_word(run[0]) and bool(phrase_before(syls, a, PERFORMER_TITLES, 3))
        sent.add("PER", a, b, "per-solo" if solo else "per-short", short=True)


# Words that open a Jrai family name of two words ("Rơ Mah", "Rơ Chăm", "Rah Lan"), which neither
# the tagger nor the surname list takes for the start of a name.
FAMILY_OPENERS = frozenset({"rơ", "rah"})


def _family_opener(syls: list[Syl], a: int) -> int:
    """"bà Rơ Mah H'Lim": the name starts at the opener of its family name, not after it."""
    return a - 1 if a > 0 and syls[a - 1].cap and syls[a - 1].key in FAMILY_OPENERS else a


def tagged_people_stage(sent: Sentence) -> None:
    """The tagger's B-PER/I-PER spans."""
    syls = sent.syls
    i = 0
    while i < len(syls):
        s = syls[i]
        if not (s.ner.endswith("PER") and s.ner.startswith("B")):
            i += 1
            continue
        j = i + 1
        while j < len(syls) and (syls[j].ner == "I-PER" or syls[j].unit == s.unit):
            j += 1
        titled = title_before(syls, i)
        add_person(sent, i, j, titled=titled, tagged=True)
        i = j


def titled_people_stage(sent: Sentence) -> None:
    """A title, then a capitalised run: "ông Hùng", "Đại sứ Lê Thị Tuyết Mai"."""
    syls = sent.syls
    for i in range(len(syls)):
        t = title_at(syls, i)
        if not t or i + t >= len(syls):
            continue
        if key_of(syls[i : i + t]) in SHORT_HONORIFICS and syls[i].cap and i != sent.first_word:
            continue
        if syls[i].cap and phrase_before(syls, i, L.PLACE_CUES, 3):
            continue  # "sân bay Tân Sơn Nhất": a place's name, not "Tân" (new) + a name
        if syls[i + t].cap:
            b = cap_run_end(syls, i + t)
            add_person(sent, i + t, b, titled=True, tagged=False)
            _coordinated(sent, b)


def _coordinated(sent: Sentence, b: int) -> None:
    """"hai diễn viên Juliette Binoche và Benoît Magimel": the title covers the second name too."""
    syls = sent.syls
    if b + 1 >= len(syls) or syls[b].key != "và":
        return
    e = b + 1
    while e < len(syls) and syls[e].cap and not syls[e].acronym and syls[e].word:
        e += 1
    if name_run_ok(syls[b + 1:e]):
        add_person(sent, b + 1, e, titled=True, tagged=False)


# Street nouns: a name right after one is the street's, even at the end of a title's phrase
# (a title's body may end in "tỉnh" or "xã" before its holder's name: "Chủ tịch HĐND tỉnh Lại Thế Nguyên").
STREET_CUES = frozenset(entity_key(w) for w in ("đường", "phố", "ngõ", "hẻm", "ngách", "đại lộ"))


def title_closing_stage(sent: Sentence) -> None:
    """A title whose holder's name comes after an organization and a place."""
    for i in range(len(sent.syls)):
        t = title_at(sent.syls, i)
        if t and not _place_titled(sent.syls, i):
            found = name_closing_title(sent.syls, i + t)
            if found and not phrase_before(sent.syls, found[0], STREET_CUES, 2) \
                    and not _address_before(sent.syls, found[0]) \
                    and not _title_to_place(sent.syls, found[0]):
                add_person(sent, found[0], found[1], titled=True, tagged=False)


def _title_to_place(syls: list[Syl], a: int) -> bool:
    """"Anh sinh năm 1986 ở Cao Lãnh": a title's phrase that reaches a name right after "ở" or
    "tại" reaches a place, unless a known place opens the run and the name follows it ("Đại sứ
    Hàn Quốc tại Việt Nam Choi Young-sam")."""
    return syls[a - 1].key in LOCATIVE_PLACE and not phrase_at(syls, a, L.PLACES, 4)


def _place_titled(syls: list[Syl], i: int) -> bool:
    """"chùa Bà Đanh", "đình Ông Sáu": a capitalised title after a place word opens the place's
    name, and closes on no person's name."""
    return syls[i].cap and bool(phrase_before(syls, i, L.PLACE_CUES, 3))


def after_place_cue(syls: list[Syl], a: int) -> bool:
    """Is syllable a inside a list of names that a place word opens ("đường Kim Mã, Lê Văn
    Lương và Duy Tân")?"""
    m = a
    while m > 0 and (syls[m - 1].cap or syls[m - 1].text == "," or syls[m - 1].key == "và"):
        m -= 1
    return bool(phrase_before(syls, m, L.PLACE_CUES, 3)) or _thing_before(syls, m) or _examples_of(syls, m)


EXAMPLE_GAP = 2  # "sân bay địa phương như": words between a place's or a thing's noun and "như"


def _examples_of(syls: list[Syl], m: int) -> bool:
    """"một số sân bay địa phương như Phù Cát, Chu Lai", "các dự án như …": names given as
    examples of a place's or a thing's noun are places or things too."""
    if m < 2 or syls[m - 1].key != "như":
        return False
    return any(phrase_before(syls, q, L.PLACE_CUES, 3) or _thing_before(syls, q)
               for q in range(m - 1, max(0, m - 1 - EXAMPLE_GAP) - 1, -1)
               if all(not x.cap and x.word for x in syls[q:m - 1]))


def surname_stage(sent: Sentence) -> None:
    """A surname-led run of 2–4 capitalised syllables, not after a place cue ("đường")."""
    syls = sent.syls
    for i in range(len(syls)):
        n = person_run_at(syls, i)
        if not n or (i > 0 and syls[i - 1].cap and not syls[i - 1].punct):
            continue
        if after_place_cue(syls, i) or _street_number_before(syls, i) or _tagged_place(syls, i, i + n):
            continue
        sent.add("PER", i, i + n, "per-rule")


def _street_number_before(syls: list[Syl], i: int) -> bool:
    """"số 20 Lý Thường Kiệt", "ngõ 12 Trần Phú": a house or lane number before a street's name."""
    return i > 0 and syls[i - 1].text.replace("/", "").replace("-", "").isdigit()


# Prepositions of place and motion: "tại Lê Chân", "về Lý Sơn".
LOCATIVES = frozenset("ở tại đến tới về ra vào khỏi".split())  # not "từ", "qua": also "from" a person


def _tagged_place(syls: list[Syl], a: int, b: int) -> bool:
    """A surname-led run without a title that the tagger reads as a place, after a preposition of
    place or before ", <province>", is a district or an island named like a person ("về Lý
    Sơn", "ở Trần Văn Thời, Cà Mau")."""
    if not all(x.ner.endswith("LOC") for x in syls[a:b]):
        return False
    after = b + 1 < len(syls) and syls[b].text == "," and bool(phrase_at(syls, b + 1, L.PLACES, 4))
    return after or (a > 0 and syls[a - 1].key in LOCATIVES)


# A foreign person's name in its own order has at most this many words ("Kylian Mbappé").
FOREIGN_NAME_MAX = 3


def _title_case(syl: Syl) -> bool:
    t = syl.text.replace("-", "").replace("'", "")
    return t.isalpha() and t[:1].isupper() and t[1:].islower()


COUNTRY_WORDS_MAX = 4  # "(Ả Rập Xê Út)": a country in brackets has at most this many words


def _country_follows(syls: list[Syl], e: int) -> bool:
    """"Anders Kjærsgaard (Đan Mạch)": a country in brackets right after the run, as results
    lists write a player's nationality."""
    if e + 2 >= len(syls) or syls[e].text != "(":
        return False
    n = phrase_at(syls, e + 1, L.PLACES, COUNTRY_WORDS_MAX)
    return bool(n) and e + 1 + n < len(syls) and syls[e + 1 + n].text == ")"


def foreign_name_stage(sent: Sentence) -> None:
    """"Jonathan David ghi bàn", "Anders Kjærsgaard (Đan Mạch)": two or three title-case words
    none of which can be a Vietnamese syllable, alone before a Vietnamese verb or a country in
    brackets, are a foreign person's name (an organization found over the same words wins later)."""
    syls = sent.syls
    i = 0
    while i < len(syls):
        e = i
        while e < len(syls) and syls[e].cap and syls[e].word and not syls[e].acronym:
            e += 1
        run = syls[i:e]
        if 2 <= len(run) <= FOREIGN_NAME_MAX and all(foreign_word(x) and _title_case(x) for x in run) \
                and not any(x.text.lower() in L.ENGLISH_ORG_WORDS or x.key in L.EVENT_WORDS
                            or x.key in L.NOT_BRANDS for x in run) \
                and not any(phrase_at(syls, q, L.PLACES, 4) for q in range(i, e)) \
                and (_country_follows(syls, e) or (e < len(syls) and syls[e].word and not syls[e].cap
                                                   and syls[e].pos.startswith("V"))) \
                and not any(c.start <= run[0].start < c.end for c in sent.cands):
            # "hạt giống số 2 Kanokwan Suwannarat (Thái Lan)": with its country, no street's number;
            # "tổ chức Quacquarelli Symonds (Anh)": a body's noun before it makes it the body
            country = _country_follows(syls, e)
            cued = phrase_before(syls, i, L.BRAND_CUES, 3) or phrase_before(syls, i, L.ORG_HEADS, 3)
            if not (country and cued):
                add_person(sent, i, e, titled=country, tagged=False)
        i = max(e, i + 1)
    _native_of(sent)


def _native_of(sent: Sentence) -> None:
    """"GM người Uzbekistan Timur Saidov", "đi rừng người Hàn Quốc Park Min-jun": after "người"
    and a country, the capitalised run that follows is the native's name."""
    syls = sent.syls
    for i in range(1, len(syls)):
        native = syls[i - 1].key == "người" and syls[i].cap
        n = phrase_at(syls, i, L.PLACES, COUNTRY_WORDS_MAX) if native else 0
        if not n or i + n >= len(syls) or not syls[i + n].cap:
            continue
        e = cap_run_end(syls, i + n)
        if NAME_MIN <= e - (i + n) <= NAME_MAX and name_run_ok(syls[i + n:e]):
            add_person(sent, i + n, e, titled=False, tagged=False)


def _age_follows(syls: list[Syl], e: int) -> bool:
    """"Wang Jun (31 tuổi)", "Lê Văn A, 45 tuổi,": an age right after a name."""
    nxt = [x.key for x in syls[e:e + 3]]
    return len(nxt) == 3 and nxt[0] in ("(", ",") and nxt[1].isdigit() and nxt[2] == "tuổi"


def cue_stage(sent: Sentence) -> None:
    """Names known by what surrounds them: an age after them, "tên" before them."""
    syls = sent.syls
    i = 0
    while i < len(syls):
        e = i
        while e < len(syls) and syls[e].cap and not syls[e].acronym and syls[e].word:
            e += 1
        if e == i:
            i += 1
            continue
        run = syls[i:e]
        named = i > 0 and syls[i - 1].key == "tên" and len(run) <= NAME_MAX
        if named or (_age_follows(syls, e) and len(run) <= LONGEST_NAME):
            add_person(sent, i, e, titled=named, tagged=False)
        i = e


# Words that join the names of one list ("Tiến Linh, Hoàng Đức và Quang Hải").
LIST_JOINERS = frozenset({",", "và", "cùng"})
LISTED_NAME_MAX = 3  # a listed given name ("Thành Chung") or foreign name has at most this many words


def _listed_run(syls: list[Syl], i: int) -> int:
    """End of the capitalised run at i (no acronyms, no punctuation), or i."""
    j = i
    while j < len(syls) and syls[j].cap and syls[j].word and not syls[j].acronym:
        j += 1
    return j


def _person_shaped(syls: list[Syl], i: int, j: int) -> bool:
    """Could syllables i..j-1 be a person's name in a list: two or three Vietnamese syllables
    ("Đình Triệu") or one to three foreign words ("Gvardiol", "De Bruyne"), and not a place, a
    body, a title, an event or a street of a list opened by a place word?"""
    run = syls[i:j]
    n = len(run)
    if not 1 <= n <= LISTED_NAME_MAX or any(x.key in L.EVENT_WORDS for x in run):
        return False
    if not all(_title_case(x) for x in run):
        return False
    foreign = any(foreign_word(x) for x in run)
    if not foreign and n < NAME_MIN:
        return False
    # a place of two syllables or more inside it; a one-syllable country ending a given name
    # ("Hoàng Đức", "Thu Hà") does not make it a place
    if key_of(run) in L.PLACES or any(phrase_at(syls, i + q, L.PLACES, min(4, n - q)) >= 2 for q in range(n)):
        return False
    if phrase_at(syls, i, L.ORG_HEADS, 4) or phrase_at(syls, i, L.PERSON_TITLES, TITLE_MAX) \
            or phrase_at(syls, i, L.NON_ORG_HEADS, 4) or syls[i].key in TITLE_OPENERS:
        return False
    return not any(x.text.lower() in L.ENGLISH_ORG_WORDS or x.key in L.NOT_BRANDS for x in run) \
        and not after_place_cue(syls, i) and not _tagged_place(syls, i, j)


# Nouns that make a list after them one of brands or labels ("nhãn Gucci, Louis Vuitton").
LABEL_CUES = frozenset(entity_key(w) for w in
                       ("nhãn", "nhãn hàng", "nhãn hiệu", "thương hiệu", "mẫu", "dòng"))


def _opening_word(sent: Sentence, i: int) -> bool:
    """Is syllable i a capitalised common word opening the sentence ("Ngoài Khánh Linh, …",
    "besides"), a token of its own that the tagger does not read as a proper noun?"""
    syls = sent.syls
    return i == sent.first_word and i + 1 < len(syls) and syls[i].unit != syls[i + 1].unit \
        and syls[i].pos not in ("Np", "")


def _name_lists(sent: Sentence) -> list[list[tuple[int, int]]]:
    """Runs of capitalised names joined by commas and "và" ("A, B và C"), as (start, end) lists."""
    syls = sent.syls
    lists: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    i = 0
    while i < len(syls):
        if _opening_word(sent, i):
            i += 1
            continue
        j = _listed_run(syls, i)
        if j == i:
            if cur and not (syls[i].key in LIST_JOINERS and cur[-1][1] == i):
                lists.append(cur)
                cur = []
            i += 1
            continue
        joined = cur and cur[-1][1] + 1 == i and syls[i - 1].key in LIST_JOINERS
        if cur and not joined:
            lists.append(cur)
            cur = []
        cur.append((i, j))
        i = j
    if cur:
        lists.append(cur)
    return [x for x in lists if len(x) > 1]


def listed_people_stage(sent: Sentence) -> None:
    """"thủ môn Văn Lâm, Đình Triệu", "Gvardiol, Rodri và Foden": names listed with a person
    found by another rule are people too, when none of the list is a body or a place."""
    syls = sent.syls
    for items in _name_lists(sent):
        before = items[0][0]
        if phrase_before(syls, before, L.BRAND_CUES, 3) or _thing_before(syls, before) \
                or phrase_before(syls, before, LABEL_CUES, 2):
            continue
        spans = [(syls[a].start, syls[b - 1].end) for a, b in items]
        listed = set(spans)
        kinds = {c.kind for c in sent.cands for s, e in spans if c.start < e and s < c.end}
        opener = phrase_before(syls, before, L.PERSON_TITLES, TITLE_MAX)
        if opener and key_of(syls[before - opener:before]) in SHORT_HONORIFICS:
            continue  # "ông Đinh Tiến Dũng, Minh Long và …": one person, then maybe firms
        seeded = bool(opener) or any(
            c.kind == "PER" and not c.short and (c.start, c.end) in listed for c in sent.cands)
        if not seeded or "ORG" in kinds:
            continue
        if not all(_person_shaped(syls, a, b) for a, b in items):
            continue
        for (a, b), (s, e) in zip(items, spans, strict=True):
            if not any(c.start < e and s < c.end for c in sent.cands):
                sent.add("PER", a, b, "per-solo" if b - a == 1 else "per-rule", short=b - a == 1)


PLACE_MARK = "place:"  # a suppressed form the text uses for a place's name
PERSON_MARK = "person:"  # a form a title or an honorific names as a person somewhere in the text
TITLED_MARK = "titled:"  # a form right after a title or an honorific somewhere in the text
# Place words the shared list lacks ("khu vực Hồ Gươm", "luồng Lạch Huyện", "cụm cảng Cái Mép").
MORE_PLACE_CUES = frozenset(entity_key(w) for w in ("khu vực", "vùng", "luồng", "cụm cảng", "các phố",
                                                   "tuyến phố", "tuyến đường"))
# Place words of the shared list that also close common compounds ("văn bản", "con số") or open
# bodies, prizes and memorials named after a person, who stays a person where named alone
# ("Đại học Tôn Đức Thắng" … "Tôn Đức Thắng là chủ tịch nước").
LOOSE_PLACE_CUES = frozenset(entity_key(w) for w in """
bản, số, tàu, trường, trang, bệnh viện, đại học, giải, cúp, tư tưởng, di sản, nhà lưu niệm,
bảo tàng, lăng, đền, chùa, nhà thờ
""".replace("\n", " ").split(",") if w.strip())
PLACE_WORDS = (L.PLACE_CUES | MORE_PLACE_CUES) - LOOSE_PLACE_CUES
PLACE_JOINERS = frozenset({",", "và", "-", "–"})  # "phố Kim Mã, Văn Miếu", "Cái Mép - Thị Vải"
PLACE_LIST_MAX = 4  # names a place word opens in one list
PLACE_NAME_MAX = 3  # syllables of a listed place's name ("Cửa Nam", "Cái Mép")
ADDRESS_GAP = 2  # "số 25 Lê Quý Đôn", "ngõ 12 Trần Phú": the number between the word and the street
ADDRESS_OPENERS = frozenset({"tại", "ở", "(", "nhà", "chỉ"})  # "tại số 25", "(số 25", "địa chỉ số 25"
# "Bắc Âu", "Đông Nam Á", "Trung Đông": a region named by a compass point, never a person.
REGIONS = frozenset(f"{p} {c}" for p in ("bắc", "nam", "đông", "tây", "trung", "đông nam", "tây nam",
                                         "đông bắc", "tây bắc") for c in ("âu", "á", "mỹ", "phi", "đông"))
LOCATIVE_PLACE = frozenset({"ở", "tại"})  # "sinh ra ở Cao Lãnh": a two-word name after them is a place
LOCATIVE_PLACE_LEN = 2


def _address_before(syls: list[Syl], i: int) -> bool:
    """"tại số 25 Lê Quý Đôn", "ngõ 12 Trần Phú": a house or lane number after its word (not
    "quận 1", nor a seed's or a shirt's number: "hạt giống số 3 Kevin …")."""
    if i < 2 or not syls[i - 1].text.replace("/", "").isdigit():
        return False
    if phrase_before(syls, i - 1, STREET_CUES, ADDRESS_GAP):
        return True
    return syls[i - 2].key == "số" and i >= 3 and syls[i - 3].key in ADDRESS_OPENERS


def _place_opened(syls: list[Syl], i: int) -> bool:
    """Does a place word, an address number or "ở/tại" (before a two-word name) open the run at i?"""
    if phrase_before(syls, i, PLACE_WORDS, 3):
        return True
    if _address_before(syls, i):
        return True
    return i > 0 and syls[i - 1].key in LOCATIVE_PLACE and cap_run_end(syls, i) - i == LOCATIVE_PLACE_LEN


def place_names_stage(sent: Sentence) -> None:
    """"cảng Lạch Huyện", "các phố Kim Mã, Văn Miếu", "số 25 Lê Quý Đôn", "Bắc Âu": a run a place
    word opens is a place in the whole text, so its mentions without a title are no person
    either ("Cảng Lạch Huyện đón tàu …", "đoạn Kim Mã - Cát Linh")."""
    syls = sent.syls
    for i in range(len(syls)):
        if not syls[i].cap or (i > 0 and syls[i - 1].cap and not syls[i - 1].punct):
            continue
        b = cap_run_end(syls, i)
        if key_of(syls[i:b]) in REGIONS:
            sent.suppressed.add(PLACE_MARK + key_of(syls[i:b]))
        if not _place_opened(syls, i):
            continue
        for _ in range(PLACE_LIST_MAX):
            if b - i > PLACE_NAME_MAX or b == i:
                break
            sent.suppressed.add(PLACE_MARK + key_of(syls[i:b]))
            if b + 1 >= len(syls) or syls[b].text not in PLACE_JOINERS or not syls[b + 1].cap:
                break
            i, b = b + 1, cap_run_end(syls, b + 1)
