"""Resolution: overlapping candidates settled, surface forms linked into entities (acronym ↔
full name, "ông Hùng" ↔ "Nguyễn Văn Hùng", bare "Phái đoàn" ↔ "Phái đoàn Việt Nam", tone and
case variants), then every mention of every form, whole mentions only."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..models import ExtractedEntity
from ..vietnamese import _retone_syllable
from ..vietnamese import entity_key as _entity_key
from .gazetteer import Gazetteer
from .lexicon import ACRONYM_HEADS, LEGAL_WORDS, MARKET_MARK, ORG_HEADS, PLACES, TICKER_MARK
from .people import CHARACTER_MARK, PERSON_MARK, PLACE_MARK, TITLED_MARK, TITLES, withheld_name
from .records import Candidate, Group
from .syllables import viet_syllable

# A longer span is a run of noise, not a name (the store refuses names this long too).
NAME_MAX_CHARS = 150
# Sources whose span is a full organization name: shorter names inside them are not mentions.
OUTER_SOURCES = frozenset({"head", "paren", "gaz", "eng", "brand", "credit", "team"})
# Sources dropped when an outer name contains them.
INNER_SOURCES = frozenset({"head", "bare", "acro", "gaz", "brand"})


class _UnionFind:
    def __init__(self):
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


@lru_cache(maxsize=4096)
def entity_key(form: str) -> str:
    """`vietnamese.entity_key`, remembered: a long text repeats its names thousands of times."""
    return _entity_key(form)


class Spans:
    """A set of (start, end) spans answering "is this span strictly inside / overlapping one of
    them?" in logarithmic time (a 2 MB article has tens of thousands of mentions)."""

    def __init__(self, spans):
        self.spans = sorted(set(spans))
        self.starts = [a for a, _ in self.spans]
        self.prefix_end: list[int] = []
        best = -1
        for _, b in self.spans:
            best = max(best, b)
            self.prefix_end.append(best)
        self.longest_at: dict[int, int] = {}
        for a, b in self.spans:
            self.longest_at[a] = max(self.longest_at.get(a, -1), b)

    def _max_end_before(self, pos: int) -> int:
        """The furthest end among spans starting before `pos`."""
        i = bisect_left(self.starts, pos)
        return self.prefix_end[i - 1] if i else -1

    def contain(self, start: int, end: int) -> bool:
        """Is start..end strictly inside one of the spans?"""
        return self._max_end_before(start) >= end or self.longest_at.get(start, -1) > end

    def overlap(self, start: int, end: int) -> bool:
        return self._max_end_before(end) > start


def _inside(c: Candidate, spans: Spans) -> bool:
    return spans.contain(c.start, c.end)


def _made_by(form: str, gaz: Gazetteer) -> bool:
    """"Toyota Vios", "Google Pixel": a Latin-script name opened by a known firm's name is its
    product, not a person."""
    words = form.split()
    return len(words) > 1 and not viet_syllable(words[0]) and gaz.entry_for(words[0]) is not None


# "N.T.H", "T.T.H.": a person's initials with dots, standing for a withheld name, not a body.
_INITIALS = re.compile(r"(?:[A-ZĐ]\.){1,3}[A-ZĐ]\.?")
# Stages that name an organization by its shape alone, with no cue noun: a text that uses the name
# for a thing (a ticker, an app, a channel) elsewhere uses it so throughout.
SHAPE_SOURCES = frozenset({"acro", "brand", "eng"})


def _not_things(cands: list[Candidate], suppressed: set[str]) -> list[Candidate]:
    """The organization candidates, less the shape-only ones whose name the text uses for a thing
    ("cổ phiếu HPG", "qua Zalo") unless a cue noun makes it act somewhere ("hãng Zalo")."""
    acting = {c.form for c in cands if c.cued}
    codes = _share_codes(cands, suppressed) - acting
    return [c for c in cands if c.kind == "ORG" and c.form not in codes
            and not (c.source in SHAPE_SOURCES and c.form in suppressed and c.form not in acting)]


# A text that names this many shares by their code and price move or cue noun is a market
# report: its other code-shaped names in a market sentence are shares' codes too.
MARKET_REPORT_CODES = 2
# Sources of a code-shaped name that stands for a share in a market report.
CODE_SOURCES = frozenset({"acro", "gaz", "brand"})


def _share_codes(cands: list[Candidate], suppressed: set[str]) -> set[str]:
    """The code-shaped names of a market report that stand for shares ("MWG tăng 2,4%"), less
    those the text gives a company's name to ("Tập đoàn Hòa Phát (HPG)", "Công ty CP FPT")."""
    codes = {s.removeprefix(TICKER_MARK) for s in suppressed if s.startswith(TICKER_MARK)}
    if len(codes) < MARKET_REPORT_CODES:
        return set()
    codes |= {s.removeprefix(MARKET_MARK) for s in suppressed if s.startswith(MARKET_MARK)}
    named = {c.form for c in cands if c.kind == "ORG" and c.source == "paren-alias"}
    named |= {c.form.split()[-1] for c in cands if c.kind == "ORG" and c.source in ("head", "paren")}
    shaped = {c.form for c in cands if c.source in CODE_SOURCES}
    return {f for f in codes if f not in named and f in shaped}


