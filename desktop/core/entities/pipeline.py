"""The extraction pipeline: underthesea's CRF tagger per sentence, then Vietnamese-news rules.

Stages, per sentence:
  1. `ner()` tokens aligned back to code-point offsets (underthesea re-spells tokens: "Hoà"
     comes back as "Hòa", so alignment runs on a folded copy and skips white space);
  2. syllables of the sentence, each knowing its ner token and tags;
  3. candidates: people (CRF spans without titles, title + name, surname-led runs) and
     organizations (gazetteer, "Name (ACRONYM)", head noun + name, acronyms, English names);
then, per text: linking (acronym ↔ full name, "ông Hùng" ↔ "Nguyễn Văn Hùng", bare "Phái đoàn"
↔ "Phái đoàn Việt Nam", tone/case variants), and mentions of every surface form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterable

from ..models import ExtractedEntity
from ..vietnamese import _retone_syllable, entity_key, fold, nfc, sentences
from . import Cancelled  # noqa: E402 — defined in the package so callers need not import us
from . import lexicon as L
from .gazetteer import Gazetteer
from .gazetteer import load as load_gazetteer

# ---------------------------------------------------------------------------- tagger

_NER = None


def _ner_function():
    """underthesea's CRF `ner` (same output, linear-time features: see `tagger`), loaded on
    first use (the import costs ~0.4 s)."""
    global _NER
    if _NER is None:
        from .tagger import tagger  # noqa: PLC0415 — lazy on purpose

        _NER = tagger()
    return _NER


_WORDS: frozenset[str] | None = None


def _dictionary() -> frozenset[str]:
    """underthesea's Viet74K word list (already in memory once its tagger is loaded)."""
    global _WORDS
    if _WORDS is None:
        try:
            from underthesea.pipeline.ner.tagged_feature import words  # noqa: PLC0415
            _WORDS = frozenset(w.lower() for w in words)
        except Exception:  # pragma: no cover — a trimmed bundle without the list
            _WORDS = frozenset()
    return _WORDS


def _match_fold(s: str) -> str:
    # fold, plus y→i: underthesea's normalizer may respell "Thụy Sỹ" as "Thụy Sĩ"
    return fold(s).replace("y", "i")


def _match_at(hay: str, pos: int, needle: list[str]) -> tuple[int, int] | None:
    n = len(hay)
    while pos < n and hay[pos].isspace():
        pos += 1
    start = pos
    for c in needle:
        while pos < n and hay[pos].isspace():
            pos += 1
        if pos >= n or hay[pos] != c:
            return None
        pos += 1
    return (start, pos)


def align_tokens(sentence: str, tokens: Iterable[str]) -> list[tuple[int, int] | None]:
    """Offsets of each token in `sentence`, found in order; None for a token not found."""
    hay = _match_fold(sentence)
    pos = 0
    out: list[tuple[int, int] | None] = []
    for tok in tokens:
        needle = [c for c in _match_fold(nfc(tok).replace("_", " ")) if not c.isspace()]
        if not needle:
            out.append(None)
            continue
        span = _match_at(hay, pos, needle)
        if span is None:
            for p in range(pos + 1, min(len(hay), pos + 60)):
                span = _match_at(hay, p, needle)
                if span is not None:
                    break
        out.append(span)
        if span is not None:
            pos = span[1]
    return out


# ---------------------------------------------------------------------------- syllables

_SYL = re.compile(r"\w+(?:[-'’.&]\w+)*|[^\w\s]")
_ROMAN = re.compile(r"^[IVXLCDM]+$")
_VIET_MARKS = re.compile(r"[^\x00-\x7f]")


