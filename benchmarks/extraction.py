"""People & organization extraction: speed and peak memory against underthesea's `ner()`.

    .venv/bin/python benchmarks/extraction.py [--repeat 3] [--split tests/data/entities/test]

Prints (1) sentences per second of `extract` and of underthesea's `ner()` on the sentences of
the TEST split of the entity corpus (articles never used to tune the extractor), in the same
run, both warm, passes alternating, and their ratio (goal ≥ 1.0); (2) the peak memory (max RSS)
of a fresh process that runs each of them once over those sentences, and the difference
(goal ≤ +50 MB); (3) the megabytes the extractor adds to the installer: the underthesea model
files that build.spec bundles (UNDERTHESEA_DATA) plus resources/gazetteer and the sequence model
in resources/entities. A benchmark, not a
test. `extract` gets its tags from desktop/core/entities/tagger.py: `ner()`'s own models with
feature strings built in linear time (output equal to `ner()`'s, tests/test_entities_tagger.py).
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEST_SPLIT = ROOT / "tests" / "data" / "entities" / "test"
RESOURCES = ROOT / "resources"


def split_texts(folder: Path) -> list[str]:
    files = sorted(Path(folder).glob("*.json"))
    if not files:
        raise SystemExit(f"error: no articles in {folder}")
    return [json.loads(f.read_text(encoding="utf-8"))["text"] for f in files]


def all_sentences(texts: list[str]) -> list[str]:
    from desktop.core.vietnamese import nfc, sentences

    texts = [nfc(t) for t in texts]
    return [t[s:e] for t in texts for s, e in sentences(t) if any(c.isalpha() for c in t[s:e])]


def rates(functions: list, items: list[str], repeat: int) -> list[float]:
    """Items per second of each function, best of `repeat` passes (the least disturbed one).

    The passes alternate between the functions, so that a change in the machine's load
    during the run weighs on both sides alike."""
    best = [float("inf")] * len(functions)
    for _ in range(repeat):
        for k, function in enumerate(functions):
            t0 = time.perf_counter()
            for item in items:
                function(item)
            best[k] = min(best[k], time.perf_counter() - t0)
    return [len(items) / b for b in best]


def peak_mb(which: str, split: Path) -> float:
    """Max RSS of a fresh process that runs `which` ("ner" or "extract") over the split once."""
    out = subprocess.run([sys.executable, __file__, "--peak-of", which, "--split", str(split)],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    return float(out.stdout.strip().splitlines()[-1])


def _run_once(which: str, split: Path) -> None:
    import resource

    sents = all_sentences(split_texts(split))
    if which == "ner":
        from underthesea import ner

        for s in sents:
            ner(s)
    else:
        from desktop.core.entities import extract

        for s in sents:
            extract(s, resources=RESOURCES)
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def bundled_megabytes() -> tuple[float, float]:
    """(underthesea model files listed in build.spec, resources/gazetteer + entities) in MB."""
    import underthesea

    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    listed = ast.literal_eval(re.search(r"UNDERTHESEA_DATA = (\[.*?\])", spec, re.S).group(1))
    base = Path(underthesea.__file__).parent
    models = sum((base / rel).stat().st_size for rel in listed)
    gazetteer = sum(p.stat().st_size for d in ("gazetteer", "entities")
                    for p in (RESOURCES / d).rglob("*") if p.is_file())
    return models / 1e6, gazetteer / 1e6


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--split", type=Path, default=TEST_SPLIT)
    ap.add_argument("--peak-of", choices=("ner", "extract"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    if args.peak_of:
        _run_once(args.peak_of, args.split)
        return 0
    from underthesea import ner

    from desktop.core.entities import EXTRACTOR_VERSION, extract

    def ours(sentence: str):
        return extract(sentence, resources=RESOURCES)

    texts = split_texts(args.split)
    sents = all_sentences(texts)
    ours(sents[0]), ner(sents[0])  # load the models before timing
    ner_rate, ours_rate = rates([ner, ours], sents, args.repeat)
    t0 = time.perf_counter()
    for text in texts:
        ours(text)
    whole_s = time.perf_counter() - t0
    ner_mb, ours_mb = peak_mb("ner", args.split), peak_mb("extract", args.split)
    models_mb, gazetteer_mb = bundled_megabytes()
    print(f"extractor {EXTRACTOR_VERSION}, {len(sents)} sentences of {len(texts)} articles "
          f"({args.split.relative_to(ROOT) if args.split.is_relative_to(ROOT) else args.split})")
    print(f"underthesea ner(): {ner_rate:8.1f} sentences/s")
    print(f"extract():         {ours_rate:8.1f} sentences/s   ratio {ours_rate / ner_rate:.2f} "
          f"(goal >= 1.0)")
    print(f"whole articles:    {len(texts)} in {whole_s:.2f} s")
    print(f"peak memory: ner() {ner_mb:.0f} MB, extract() {ours_mb:.0f} MB, "
          f"difference {ours_mb - ner_mb:+.0f} MB (goal <= +50)")
    print(f"installer share: underthesea models {models_mb:.1f} MB + gazetteer and model "
          f"{gazetteer_mb:.3f} MB = {models_mb + gazetteer_mb:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