def people_named_like_brands(cands: list[Candidate]) -> list[Candidate]:
    """"Damion Whyte-Campbell … của Whyte-Campbell", "H'Lan Byă … Thảo và H'Lan": a name read by
    its shape alone as a brand that is the first or last word of a person's full name in the text
    is that person's short form, unless a cue noun or a verb makes it a company acting."""
    ends: set[str] = set()
    for c in cands:
        words = entity_key(c.form).split()
        if c.kind == "PER" and not c.short and len(words) > 1:
            ends.update((words[0], words[-1]))
    if not ends:
        return cands
    return [replace(c, kind="PER", short=True) if c.kind == "ORG" and c.source in SHAPE_SOURCES
            and not c.cued and c.link is None and entity_key(c.form) in ends else c for c in cands]


# Quotation marks around the title of a work ("Gió Cuối Mùa", "Dế Mèn phiêu lưu ký").
_OPEN_QUOTES, _CLOSE_QUOTES = "\"“", "\"”"
QUOTED_TITLE_WORDS = 8  # a quoted title is short; a longer quote is speech that may name a person
_QUOTE_SCAN = 120  # characters after a name searched for the quotation's close
_NOT_IN_TITLE = ".,;:!?-–\n"  # a quoted title holds no clause break and no dash before a subtitle
WORK_MARK = "work:"  # a suppressed form that is the title of a work (a song, a book, a show)


def quoted_titles(text: str, cands: list[Candidate]) -> set[str]:
    """"bản hit "Gió Cuối Mùa"", "cuốn "Dế Mèn phiêu lưu ký"", "kênh TikTok "Hân Review Ăn
    Uống"": a name that opens a short quotation is the title of a work, not a person's name, in
    the whole text; a bracketed quotation after a name is a nickname ("Nguyễn Đức Anh ("Mèo Con")"),
    and a show named after a person puts a dash after the name ("Trần Hoài Phương - Mùa thu")."""
    out = set()
    for c in cands:
        if c.kind != "PER" or c.start < 1 or text[c.start - 1] not in _OPEN_QUOTES \
                or text[max(0, c.start - 2):c.start - 1] == "(":
            continue
        limit = c.end + _QUOTE_SCAN  # a title's quotation closes soon: no scan to a far-off quote
        close = min((i for i in (text.find(q, c.end, limit) for q in _CLOSE_QUOTES) if i >= 0), default=-1)
        quoted = text[c.start:close] if close >= 0 else ""
        short = len(quoted.split()) <= QUOTED_TITLE_WORDS
        if quoted and short and not any(p in quoted for p in _NOT_IN_TITLE):
            out.add(WORK_MARK + entity_key(c.form))
    return out


_NATIONALITY_BEFORE = re.compile(r"(?<!\w)người\s+$")  # "tiền đạo người Jamaica …"
_NATIONALITY_WINDOW = 8  # characters before a name that may hold "người "
_NATIONAL_NAME_WORDS = 3  # a nationality and a name of two words or more


def _nationality_trimmed(text: str, c: Candidate) -> Candidate:
    """"tiền đạo người Jamaica Damion Whyte-Campbell": the country after "người" ("a native of")
    opens no name; the name is the words after it (the whole run was one person to the
    stages, so no organization was read over the country)."""
    words = c.form.split()
    if c.kind != "PER" or len(words) < _NATIONAL_NAME_WORDS or entity_key(" ".join(words[:2])) in PLACES \
            or not _NATIONALITY_BEFORE.search(text[max(0, c.start - _NATIONALITY_WINDOW):c.start]):
        return c  # "người Hà Lan Virgil van Dijk": a country of two words is the stages' to drop
    cut = c.form.index(words[1], len(words[0]))
    return Candidate("PER", c.start + cut, c.end, c.source, c.form[cut:], short=c.short)


def settle(cands: list[Candidate], suppressed: set[str],
           gaz: Gazetteer | None = None) -> tuple[list[Candidate], list[Candidate]]:
    """(organizations, people) once overlaps are settled: ORG beats PER, longer beats nested."""
    cands = [c for c in people_named_like_brands(cands) if c.end - c.start <= NAME_MAX_CHARS
             and not (c.kind == "PER" and gaz is not None and _made_by(c.form, gaz))]
    orgs = [c for c in _not_things(cands, suppressed) if not _INITIALS.fullmatch(c.form)]
    org_spans = Spans((c.start, c.end) for c in orgs if c.source != "bare")
    pers = [c for c in cands if c.kind == "PER" and not org_spans.overlap(c.start, c.end)
            and not withheld_name(c.form) and CHARACTER_MARK + entity_key(c.form) not in suppressed
            and WORK_MARK + entity_key(c.form) not in suppressed]
    org_keys = {entity_key(c.form) for c in orgs if c.source != "bare"}
    pers = [c for c in pers if entity_key(c.form) not in org_keys]  # an organization once, always
    pers = [c for c in places_named_like_people(pers, suppressed)
            if entity_key(c.form) not in TITLES]  # "GM Lê … và GM": a title alone is no name
    per_spans = Spans((c.start, c.end) for c in pers)
    pers = [c for c in pers if not _inside(c, per_spans)]
    surnames = {entity_key(c.form).split()[-1] for c in pers if not c.short}
    orgs = [c for c in orgs if c.source != "acting" or entity_key(c.form) not in surnames]  # "Troussier"
    longest_at: dict[int, int] = {}
    for c in orgs:
        if c.source != "paren-alias":
            longest_at[c.start] = max(longest_at.get(c.start, 0), c.end)
    orgs = [c for c in orgs if c.source == "paren-alias" or c.end >= longest_at[c.start]]
    outer = Spans((c.start, c.end) for c in orgs if c.source in OUTER_SOURCES)
    orgs = [c for c in orgs if c.source not in INNER_SOURCES or not _inside(c, outer)]
    return orgs, pers