@dataclass
class Syl:
    start: int
    end: int
    text: str
    key: str
    unit: int = -1  # index of the ner token holding it
    ner: str = "O"
    pos: str = ""
    punct: bool = False

    @property
    def cap(self) -> bool:
        return not self.punct and self.text[:1].isupper()

    @property
    def acronym(self) -> bool:
        t = self.text
        letters = [c for c in t if c.isalpha()]
        return (
            not self.punct
            and len(letters) >= 2
            and all(c.isupper() for c in letters)
            and t[:1].isalpha()
            and not any(c.isdigit() for c in t)
        )

    @property
    def word(self) -> bool:
        return not self.punct and any(c.isalpha() for c in self.text)


def _syllables(text: str, s0: int, s1: int, tagged: list[tuple]) -> list[Syl]:
    sent = text[s0:s1]
    syls = []
    for m in _SYL.finditer(sent):
        t = m.group(0)
        syls.append(Syl(s0 + m.start(), s0 + m.end(), t, entity_key(t) or t,
                        punct=not any(c.isalnum() for c in t)))
    spans = align_tokens(sent, [t[0] for t in tagged])
    # assign each syllable to the token that covers its start
    j = 0
    for ti, span in enumerate(spans):
        if span is None:
            continue
        a, b = span[0] + s0, span[1] + s0
        while j < len(syls) and syls[j].start < a:
            j += 1
        k = j
        while k < len(syls) and syls[k].start < b:
            syls[k].unit = ti
            syls[k].ner = tagged[ti][3] if len(tagged[ti]) > 3 else "O"
            syls[k].pos = tagged[ti][1] if len(tagged[ti]) > 1 else ""
            k += 1
    # split units: an acronym or a capital after a lower-case syllable starts a new unit
    next_unit = len(spans) + 1
    for i in range(1, len(syls)):
        a, b = syls[i - 1], syls[i]
        if b.unit == a.unit and b.unit >= 0 and (
            b.acronym or a.acronym or (b.cap and not a.cap)
        ):
            old = b.unit
            k = i
            while k < len(syls) and syls[k].unit == old:
                syls[k].unit = next_unit
                k += 1
            next_unit += 1
    for s in syls:
        if s.unit < 0:
            s.unit = next_unit
            next_unit += 1
    return syls


def _phrase_at(syls: list[Syl], i: int, table: frozenset[str], maxlen: int = 5) -> int:
    """Length (in syllables) of the longest phrase of `table` starting at syllable i, or 0."""
    for n in range(min(maxlen, len(syls) - i), 0, -1):
        if any(s.punct for s in syls[i : i + n]):
            continue
        if " ".join(s.key for s in syls[i : i + n]) in table:
            return n
    return 0


def _phrase_before(syls: list[Syl], i: int, table: frozenset[str], maxlen: int = 4) -> int:
    """Length of the longest phrase of `table` ending just before syllable i, or 0."""
    for n in range(min(maxlen, i), 0, -1):
        if any(s.punct for s in syls[i - n : i]):
            continue
        if " ".join(s.key for s in syls[i - n : i]) in table:
            return n
    return 0


def _key_of(syls: list[Syl]) -> str:
    return " ".join(s.key for s in syls)


# ---------------------------------------------------------------------------- candidates


@dataclass
class Cand:
    kind: str
    start: int
    end: int
    source: str
    form: str = ""
    gaz: int | None = None
    link: tuple[int, int] | None = None  # span of a candidate this one is an alias of
    bare_head: str = ""  # head key when the candidate is a bare head noun
    head: str = ""  # head key of a head-rule organization
    short: bool = False  # "ông Hùng": a given name to link to a full name


@dataclass
class _Sentence:
    syls: list[Syl]
    cands: list[Cand] = field(default_factory=list)


_SHORT_HONORIFICS = frozenset(entity_key(w) for w in
                              "ông bà anh chị cô chú bác cụ ngài em cháu bé nữ".split())


