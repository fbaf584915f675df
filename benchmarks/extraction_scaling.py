"""People & organization extraction on long texts: does its time grow with the text, not faster?

    .venv/bin/python benchmarks/extraction_scaling.py [--names 1000]

Builds a one-paragraph text of N distinct people and bodies (a made-up "name soup", the worst
case for linking every name with every other) and of 2N and 4N, times `extract` on each, and
prints the ratios t(2N)/t(N) and t(4N)/t(2N) against the ratio of their lengths. Linear work
gives about 2.0; the goal is at most 2.5. A benchmark, not a test: the figures depend on the
machine, the ratios much less.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FAMILY = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý".split()
MIDDLE = "Văn Thị Hữu Đức Minh Ngọc Thanh Quốc".split()
GIVEN = ("An Bình Cường Dũng Giang Hà Hải Hùng Khánh Lan Linh Long Mai Nam Phong Quân Sơn Tâm "
         "Thảo Trang Tuấn Việt Yến").split()
HEADS = ("Công ty", "Sở", "Bệnh viện", "Trường", "Ngân hàng")
GOAL = 2.5  # a doubling of the text may cost at most this much more time


def name_soup(n: int, *, seed: int = 1) -> str:
    """n clauses, two people to each body, drawn so that most names are distinct."""
    pick = random.Random(seed).choice
    parts = []
    for i in range(n):
        if i % 3:
            parts.append(f"ông {pick(FAMILY)} {pick(MIDDLE)} {pick(GIVEN)} {pick(GIVEN)} nói rằng")
        else:
            parts.append(f"{pick(HEADS)} {pick(GIVEN)} {pick(GIVEN)} {pick(FAMILY)} cho biết")
    return ", ".join(parts) + "."


def timed(text: str) -> float:
    from desktop.core.entities import extract

    start = time.perf_counter()
    extract(text, resources=ROOT / "resources")
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--names", type=int, default=1000, help="clauses in the shortest text")
    args = ap.parse_args(argv)
    timed("Ông Nguyễn Văn An làm việc tại Sở Y tế.")  # load the models before timing
    sizes = (args.names, 2 * args.names, 4 * args.names)
    texts = [name_soup(n) for n in sizes]
    times = [timed(t) for t in texts]
    for n, text, t in zip(sizes, texts, times, strict=True):
        print(f"{n:6d} names  {len(text) / 1000:7.1f} kB  {t:7.2f} s")
    worst = 0.0
    for i in (1, 2):
        ratio = times[i] / times[i - 1]
        worst = max(worst, ratio)
        grown = len(texts[i]) / len(texts[i - 1])
        print(f"t({sizes[i]})/t({sizes[i - 1]}) = {ratio:.2f}  (text {grown:.2f}×)")
    print(f"worst ratio {worst:.2f}, goal ≤ {GOAL}: {'ok' if worst <= GOAL else 'SLOWER THAN LINEAR'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
