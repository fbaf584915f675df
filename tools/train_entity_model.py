"""Train the experimental sequence model (tools/entity_model.py) on the TUNE split only.

    .venv/bin/python tools/train_entity_model.py [--cv 5] [--out FILE]

Each tune article's sentences are run through the rules (desktop/core/entities/pipeline.py
`rule_sentences`); every syllable gets the features of `model.features` and the label that the
gold names give it (B-/I-PER, B-/I-ORG, O: each gold spelling found as a whole word, longest
first). A CRF (underthesea_core's trainer, deterministic) is fitted and saved. `--cv K` instead
reports, fold by fold, F1 on held-out tune articles with and without the model: the figure that
says whether the model generalizes beyond the articles it saw.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

import entity_eval as ev  # noqa: E402
import entity_model as model_mod  # noqa: E402

from desktop.core.entities import gazetteer as gazetteer_mod  # noqa: E402
from desktop.core.entities.pipeline import finish, rule_sentences  # noqa: E402
from desktop.core.vietnamese import nfc  # noqa: E402

TUNE = REPO / "tests" / "data" / "entities" / "tune"
OUT = Path(tempfile.gettempdir()) / "chugiai-entity-model.crf"
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 200}


def gold_spans(text: str, entities: list[dict]) -> list[tuple[int, int, str]]:
    """Whole-word occurrences of every gold spelling, longest first, never overlapping."""
    forms = sorted({(nfc(f), e["kind"]) for e in entities for f in [e["name"], *e.get("aliases", [])]},
                   key=lambda fk: -len(fk[0]))
    taken: list[tuple[int, int, str]] = []
    for form, kind in forms:
        for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
            if not any(a < m.end() and m.start() < b for a, b, _ in taken):
                taken.append((m.start(), m.end(), kind))
    return taken


def labelled(articles: list) -> tuple[list, list]:
    gaz = gazetteer_mod.load(gazetteer_mod.resource_path(REPO / "resources"))
    xs, ys = [], []
    for art in articles:
        text = nfc(art.text)
        spans = gold_spans(text, art.entities)
        for sent in rule_sentences(text, gaz, set()):
            labels = []
            for s in sent.syls:
                hit = next(((a, k) for a, b, k in spans if a <= s.start and s.end <= b), None)
                labels.append("O" if hit is None else ("B-" if hit[0] == s.start else "I-") + hit[1])
            xs.append(model_mod.features(sent))
            ys.append(labels)
    return xs, ys


def train(articles: list, out: Path) -> None:
    from underthesea_core import CRFTrainer

    xs, ys = labelled(articles)
    trainer = CRFTrainer()
    trainer.set_l1_penalty(PARAMS["c1"])
    trainer.set_l2_penalty(PARAMS["c2"])
    trainer.set_max_iterations(PARAMS["max_iterations"])
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(xs, ys).save(str(out))
    print(f"trained on {len(articles)} articles, {len(xs)} sentences: {out}")


def extract_with(text: str, tagger) -> list:
    """The extractor with the model's stage after the rules (None: the rules alone)."""
    gaz = gazetteer_mod.load(gazetteer_mod.resource_path(REPO / "resources"))
    text = nfc(text)
    cands, suppressed = [], set()
    for sent in rule_sentences(text, gaz, suppressed):
        model_mod.model_stage(sent, tagger)
        cands.extend(sent.cands)
    return finish(text, cands, gaz, suppressed)


def cross_validate(articles: list, folds: int) -> None:
    totals = {use: {k: ev.Counts() for k in ev.KINDS} for use in (False, True)}
    for f in range(folds):
        held = [a for i, a in enumerate(articles) if i % folds == f]
        rest = [a for i, a in enumerate(articles) if i % folds != f]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "model.crf"
            train(rest, path)
            tagger = model_mod.load(path)
            for use in (False, True):
                counts = {k: ev.Counts() for k in ev.KINDS}
                for art in held:
                    found = [(e.kind, e.name) for e in extract_with(art.text, tagger if use else None)]
                    for k, c in ev.score_article(art.entities, found).counts.items():
                        counts[k].add(c)
                        totals[use][k].add(c)
                print(f"fold {f} model={use}: " + "  ".join(
                    f"{k} {counts[k].prf[2]:.3f}" for k in ev.KINDS))
    for use in (False, True):
        print(f"held-out total, model={use}: " + "  ".join(
            f"{k} F1 {totals[use][k].prf[2]:.3f}" for k in ev.KINDS))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tune", type=Path, default=TUNE)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--cv", type=int, default=0, help="report K-fold held-out F1 instead")
    args = ap.parse_args(argv)
    if ev.is_test_split(args.tune):
        print("error: the model is trained on the tune split only", file=sys.stderr)
        return 2
    articles = ev.load_set(args.tune)
    if args.cv:
        cross_validate(articles, args.cv)
    else:
        train(articles, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