def _is_head(syls: list[Syl], i: int, anchor_ok: bool = False) -> int:
    """Length of an organization head noun at i (capitalised, not a title), or 0."""
    s = syls[i]
    if s.text in L.ACRONYM_HEADS:
        return 1
    if not s.cap or s.acronym:
        return 0
    n = _phrase_at(syls, i, L.ORG_HEADS, 4)
    if anchor_ok:
        n = max(n, _phrase_at(syls, i, L.ANCHOR_ONLY_HEADS, 3))
    if not n:
        return 0
    head = _key_of(syls[i : i + n])
    nxt = syls[i + n] if i + n < len(syls) else None
    if nxt is not None and not nxt.punct:
        if not anchor_ok and nxt.key in L.HEAD_BLOCKERS.get(head, ()):
            return 0
        # "Bộ trưởng", "Hội đồng quản trị": the head plus its next word is a title
        if _phrase_at(syls, i, L.PERSON_TITLES, 4) > n:
            return 0
    return n


def _person_run_at(syls: list[Syl], i: int) -> int:
    """Length of a surname-led run of capitalised syllables at i (2–4), or 0."""
    if syls[i].key not in L.SURNAMES or not syls[i].cap or syls[i].acronym:
        return 0
    n = 0
    while i + n < len(syls) and syls[i + n].cap and not syls[i + n].acronym \
            and syls[i + n].text.isalpha():
        n += 1
    if n < 2 or n > 4:
        return 0
    run = syls[i : i + n]
    for k in range(len(run) - 1):
        if _key_of(run[k:]) in L.PLACES or _key_of(run[k : k + 2]) in L.PLACES:
            return 0
    return n


FULL_NAME_SYLLABLES = 3  # "Trần Thanh Mẫn": a surname-led run this long is a person's name


def _bridge_to_place(syls: list[Syl], k: int) -> int:
    """Index of a capitalised place reached over a few lower-case words that belong to the
    name ("Doanh nghiệp nhỏ và vừa Việt Nam", "Vệ sinh dịch tễ Trung ương"), or 0."""
    if syls[k].key in ("và", "hoặc"):
        return 0  # "Chính phủ Canada và Hàn Quốc": two names, not one
    m = k
    while m < len(syls) and m - k <= L.BRIDGE_MAX and syls[m].word and not syls[m].cap:
        if _phrase_at(syls, m, L.BRIDGE_STOPS, 2) or syls[m].pos.startswith("V"):
            return 0
        m += 1
    if m == k or m - k > L.BRIDGE_MAX or m >= len(syls) or not syls[m].cap:
        return 0
    if _phrase_at(syls, m, L.PLACES, 4) or _key_of(syls[m:m + 2]) == "trung ương":
        return m
    return 0


