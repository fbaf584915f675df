"""Organization candidates: the grammar of head nouns and their complements, "Name (ACRONYM)",
English names, stand-alone acronyms and gazetteer hits."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as L
from .complements import complement_end
from .people import FULL_NAME_SYLLABLES, abbreviated_title, name_run_ok, person_run_at
from .records import Candidate, Sentence, Syl
from .syllables import ROMAN, VIET_MARKS, foreign_word, key_of, phrase_at, phrase_before

# A bracket closes at most this many syllables after it opens ("(UN Women)").
BRACKET_MAX = 8
# Longest name inside brackets that may be an alias.
BRACKET_NAME_MAX = 5
# How far back from "(" the head noun of the bracketed name may be.
BRACKET_SCAN_BACK = 25
# Lower-case nouns a sentence-case name may run on with ("Trung tâm Dự báo khí tượng thủy văn").
LOWER_RUN_MAX = 6
# … of which at most this many may end it without a closing place or "quốc gia".
LOWER_TAIL_MAX = 4
# A glued token longer than this many syllables is cut at the longest dictionary word.
GLUED_TOKEN_MAX = 2
# A remit after "về"/"vì" has at most this many syllables.
COMPLEMENT_MAX = 12
# The kind of crime after "tội phạm về" has at most this many syllables ("trật tự xã hội").
REMIT_MAX = 5
# Parts of speech of lower-case words that may continue a sentence-case name.
NAME_WORD_POS = ("N", "V", "A")
# Stand-alone acronyms shorter than this are too ambiguous ("VN", "TV").
ACRONYM_MIN_CHARS = 3
ACRONYM_MAX_CHARS = 12  # "AAAA…" of a hundred letters is noise, not a name
HEAD_MAX = 4
ANCHOR_HEAD_MAX = 3
# A product cue reaches this many syllables back over a list of names ("nhãn hiệu Nike, Adidas").
PRODUCT_LIST_MAX = 12
# A model code after a make has at least this many characters ("787", "A350"; a score "2" has not).
MODEL_CODE_MIN = 3


def is_head(syls: list[Syl], i: int, anchor_ok: bool = False) -> int:
    """Length of an organization head noun at i (capitalised, not a title), or 0."""
    s = syls[i]
    if s.text in L.ACRONYM_HEADS:
        return 1
    if not s.cap or s.acronym:
        return 0
    n = phrase_at(syls, i, L.ORG_HEADS, HEAD_MAX)
    if anchor_ok:
        n = max(n, phrase_at(syls, i, L.ANCHOR_ONLY_HEADS, ANCHOR_HEAD_MAX))
    if not n:
        return 0
    head = key_of(syls[i : i + n])
    nxt = syls[i + n] if i + n < len(syls) else None
    if nxt is not None and not nxt.punct:
        if not anchor_ok and nxt.key in L.HEAD_BLOCKERS.get(head, ()):
            return 0
        # "Bộ trưởng", "Hội đồng quản trị": the head plus its next word is a title
        if phrase_at(syls, i, L.PERSON_TITLES, HEAD_MAX) > n:
            return 0
    return n


NAME_RUN_MAX = 4  # a person's name has at most this many syllables
TRADE_WORDS_MAX = 3  # lower-case words of a line of trade between its first word and the name


# Lower-case nouns of venues a body runs, named after them ("Ban Quản lý chợ Cao Lãnh").
VENUE_NOUNS = L._entries("chợ, cảng, bến xe, bến cảng, sân bay, ga, khu, khu du lịch, khu di tích")


def _title_holder_after(syls: list[Syl], i: int) -> bool:
    """May a person's name close the body whose head is at i ("Giám đốc Công ty X Nguyễn Văn A")?
    Only when a title stands right before the head, and no person was named before that title
    ("Ông Phan Văn A, Tổng giám đốc Công ty CP Năng lượng Phan Rang Xanh,": the run is the
    company's own name)."""
    t = i - phrase_before(syls, i, L.PERSON_TITLES, HEAD_MAX)
    if t == i:
        return False
    named_before = t >= 2 and syls[t - 1].text == "," and any(
        person_run_at(syls, a) == t - 1 - a for a in range(max(0, t - 1 - NAME_RUN_MAX), t - 1))
    return not named_before


def _title_at(syls: list[Syl], k: int) -> bool:
    """Does a person's title start at k ("Giám đốc Sở Xây dựng và Phó Giám đốc Sở Y tế")? Then
    "và" before it joins two appointments, not two words of one name."""
    return bool(phrase_at(syls, k, L.PERSON_TITLES, HEAD_MAX))


def _bridge_to_place(syls: list[Syl], k: int) -> int:
    """Index of a capitalised place reached over a few lower-case words that belong to the
    name ("Doanh nghiệp nhỏ và vừa Việt Nam", "Vệ sinh dịch tễ Trung ương"), or 0."""
    if syls[k].key in ("và", "hoặc"):
        return 0  # "Chính phủ Canada và Hàn Quốc": two names, not one
    if any(phrase_at(syls, q, L.PLACES, 4) == k - q for q in range(max(0, k - 4), k)):
        return 0  # "CLB Công an Hà Nội đánh bại Hải Phòng": a place already closed the name
    m = k
    while m < len(syls) and m - k <= L.BRIDGE_MAX and syls[m].word and not syls[m].cap:
        if phrase_at(syls, m, L.BRIDGE_STOPS, 2) or syls[m].pos.startswith("V"):
            return 0
        m += 1
    if m == k or m - k > L.BRIDGE_MAX or m >= len(syls) or not syls[m].cap:
        return 0
    if phrase_at(syls, m, L.PLACES, 4) or key_of(syls[m:m + 2]) == "trung ương":
        return m
    return 0


@dataclass
class _HeadScan:
    """The forward scan from a head noun over its complement; `good` is the name's end so far."""

    syls: list[Syl]
    j: int  # first syllable after the head
    head_len: int
    k: int = 0
    good: int = 0
    spec_noun: bool = False  # last piece was a capitalised common noun ("Dự báo"), not a place
    lower_run: int = 0
    spec_pos: str = ""  # part of speech of the last capitalised piece
    cut_at: int = -1  # where a glued word was cut at a dictionary word
    remit: bool = False  # the name so far ends in a lower-case remit ("… tội phạm về ma túy")
    own_name: bool = False  # a business's own name closed the name ("Công ty Vận tải Hoàng Long")

    def run(self) -> int:
        self.k = self.good = self.j
        syls = self.syls
        if self._head_key() in L.SPECIALTY_HEADS:
            self._specialties()
        if self.k == self.j and self._head_key() in L.COMMA_REMIT_HEADS:
            self.k = self.good = self.j + comma_remit_at(syls, self.j)
        while self.k < len(syls):
            s = syls[self.k]
            if s.punct:
                step = self._punct()
            elif s.acronym:
                step = self._acronym(s)
            elif s.cap:
                step = self._capital(s)
            else:
                step = self._lower(s)
            if not step:
                break
        return self.good

    def _specialties(self) -> None:
        """"Khoa Hồi sức tích cực và Chống độc": medical specialties right after the head, joined
        by "và" or "-", whatever their case and tags."""
        syls, k = self.syls, self.j
        while k < len(syls):
            m = phrase_at(syls, k, L.SPECIALTIES, 4)
            if not m or not (syls[k].cap or k > self.j or syls[k - 1].cap):
                break
            k += m
            self.k = self.good = k
            if k + 1 < len(syls) and (syls[k].key == "và" or syls[k].text in "-–") \
                    and phrase_at(syls, k + 1, L.SPECIALTIES, 4):
                k += 1
            elif not (k < len(syls) and syls[k].word and not syls[k].cap):
                break  # "Ngoại khoa tổng hợp": a lower-case specialty may follow directly
        if self.good > self.j:
            self.spec_noun, self.lower_run = False, 0

    def _punct(self) -> bool:
        s, syls, k = self.syls[self.k], self.syls, self.k
        m = self._listed_fields(k)
        if m:
            self.k = self.good = m  # "Cục Phát thanh, truyền hình và thông tin điện tử"
            return False
        if s.text == "," and self._verbs_joined(k):
            self.k += 1  # "Cục Quản lý, giám sát bảo hiểm": two verbs of one name
            self.spec_noun, self.spec_pos, self.lower_run = True, "V", 0
            return True
        if s.text in "-–&" and k + 1 < len(syls) and syls[k + 1].cap and self.good > self.j \
                and self.good == k and syls[k + 1].key not in _DATELINE_WORDS:  # "Báo X - Ngày 30/11"
            self.k += 1
            return True
        return False

    def _listed_fields(self, k: int) -> int:
        """End of "<Field>, <field> và <field>" closed by a mark, when the comma at k follows the
        one sentence-case field right after the head ("Cục Phát thanh, truyền hình và thông tin
        điện tử ("), or 0."""
        syls, j = self.syls, self.j
        if syls[k].text != "," or self.good != k or not 0 < k - j <= 2 or not syls[j].cap \
                or not syls[j].pos.startswith("V") or any(x.cap or not x.word for x in syls[j + 1:k]):
            return 0
        m = _lower_words(syls, k + 1, LISTED_REMIT_ITEM_MAX)
        if m == k + 1 or m >= len(syls) or syls[m].key != "và":
            return 0
        e = _lower_words(syls, m + 1, LISTED_REMIT_ITEM_MAX + 1)
        return e if e > m + 1 and (e >= len(syls) or syls[e].punct) else 0

    def _verbs_joined(self, k: int) -> bool:
        """Is the comma at k inside the name, between two activities ("Cục Quản lý Khám, chữa
        bệnh", "Cơ quan Thanh tra, giám sát ngân hàng")?"""
        syls = self.syls
        if not (self.good == k > self.j and k + 2 < len(syls)):
            return False
        nxt, prev = syls[k + 1], syls[k - 1]
        if not (nxt.word and not nxt.cap and nxt.pos.startswith("V")) \
                or phrase_at(syls, k + 1, L.PREDICATE_VERBS, 2) or syls[k + 2].punct:
            return False
        if not _short_tail(syls, k + 1):
            return False  # "Khoa Tâm thần kinh, khuyên gia đình chú ý …": a clause, not a name
        if phrase_before(syls, k, L.PLACES, 4):
            return False  # "Bệnh viện Trung ương Huế, giữ chức …": a place closed the name
        if self.spec_noun and prev.pos.startswith("V"):
            return True
        # a one-syllable sentence-case activity after lower-case words: "… Quản lý Khám, chữa"
        return prev.cap and not prev.acronym and not foreign_word(prev) \
            and k - 2 >= self.j and not syls[k - 2].cap and syls[k - 2].word

    def _acronym(self, s: Syl) -> bool:
        if s.text in L.LEGAL_FORMS or s.text == "TP" or s.text in L.SCHOOL_LEVELS:
            self.k += 1  # "Công ty TNHH …": the name must still come
            return True
        if (s.text in L.ACRONYM_STOP and s.text not in L.PLACE_ACRONYMS) or abbreviated_title(s):
            return False
        syls, k = self.syls, self.k + 1
        if s.text in L.ACTIVITY_ACRONYMS and k + 1 < len(syls) and syls[k].key == "và" \
                and syls[k + 1].text in L.ACTIVITY_ACRONYMS:
            self.k += 2  # "Cảnh sát PCCC và CNCH": two remits joined
        self.k += 1
        self.good = self.k
        return True

    def _capital(self, s: Syl) -> bool:
        syls, k = self.syls, self.k
        run = person_run_at(syls, k)
        if run and self._named_after(k):
            self.k = self.good = k + run  # "Trường THPT Nguyễn Thị Minh Khai"
            return True
        if run and self._business_name(k, run):
            self.k = self.good = k + run  # "Công ty Vận tải Hoàng Long"
            self.own_name = True
            return True
        if run and run < FULL_NAME_SYLLABLES and phrase_before(syls, k, VENUE_NOUNS, 2) \
                and not syls[k - 1].cap:
            self.k = self.good = k + run  # "Ban Quản lý chợ Cao Lãnh": the venue it runs
            return True
        if run and (k > self.j or run >= FULL_NAME_SYLLABLES):
            return False  # "Chủ tịch Quốc hội Trần Thanh Mẫn": the name is the title holder's
        if k > self.j and _foreign_name_after(syls, k) and not phrase_at(syls, k, L.PLACES, 4):
            return False  # "Trường Đại học Việt Nhật Furuta Motoo": the rector's name ("Đắk Lắk" is a place)
        pl = phrase_at(syls, k, L.PLACES, 4)
        if pl and not _word_goes_on(syls, k + pl - 1):  # "Pháp luật" is not France
            return self._place(k, pl)
        tail = k + 1
        while tail < len(syls) and syls[tail].unit == s.unit and not syls[tail].punct \
                and not syls[tail].cap and not foreign_word(s):  # "Rabobank dự" is two words
            tail += 1
        if tail - k > GLUED_TOKEN_MAX:
            tail = _dictionary_word_end(syls, k, tail)
            self.cut_at = tail  # "Bảo hiểm|y tế" glued by the tagger: the rest may go on
        # lower-case words go on only a sentence-case word ("Quản lý thị trường", not "Việt Đức
        # nối"), and not after "… và Đào tạo" or "… Trung ương", which complete a name
        self.spec_noun = tail - k >= 2 and not (k > 0 and syls[k - 1].key == "và") and \
            not phrase_at(syls, k, L.ORG_LOWER_CONTINUATIONS, 4)
        self.k = self.good = tail
        self.lower_run = 0
        self.spec_pos = s.pos
        return True

    def _business_name(self, k: int, run: int) -> bool:
        """A business's own name after its line of trade: shorter than a person's full name and
        closing the clause ("Công ty Vận tải Hoàng Long,"), so not a title holder after it."""
        end = k + run
        closes = end >= len(self.syls) or self.syls[end].punct or not self.syls[end].cap
        return self._head_key() in L.BUSINESS_HEADS and closes \
            and (run < FULL_NAME_SYLLABLES or not _title_holder_after(self.syls, self.j - self.head_len))

    def _trade_before_name(self, k: int) -> int:
        """End of a business's own name that closes the clause after the lower-case words of its
        line of trade from k ("Công ty CP Dịch vụ thanh toán Thịnh An Pay."), or 0: a verb among
        those words is no predicate."""
        syls = self.syls
        fund = self._head_key() in OWN_NAMED_HEADS
        if (self._head_key() not in L.BUSINESS_HEADS and not fund) or self.good != k or k == self.j \
                or not (self.spec_noun or fund) or self.spec_pos[:1] not in ("N", "V" if fund else "N"):
            return 0  # "Công ty CP Đầu tư Nam Long ở …": the name is complete
        m = k
        while m < len(syls) and m - k < TRADE_WORDS_MAX and syls[m].word and not syls[m].cap \
                and syls[m].pos[:1] in ("N", "V", "A") and syls[m].key not in _ADVERBS \
                and not phrase_at(syls, m, L.PERSON_TITLES, 2) \
                and not (fund and phrase_at(syls, m, L.PREDICATE_VERBS, 2)):
            m += 1
        e = m
        while e < len(syls) and e - m < NAME_RUN_MAX and syls[e].cap and syls[e].word \
                and not syls[e].acronym and not is_head(syls, e):
            e += 1
        closed = m > k and e > m and (e >= len(syls) or syls[e].text in ".,;:)"
                                      or (fund and syls[e].key == "và"))
        return e if closed and not phrase_at(syls, m, L.PLACES, 4) else 0

    def _named_after(self, k: int) -> bool:
        """Schools, hospitals, museums are named after people: right after the head or a level."""
        head = key_of(self.syls[self.j - self.head_len:self.j])
        before = [x.text for x in self.syls[max(0, k - 2):k]]
        return head in L.NAMED_AFTER_HEADS and (
            k == self.j or before[-1:] in ([lv] for lv in L.SCHOOL_LEVELS)
            or (len(before) == 2 and before[0] in L.SCHOOL_LEVELS and before[1] == "chuyên"))  # "THPT chuyên"


    def _place(self, k: int, pl: int) -> bool:
        syls = self.syls
        name_end = k + pl
        while name_end < len(syls) and syls[name_end].cap and not syls[name_end].acronym \
                and syls[name_end].word:
            name_end += 1
        self.k = self.good = k + pl
        if name_end - (k + pl) >= 2 and name_run_ok(syls[k + pl:name_end]):
            return False  # "Samsung Việt Nam Choi Joo-ho": the place ends the name
        self.spec_noun = False
        self.lower_run = 0
        return True

    def _lower(self, s: Syl) -> bool:
        syls, k = self.syls, self.k
        if s.text[:1].isdigit():
            return self._number(s)
        if s.key == "chuyên" and k > 0 and syls[k - 1].text in L.SCHOOL_LEVELS:
            self.k += 1  # "Trường THPT chuyên Lê Hồng Phong": a gifted school
            return True
        if k == self.j and self.syls[k - 1].text in L.ACRONYM_HEADS \
                and not phrase_at(syls, k, L.ADMIN_UNITS, 2) \
                and not phrase_at(syls, k, L.ORG_LOWER_CONTINUATIONS, 4):  # "TAND cấp cao tại Hà Nội"
            return False  # "CLB giàu thành tích nhất": an acronym head takes a name or a place
        if s.key == "về" and self.good == k > self.j and key_of(syls[k - 2:k]) in L.REMIT_NOUNS:
            return self._crime_remit(k)
        step = self._trade_or_unit_work(k)
        if step is not None:
            return step
        m = self._to_remit_noun(k)
        if m:
            self.k = self.good = m  # "Phòng Cảnh sát điều tra tội phạm về …"
            return True
        if s.key in ("về", "vì") and self.good == k > self.j and self._head_key() in L.COMPLEMENT_HEADS \
                and k + 1 < len(syls) and (syls[k + 1].cap or "chỉ đạo" in key_of(syls[self.j:k])
                                           or self._lower_remit(k)):
            return self._complement()
        m = _place_after_tai(syls, k) if self.good == k > self.j \
            and self._head_key() not in BRANCHED_HEADS else 0
        if m:
            self.k = self.good = m  # "Văn phòng UNESCO tại Hà Nội"
            return True
        m = phrase_at(syls, k, L.PLACES, 4)
        if m and syls[k + m - 1].cap:
            self.k = self.good = k + m  # "Liên minh châu Âu"
            self.spec_noun = False
            return True
        m = phrase_at(syls, k, L.ORG_LOWER_CONTINUATIONS, 4)
        if m:
            self.k = self.good = k + m
            self.spec_noun = False  # "… Lịch sử quốc gia" is complete
            return True
        m = phrase_at(syls, k, L.ADMIN_UNITS, 2)
        if m and k + m < len(syls) and syls[k + m].cap:
            self.k = k + m
            place = _place_after_level(syls, k + m)
            if place:
                self.k = self.good = place  # "tỉnh Đắk Lắk" even when it reads like a person
                self.spec_noun, self.lower_run = False, 0
            return True
        if m and self._admin_unit_end(k, m):
            return False
        m = self._prevention_remit(k)
        if m:
            self.k = self.good = m
            return self._crime_kind_follows(m)
        m = _bridge_to_place(syls, k)
        if m:
            self.k = m
            return True
        return self._and_lower(s) or self._lower_noun(s) or self._and_capital(s)

    def _passive_verb(self, m: int) -> bool:
        """Is the name the agent of a passive ("do Nhà xuất bản Âm nhạc phát hành năm sau"), with
        no verb after the one that ends before m? Then that verb is the passive's, not the name's."""
        a = self.j - self.head_len
        return a > 0 and self.syls[a - 1].key in _PASSIVE_AGENT_MARKS and m < len(self.syls) \
            and not self.syls[m].pos.startswith("V")

    def _trade_or_unit_work(self, k: int) -> bool | None:
        """A business's own name after its trade, or a unit's activity or remit listed with
        commas, at k: whether the scan goes on after it, or None when none is there."""
        m = self._trade_before_name(k)
        if m:
            self.k = self.good = m
            return False
        m = self._unit_activity(k)
        if m:
            self.k = self.good = k + m  # "Cơ quan Cảnh sát điều tra"
            self.spec_noun, self.lower_run = True, 0
            return True
        m = self._unit_comma_remit(k)
        if m:
            self.k = self.good = k + m  # "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"
            self.spec_noun, self.lower_run = False, 0
            return True
        return None

    def _crime_kind_follows(self, m: int) -> bool:
        """Does the kind of crime follow a prevention remit ending at m ("Phòng Cảnh sát phòng,
        chống tội phạm về môi trường")? Then the scan goes on into it."""
        syls = self.syls
        return key_of(syls[m - 2:m]) in L.REMIT_NOUNS and m < len(syls) and syls[m].key == "về"

    def _and_lower(self, s: Syl) -> bool:
        """"Hội Bảo vệ thiên nhiên và môi trường Việt Nam": "và" and lower-case words up to a place."""
        syls, k = self.syls, self.k
        if s.key == "và" and self.good == k > self.j and (self.spec_noun or self.lower_run) \
                and k + 1 < len(syls) and syls[k + 1].word and not syls[k + 1].cap:
            m = _bridge_to_place(syls, k + 1)
            if m:
                self.k = m
                return True
        return False

    def _and_capital(self, s: Syl) -> bool:
        """"Bộ Giáo dục và Đào tạo": "và" before a capitalised word that is not another body."""
        syls, k = self.syls, self.k
        if s.key == "và" and self.good > self.j and k + 1 < len(syls) and syls[k + 1].cap \
                and not self.remit and not self.own_name and not foreign_word(syls[k + 1]) \
                and not syls[k + 1].acronym and not is_head(syls, k + 1) \
                and not phrase_at(syls, k + 1, L.PLACES, 4) and not _title_at(syls, k + 1):
            self.k += 1
            return True
        return False

    def _admin_unit_end(self, k: int, m: int) -> bool:
        """"Công an quận 1", "Công an tỉnh": a unit of the local administration named by its
        level, with a number or alone (the text's own short form)."""
        syls, end = self.syls, k + m
        if self.good != k:
            return False
        if end < len(syls) and syls[end].text.isdigit():
            self.k = self.good = end + 1
            return True
        if self._head_key() in L.LOCAL_UNIT_HEADS and k == self.j \
                and (end >= len(syls) or not syls[end].word or not syls[end].cap):
            self.k = self.good = end
            return True
        if k > self.j and syls[k].key in L.BARE_LEVELS and (end >= len(syls) or syls[end].punct
                                                         or syls[end].pos.startswith(("V", "R"))
                                                         or phrase_at(syls, end, L.PREDICATE_VERBS, 2)):
            self.k = self.good = end  # "Hội Chữ thập đỏ tỉnh đã trao": the province's branch
            return True
        return False

    def _prevention_remit(self, k: int) -> int:
        """End of "(và) phòng, chống <lower-case words>" that a body's name holds ("Cục An ninh
        mạng và phòng, chống tội phạm sử dụng công nghệ cao"), or 0."""
        syls = self.syls
        if self.good != k or k == self.j:
            return 0
        while k < len(syls) and syls[k].unit == syls[k - 1].unit and not syls[k].cap:
            k += 1  # the tail of a glued word the capitalised piece was cut from ("ninh mạng")
        m = k + 1 if k < len(syls) and syls[k].key == "và" else k
        if m + 3 >= len(syls) or key_of([x for x in syls[m:m + 3] if not x.punct][:2]) != "phòng chống" \
                or syls[m].key != "phòng":
            return 0
        m += 3 if syls[m + 1].text == "," else 2
        start = m
        while m < len(syls) and m - start < COMPLEMENT_MAX and syls[m].word \
                and not syls[m].cap and not phrase_at(syls, m, L.PREDICATE_VERBS, 2):
            m += 1
        return m if m > start else 0

    def _lower_remit(self, k: int) -> bool:
        """"Ủy ban Quốc gia về người cao tuổi Việt Nam": a committee's lower-case remit, when the
        words after "về" are a subject (not "việc", "các") and end at a place or punctuation."""
        syls = self.syls
        if self._head_key() not in L.COMMITTEE_HEADS or phrase_at(syls, k + 1, L.REMIT_NOT_STARTS, 2):
            return False
        m = k + 1
        while m < len(syls) and m - k <= COMPLEMENT_MAX and syls[m].word and not syls[m].cap \
                and not phrase_at(syls, m, L.PREDICATE_VERBS, 2):
            m += 1
        return m < len(syls) and m - k > 1 and (syls[m].punct or bool(phrase_at(syls, m, L.PLACES, 4)))

    def _unit_activity(self, k: int) -> int:
        """Length of a lower-case activity that belongs to the unit word before it ("Cảnh sát
        điều tra"), or 0."""
        if self.good != k or k == self.j:
            return 0
        for unit, acts in L.UNIT_ACTIVITIES.items():
            n = len(unit.split())
            if k - n >= self.j and key_of(self.syls[k - n:k]) == unit:
                return phrase_at(self.syls, k, acts, 2)
        return 0

    def _unit_comma_remit(self, k: int) -> int:
        """Length of an official remit with commas, in lower case, that follows a unit word
        ("Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"), or 0."""
        if self.good != k or k == self.j or not any(
                k - len(u.split()) >= self.j and key_of(self.syls[k - len(u.split()):k]) == u
                for u in L.UNIT_ACTIVITIES):
            return 0
        return comma_remit_at(self.syls, k, any_case=True)

    def _to_remit_noun(self, k: int) -> int:
        """End of "<activity> tội phạm" right before "về" ("điều tra tội phạm về"), or 0."""
        syls = self.syls
        if self.good != k or k == self.j:
            return 0
        m = k
        while m < len(syls) and m - k <= 2 and syls[m].word and not syls[m].cap:
            if key_of(syls[m:m + 2]) in L.REMIT_NOUNS and m + 2 < len(syls) and syls[m + 2].key == "về":
                return m + 2
            m += 1
        return 0

    def _crime_remit(self, k: int) -> bool:
        """"Phòng Cảnh sát điều tra tội phạm về ma túy": the kind of crime a unit works on is in
        its name (a few lower-case words, up to a capital, punctuation, "và" or the predicate)."""
        syls, m = self.syls, _remit_words(self.syls, k + 1)
        if m == k + 1:
            return False
        # "tội phạm về tham nhũng, kinh tế, buôn lậu (C03)": kinds listed with commas
        while m + 1 < len(syls) and syls[m].text == ",":
            e = _remit_words(syls, m + 1)
            if e == m + 1 or (e < len(syls) and syls[e].text not in ",(" and syls[e].key != "và"):
                break
            m = e
        self.k = self.good = m
        self.spec_noun, self.lower_run, self.remit = False, 0, True
        return True

    def _head_key(self) -> str:
        return key_of(self.syls[self.j - self.head_len:self.j])

    def _complement(self) -> bool:
        """"Ban Chỉ đạo quốc gia về Phòng, chống thiên tai": a committee's remit is in its name."""
        syls, m = self.syls, self.k + 1
        while m < len(syls) and m - self.k <= COMPLEMENT_MAX:
            x = syls[m]
            if x.punct and not (x.text == "," and m + 1 < len(syls) and syls[m + 1].key == "chống") \
                    and not _listed_remit_item(syls, m):
                break
            if not x.punct and not x.cap and phrase_at(syls, m, L.PREDICATE_VERBS, 2) \
                    and x.key not in ("và", "cho"):
                break
            m += 1
        if m - self.k < 2 or m - self.k > COMPLEMENT_MAX:
            return False
        self.k = self.good = m
        return False

    def _number(self, s: Syl) -> bool:
        """"Sư đoàn 324", "Trường Tiểu học Bình Trị 2": a number right after the name is in it."""
        if self.good != self.k or not s.text.isdigit() or _quantity_after(self.syls, self.k):
            return False
        self.k = self.good = self.k + 1
        return True

    def _lower_noun(self, s: Syl) -> bool:
        """Sentence-case names go on in lower-case words: "Trung tâm Dự báo khí tượng thủy văn",
        "Cục Quản lý thị trường" — until the sentence's predicate or a function word."""
        syls, k = self.syls, self.k
        if s.key == "số" and k + 1 < len(syls) and syls[k + 1].text.isdigit() and self.good == k:
            self.k = self.good = k + 2  # "Đội Cảnh sát giao thông số 6"
            return True
        if k > 0 and syls[k - 1].text.isdigit() and self.good == k:
            return False  # "Bộ Tư lệnh Quân khu 5 điều 600 cán bộ": a unit's number ends its name
        if not (self.spec_noun and self.lower_run < LOWER_RUN_MAX
                and s.pos.startswith(NAME_WORD_POS)
                and (k == 0 or syls[k - 1].unit != s.unit or k == self.cut_at)
                and not phrase_at(syls, k, L.ORG_STOP_NOUNS, 2)
                and not phrase_at(syls, k, L.PREDICATE_VERBS, 2)):
            return False
        m = k
        while m < len(syls) and syls[m].unit == s.unit and not syls[m].punct and not syls[m].cap:
            m += 1
        if k == self.cut_at and m - k > 2:
            m = _dictionary_word_end(syls, k, m)
        if m - k > 3:
            return False
        self.lower_run += m - k
        self.k = m
        # "Cục Y tế dự phòng cho biết": one verb right after the name, then the predicate
        ends = self.lower_run == m - k and s.pos.startswith("V") and not _sentence_end(syls, m) and (
            syls[m].punct or phrase_at(syls, m, L.PREDICATE_VERBS, 2)) and not self._passive_verb(m)
        if self.lower_run == m - k and s.pos.startswith("V") and self.spec_pos.startswith("N") \
                and not ends:
            self.lower_run -= m - k
            return False  # "Bộ Ngoại giao trả lời báo chí": after a noun, a verb is the predicate
        if (s.pos.startswith("N") or ends) and self.lower_run <= LOWER_TAIL_MAX:
            # a name ends in a noun ("Bộ Tư pháp giữ 9 vụ" is cut after "Tư pháp"); a longer
            # tail needs a closing word ("… quản lý kinh tế Trung ương") to count
            self.good = m
        return True


SENTENCE_ENDS = frozenset(".!?…")
# Words of the date that opens a dispatch after the paper's name and a dash ("Báo X - Ngày 30/11,").
_DATELINE_WORDS = L._entries("ngày, sáng, trưa, chiều, tối, đêm, hôm, tháng, năm, sáng nay, chiều nay")
# Words that bring in the agent of a passive ("do NXB Trẻ phát hành", "bởi Công ty X").
_PASSIVE_AGENT_MARKS = L._entries("do, bởi")


def _sentence_end(syls: list[Syl], m: int) -> bool:
    """Does the sentence end at m? A verb right before it is the predicate of a passive ("do NXB
    Hội Nhà văn phát hành."), not a word of the name."""
    return m >= len(syls) or syls[m].text in SENTENCE_ENDS


def comma_remit_at(syls: list[Syl], i: int, *, any_case: bool = False) -> int:
    """Length of the official remit with a comma inside that starts at syllable i ("Văn hóa, Thể
    thao và Du lịch"), or 0; its first word must have a capital unless `any_case`."""
    if i >= len(syls) or not (syls[i].cap or any_case):
        return 0
    for remit in L.COMMA_REMITS:
        n = len(remit)
        if i + n <= len(syls) and all(x.key == r or x.text == r
                                      for x, r in zip(syls[i:i + n], remit, strict=True)):
            return n
    return 0


def _quantity_after(syls: list[Syl], k: int) -> bool:
    """Is the number at k an amount or a score ("420 triệu đồng", "3-1"), not part of a name?"""
    nxt = syls[k + 1] if k + 1 < len(syls) else None
    return nxt is not None and (nxt.key in L.MEASURE_WORDS or (nxt.text in "-–%" and nxt.text != ""))


def _remit_words(syls: list[Syl], k: int) -> int:
    """End of the lower-case words of a remit from k (up to a capital, punctuation, "và" or the
    predicate), k when there are none or too many."""
    m = k
    while m < len(syls) and m - k < REMIT_MAX and syls[m].word and not syls[m].cap \
            and syls[m].key != "và" and not phrase_at(syls, m, L.PREDICATE_VERBS, 2):
        m += 1
    if m < len(syls) and m - k >= REMIT_MAX and syls[m].word and not syls[m].cap:
        return k
    return m


# A remit listed after a comma ("… phòng, chống tham nhũng, lãng phí, tiêu cực") has items of
# at most this many syllables.
LISTED_REMIT_ITEM_MAX = 4
# … and the list follows "chống" within this many syllables of the comma.
LISTED_REMIT_REACH = 12


def _lower_words(syls: list[Syl], k: int, most: int) -> int:
    """End of at most `most` lower-case words from k that are no predicate, title or "và"."""
    e = k
    while e < len(syls) and e - k < most and syls[e].word and not syls[e].cap and syls[e].key != "và" \
            and not phrase_at(syls, e, L.PREDICATE_VERBS, 2) and not phrase_at(syls, e, L.PERSON_TITLES, 2):
        e += 1
    return e


def _listed_remit_item(syls: list[Syl], m: int) -> bool:
    """Is the comma at m followed by one more short lower-case item of what a body fights, closed
    by another comma or the clause's end ("phòng, chống tham nhũng, lãng phí, tiêu cực")?"""
    if syls[m].text != "," or m == 0 or not syls[m - 1].word or syls[m - 1].cap \
            or not any(x.key == "chống" for x in syls[max(0, m - LISTED_REMIT_REACH):m]):
        return False
    e = m + 1
    while e < len(syls) and e - m <= LISTED_REMIT_ITEM_MAX and syls[e].word and not syls[e].cap \
            and not phrase_at(syls, e, L.PREDICATE_VERBS, 2) and not phrase_at(syls, e, L.PERSON_TITLES, 2):
        e += 1
    return e > m + 1 and (e >= len(syls) or syls[e].punct or bool(phrase_at(syls, e, L.PREDICATE_VERBS, 2)))


def _short_tail(syls: list[Syl], k: int) -> bool:
    """Do the lower-case words from k stop within a name's tail (at punctuation, a capital, "và"
    or the predicate)?"""
    m = k
    while m < len(syls) and m - k <= LOWER_RUN_MAX:
        x = syls[m]
        if not x.word or x.cap or x.key == "và" or (m > k and phrase_at(syls, m, L.PREDICATE_VERBS, 2)):
            return True
        m += 1
    return m >= len(syls)


def _foreign_name_after(syls: list[Syl], k: int) -> bool:
    """A foreign person's name starts at k, right after Vietnamese words."""
    e = k
    while e < len(syls) and syls[e].cap and not syls[e].acronym and syls[e].word:
        e += 1
    run = syls[k:e]
    return len(run) >= 2 and not foreign_word(syls[k - 1]) and all(foreign_word(x) for x in run) \
        and name_run_ok(run)


# A place named after an administrative level ("tỉnh Đắk Lắk") has at most this many syllables
# when no gazetteer place says where it ends (three are a person: "HĐND tỉnh Hoàng Nghĩa Hiếu").
LEVEL_PLACE_MAX = 2


def _place_after_level(syls: list[Syl], k: int) -> int:
    """End of the place a level word ("tỉnh", "huyện") names, starting at k, or 0."""
    pl = phrase_at(syls, k, L.PLACES, 4)
    if pl:
        return k + pl
    e = k
    while e < len(syls) and syls[e].cap and syls[e].word and not syls[e].acronym \
            and not foreign_word(syls[e]):
        e += 1
    return e if 0 < e - k <= LEVEL_PLACE_MAX else 0


def _word_goes_on(syls: list[Syl], i: int) -> bool:
    """Does the tagger's word holding syllable i go on in a lower-case syllable ("Pháp luật")?"""
    if not (i + 1 < len(syls) and syls[i + 1].unit == syls[i].unit and syls[i + 1].word
            and not syls[i + 1].cap):
        return False
    from .pipeline import dictionary  # deferred: the word list comes with the tagger

    return f"{syls[i].text.lower()} {syls[i + 1].text}" in dictionary()


# Funds named after a sponsor or a paper, whose own name closes a lower-case purpose ("Quỹ Tấm
# lòng vàng Tuổi Trẻ", "Quỹ Đầu tư Đổi mới sáng tạo Lạc Hồng").
OWN_NAMED_HEADS = L._entries("quỹ")

# Heads of businesses: "tại <place>" after their name is where they act, not part of it
# ("làm việc với Ngân hàng Vietcombank tại Hà Nội"); their local units are "chi nhánh …".
BRANCHED_HEADS = frozenset({"ngân hàng", "công ty", "tập đoàn", "tổng công ty", "hãng"})


def _place_after_tai(syls: list[Syl], k: int) -> int:
    """End of "tại <place>" that closes a name ("Phòng Thương mại châu Âu tại Việt Nam"), or 0."""
    if syls[k].key != "tại" or k + 1 >= len(syls):
        return 0
    m = phrase_at(syls, k + 1, L.PLACES, 4)
    if not m and syls[k + 1].text in L.PLACE_ACRONYMS:
        m = 2 if k + 2 < len(syls) and syls[k + 2].text in L.PLACE_ACRONYMS else 1
    end = k + 1 + m
    if not m or (end < len(syls) and syls[end].cap and not syls[end].punct):
        return 0
    return end


def _dictionary_word_end(syls: list[Syl], k: int, tail: int) -> int:
    """The tagger sometimes glues words ("Ngoại giao thông báo"): keep the longest dictionary
    word that the capitalised syllable starts."""
    from .pipeline import dictionary  # deferred: the word list comes with the tagger

    words = dictionary()
    for e in range(tail, k + 1, -1):
        if " ".join(x.text.lower() for x in syls[k:e]) in words:
            return e
    return k + 1


def head_rule_end(syls: list[Syl], i: int, n: int) -> tuple[int, bool]:
    """End index (exclusive) of the organization whose head (n syllables) is at i, and
    whether nothing followed the head (a bare head)."""
    end = _HeadScan(syls, i + n, n).run()
    return end, end == i + n


def gazetteer_stage(sent: Sentence, hits) -> None:
    """Gazetteer names; a Latin-script one followed by more capitalised words is part of a
    longer name: its local company with a place ("Nestlé Việt Nam", "Caritas Nha Trang"), or
    another name or product ("Hyundai Thành Công", "Samsung Galaxy") that it does not denote."""
    syls = sent.syls
    ends = {x.end: i for i, x in enumerate(syls)}
    starts = {x.start: i for i, x in enumerate(syls)}
    for h in hits:
        i, a = ends.get(h.end), starts.get(h.start)
        if a is not None and a > 0 and foreign_word(syls[a - 1]) and syls[a - 1].cap:
            continue  # "Suntory PepsiCo Việt Nam": inside another Latin-script name
        if i is not None and i + 1 < len(syls) and syls[i + 1].cap and syls[i + 1].word \
                and foreign_word(syls[i]):
            pl = phrase_at(syls, i + 1, L.PLACES, 4)
            if pl and a is not None:
                sent.add("ORG", a, i + 1 + pl, "brand")
            continue
        if (a is None and sent.text[h.start - 1:h.start] in "-/") \
                or (i is None and sent.text[h.end:h.end + 1] in "-/"):
            continue  # "12/KH-UBND", "HNX-Index": part of a code or an index's name
        if a is not None and _product_cued(syls, a):
            continue  # "tải ứng dụng VNeID": a product used, not the company acting
        if i is not None and _model_after(syls, i + 1):
            continue  # "Boeing 787": a model
        sent.cands.append(Candidate("ORG", h.start, h.end, "gaz", h.form, gaz=h.entry))


def bracket_stage(sent: Sentence) -> None:
    """"Name (ACRONYM)" and "Name (Other Name)": the name before the bracket, by its head."""
    syls = sent.syls
    for k, s in enumerate(syls):
        if s.text != "(" or k == 0:
            continue
        close = next((m for m in range(k + 1, min(len(syls), k + BRACKET_MAX))
                      if syls[m].text == ")"), None)
        if close is None or close == k + 1:
            continue
        inner = syls[k + 1 : close]
        if not all(x.cap or x.acronym or (x.text in "&-") for x in inner):
            continue
        if key_of(inner) in L.PLACES or len(inner) > BRACKET_NAME_MAX:
            continue
        _bracketed(sent, k, close, inner)


def _bracketed(sent: Sentence, k: int, close: int, inner: list[Syl]) -> None:
    syls = sent.syls
    is_acr = len(inner) == 1 and inner[0].acronym
    heads, m = _heads_before(syls, k)
    if heads:
        a = heads[-1]
        if is_acr:  # "Hội đồng Trị sự Giáo hội Phật giáo Việt Nam (GHPGVN)": the parent's acronym
            a = next((h for h in reversed(heads) if _initials(syls[h:k]) == inner[0].key), a)
        if phrase_at(syls, a, L.NON_ORG_HEADS, 4) and not is_head(syls, a, True):
            sent.suppressed.add(inner[0].text)
            return
        sent.add("ORG", a, k, "paren", head=key_of(syls[a : a + is_head(syls, a, True)]))
        if _parent_in_brackets(syls, k + 1, close):
            return  # "Cục Điện lực (Bộ Công Thương)": the body it belongs to, not another name
        name_span = sent.span(a, k)
        st, en = sent.span(k + 1, close)
        sent.cands.append(Candidate("ORG", st, en, "paren-alias", sent.text[st:en], link=name_span))
    elif m + 1 < k and phrase_at(syls, m + 1, L.NON_ORG_HEADS, 4) and is_acr:
        sent.suppressed.add(inner[0].text)


def _initials(syls: list[Syl]) -> str:
    """The first letters of a name's words, as its acronym spells them ("ghpgvn")."""
    return "".join(x.key[:1] for x in syls if x.word)


def _parent_in_brackets(syls: list[Syl], a: int, close: int) -> bool:
    """Is syllables a..close-1 a body's full name with its own head noun (a parent), not a short
    form of the name before the bracket?"""
    n = is_head(syls, a)
    return bool(n) and not syls[a].acronym and close - a > n


def _heads_before(syls: list[Syl], k: int) -> tuple[list[int], int]:
    """Head nouns met scanning back from the bracket at k, and where the scan stopped."""
    heads: list[int] = []
    m = k - 1
    stop = max(-1, k - BRACKET_SCAN_BACK)
    while m > stop:
        x = syls[m]
        if x.punct and x.text not in "-–&":
            break
        if not x.cap:
            if phrase_before(syls, m + 1, L.SCAN_STOPS, 2) and not _place_after_tai(syls, m):
                break  # "… Hàn Quốc tại Việt Nam (KoCham)": the seat is in the name
            if x.key in ("và", "hoặc", "của") and heads:
                break  # "Văn phòng EPS của Cơ quan … (HRD Korea)": the bracket names the second
            if _predicate_after_place(syls, m):
                break
        if is_head(syls, m, anchor_ok=True) and (m == 0 or not phrase_before(syls, m, L.QUANTIFIERS, 2)):
            heads.append(m)
        m -= 1
    return heads, m


# Words tagged as verbs that open a body's remit after its place ("Quỹ Đại sứ Hoa Kỳ về bảo tồn …").
_REMIT_OPENERS = L._entries("về, vì, tại, cho")


def _predicate_after_place(syls: list[Syl], m: int) -> bool:
    """Is the lower-case verb at m the predicate of a name a place has just closed ("Liên đoàn
    Cờ Việt Nam phối hợp Ngân hàng … (HDBank)", "Sở … Hà Nội ghi nhận chỉ số … (AQI)")? Then a
    bracket after it names nothing before the verb."""
    if not syls[m].pos.startswith("V") or syls[m].key in _REMIT_OPENERS or m == 0 \
            or not syls[m - 1].cap:
        return False
    return bool(phrase_before(syls, m, L.PLACES, 4)) or syls[m - 1].text in L.PLACE_ACRONYMS


def head_stage(sent: Sentence) -> None:
    """Organizations by head noun: "Bộ Y tế", "Trung tâm Dự báo khí tượng thủy văn quốc gia"."""
    syls = sent.syls
    first = sent.first_word
    for i in range(len(syls)):
        n = is_head(syls, i) or _lower_department(sent, i)
        if not n or (sent.in_person(syls[i]) and not _head_over_surname(sent, i, n)) \
                or phrase_before(syls, i, L.QUANTIFIERS, 2) \
                or _inside_place(syls, i, n):
            continue
        head = key_of(syls[i : i + n])
        end, bare = head_rule_end(syls, i, n)
        if n > 1 or not bare:
            end = complement_end(syls, i, end, n)
            bare = end == i + n
        brand = _described_brand(syls, i, n, end) if not bare else 0
        if brand:
            sent.add("ORG", brand, end, "brand")  # "Tập đoàn năng lượng Đan Mạch Ørsted"
        elif not bare:
            sent.add("ORG", i, end, "head", head=head)
            if head in L.UNIT_HEADS:
                _parent_in_chain(sent, i + n - (head in OFFICE_HEADS), end)
        elif i != first:
            sent.add("ORG", i, end, "bare", bare_head=head, head=head)
    central_level_stage(sent)
    branch_stage(sent)


def central_level_stage(sent: Sentence) -> None:
    """"Ủy viên Trung ương Đảng", "bí thư Trung ương Đảng": "Trung ương" before "Đảng" names the
    party's central committee, one name (the bare "Đảng" is no name), where no earlier head's name
    holds it ("Ban Chấp hành Trung ương Đảng" is the committee's own name)."""
    syls = sent.syls
    for i in range(len(syls) - 2):
        if not syls[i].cap or key_of(syls[i:i + 2]) != "trung ương" or _held_by_name(sent, i):
            continue
        nxt = syls[i + 2]
        if nxt.key == "đảng" and nxt.cap and (i + 3 >= len(syls) or syls[i + 3].unit != nxt.unit
                                               or syls[i + 3].cap):
            sent.add("ORG", i, i + 3, "head", head="trung ương")  # not "Đảng ủy"


def _held_by_name(sent: Sentence, i: int) -> bool:
    """Is syllable i inside an organization candidate that starts before it?"""
    s = sent.syls[i]
    return any(c.kind == "ORG" and c.start < s.start < c.end for c in sent.cands)


def _head_over_surname(sent: Sentence, i: int, n: int) -> bool:
    """"Đoàn Luật sư", "Đoàn Thanh niên": a head of several syllables that opens a surname-led
    run the surname rule took for a person (not the tagger, nor a title)."""
    return n >= 2 and any(c.kind == "PER" and c.start == sent.syls[i].start and c.source == "per-rule"
                          for c in sent.cands)


def _inside_place(syls: list[Syl], i: int, n: int = 1) -> bool:
    """Is syllable i inside a place's name that starts before it ("Tây Ban Nha"), or is the head
    of n syllables at i the start of a place's name ("Hội An", "Bến Tre")?"""
    return any(phrase_at(syls, q, L.PLACES, 4) > i - q for q in range(max(0, i - 3), i)
               if syls[q].cap) or phrase_at(syls, i, L.PLACES, 4) > n


# Units named only by the body they serve ("Văn phòng Hội đồng Giám mục Việt Nam", "Công đoàn
# Công ty …", "Ban Trị sự GHPGVN …"): the parent may follow the head right away.
OFFICE_HEADS = frozenset({"văn phòng", "công đoàn", "công đoàn cơ sở", "hội đồng trị sự", "ban trị sự",
                          "đoàn ca múa", "đoàn nghệ thuật", "đoàn văn công", "thanh tra"})


def _parent_in_chain(sent: Sentence, a: int, end: int) -> None:
    """"Phòng Cảnh sát hình sự Công an TP Hà Nội": the parent body that closes a unit's name is
    an organization of its own (a "parent" mention, kept though it sits inside the unit's), and
    so is a unit between them."""
    syls = sent.syls
    for p in range(a + 1, end):
        n = phrase_at(syls, p, L.PARENT_HEADS, HEAD_MAX)
        unit = not n and phrase_at(syls, p, L.UNIT_HEADS, HEAD_MAX)
        if not (n or unit) or not (syls[p].cap or syls[p].acronym) or not is_head(syls, p) \
                or syls[p - 1].text in L.LEGAL_FORMS:
            continue
        n = n or unit
        if _parent_end(syls, p, n) == end:
            # "Đội CSGT số 6 Phòng CSGT Công an TP Hà Nội": the middle unit with its parent too
            sent.add("ORG", p, end, "parent", head=key_of(syls[p:p + n]))
        if not unit:
            return


def _parent_end(syls: list[Syl], p: int, n: int) -> int:
    """End of the parent's name whose head (n syllables) is at p, with its lower-case complement
    as the unit's own name took it ("Văn phòng Bộ Nông nghiệp và Phát triển nông thôn"), or 0
    for a bare head."""
    end, bare = head_rule_end(syls, p, n)
    return 0 if bare else complement_end(syls, p, end, n)


def _lower_department(sent: Sentence, i: int) -> int:
    """"khoa Ngoại Bụng 1": a hospital's department written in lower case before its name."""
    syls = sent.syls
    s = syls[i]
    if s.key not in L.LOWER_UNIT_HEADS or s.cap or i + 1 >= len(syls) \
            or (i > 0 and syls[i - 1].unit == s.unit) or (i + 1 < len(syls) and syls[i + 1].unit == s.unit):
        return 0
    nxt = syls[i + 1]
    if not nxt.cap or not nxt.word or nxt.acronym or foreign_word(nxt) or sent.in_person(nxt) \
            or phrase_at(syls, i + 1, L.PLACES, 4):
        return 0
    return 1


def _described_brand(syls: list[Syl], i: int, n: int, end: int) -> int:
    """Start of a Latin-script name closing a lower-case description that follows a company
    head ("Tập đoàn năng lượng Đan Mạch Ørsted": the company is Ørsted), or 0."""
    j = i + n
    if key_of(syls[i:j]) not in L.BRAND_CUES or j >= end or syls[j].cap or not syls[j].word \
            or phrase_at(syls, j, L.ORG_LOWER_CONTINUATIONS, 4):
        return 0
    b = end
    while b > j and syls[b - 1].cap and syls[b - 1].word and foreign_word(syls[b - 1]):
        b -= 1
    return b if j < b < end else 0


def english_stage(sent: Sentence) -> None:
    """English names: "UN Women", "World Vision Việt Nam"."""
    syls = sent.syls
    i = 0
    while i < len(syls):
        j = i
        while j < len(syls) and syls[j].cap and not VIET_MARKS.search(syls[j].text) \
                and syls[j].text.isalpha():
            j += 1
        if syls[i].key in L.LATIN_RUN_OPENERS:
            i += 1  # "Theo Dragon Capital": the sentence's first word is not the name's
            continue
        if j - i < 2:
            i += 1
            continue
        if any(_event_word(x) for x in syls[i:j + 1]):
            i = j  # "Vietnam Motor Show", "Vietnam Expo": an event's name
            continue
        words = [x.text.lower() for x in syls[i:j]]
        if any(w in L.ENGLISH_ORG_WORDS for w in words[1:]) or (
            syls[i].acronym and not any(x.acronym for x in syls[i + 1 : j])
            and any(w in L.ENGLISH_ORG_WORDS for w in words)
        ):
            end = j
            if end + 1 < len(syls) and key_of(syls[end : end + 2]) == "việt nam":
                sent.add("ORG", i, end, "eng")
                end += 2
            sent.add("ORG", i, end, "eng")
        i = j


def acronym_stage(sent: Sentence) -> None:
    """Stand-alone acronyms that are not units, currencies or titles."""
    syls = sent.syls
    for i, s in enumerate(syls):
        if not s.acronym or not ACRONYM_MIN_CHARS <= len(s.text) <= ACRONYM_MAX_CHARS \
                or s.text in L.ACRONYM_STOP or s.text in L.ACTIVITY_ACRONYMS:
            continue
        if ROMAN.match(s.text) or sent.in_person(s) or _headline_word(s) or _in_number(syls, i) \
                or _INITIALS.match(s.text):
            continue  # "L.V.T": the initials of a withheld name
        if _thing_cued(syls, i) or _product_cued(syls, i, L.ACRONYM_NOT_ORG_CUES) \
                or _ticker_list(syls, i):
            sent.suppressed.add(s.text)  # "cổ phiếu VIC, VHM và VRE": tickers in this text
            continue
        if _names_a_thing(syls, i + 1):
            continue  # "AFF Cup", "RON 95": part of an event's or a code's name here
        sent.add("ORG", i, i + 1, "acro", cued=_acting(syls, i + 1))
        if key_of(sent.syls[i + 1:i + 3]) == "việt nam":
            sent.add("ORG", i, i + 3, "brand")  # "AIA Việt Nam"


# Single letters with dots between: a person's initials ("N.V.A", "L.V.T"), never a body.
_INITIALS = re.compile(r"^(?:[A-ZĐ]\.)+[A-ZĐ]\.?$")


def _thing_cued(syls: list[Syl], i: int) -> bool:
    """Is the name at i (or a list it closes) a product's, or the name of a treaty, programme,
    prize or contest ("Công ước CITES", "Chương trình OCOP", "Giải thưởng VinFuture")?"""
    return _product_cued(syls, i) or _product_cued(syls, i, L.NON_ORG_HEADS)


# Stock tickers are three Latin letters; a list of this many of them is a list of tickers
# ("VCB, BID, CTG tăng hơn 3%"), not of bodies.
TICKER_CHARS = 3
TICKER_LIST_MIN = 3


def _ticker(s: Syl) -> bool:
    return s.acronym and len(s.text) == TICKER_CHARS and s.text.isascii() and s.text.isalpha()


def _ticker_list(syls: list[Syl], i: int) -> bool:
    """Is the acronym at i one of a list ("A, B và C") of at least TICKER_LIST_MIN tickers in a
    sentence about the market ("AFC, VFF và VPF" in a football report are bodies)?"""
    if not _ticker(syls[i]) or not any(x.text == "%" or phrase_at(syls, m, L.MARKET_WORDS, 2)
                                      for m, x in enumerate(syls)):
        return False
    a = b = i
    while a >= 2 and syls[a - 1].text == "," and _ticker(syls[a - 2]):
        a -= 2
    while b + 2 < len(syls) and (syls[b + 1].text == "," or syls[b + 1].key == "và") \
            and _ticker(syls[b + 2]):
        b += 2
    return (b - a) // 2 + 1 >= TICKER_LIST_MIN


def _in_number(syls: list[Syl], i: int) -> bool:
    """"100/2019/NĐ-CP", "số 12/QĐ-UBND": an acronym joined to a document's number by a slash is
    the issuer's code in that number, not a mention of a body."""
    before = i > 0 and syls[i - 1].text == "/" and syls[i - 1].end == syls[i].start
    after = i + 1 < len(syls) and syls[i + 1].text == "/" and syls[i + 1].start == syls[i].end
    return before or after


def _headline_word(s: Syl) -> bool:
    """"NGHỆ AN", "HÀ NỘI" in a headline set in capitals: a word with a Vietnamese vowel mark is
    not an acronym (acronyms carry at most "Đ": "HĐND", "GD&ĐT")."""
    return any(not c.isascii() and c not in "Đ" for c in s.text)


# A Latin-script brand name has at most this many words ("Pratt & Whitney", "Fitch Ratings").
BRAND_WORDS_MAX = 3


def _latin_run(syls: list[Syl], i: int) -> int:
    """End of a run of capitalised Latin-script words at i (with "&", "-" between), or i."""
    j = i
    while j < len(syls) and j - i - sum(y.text == "&" for y in syls[i:j]) < BRAND_WORDS_MAX:
        x = syls[j]  # "&" is no word of the count ("Hyundai Engineering & Construction")
        if VIET_MARKS.search(x.text) or abbreviated_title(x) or x.key in L.NOT_BRANDS \
                or (j == i and (x.key in L.LATIN_RUN_OPENERS or x.text in L.ACRONYM_STOP)):
            break  # "CEO Nvidia": a title before the name
        word = x.cap and x.word and not x.text.isupper()
        lead = j == i and x.acronym and j + 1 < len(syls) and syls[j + 1].cap \
            and not syls[j + 1].text.isupper() and foreign_word(syls[j + 1])  # "FPT Smart Cloud"
        inner = (j > i or lead) and ((x.acronym and len(x.text) <= 4)
                           or (len(x.text) == 1 and x.text.isupper())  # "Big C"
                           or (x.text in "&" and j + 1 < len(syls) and syls[j + 1].cap))
        if word or inner:
            j += 1
        else:
            break
    while j > i and not syls[j - 1].word:
        j -= 1
    return j


def _brand_shape(words: list[Syl]) -> bool:
    """"VietinBank", "TikTok", "Techcombank": a capital inside or a company ending."""
    return any((any(c.isupper() for c in w.text[1:]) and not w.text.isupper())
               or (foreign_word(w) and w.key.endswith(L.BRAND_SUFFIXES)) for w in words) \
        or (len(words) > 1 and words[0].acronym)


CUE_MAX = 4  # syllables of the longest cue phrase ("trung tâm thương mại")


def _product_cued(syls: list[Syl], i: int, cues: frozenset[str] = L.PRODUCT_CUES) -> bool:
    """Is the Latin-script name at i named as a product ("ứng dụng Zalo", "ví MoMo"), or listed
    after such a cue ("nhãn hiệu Nike, Adidas và Puma")? Other `cues` (tickers, channels) alike."""
    k = i
    while k > 0 and i - k <= PRODUCT_LIST_MAX:
        n = phrase_before(syls, k, cues, CUE_MAX)
        if n and phrase_before(syls, k, L.BRAND_CUES, CUE_MAX) > n:
            return False  # "hãng tàu CMA CGM": a company's cue ends in the product's word
        if n and (not syls[k - 1].cap or k - n == 0):  # "Kênh YouTube …" opening a sentence
            return True
        sep = syls[k - 1].text == "," or syls[k - 1].key == "và"
        if not sep or k < 2 or not syls[k - 2].cap:
            return False
        k -= 2
        while k > 0 and syls[k - 1].cap and syls[k - 1].word:
            k -= 1  # back to the first word of the name listed before
    return False


# Adverbs between a subject and its verb ("VNG đã ký", "MoMo vừa công bố").
_ADVERBS = L._entries("đã, vừa, sẽ, cũng, đang, mới, còn, thì")


def _acting(syls: list[Syl], j: int) -> bool:
    """Does the name ending before j act as a body ("MoMo cho biết", "VNG đã ký hợp đồng")? Then
    the text uses it for the company, whatever else it calls a product of that name."""
    while j < len(syls) and syls[j].key in _ADVERBS:
        j += 1
    return j < len(syls) and bool(phrase_at(syls, j, L.SPEAKING_VERBS, 3)
                                  or phrase_at(syls, j, L.COMPANY_ACTIONS, 3))


def _event_word(syl: Syl) -> bool:
    """"Cup", "Games", "J-League": a word that makes the run before it an event's name."""
    return syl.key in L.EVENT_WORDS or re.split(r"[-.]", syl.key)[-1] in L.EVENT_WORDS  # "V.League"


def _names_a_thing(syls: list[Syl], i: int) -> bool:
    """Does syllable i (just after a name) make that name part of an event's name ("AFF Cup",
    "SEA Games") or of a code or grade ("RON 95", "COP 28")? Then it is no body here."""
    if i >= len(syls) or syls[i].punct:
        return False
    return _event_word(syls[i]) or syls[i].text.isdigit()


def _model_after(syls: list[Syl], i: int) -> bool:
    """Does a model number or code follow the name ending before syllable i ("Boeing 787",
    "Airbus A350")? Then the name is the product's make, not the company acting."""
    t = syls[i].text if i < len(syls) else ""
    return len(t) >= MODEL_CODE_MIN and t.isalnum() and any(c.isdigit() for c in t)  # not "2-1"


def brand_stage(sent: Sentence) -> None:
    """Company and brand names in Latin letters: by their shape, after a cue noun ("hãng
    Samsung"), in a list that follows one ("các sàn Shopee, Lazada và TikTok Shop")."""
    syls = sent.syls
    i, listing = 0, False
    while i < len(syls):
        j = _latin_run(syls, i)
        run = syls[i:j]
        if j > i and any(foreign_word(x) for x in run) and not sent.in_person(syls[i]) \
                and not any(_event_word(x) for x in syls[i:j + 1]):
            if _product_cued(syls, i, L.MEDIUM_CUES):
                i = j  # "qua Zalo": a channel in this clause
                continue
            if _thing_cued(syls, i) or (run[-1].acronym and j > i + 1 and _names_a_thing(syls, j)):
                # "VinFast VF 3": a make and its model code name the product
                sent.suppressed.add(sent.text[syls[i].start:syls[j - 1].end])  # a thing here
                i = j
                continue
            cued = _cued(syls, i, j)
            vietnam = key_of(syls[j:j + 2]) == "việt nam"  # "Manulife Việt Nam": a subsidiary
            if cued or listing or vietnam or _brand_shape(run):
                end = j + 2 if key_of(syls[j:j + 2]) == "việt nam" else j
                sent.add("ORG", i, end, "brand", cued=cued or _acting(syls, end))
                listing = cued or listing
                i = end
                continue
        s = syls[i]
        listing = listing and (s.text == "," or s.key in ("và", "hay", "hoặc") or j > i)
        i = max(i + 1, j)


# A cue noun may stand this many lower-case syllables before the brand
# ("nền tảng phân tích dữ liệu Metric", "các hãng điện thoại như Samsung").
BRAND_CUE_WINDOW = 6


def _cued(syls: list[Syl], i: int, j: int) -> bool:
    """Is the Latin-script run i..j-1 named as a company by a cue noun before or after it?"""
    m = i
    while m > 0 and i - m < BRAND_CUE_WINDOW and syls[m - 1].word \
            and (not syls[m - 1].cap or (m == 1 and not is_head(syls, 0))):
        m -= 1  # the sentence's first cue may carry its capital ("Startup chăm sóc sức khỏe Medly")
        if phrase_at(syls, m, L.BRAND_CUES, 3):
            return True
    # "Meta, công ty mẹ của Facebook": an apposition after it
    return j + 1 < len(syls) and syls[j].text == "," and bool(phrase_at(syls, j + 1, L.BRAND_CUES, 3))


CARRIER_NAME_MIN = 2  # a one-syllable word after "hãng xe" is an adjective ("Việt", "Nhật")


def carrier_stage(sent: Sentence) -> None:
    """Transport businesses named after a lower-case cue: "nhà xe Phương Trang", "hãng taxi Mai
    Linh" (the name is the company's though it reads like a person's or a place's)."""
    syls = sent.syls
    for i in range(1, len(syls)):
        n = phrase_before(syls, i, L.CARRIER_CUES, 4)
        if not n or (syls[i - n].cap and i - n != sent.first_word) or not syls[i].cap or syls[i].acronym:
            continue
        j = i
        while j < len(syls) and j - i < L.CARRIER_NAME_MAX and syls[j].cap and syls[j].word \
                and not syls[j].acronym:
            j += 1
        if (j < len(syls) and syls[j].cap and syls[j].word) or j - i < CARRIER_NAME_MIN \
                or phrase_at(syls, i, L.PLACES, 4):
            continue  # a longer run, "hãng xe Việt" (an adjective) or "taxi Hà Nội" (a place)
        sent.add("ORG", i, j, "brand", cued=True)


# A shop's or a band's own name after its cue has at most this many words ("Chim Sẻ Đêm").
SHOP_NAME_MAX = 4
# Words that join the names of a list after one cue ("chuỗi A, B hay C").
SHOP_LIST_JOINERS = L._entries("và, hay, hoặc")


def shop_stage(sent: Sentence) -> None:
    """Shops, chains and bands named after a lower-case cue, and the names listed after it:
    "chuỗi Long Châu, Pharmacity hay An Khang", "cửa hàng xe máy Tám Phát", "ban nhạc Chim Sẻ Đêm"
    (the name is the business's or the band's, though it reads like a person's or a place's)."""
    syls = sent.syls
    for i in range(1, len(syls)):
        n = phrase_before(syls, i, L.SHOP_CUES, 3)
        if not n or (syls[i - n].cap and i - n != sent.first_word) or _product_cued(syls, i - n):
            continue
        k = _trade_words_end(syls, i)
        while k < len(syls):
            e = _shop_name_end(syls, k)
            if e == k:
                break
            sent.add("ORG", k, e, "brand", cued=True)
            if e + 1 >= len(syls) or not (syls[e].text == "," or syls[e].key in SHOP_LIST_JOINERS):
                break
            k = e + 1


def _trade_words_end(syls: list[Syl], i: int) -> int:
    """End of the lower-case words of a trade between a shop cue and its name ("cửa hàng xe máy
    Tám Phát"), i when the name follows at once or no name closes them."""
    m = i
    while m < len(syls) and m - i < TRADE_WORDS_MAX and syls[m].word and not syls[m].cap \
            and syls[m].pos.startswith("N"):
        m += 1
    return m if m < len(syls) and syls[m].cap else i


def _shop_name_end(syls: list[Syl], k: int) -> int:
    """End of a shop's or band's own name at k: capitalised words, not a place, a body's head or
    a title, up to SHOP_NAME_MAX; k when there is none."""
    if phrase_at(syls, k, L.PLACES, 4) or is_head(syls, k) or phrase_at(syls, k, L.PERSON_TITLES, 2):
        return k
    e = k
    while e < len(syls) and e - k < SHOP_NAME_MAX and syls[e].cap and syls[e].word:
        e += 1
    if e < len(syls) and syls[e].start == syls[e - 1].end and syls[e].text not in ",.;:":
        return k  # "GO!": a mark glued to the name is part of it, for the stages that read it
    return e if e < len(syls) and not syls[e].cap else k


_TEAM_AGE = re.compile(r"^U\d{2}$")
TEAM_WORDS_MAX = 3  # "đội tuyển bóng đá nữ Việt Nam": words between "tuyển" and the country


def team_stage(sent: Sentence) -> None:
    """National teams: "U23 Việt Nam", "đội tuyển nữ Việt Nam", "tuyển Nhật Bản"."""
    syls = sent.syls
    for i, s in enumerate(syls):
        if s.text == "FC" and i > 0 and syls[i - 1].cap and not syls[i - 1].acronym:
            a = i
            while a > 0 and syls[a - 1].cap and not syls[a - 1].acronym and syls[a - 1].word \
                    and i - a < BRAND_WORDS_MAX:
                a -= 1
            sent.add("ORG", a, i + 1, "team")  # "Hà Nội FC"
        elif _TEAM_AGE.match(s.text):
            pl = phrase_at(syls, i + 1, L.PLACES, 4) if i + 1 < len(syls) else 0
            if pl and syls[i + 1].cap:
                sent.add("ORG", i, i + 1 + pl, "team")
        elif s.key == "tuyển" and not s.cap:
            start = i - 1 if i > 0 and syls[i - 1].key == "đội" and not syls[i - 1].cap else i
            m = i + 1
            while m < len(syls) and m - i <= TEAM_WORDS_MAX and syls[m].key in L.TEAM_WORDS:
                m += 1
            pl = phrase_at(syls, m, L.PLACES, 4) if m < len(syls) and syls[m].cap else 0
            if pl:
                sent.add("ORG", start, m + pl, "team")


# A branch's place after "chi nhánh" has at most this many capitalised syllables ("Chợ Lớn").
BRANCH_PLACE_MAX = 3
# Sources of a body's name a branch or a bracketed acronym's complement may follow.
BRANCHED_SOURCES = frozenset({"gaz", "paren", "head", "brand", "acro"})


def branch_stage(sent: Sentence) -> None:
    """"Vietcombank chi nhánh Hà Nội", "Ngân hàng TMCP Đông Hải (DHBank) chi nhánh Chợ Lớn",
    "Liên đoàn Lao động (LĐLĐ) tỉnh Đồng Nai": a body's name goes on, over the acronym it was just
    given, into its branch or its place; the whole run names one body (the branch)."""
    syls = sent.syls
    ends = {x.end: i for i, x in enumerate(syls)}
    for c in list(sent.cands):
        e = ends.get(c.end)
        if c.kind != "ORG" or c.source not in BRANCHED_SOURCES or e is None:
            continue
        a = next(i for i, x in enumerate(syls) if x.start >= c.start)
        j = _bracketed_short_form(syls, e + 1)
        end = _branch_end(syls, j)
        if not end and j > e + 1:
            end = _level_place_end(syls, j)
        if not end:
            continue
        st, en = sent.span(a, end)
        sent.cands = [x for x in sent.cands if not (x.source == "paren-alias" and st <= x.start < en)]
        sent.add("ORG", a, end, "head", head=c.head)


def _bracketed_short_form(syls: list[Syl], k: int) -> int:
    """Index after "(ACRONYM)" or "(Brand)" of one word at k, or k when there is none."""
    if k + 2 < len(syls) and syls[k].text == "(" and syls[k + 2].text == ")" \
            and syls[k + 1].cap and syls[k + 1].word and not phrase_at(syls, k + 1, L.PLACES, 4):
        return k + 3
    return k


def _branch_end(syls: list[Syl], k: int) -> int:
    """End of "chi nhánh <place>" at k ("chi nhánh Nghệ An", "chi nhánh Khu vực 2"), or 0."""
    if key_of(syls[k:k + 2]) != "chi nhánh" or k + 2 >= len(syls):
        return 0
    m = k + 2 + phrase_at(syls, k + 2, L.ADMIN_UNITS, 2)
    if m < len(syls) and m > k + 2 and syls[m].text.isdigit():
        return m + 1  # "chi nhánh Khu vực 2"
    if m >= len(syls) or not (syls[m].cap or syls[m].acronym):
        return 0
    pl = phrase_at(syls, m, L.PLACES, 4)
    if pl:
        return m + pl
    if syls[m].text in L.PLACE_ACRONYMS:
        return m + 1 + (m + 1 < len(syls) and syls[m + 1].text in L.PLACE_ACRONYMS)
    e = m
    while e < len(syls) and e - m < BRANCH_PLACE_MAX and syls[e].cap and syls[e].word \
            and not syls[e].acronym and not is_head(syls, e):
        e += 1
    return e if e > m else 0


def _level_place_end(syls: list[Syl], k: int) -> int:
    """End of a level of administration and its place at k ("tỉnh Đồng Nai"), or 0."""
    m = phrase_at(syls, k, L.ADMIN_UNITS, 2)
    if not m or syls[k].cap or k + m >= len(syls) or not syls[k + m].cap:
        return 0
    return _place_after_level(syls, k + m)

