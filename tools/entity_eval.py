"""Score the people & organization extractor against gold sets kept in the repository.

    .venv/bin/python tools/entity_eval.py SET... [--per-topic] [--errors] [--range FIRST-LAST]

A SET is a folder of one-article JSON files (`tests/data/entities/tune/`: {"file", "topic",
"source_style", "text", "entities"}) or one JSON file with an "articles" list (the dev set,
`tests/data/entities_dev.json`; the seed gold, `tests/data/entities_seeds.json`, whose texts are
read from `corpus/`). Scoring is set level, per article: a predicted entity is right when its kind
matches a gold entity's and its normalized name equals that entity's name or one of its aliases
(normalization as in the shared `score.py`: NFC, casefold, spaces collapsed, old/new tone
placement unified). `--errors` lists the misses and false alarms of each article; it refuses the
test split, which is reported, never inspected. `--range u131-u170` scores only the articles whose
file ids fall in that range (inclusive), so a slice of a split can be held out by name.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RESOURCES = REPO / "resources"
CORPUS = REPO / "corpus"
KINDS = ("PER", "ORG")
# folders of these names are held-out splits: aggregate figures only
TEST_SPLIT_NAMES = ("test", "test2", "test3", "test4", "test5")

_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_WORD = re.compile(r"\w+")


class EvalSetMissing(RuntimeError):
    """A gold set or one of its article texts is not where it was said to be."""


def _retone(token: str) -> str:
    """Old tone placement ("hoà", "thuỵ") moved to the new one, as the shared scorer does."""
    d = unicodedata.normalize("NFD", token)
    tones = [c for c in d if c in _TONE_MARKS]
    if len(tones) != 1:
        return token
    base = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONE_MARKS))
    for pair in ("oa", "oe", "uy"):
        if base.endswith(pair):
            if pair == "uy" and base.endswith("quy"):
                return token
            i = len(base) - 2
            return unicodedata.normalize("NFC", base[: i + 1] + tones[0] + base[i + 1:])
    return token


def normalize(name: str) -> str:
    """The form two spellings of one name share."""
    s = " ".join(unicodedata.normalize("NFC", name or "").casefold().split())
    return unicodedata.normalize("NFC", _WORD.sub(lambda m: _retone(m.group(0)), s))


@dataclass
class Article:
    file: str
    text: str
    entities: list[dict]
    topic: str = ""


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class ArticleScore:
    counts: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})
    missed: list[tuple[str, str]] = field(default_factory=list)
    wrong: list[tuple[str, str]] = field(default_factory=list)


def load_set(path: Path, *, corpus: Path = CORPUS, ids: tuple[str, str] | None = None) -> list[Article]:
    """The articles of a gold set: a folder of one-article files or one file with "articles".

    `ids` = (first, last) keeps only the folder's files named first…last inclusive, so a slice
    added in a later round can be scored apart from the part the rules were written from.
    """
    path = Path(path)
    if path.is_dir():
        files = sorted(f for f in path.glob("*.json")
                       if ids is None or ids[0] <= f.stem <= ids[1])
        if not files:
            raise EvalSetMissing(f"no gold articles in {path}")
        return [_article(json.loads(f.read_text(encoding="utf-8")), corpus) for f in files]
    if not path.is_file():
        raise EvalSetMissing(f"gold set not found: {path}")
    data = json.loads(path.read_text(encoding="utf-8"))
    return [_article(a, corpus) for a in data["articles"]]


def _article(data: dict, corpus: Path) -> Article:
    text = data.get("text")
    if text is None:
        source = Path(corpus) / data["file"]
        if not source.is_file():
            raise EvalSetMissing(f"article text missing: {source}")
        text = source.read_text(encoding="utf-8")
    return Article(data["file"], text, data["entities"], data.get("topic", ""))


def score_article(gold: list[dict], predicted: list[tuple[str, str]]) -> ArticleScore:
    """Set-level match of (kind, name) predictions against gold entities with aliases."""
    result = ArticleScore()
    golds = [(e["kind"], normalize(e["name"]),
              {normalize(e["name"]), *(normalize(a) for a in e.get("aliases", []))}, e["name"])
             for e in gold]
    matched = [False] * len(golds)
    for kind, name in predicted:
        key = normalize(name)
        hits = [i for i, (k, _, forms, _) in enumerate(golds)
                if k == kind and not matched[i] and key in forms]
        if hits:
            matched[next((i for i in hits if golds[i][1] == key), hits[0])] = True
            result.counts.setdefault(kind, Counts()).tp += 1
        else:
            result.counts.setdefault(kind, Counts()).fp += 1
            result.wrong.append((kind, name))
    for i, (kind, _, _, name) in enumerate(golds):
        if not matched[i]:
            result.counts.setdefault(kind, Counts()).fn += 1
            result.missed.append((kind, name))
    return result


@dataclass
class Report:
    kinds: dict[str, Counts]
    topics: dict[str, dict[str, Counts]]
    articles: dict[str, ArticleScore]
    seconds: float

    def f1(self, kind: str) -> float:
        return self.kinds[kind].prf[2]

    @property
    def overall(self) -> Counts:
        total = Counts()
        for c in self.kinds.values():
            total.add(c)
        return total


def evaluate(articles: list[Article], *, resources: Path = RESOURCES) -> Report:
    """Run the extractor on every article and score it."""
    from desktop.core.entities import extract  # after sys.path is set up by the caller

    kinds = {k: Counts() for k in KINDS}
    topics: dict[str, dict[str, Counts]] = {}
    per_article: dict[str, ArticleScore] = {}
    t0 = time.perf_counter()
    for art in articles:
        found = [(e.kind, e.name) for e in extract(art.text, resources=resources)]
        result = score_article(art.entities, found)
        per_article[art.file] = result
        by_topic = topics.setdefault(art.topic or "-", {k: Counts() for k in KINDS})
        for kind, counts in result.counts.items():
            kinds.setdefault(kind, Counts()).add(counts)
            by_topic.setdefault(kind, Counts()).add(counts)
    return Report(kinds, topics, per_article, time.perf_counter() - t0)


def _row(label: str, counts: Counts) -> str:
    p, r, f = counts.prf
    return f"{label:<24}{counts.tp:>6}{counts.fp:>6}{counts.fn:>6}{p:>8.3f}{r:>8.3f}{f:>8.3f}"


def format_report(name: str, report: Report, *, per_topic: bool, errors: bool) -> str:
    lines = [f"== {name}: {len(report.articles)} articles in {report.seconds:.1f} s",
             f"{'':<24}{'TP':>6}{'FP':>6}{'FN':>6}{'P':>8}{'R':>8}{'F1':>8}"]
    lines += [_row(k, c) for k, c in report.kinds.items()]
    lines.append(_row("overall", report.overall))
    if per_topic:
        for topic, kinds in sorted(report.topics.items()):
            lines += [_row(f"{topic[:18]} {k}", c) for k, c in kinds.items() if c.tp + c.fn + c.fp]
    if errors:
        for file, result in report.articles.items():
            if result.missed or result.wrong:
                lines.append(f"-- {file}")
                lines += [f"   missed {k} {n}" for k, n in result.missed]
                lines += [f"   wrong  {k} {n}" for k, n in result.wrong]
    return "\n".join(lines)


def is_test_split(path: Path) -> bool:
    return Path(path).resolve().name in TEST_SPLIT_NAMES


def _id_range(text: str) -> tuple[str, str]:
    first, sep, last = text.partition("-")
    if not sep or not first or not last or first > last:
        raise argparse.ArgumentTypeError(f"expected FIRST-LAST such as u131-u170, got {text!r}")
    return first, last


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", type=Path, help="a folder of article files or a gold JSON")
    ap.add_argument("--per-topic", action="store_true")
    ap.add_argument("--errors", action="store_true", help="list misses and false alarms")
    ap.add_argument("--resources", type=Path, default=RESOURCES)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--range", dest="ids", metavar="FIRST-LAST", type=_id_range,
                    help="only the files FIRST…LAST of a folder, e.g. u131-u170")
    args = ap.parse_args(argv)
    if args.errors and any(is_test_split(s) for s in args.sets):
        print("error: --errors is not for the test split (report it, don't fit it)",
              file=sys.stderr)
        return 2
    for gold_set in args.sets:
        try:
            articles = load_set(gold_set, corpus=args.corpus, ids=args.ids)
        except EvalSetMissing as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        report = evaluate(articles, resources=args.resources)
        print(format_report(str(gold_set), report, per_topic=args.per_topic, errors=args.errors))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    raise SystemExit(main())