def _org_head_rule(syls: list[Syl], i: int, n: int) -> tuple[int, bool]:
    """End index (exclusive) of the organization whose head (n syllables) is at i.

    Returns (end, bare): bare is True when nothing followed the head."""
    j = i + n
    good = j
    k = j
    N = len(syls)
    spec_noun = False  # last piece was a capitalised common noun ("Dự báo"), not a place
    lower_run = 0
    while k < N:
        s = syls[k]
        if s.punct:
            if s.text in "-–&" and k + 1 < N and syls[k + 1].cap and good > j - 0 and good == k:
                k += 1
                continue
            break
        if s.acronym:
            if s.text in L.ACRONYM_STOP and s.text not in ("TP",):
                break
            k += 1
            good = k
            continue
        if s.cap:
            run = _person_run_at(syls, k)
            if run and (k > j or run >= FULL_NAME_SYLLABLES):
                break  # "Chủ tịch Quốc hội Trần Thanh Mẫn": the name is the title holder's
            pl = _phrase_at(syls, k, L.PLACES, 4)
            if pl:
                name_end = k + pl
                while name_end < N and syls[name_end].cap and not syls[name_end].acronym \
                        and syls[name_end].word:
                    name_end += 1
                if name_end - (k + pl) >= 2 and _name_run_ok(syls[k + pl:name_end]):
                    k += pl  # "Samsung Việt Nam Choi Joo-ho": the place ends the name
                    good = k
                    break
                k += pl
                good = k
                spec_noun = False
                lower_run = 0
                continue
            unit = s.unit
            tail = k + 1
            while tail < N and syls[tail].unit == unit and not syls[tail].punct \
                    and not syls[tail].cap:
                tail += 1
            # the tagger sometimes glues words ("Ngoại giao thông báo"): keep the longest
            # dictionary word that the capitalised syllable starts
            if tail - k > 2:
                words = _dictionary()
                best = k + 1
                for e in range(tail, k + 1, -1):
                    if " ".join(x.text.lower() for x in syls[k:e]) in words:
                        best = e
                        break
                tail = best
            spec_noun = not _phrase_at(syls, k, L.PLACES, 4) and not s.acronym
            k = tail
            good = k
            lower_run = 0
            continue
        # lower-case syllable
        m = _phrase_at(syls, k, L.ORG_LOWER_CONTINUATIONS, 4)
        if m:
            k += m
            good = k
            continue
        m = _phrase_at(syls, k, L.ADMIN_UNITS, 2)
        if m and k + m < N and syls[k + m].cap:
            k += m
            continue
        # sentence-case names go on in lower-case nouns: "Trung tâm Dự báo khí tượng thủy văn"
        if spec_noun and lower_run < 4 and s.pos == "N" and (k == 0 or syls[k - 1].unit != s.unit) \
                and not _phrase_at(syls, k, L.ORG_STOP_NOUNS, 2):
            unit = s.unit
            m = k
            while m < N and syls[m].unit == unit and not syls[m].punct and not syls[m].cap:
                m += 1
            if m - k <= 2:
                lower_run += m - k
                k = m
                good = k
                continue
        m = _bridge_to_place(syls, k)
        if m:
            k = m
            continue
        if s.key == "và" and good > j and k + 1 < N and syls[k + 1].cap \
                and not syls[k + 1].acronym and not _is_head(syls, k + 1) \
                and not _phrase_at(syls, k + 1, L.PLACES, 4):
            k += 1
            continue
        break
    return good, good == j


_VIET_SYLLABLE = re.compile(
    r"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    r"[aăâeêioôơuưyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ]{1,3}"
    r"(ch|ng|nh|[cmnpt])?$")


def _foreign_word(syl: Syl) -> bool:
    """A Latin-script word that cannot be a Vietnamese syllable ("Carolyn", "Young-sam")."""
    return syl.word and not _VIET_SYLLABLE.match(syl.text.lower())


def _name_run_ok(run: list[Syl]) -> bool:
    """2–4 capitalised words that read as a person's name: Vietnamese surname-led or foreign."""
    if not 2 <= len(run) <= 4 or any(x.acronym or not x.cap for x in run):
        return False
    if any(w.text.lower() in L.ENGLISH_ORG_WORDS for w in run):
        return False
    return run[0].key in L.SURNAMES or any(_foreign_word(x) for x in run)


def _script_changes(before: list[Syl], name: list[Syl]) -> bool:
    """Vietnamese words, then a foreign name: "Liên Hợp Quốc António Guterres"."""
    return not any(_foreign_word(x) for x in before) and all(_foreign_word(x) for x in name)


def _name_closing_title(syls: list[Syl], k: int) -> tuple[int, int] | None:
    """(start, end) of the name that closes a title phrase starting at k, or None.

    "Giám đốc Quốc gia của Ngân hàng Thế giới tại Việt Nam Carolyn Turk": the title's
    organization and place come first; the holder's name is the last capitalised run before
    the phrase ends (punctuation or a lower-case word after it)."""
    N = len(syls)
    limit = min(N, k + L.TITLE_SCOPE)
    i = k
    while i < limit:
        s = syls[i]
        if s.punct and s.text not in "()-–&":
            return None
        if s.cap and not s.acronym:
            j = i
            while j < N and syls[j].cap and not syls[j].acronym and syls[j].word:
                j += 1
            # the run may begin with the end of an organization or a place: try its tails
            for a in range(i, j - 1):
                if j - a <= 4 and _name_run_ok(syls[a:j]) and (
                        a == i or _phrase_before(syls, a, L.PLACES, 4) or _is_head(syls, i)
                        or _script_changes(syls[i:a], syls[a:j])):
                    return a, j
            i = j
            continue
        i += 1
    return None


