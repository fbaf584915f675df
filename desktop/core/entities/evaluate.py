"""Run the extractor on the seed articles and print the shared scorer's table.

    python -m desktop.core.entities.evaluate [--eval-dir DIR] [--corpus DIR] [--out FILE]

The gold set and `score.py` live in `../shared/eval` beside the repository (override with
`--eval-dir`); the articles are read from `corpus/` under the names the gold file lists, or
from the gold file itself when its articles carry a "text" (the held-out dev set:
`--gold tests/data/entities_dev.json`).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

import desktop

from . import EXTRACTOR_VERSION, extract

REPO_ROOT = Path(desktop.__file__).resolve().parents[1]
DEFAULT_EVAL_DIR = REPO_ROOT.parent / "shared" / "eval"
DEFAULT_CORPUS = REPO_ROOT / "corpus"


class EvalSetMissing(RuntimeError):
    pass


def load_scorer(eval_dir: Path):
    script = Path(eval_dir) / "score.py"
    if not script.is_file():
        raise EvalSetMissing(
            f"evaluation set not found: {script} does not exist "
            f"(pass --eval-dir DIR pointing at the folder with score.py and seeds_gold.json)"
        )
    spec = importlib.util.spec_from_file_location("chugiai_shared_score", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predictions(gold: dict, corpus: Path) -> dict:
    arts = []
    for art in gold["articles"]:
        if "text" in art:  # a dev set carries its texts (tests/data/entities_dev.json)
            text = art["text"]
        else:
            path = Path(corpus) / art["file"]
            if not path.is_file():
                raise EvalSetMissing(f"seed article missing: {path}")
            text = path.read_text(encoding="utf-8")
        ents = extract(text)
        arts.append({"file": art["file"], "entities": [
            {"kind": e.kind, "name": e.name, "aliases": list(e.aliases),
             "mentions": [list(m) for m in e.mentions]} for e in ents]})
    return {"extractor_version": EXTRACTOR_VERSION, "articles": arts}


def evaluate(eval_dir: Path = DEFAULT_EVAL_DIR, corpus: Path = DEFAULT_CORPUS,
             gold_path: Path | None = None) -> dict:
    """Scores as {"PER": (p, r, f), "ORG": ..., "overall": ...} plus the raw counts and predictions."""
    scorer = load_scorer(eval_dir)
    gold_file = Path(gold_path) if gold_path else Path(eval_dir) / "seeds_gold.json"
    if not gold_file.is_file():
        raise EvalSetMissing(f"gold file not found: {gold_file}")
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    pred = predictions(gold, corpus)
    counts = scorer.score(gold, pred)
    result = {"counts": counts, "predictions": pred}
    tot = [0, 0, 0]
    for k in ("PER", "ORG"):
        tp, fp, fn = counts.get(k, [0, 0, 0])
        result[k] = scorer.prf(tp, fp, fn)
    for k, (tp, fp, fn) in counts.items():
        tot = [tot[0] + tp, tot[1] + fp, tot[2] + fn]
    result["overall"] = scorer.prf(*tot)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR,
                    help=f"folder with score.py and seeds_gold.json (default {DEFAULT_EVAL_DIR})")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--gold", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=None, help="also write the predictions here")
    args = ap.parse_args(argv)
    try:
        scorer = load_scorer(args.eval_dir)
        gold_file = args.gold or args.eval_dir / "seeds_gold.json"
        if not gold_file.is_file():
            raise EvalSetMissing(f"gold file not found: {gold_file}")
        t0 = time.perf_counter()
        pred = predictions(json.loads(gold_file.read_text(encoding="utf-8")), args.corpus)
        elapsed = time.perf_counter() - t0
    except EvalSetMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    out = args.out
    if out is None:
        import tempfile

        out = Path(tempfile.mkdtemp(prefix="chugiai-eval-")) / "predictions.json"
    out.write_text(json.dumps(pred, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"extractor {EXTRACTOR_VERSION}: {len(pred['articles'])} articles in {elapsed:.2f} s; "
          f"predictions in {out}")
    scorer.main([str(out), "--gold", str(gold_file)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
