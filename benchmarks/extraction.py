"""People & organization extraction: speed against underthesea's `ner()`, corpus time, size.

    .venv/bin/python benchmarks/extraction.py [--repeat 3]

Prints (1) sentences per second of `extract` and of underthesea's `ner()` on the same sentences
in the same run (both warm, passes alternating), and their ratio (goal, issue 3: ≥ 1.0) —
`extract` gets its tags from desktop/core/entities/tagger.py: `ner()`'s own models and feature
strings, built in linear time (the output equals `ner()`'s, tests/test_entities_tagger.py);
(2) the time to extract the bundled corpus; (3) the megabytes the extractor adds to the
installer: the underthesea model files that build.spec bundles (UNDERTHESEA_DATA) plus
resources/gazetteer. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV_SET = ROOT / "tests" / "data" / "entities_dev.json"


def corpus_texts() -> list[str]:
    from desktop import paths
    from desktop.core.corpus import read_corpus

    return [a.body for a in read_corpus(paths.corpus_dir())]


def all_sentences(texts: list[str]) -> list[str]:
    from desktop.core.vietnamese import sentences

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


def bundled_megabytes() -> tuple[float, float]:
    """(underthesea model files listed in build.spec, resources/gazetteer) in MB."""
    import underthesea

    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    listed = ast.literal_eval(re.search(r"UNDERTHESEA_DATA = (\[.*?\])", spec, re.S).group(1))
    base = Path(underthesea.__file__).parent
    models = sum((base / rel).stat().st_size for rel in listed)
    gazetteer = sum(p.stat().st_size for p in (ROOT / "resources" / "gazetteer").rglob("*")
                    if p.is_file())
    return models / 1e6, gazetteer / 1e6


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    from underthesea import ner

    from desktop.core.entities import EXTRACTOR_VERSION, extract

    texts = corpus_texts()
    dev = [a["text"] for a in json.loads(DEV_SET.read_text(encoding="utf-8"))["articles"]]
    sents = all_sentences(texts + dev)
    extract(sents[0]), ner(sents[0])  # load the models before timing
    ner_rate, ours_rate = rates([ner, extract], sents, args.repeat)
    t0 = time.perf_counter()
    for text in texts:
        extract(text)
    corpus_s = time.perf_counter() - t0
    models_mb, gazetteer_mb = bundled_megabytes()
    print(f"extractor {EXTRACTOR_VERSION}, {len(sents)} sentences")
    print(f"underthesea ner(): {ner_rate:8.1f} sentences/s")
    print(f"extract():         {ours_rate:8.1f} sentences/s   ratio {ours_rate / ner_rate:.2f} "
          f"(goal >= 1.0)")
    print(f"bundled corpus: {len(texts)} articles in {corpus_s:.2f} s")
    print(f"installer share: underthesea models {models_mb:.1f} MB + gazetteer "
          f"{gazetteer_mb:.3f} MB = {models_mb + gazetteer_mb:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