def places_named_like_people(pers: list[Candidate], suppressed: set[str]) -> list[Candidate]:
    """"cảng Lạch Huyện" … "Lạch Huyện đón tàu": a name the text gives a place is no person where
    it stands alone, unless a title or an honorific names a person by it somewhere in the text."""
    return [c for c in pers if PLACE_MARK + entity_key(c.form) not in suppressed
            or PERSON_MARK + entity_key(c.form) in suppressed]


@dataclass
class _Form:
    forms: dict[str, int] = field(default_factory=dict)
    spans: set[tuple[int, int]] = field(default_factory=set)
    bare: str = ""
    head: str = ""
    short: bool = True
    nested: set[tuple[int, int]] = field(default_factory=set)  # parent mentions inside a unit's
    solo: bool = False  # a one-word foreign name that is a whole name ("Rodri")


class _Linker:
    """Surface forms keyed by (kind, entity_key), joined into entities by a union-find."""

    def __init__(self, gaz: Gazetteer, title_end: int = 0):
        self.gaz = gaz
        self.title_end = title_end  # end of the headline: names there come before their full form
        self.uf = _UnionFind()
        self.forms: dict[tuple[str, str], _Form] = {}

    def note(self, c: Candidate, kind: str) -> tuple[str, str]:
        k = (kind, entity_key(c.form))
        info = self.forms.get(k)
        if info is None:
            info = self.forms[k] = _Form(bare=c.bare_head, head=c.head, short=c.short)
        info.forms[c.form] = info.forms.get(c.form, 0) + 1
        info.spans.add((c.start, c.end))
        if c.source == "parent":
            info.nested.add((c.start, c.end))
        info.solo = info.solo or c.source == "per-solo"
        if c.source != "bare":
            info.bare = ""
        if not c.short:
            info.short = False
        if c.head and not info.head:
            info.head = c.head
        self.uf.find(k)
        return k

    def organizations(self, orgs: list[Candidate]) -> None:
        span_key: dict[tuple[int, int], tuple] = {}
        for c in orgs:
            k = self.note(c, "ORG")
            if c.source != "paren-alias":
                span_key[(c.start, c.end)] = k
            entry = c.gaz if c.gaz is not None else self.gaz.entry_for(c.form)
            if entry is not None:
                self.uf.union(("GAZ", entry), k)
        for c in orgs:
            if c.link is not None and c.link in span_key and not _parent_in_brackets(c, span_key[c.link]):
                self.uf.union(span_key[c.link], ("ORG", entity_key(c.form)))
        self._spelled_alike()
        self._shorter_names()

    def _spelled_alike(self) -> None:
        """"BHXH Việt Nam" and "Bảo hiểm xã hội Việt Nam", "Sở GD&ĐT TP.HCM" and "Sở Giáo dục và
        Đào tạo TP.HCM": one name with its usual abbreviations spelled out."""
        seen: dict[str, tuple[str, str]] = {}
        for k in [k for k in self.forms if k[0] == "ORG"]:
            full = _expanded(k[1])
            if full in seen:
                self.uf.union(seen[full], k)
            else:
                seen[full] = k

    def _shorter_names(self) -> None:
        """Bare heads and shorter names of one head join the one longer name containing them."""
        keys = sorted((k for k in self.forms if k[0] == "ORG"), key=lambda k: -len(k[1]))
        split = {k: k[1].split() for k in keys}
        spelled_len = {k: len(_spelled_out(split[k])) for k in keys}
        # a longer name shares the head's first word: look only among names opening with it
        by_first: dict[str, list] = {}
        for k in keys:
            by_first.setdefault(split[k][0] if split[k] else "", []).append(k)
        for k in keys:
            head = self.forms[k].head
            if not head:
                continue
            words, hn = split[k], len(head.split())
            if _closed_by_place(words, hn):
                continue  # "Tổng công ty Hàng không Việt Nam" is whole, not short for "… Cảng hàng không …"
            rest = _expanded(" ".join(words[hn:])).split()  # "Chi cục QLTT …": "quản lý thị trường"
            supers = [o for o in by_first.get(words[0], ()) if o != k and spelled_len[o] > len(words)
                      and split[o][:hn] == words[:hn] and not _longer_head(self.forms[o].head, head)
                      and _subsequence(rest, _spelled_out(_expanded(" ".join(split[o][hn:])).split()))]
            roots = {self.uf.find(o) for o in supers}
            if len(roots) == 1:
                self.uf.union(supers[0], k)
            elif len(roots) > 1:
                home = [o for o in supers if "việt nam" in o[1]]
                if len({self.uf.find(o) for o in home}) == 1:
                    self.uf.union(home[0], k)

    def levels_left_out(self) -> None:
        """"Chi cục QLTT Hà Nội" joins "Chi cục Quản lý thị trường TP Hà Nội": a name written
        without the level word before its place is the one body of the text written with it,
        unless it is already another body's short form ("Công an Hà Nội" of a club's name)."""
        bare: dict[str, list[tuple[str, str]]] = {}
        keys = [k for k in self.forms if k[0] == "ORG"]
        size: dict = {}
        for k in keys:
            size[self.uf.find(k)] = size.get(self.uf.find(k), 0) + 1
        for k in keys:
            if any(w in _LEVEL_WORDS for w in k[1].split()):
                without = " ".join(w for w in k[1].split() if w not in _LEVEL_WORDS)
                bare.setdefault(_expanded(without), []).append(k)
        for k in keys:
            if size[self.uf.find(k)] > 1 or any(w in _LEVEL_WORDS for w in k[1].split()):
                continue
            homes = bare.get(_expanded(k[1]), [])
            if len({self.uf.find(o) for o in homes}) == 1:
                self.uf.union(homes[0], k)

    def club_forms(self) -> None:
        """"Công an Hà Nội" and "Đồng Nai FC" join "CLB Công an Hà Nội", "CLB Bóng đá Đồng Nai": a
        club's name without its club word, or with "FC", is the one club of the text so named."""
        keys = [k for k in self.forms if k[0] == "ORG"]
        size: dict = {}
        for k in keys:
            size[self.uf.find(k)] = size.get(self.uf.find(k), 0) + 1
        for k in keys:
            words = k[1].split()
            n = next((len(p.split()) for p in _CLUB_WORDS if k[1].startswith(p + " ")), 0)
            core = " ".join(words[n:])
            if not n or not core:
                continue
            homes = [o for o in (("ORG", core), ("ORG", core + " fc"), ("ORG", "fc " + core))
                     if o in self.forms and size[self.uf.find(o)] == 1]  # not another body's short form
            if len({self.uf.find(o) for o in homes}) == 1:
                self.uf.union(k, homes[0])

    def team_forms(self) -> None:
        """"tuyển Việt Nam" joins "Đội tuyển bóng chuyền nữ Việt Nam": a national team's shorter
        form joins the one longer team name of the same country."""
        teams = {k: t for k in self.forms if k[0] == "ORG" and (t := _team_words(k[1]))}
        for k, (words, country) in teams.items():
            homes = [o for o, (w, c) in teams.items() if o != k and c == country
                     and (len(w), len(o[1])) > (len(words), len(k[1])) and _subsequence(words, w)]
            if len({self.uf.find(o) for o in homes}) == 1:
                self.uf.union(homes[0], k)

    def brand_tails(self) -> None:
        """"HK Film" joins "Công ty TNHH HK Film": a Latin-script name inside exactly one longer
        organization name of the text is its short form."""
        keys = [k for k in self.forms if k[0] == "ORG" and not self.forms[k].bare]
        for k in keys:
            if not any(_brandish(f) for f in self.forms[k].forms) and (
                    self.gaz.entry_for(k[1]) is None or _headed(k[1])):
                continue  # "Hòa Phát" joins "Tập đoàn Hòa Phát"; "Bộ Công an" is a body of its own
            words = k[1].split()
            homes = [o for o in keys if o != k and _contains_run(o[1].split()[1:], words)]
            if len({self.uf.find(o) for o in homes}) == 1 and not self._named_before(k, homes[0]):
                self.uf.union(homes[0], k)

    def acronyms(self) -> None:
        """"GHPGVN" joins "Giáo hội Phật giáo Việt Nam", "KTĐT" joins "Báo Kinh tế & Đô thị", "PHT"
        joins "… Địa ốc Phú Hưng Thịnh": an unknown acronym alone that spells the initials of one
        organization's name (whole, after its head, or its last words) is its short form."""
        keys = [k for k in self.forms if k[0] == "ORG"]
        size: dict = {}
        for k in keys:
            size[self.uf.find(k)] = size.get(self.uf.find(k), 0) + 1
        spelled: dict[str, set] = {}  # initials -> the roots of the names they spell
        for o in keys:
            if " " in o[1]:
                for a in _initials(o[1], self.forms[o].head):
                    spelled.setdefault(a, set()).add(self.uf.find(o))
        for k in keys:
            form = max(self.forms[k].forms, key=len)
            if " " in k[1] or not (form.isupper() and form.isalpha()) or len(form) < INITIALS_MIN \
                    or size[self.uf.find(k)] > 1 or self.gaz.entry_for(form) is not None:
                continue
            homes = spelled.get(k[1], set())
            if len(homes) == 1:
                self.uf.union(next(iter(homes)), k)

    def _named_before(self, short: tuple, home: tuple) -> bool:
        """Is the short name used on its own, after the headline, before the longer name is first
        written? Then it is a body of its own ("Vietcombank … Công ty Chứng khoán Vietcombank")."""
        first_home = min(s for s, _ in self.forms[home].spans)
        return any(self.title_end <= s < first_home for s, _ in self.forms[short].spans)

    def people(self, pers: list[Candidate]) -> None:
        """"ông Hùng" joins the full name ending in "Hùng" (the last one before it, else the first);
        where no name ends in it, the one starting with it: the family name that East Asian names
        put first ("ông Kishida" of "Kishida Fumio", "ông Tập" of "Tập Cận Bình") and the given
        name that Thai and Indonesian usage keeps ("ông Prabowo" of "Prabowo Subianto")."""
        ordered = sorted(pers, key=lambda c: c.start)
        by_last: dict[str, list[tuple[int, str]]] = {}  # last syllable -> (start, key), in order
        by_first: dict[str, list[tuple[int, str]]] = {}  # first word -> (start, key), in order
        for c in ordered:
            if not c.short:
                key = entity_key(c.form)
                by_last.setdefault(key.split()[-1], []).append((c.start, key))
                by_first.setdefault(key.split()[0], []).append((c.start, key))
        by_tail: dict[str, set[str]] = {}  # last two syllables of a 3+ syllable name -> names
        for c in ordered:
            key = entity_key(c.form)
            if not c.short and len(key.split()) >= 3:
                by_tail.setdefault(" ".join(key.split()[-2:]), set()).add(key)
        highland = {w: {key for _, key in names} for w, names in by_first.items() if _highland(w)}
        for c in ordered:
            k = self.note(c, "PER")
            match = _longer(by_last, k[1]) or _longer(by_first, k[1]) \
                if c.short or " " not in k[1] else None  # "Putin" alone joins "Vladimir Putin"
            if match:
                i = bisect_left(match, (c.start, ""))
                self.uf.union(("PER", match[i - 1][1] if i else match[0][1]), k)
            homes = by_tail.get(k[1], set())
            if not c.short and len(homes) == 1:
                self.uf.union(("PER", next(iter(homes))), k)  # "chị Mai Anh" of "Hoàng Thị Mai Anh"
            homes = _highland_homes(k[1], highland)
            if not c.short and len(homes) == 1:
                self.uf.union(("PER", next(iter(homes))), k)  # "ông Y Thông" of "Y Thông Niê"

    def also_named(self, text: str, pers: list[Candidate]) -> None:
        """"Miêu Hạ (tên thật Lương Thị Hạ Vy)", "Lin Chih-hao (Lâm Chí Hào)", "Nguyễn Đức Anh
        ("Mèo Con")": a name and the other name the text gives the same person right after it
        (real name, reading, nickname) are one person."""
        for q in pers:
            gap = _NAME_CUE_GAP.search(text, max(0, q.start - _CUE_GAP_CHARS), q.start)
            if gap is None or gap.end() != q.start:
                continue
            cue = bool(gap.group("cue"))
            if "(" in gap.group(0):  # the bracket holds the name alone, or first ("(Trương Vĩ, 41 tuổi")
                linked = _BRACKET_CLOSE.match(text, q.end) is not None or text.startswith(",", q.end)
            else:  # "Lyn Trần, tên thật Trần Ngọc Lan": no bracket, only with the cue
                linked = cue
            words = text[max(0, gap.start() - _CUE_GAP_CHARS):gap.start()].split()[-_OTHER_NAME_WORDS:]
            mine = ("PER", entity_key(q.form))
            for n in range(len(words), 0, -1) if linked else ():
                other = ("PER", entity_key(" ".join(words[-n:]).lstrip("\"“")))
                if other in self.forms and other != mine:
                    self.uf.union(other, mine)
                    break

    def groups(self, text: str) -> list[Group]:
        members: dict = {}
        for k in self.forms:
            members.setdefault(self.uf.find(k), []).append(k)
        found = _Finder(_tone_text(text))
        return [g for keys in members.values() if (g := self._group(text, found, keys))]

    def _group(self, text: str, found: _Finder, keys: list) -> Group | None:
        kind = keys[0][0]
        infos = [self.forms[k] for k in keys]
        # a group made only of bare heads or only of short names is dropped
        if all(i.bare and self.gaz.entry_for(k[1]) is None for k, i in zip(keys, infos, strict=True)):
            return None
        if kind == "PER" and all(i.short and not i.solo for i in infos):
            return None
        surface: dict[str, int] = {}
        spans: set[tuple[int, int]] = set()
        nested: set[tuple[int, int]] = set()
        for info in infos:
            nested |= info.nested
            for f, cnt in info.forms.items():
                surface[f] = surface.get(f, 0) + cnt
            spans |= info.spans
            if not (info.bare or info.short):
                for f in info.forms:
                    spans |= found(_tone_text(f))
        name = max(surface, key=lambda f: (not _all_caps(f), len(f.split()), len(f), surface[f]))
        aliases = tuple(sorted((f for f in surface if f != name),
                               key=lambda f: min((s for s, e in spans if text[s:e] == f), default=0)))
        return Group(kind, name, aliases, spans, nested)