def _sentence_candidates(text: str, syls: list[Syl], gaz_hits, suppressed: set[str]) -> list[Cand]:
    cands: list[Cand] = []
    N = len(syls)
    if not N:
        return cands
    first_word = next((i for i, s in enumerate(syls) if not s.punct), 0)

    def span(a: int, b: int) -> tuple[int, int]:
        return syls[a].start, syls[b - 1].end

    def add(kind, a, b, source, **kw):
        st, en = span(a, b)
        cands.append(Cand(kind, st, en, source, text[st:en], **kw))

    # --- gazetteer
    for h in gaz_hits:
        cands.append(Cand("ORG", h.start, h.end, "gaz", h.form, gaz=h.entry))

    # --- "Name (ACRONYM)" and "Name (Other Name)"
    for k, s in enumerate(syls):
        if s.text != "(" or k == 0:
            continue
        close = next((m for m in range(k + 1, min(N, k + 8)) if syls[m].text == ")"), None)
        if close is None or close == k + 1:
            continue
        inner = syls[k + 1 : close]
        if not all(x.cap or x.acronym or (x.text in "&-") for x in inner):
            continue
        if _key_of(inner) in L.PLACES or len(inner) > 5:
            continue
        is_acr = len(inner) == 1 and inner[0].acronym
        # backward scan to the head noun of the name
        heads = []
        m = k - 1
        stop = max(-1, k - 25)
        while m > stop:
            x = syls[m]
            if x.punct and x.text not in "-–&":
                break
            if not x.cap:
                if _phrase_before(syls, m + 1, L.SCAN_STOPS, 2):
                    break
                if x.key in ("và", "hoặc") and heads:
                    break
            h = _is_head(syls, m, anchor_ok=True)
            if h and (m == 0 or not _phrase_before(syls, m, L.QUANTIFIERS, 2)):
                heads.append(m)
            m -= 1
        if heads:
            a = heads[-1]
            if _phrase_at(syls, a, L.NON_ORG_HEADS, 4) and not _is_head(syls, a, True):
                suppressed.add(inner[0].text)
                continue
            add("ORG", a, k, "paren", head=_key_of(syls[a : a + _is_head(syls, a, True)]))
            name_span = span(a, k)
            st, en = span(k + 1, close)
            cands.append(Cand("ORG", st, en, "paren-alias", text[st:en], link=name_span))
        else:
            seg_start = m + 1
            if seg_start < k and _phrase_at(syls, seg_start, L.NON_ORG_HEADS, 4):
                if is_acr:
                    suppressed.add(inner[0].text)

    # --- people: titles, CRF spans, surname-led runs
    def strip_and_check(a: int, b: int, titled: bool, crf: bool) -> None:
        # cut at the first syllable that cannot be part of a name
        while a < b:
            t = _phrase_at(syls, a, L.PERSON_TITLES, 4)
            if t and a + t < b:
                a += t
                titled = True
                continue
            break
        run = []
        for x in syls[a:b]:
            if x.punct or not x.cap or x.acronym or not x.text.replace("-", "").replace("'", "").isalpha():
                break
            run.append(x)
        if not run:
            return
        b = a + len(run)
        # "Tổng thống Mỹ Joe Biden": a leading country is not part of the name
        while a < b - 1:
            pl = _phrase_at(syls, a, L.PLACES, 4)
            if not pl or a + pl >= b:
                break
            a += pl
        run = syls[a:b]
        # "Bộ trưởng Ngoại giao Bùi Thanh Sơn": the name starts at the surname
        if (not crf or _is_head(syls, a)) and not _person_run_at(syls, a):
            for q in range(a, b - 1):
                if _person_run_at(syls, q) and q > a:
                    a = q
                    break
        run = syls[a:b]
        key = _key_of(run)
        named_after = titled and len(run) >= 3 and run[0].key in L.SURNAMES  # "Chủ tịch Hồ Chí Minh"
        if not named_after and (
            key in L.PLACES or any(_key_of(run[q:]) in L.PLACES for q in range(len(run)))
        ):
            return
        if _is_head(syls, a) or _phrase_at(syls, a, L.NON_ORG_HEADS, 4):
            return
        if len(run) > 5:
            return
        if len(run) == 1:
            if not titled:
                return
            add("PER", a, b, "per-short", short=True)
            return
        add("PER", a, b, "per-crf" if crf else "per-rule")

    i = 0
    while i < N:
        s = syls[i]
        if s.ner.endswith("PER") and s.ner.startswith("B"):
            j = i + 1
            while j < N and syls[j].ner == "I-PER" or (j < N and syls[j].unit == s.unit):
                j += 1
            t = _phrase_before(syls, i, L.PERSON_TITLES, 4)
            strip_and_check(i, j, bool(t), True)
            i = j
            continue
        i += 1
    for i in range(N):
        t = _phrase_at(syls, i, L.PERSON_TITLES, 4)
        if not t or i + t >= N:
            continue
        head_key = _key_of(syls[i : i + t])
        if head_key in _SHORT_HONORIFICS and syls[i].cap and i != first_word:
            continue
        if syls[i + t].cap:
            b = i + t
            while b < N and syls[b].cap and not syls[b].acronym:
                b += 1
            strip_and_check(i + t, b, True, False)
    for i in range(N):
        t = _phrase_at(syls, i, L.PERSON_TITLES, 4)
        if t:
            span_end = _name_closing_title(syls, i + t)
            if span_end:
                strip_and_check(span_end[0], span_end[1], True, False)
    for i in range(N):
        n = _person_run_at(syls, i)
        if not n or (i > 0 and syls[i - 1].cap and not syls[i - 1].punct):
            continue
        if _phrase_before(syls, i, L.PLACE_CUES, 3):
            continue
        add("PER", i, i + n, "per-rule")

    per_spans = [(c.start, c.end) for c in cands if c.kind == "PER"]

    def in_person(x: Syl) -> bool:
        return any(a <= x.start < b for a, b in per_spans)

    # --- organizations by head noun
    for i in range(N):
        n = _is_head(syls, i)
        if not n or in_person(syls[i]):
            continue
        if _phrase_before(syls, i, L.QUANTIFIERS, 2):
            continue
        head = _key_of(syls[i : i + n])
        end, bare = _org_head_rule(syls, i, n)
        if bare:
            if i == first_word:
                continue
            add("ORG", i, end, "bare", bare_head=head, head=head)
        else:
            # trim a trailing "và"/admin word that found no name after it
            add("ORG", i, end, "head", head=head)

    # --- English names: "UN Women", "World Vision Việt Nam"
    i = 0
    while i < N:
        j = i
        while j < N and syls[j].cap and not _VIET_MARKS.search(syls[j].text) and syls[j].text.isalpha():
            j += 1
        if j - i >= 2:
            words = [x.text.lower() for x in syls[i:j]]
            if any(w in L.ENGLISH_ORG_WORDS for w in words[1:]) or (
                syls[i].acronym and not any(x.acronym for x in syls[i + 1 : j])
                and any(w in L.ENGLISH_ORG_WORDS for w in words)
            ):
                end = j
                if end + 1 < N and _key_of(syls[end : end + 2]) == "việt nam":
                    add("ORG", i, end, "eng")
                    end += 2
                add("ORG", i, end, "eng")
            i = j
        else:
            i += 1

    # --- stand-alone acronyms
    for i, s in enumerate(syls):
        if not s.acronym or len(s.text) < 3 or s.text in L.ACRONYM_STOP:
            continue
        if _ROMAN.match(s.text) or in_person(s):
            continue
        add("ORG", i, i + 1, "acro")
    return cands