# Words opening a club's full name, longest first ("CLB Bóng đá Đồng Nai").
_CLUB_WORDS = ("câu lạc bộ bóng đá", "clb bóng đá", "câu lạc bộ", "clb")

# Level words written before a place in a body's name, or left out ("TP Hà Nội", "Hà Nội").
_LEVEL_WORDS = frozenset({"tp", "tp.", "tỉnh"})

# An acronym joins a name by its initials when it has at least this many letters.
INITIALS_MIN = 3
# Words a name's acronym skips ("Bộ Giáo dục và Đào tạo" is "BGDĐT", "Kinh tế & Đô thị" "KTĐT").
_INITIALS_SKIPPED = frozenset({"và", "&", "-", "của"})


def _initials(key: str, head: str) -> set[str]:
    """The acronyms a name may be written as: the initials of all its words, of the words after
    its head noun and legal form, and of its last words (a company's proper name)."""
    words = [w for w in key.split() if w not in _INITIALS_SKIPPED and w[:1].isalpha()]
    rest = words[len(head.split()):] if head else words
    while rest and rest[0] in LEGAL_WORDS:
        rest = rest[1:]
    out = {"".join(w[0] for w in words)}
    out.update("".join(w[0] for w in rest[-n:]) for n in range(INITIALS_MIN, len(rest) + 1))
    return out


def _longer_head(other: str, head: str) -> bool:
    """"Thuế cơ sở 5 TP HCM" is no longer form of "Thuế TP HCM": its head goes on past this one."""
    return other != head and other.startswith(head + " ")


def _parent_in_brackets(c: Candidate, name: tuple[str, str]) -> bool:
    """"Ban Quan hệ lao động (Tổng LĐLĐ Việt Nam)": a bracketed name with a head noun of its own,
    other than the name's, is the body it belongs to, not its alias."""
    if c.source != "paren-alias" or not _headed(_expanded(entity_key(c.form))):
        return False
    return _expanded(entity_key(c.form)).split()[0] != _expanded(name[1]).split()[0]


# What may stand between a name and the person's other name: a bracket, a quote, a comma and
# a cue ("(tên thật ", ", tên thật là ", " (\"").
_NAME_CUE_GAP = re.compile(r"(?<=\w)\s*(?:\(\s*)?[\"“]?\s*(?:,\s*)?"
                           r"(?P<cue>(?:tên thật|tên khai sinh|tên đầy đủ|tên thường gọi|biệt danh|nghệ danh"
                           r"|bút danh|pháp danh|tên tiếng Việt|tên Việt)(?:\s+là)?\s*:?\s*)?$")
_BRACKET_CLOSE = re.compile(r"[\"”]?\s*\)")  # the bracket closes right after the other name
_CUE_GAP_CHARS = 40  # a cue and its bracket are shorter than this; so are the words before it
_OTHER_NAME_WORDS = 4  # the name before the cue has at most this many words