# ---------------------------------------------------------------------------- linking


class _UF:
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


def _tone_text(text: str) -> str:
    """The text with tone marks in canonical places; same length (checked) so offsets carry."""
    out = re.sub(r"\w+", lambda m: _retone_syllable(m.group(0)), text)
    return out if len(out) == len(text) else text


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


def _resolve(text: str, cands: list[Cand], gaz: Gazetteer, suppressed: set[str]) -> list[ExtractedEntity]:
    # ORG beats PER on overlapping spans; drop suppressed acronyms
    orgs = [c for c in cands if c.kind == "ORG" and not (c.source == "acro" and c.form in suppressed)]
    org_spans = [(c.start, c.end) for c in orgs if c.source not in ("bare",)]
    pers = [c for c in cands if c.kind == "PER"
            and not any(a < c.end and c.start < b for a, b in org_spans)]
    per_spans = {(c.start, c.end) for c in pers}
    pers = [c for c in pers if not any(
        a <= c.start and c.end <= b and (a, b) != (c.start, c.end) for a, b in per_spans)]

    # drop an ORG candidate that is a proper prefix of a longer one at the same start
    longest_at: dict[int, int] = {}
    for c in orgs:
        if c.source != "paren-alias":
            longest_at[c.start] = max(longest_at.get(c.start, 0), c.end)
    kept = []
    for c in orgs:
        if c.source != "paren-alias" and c.end < longest_at[c.start]:
            continue
        kept.append(c)
    orgs = kept
    outer = [(c.start, c.end) for c in orgs if c.source in ("head", "paren", "gaz", "eng")]
    orgs = [c for c in orgs if c.source not in ("head", "bare", "acro") or not any(
        a <= c.start and c.end <= b and (a, b) != (c.start, c.end) for a, b in outer)]

    uf = _UF()
    forms: dict[str, dict] = {}  # entity_key -> info

    def note(c: Cand, kind: str):
        k = (kind, entity_key(c.form))
        info = forms.setdefault(k, {"forms": {}, "spans": set(), "bare": c.bare_head,
                                     "head": c.head, "scan": True, "short": c.short})
        info["forms"][c.form] = info["forms"].get(c.form, 0) + 1
        info["spans"].add((c.start, c.end))
        if c.source != "bare":
            info["bare"] = ""
        if not c.short:
            info["short"] = False
        if c.head and not info["head"]:
            info["head"] = c.head
        uf.find(k)
        return k

    span_key: dict[tuple[int, int], tuple] = {}
    for c in orgs:
        k = note(c, "ORG")
        if c.source != "paren-alias":
            span_key[(c.start, c.end)] = k
        entry = c.gaz if c.gaz is not None else gaz.entry_for(c.form)
        if entry is not None:
            uf.union(("GAZ", entry), k)
    for c in orgs:
        if c.link is not None and c.link in span_key:
            uf.union(span_key[c.link], (("ORG", entity_key(c.form))))

    # bare heads and shorter names of one head: link to the longer name that contains them
    org_keys = sorted((k for k in forms if k[0] == "ORG"), key=lambda k: -len(k[1]))
    for k in org_keys:
        info = forms[k]
        words = k[1].split()
        head = info["head"]
        if not head:
            continue
        hn = len(head.split())
        supers = [o for o in org_keys if o != k and len(o[1]) > len(k[1])
                  and o[1].split()[:hn] == words[:hn]
                  and _subsequence(words[hn:], o[1].split()[hn:])]
        roots = {uf.find(o) for o in supers}
        if len(roots) == 1:
            uf.union(supers[0], k)
        elif len(roots) > 1:
            home = [o for o in supers if "việt nam" in o[1]]
            if len({uf.find(o) for o in home}) == 1:
                uf.union(home[0], k)

    # people: "ông Hùng" → the full name ending in "Hùng"
    per_cands = sorted(pers, key=lambda c: c.start)
    full = [c for c in per_cands if not c.short]
    for c in per_cands:
        k = note(c, "PER")
        if c.short:
            last = entity_key(c.form)
            match = [f for f in full if entity_key(f.form).split()[-1] == last]
            before = [f for f in match if f.start < c.start]
            pick = (before or match)
            if pick:
                target = pick[-1] if before else pick[0]
                uf.union(("PER", entity_key(target.form)), k)

    # groups
    groups: dict = {}
    for k in forms:
        groups.setdefault(uf.find(k), []).append(k)

    toned = _tone_text(text)
    entities = []
    for keys in groups.values():
        kind = keys[0][0]
        # a group made only of bare heads / short names, or only lone unlinked forms, is dropped
        if all(forms[k]["bare"] and gaz.entry_for(k[1]) is None for k in keys):
            continue
        if kind == "PER" and all(forms[k]["short"] for k in keys):
            continue
        surface: dict[str, int] = {}
        spans: set[tuple[int, int]] = set()
        for k in keys:
            info = forms[k]
            for f, cnt in info["forms"].items():
                surface[f] = surface.get(f, 0) + cnt
            spans |= info["spans"]
            if info["bare"] or info["short"]:
                continue
            for f in info["forms"]:
                tf = _tone_text(f)
                for m in re.finditer(r"(?<!\w)" + re.escape(tf) + r"(?!\w)", toned):
                    spans.add((m.start(), m.end()))
        name = max(surface, key=lambda f: (not _all_caps(f), len(f.split()), len(f), surface[f]))
        aliases = tuple(sorted((f for f in surface if f != name),
                               key=lambda f: min((s for s, e in spans if text[s:e] == f), default=0)))
        entities.append([kind, name, aliases, spans])

    # mentions: at one start keep the longest; within one entity drop nested ones
    all_m = [(s, e, idx) for idx, ent in enumerate(entities) for s, e in ent[3]]
    longest: dict[int, int] = {}
    for s, e, _ in all_m:
        longest[s] = max(longest.get(s, 0), e)
    out = []
    for idx, ent in enumerate(entities):
        ms = sorted(ent[3])
        keep = []
        for s, e in ms:
            if e < longest[s] and not any(s2 == s and e2 == longest[s] for s2, e2 in ms):
                continue  # a prefix of another entity's longer name
            if any((s2 <= s and e <= e2) and (s2, e2) != (s, e) for s2, e2 in ms):
                continue
            keep.append((s, e))
        if not keep:
            continue
        aliases = tuple(a for a in ent[2] if any(text[s:e] == a for s, e in keep))
        out.append(ExtractedEntity(ent[0], ent[1], aliases, tuple(keep)))
    out.sort(key=lambda e: (e.kind, e.mentions[0]))
    return out


def _all_caps(f: str) -> bool:
    letters = [c for c in f if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


# ---------------------------------------------------------------------------- entry point


def extract(text: str, *, cancelled: Callable[[], bool] | None = None,
            gazetteer: Gazetteer | None = None) -> list[ExtractedEntity]:
    if not text or not text.strip():
        return []
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    ner = None
    hits = gaz.find(text)
    cache: dict[str, list] = {}
    cands: list[Cand] = []
    suppressed: set[str] = set()
    for s0, s1 in sentences(text):
        if cancelled is not None and cancelled():
            raise Cancelled()
        sent = text[s0:s1]
        if not any(c.isalpha() for c in sent):
            continue
        tagged = cache.get(sent)
        if tagged is None:
            if ner is None:
                ner = _ner_function()
            try:
                tagged = ner(sent)
            except Exception:  # the tagger must never take the reader down
                tagged = []
            cache[sent] = tagged
        syls = _syllables(text, s0, s1, tagged)
        sh = [h for h in hits if s0 <= h.start and h.end <= s1]
        cands.extend(_sentence_candidates(text, syls, sh, suppressed))
    if cancelled is not None and cancelled():
        raise Cancelled()
    return _resolve(text, cands, gaz, suppressed)