# Words that open Central Highlands names (Ê Đê, Gia Rai, M'nông), whose family name comes last:
# "Y" for men, "H'" for women ("Y Thông Niê", "H'Ngơm Byă").
_HIGHLAND_MAN, _HIGHLAND_WOMAN = "y", ("h'", "h’")


def _highland(word: str) -> bool:
    return word == _HIGHLAND_MAN or word.startswith(_HIGHLAND_WOMAN)


def _highland_homes(key: str, highland: dict[str, set[str]]) -> set[str]:
    """The longer names a highland name without its family name opens ("y thông" → "y thông niê");
    `highland` holds the distinct full names by their first word."""
    words = key.split()
    if len(words) != 2 or not _highland(words[0]):
        return set()
    return {m for m in highland.get(words[0], ()) if m.split()[:2] == words and len(m.split()) > 2}


def _longer(index: dict[str, list[tuple[int, str]]], word: str) -> list[tuple[int, str]]:
    """The longer names of an index entry (a one-word name is not its own short form)."""
    return [m for m in index.get(word, []) if m[1] != word]


_VIET = re.compile(r"[^\x00-\x7f]")


def _occurrences(toned: str, form: str) -> set[tuple[int, int]]:
    return {(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", toned)}


_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")


class _Finder:
    """`_occurrences` of many forms in one text through an index of where each word starts, so a
    text of thousands of names is not scanned once per name."""

    def __init__(self, text: str):
        self.text = text
        self.starts: dict[str, list[int]] = {}
        for m in _WORD.finditer(text):
            self.starts.setdefault(m.group(), []).append(m.start())

    def __call__(self, form: str) -> set[tuple[int, int]]:
        first = _WORD.match(form)
        if first is None:  # a form opening on a sign has no word to look up
            return _occurrences(self.text, form)
        n, text = len(form), self.text
        return {(p, p + n) for p in self.starts.get(first.group(), ())
                if text.startswith(form, p) and not _WORD_CHAR.match(text, p + n)}


def _tone_text(text: str) -> str:
    """The text with tone marks in canonical places; same length (checked) so offsets carry."""
    out = re.sub(r"\w+", lambda m: _retone_syllable(m.group(0)), text)
    return out if len(out) == len(text) else text


def _brandish(form: str) -> bool:
    """A Latin-script company name: a capital inside a word, or letters without Vietnamese marks."""
    form = form.removesuffix(" Việt Nam")  # "Prudential Việt Nam"
    return all(not _VIET.search(w) for w in form.split()) and any(c.isalpha() for c in form)


def _headed(key: str) -> bool:
    """Does the name start with an organization head noun or an acronym head ("bộ công an")?"""
    words = key.split()
    return any(" ".join(words[:n]) in ORG_HEADS for n in (1, 2, 3)) \
        or words[0].upper() in ACRONYM_HEADS


# Abbreviations of organization words, spelled out (keys: lower case, canonical tones).
ABBREVIATIONS = {
    "bhxh": "bảo hiểm xã hội", "bhyt": "bảo hiểm y tế", "ubnd": "ủy ban nhân dân",
    "hđnd": "hội đồng nhân dân", "tand": "tòa án nhân dân", "vksnd": "viện kiểm sát nhân dân",
    "mttq": "mặt trận tổ quốc", "gd&đt": "giáo dục và đào tạo", "đh": "đại học", "cđ": "cao đẳng",
    "clb": "câu lạc bộ", "cp": "cổ phần", "tnhh": "trách nhiệm hữu hạn", "thpt": "trung học phổ thông",
    "tmcp": "thương mại cổ phần", "tp": "thành phố", "hcm": "hồ chí minh", "tp.hcm": "thành phố hồ chí minh",
    "tphcm": "thành phố hồ chí minh", "tp.": "thành phố", "lđtb&xh": "lao động thương binh và xã hội",
    "qltt": "quản lý thị trường", "csđt": "cảnh sát điều tra", "gtvt": "giao thông vận tải",
    "tn&mt": "tài nguyên và môi trường", "nn&ptnt": "nông nghiệp và phát triển nông thôn",
    "kh&cn": "khoa học và công nghệ", "lđlđ": "liên đoàn lao động", "csgt": "cảnh sát giao thông",
    "kcn": "khu công nghiệp", "đhqg": "đại học quốc gia",
}


def _expanded(key: str) -> str:
    key = _without_bracketed(key)
    return " ".join(ABBREVIATIONS.get(w, w) for w in key.replace("-", " ").split())


_BRACKETED = re.compile(r"\s*\([^()]*\)")


def _without_bracketed(key: str) -> str:
    """"liên đoàn lao động (lđlđ) tỉnh đồng nai" is spelled as "lđlđ tỉnh đồng nai" is: the
    acronym a name gives itself in brackets inside it is no word of the name."""
    return _BRACKETED.sub("", key) if "(" in key else key


_TEAM_OPENERS = ("tuyển", "đt")


def _team_words(key: str) -> tuple[list[str], str] | None:
    """(team words, country) of a national team's name ("đội tuyển bóng chuyền nữ việt nam" →
    (["bóng", "chuyền", "nữ"], "việt nam")), or None."""
    words = key.split()
    if words and words[0] == "đội":
        words = words[1:]
    if len(words) < 2 or words[0] not in _TEAM_OPENERS:
        return None
    rest = words[1:]
    for n in range(len(rest), 0, -1):
        if " ".join(rest[-n:]) in PLACES:
            return rest[:-n], " ".join(rest[-n:])
    return None


def _closed_by_place(words: list[str], hn: int) -> bool:
    """Does a name (head of hn words) end in a place of two syllables or more after its name?"""
    return any(" ".join(words[q:]) in PLACES for q in range(hn + 1, len(words) - 1))


def _contains_run(long: list[str], short: list[str]) -> bool:
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))


def _spelled_out(words: list[str]) -> list[str]:
    """"tp hcm" reads "thành phố hcm": "UBND thành phố" is the short form of "UBND TP HCM"."""
    out: list[str] = []
    for w in words:
        if w == "tp" or w.startswith("tp."):
            out += ["thành", "phố"] + ([w[3:]] if w[3:] else [])
        else:
            out.append(w)
    return out


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


def _all_caps(f: str) -> bool:
    letters = [c for c in f if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


# Company heads that may open a known firm's name in full ("Công ty Chứng khoán SSI" of "SSI").
COMPANY_HEADS = frozenset({"công ty", "tập đoàn", "tổng công ty", "hãng", "ngân hàng"})
# Sources of a full name that may close in a known firm's name.
FULL_NAME_SOURCES = frozenset({"head", "paren"})


def _known_tails(cands: list[Candidate]) -> list[Candidate]:
    """"Công ty Chứng khoán SSI", "Công ty TNHH MTV Vàng bạc Đá quý Sài Gòn - SJC": a full name
    closed by a gazetteer body's name, after only a company head and its legal form or after a
    dash, is that body, so its name joins the body's short form written alone ("SSI")."""
    known: dict[int, list[Candidate]] = {}
    for c in cands:
        if c.kind == "ORG" and c.gaz is not None:
            known.setdefault(c.end, []).append(c)
    if not known:
        return cands
    out = []
    for o in cands:
        if o.kind == "ORG" and o.gaz is None and o.source in FULL_NAME_SOURCES:
            tail = next((k for k in known.get(o.end, ()) if k.start > o.start and not _sector_led(k.form)
                         and _head_or_dash(o.form[:k.start - o.start], k.form)), None)
            if tail is not None:
                o = replace(o, gaz=tail.gaz)
        out.append(o)
    return out


def _sector_led(form: str) -> bool:
    """"Chứng khoán Vietcombank": a sector word before a known name makes another firm, the
    known body's arm in that trade."""
    return any(entity_key(form).startswith(w + " ") for w in SECTOR_LEADS)


# Trades whose word before a known name makes a subsidiary ("Chứng khoán Vietcombank").
SECTOR_LEADS = frozenset({"chứng khoán", "bảo hiểm"})


def _head_or_dash(prefix: str, tail: str) -> bool:
    """Is the part of a name before a known body's name only a company head and its legal forms,
    or a whole name closed by a dash before a one-word short name ("… Sài Gòn - SJC"; not "Quỹ
    Nhân ái - Báo Dân trí", a fund and the paper it belongs to)?"""
    if prefix.rstrip().endswith(("-", "–")):
        return len(prefix.split()) > 2 and " " not in tail
    words = entity_key(prefix).split()
    n = next((n for n in (3, 2, 1) if " ".join(words[:n]) in COMPANY_HEADS), 0)
    return n > 0 and all(w in LEGAL_WORDS for w in words[n:])


def whole_mentions(text: str, groups: list[Group]) -> list[ExtractedEntity]:
    """Mentions of each group, keeping only whole ones: a form found inside another entity's
    longer mention ("Nhà nước" in "Kho bạc Nhà nước") or inside its own longer form is not one,
    except a parent body closing a unit's name ("Công an tỉnh" in "Phòng … Công an tỉnh")."""
    every = Spans(m for g in groups for m in g.spans)
    out = []
    for g in groups:
        keep = [(s, e) for s, e in sorted(g.spans) if not every.contain(s, e) or (s, e) in g.nested]
        if not keep:
            continue
        aliases = tuple(a for a in g.aliases if any(text[s:e] == a for s, e in keep))
        out.append(ExtractedEntity(g.kind, g.name, aliases, tuple(keep)))
    out.sort(key=lambda e: (e.kind, e.mentions[0]))
    return out


_TITLE_WORDS = 4  # words before a body searched for a title whose holder's name closes the body


def _title_before(text: str, start: int) -> bool:
    """Does a person's title end right before text[start:] ("Giám đốc Sở …")?"""
    words = text[max(0, start - 40):start].split()[-_TITLE_WORDS:]
    return any(entity_key(" ".join(words[k:])) in TITLES for k in range(len(words)))


def bodies_named_after_people(text: str, orgs: list[Candidate], pers: list[Candidate],
                              suppressed: set[str]) -> tuple[list[Candidate], list[Candidate]]:
    """"Nhà hát Cải lương Trần Hữu Trang", "Trung tâm Văn hóa Tôn Đức Thắng": a name right after
    a body's head-rule name, and never given a title in the text, is the end of the body's name
    (a school, a theatre named after a person), not a person beside it."""
    by_end = {o.end: o for o in orgs if o.source == "head"}
    joined: dict[int, Candidate] = {}  # id of a body's candidate → the body with the name it ends on
    named = set()
    for c in pers:
        o = by_end.get(c.start - 1)
        if o is None or c.short or text[o.end] != " " or TITLED_MARK + entity_key(c.form) in suppressed \
                or _title_before(text, o.start):
            continue  # "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Hoàng Đạo Cương": the title's holder
        joined[id(o)] = replace(o, end=c.end, form=text[o.start:c.end])
        named.add((c.start, c.end))
    if not joined:
        return orgs, pers
    return [joined.get(id(o), o) for o in orgs], [c for c in pers if (c.start, c.end) not in named]


def resolve(text: str, cands: list[Candidate], gaz: Gazetteer,
            suppressed: set[str]) -> list[ExtractedEntity]:
    """The entities of a text from the candidates of all its sentences."""
    cands = _known_tails([_nationality_trimmed(text, c) for c in cands])
    orgs, pers = settle(cands, suppressed | quoted_titles(text, cands), gaz)
    orgs, pers = bodies_named_after_people(text, orgs, pers, suppressed)
    linker = _Linker(gaz, title_end=text.find("\n") if "\n" in text else 0)
    linker.organizations(orgs)
    linker.club_forms()
    linker.levels_left_out()
    linker.team_forms()
    linker.brand_tails()
    linker.acronyms()
    linker.people(pers)
    linker.also_named(text, pers)
    return whole_mentions(text, linker.groups(text))
