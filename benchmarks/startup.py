"""Cold start to an idle main window, next to a bare PySide6 window, measured from outside.

    .venv/bin/python benchmarks/startup.py [--runs 7]

Each run spawns a fresh process and stops the clock when the process prints "idle" (the first
idle moment after its window is shown; the app then prints its widget count, "widgets 120",
counted after the clock stopped since counting costs time too). Goal: the app ≤ 1.5×
a bare PySide6 window with the same widgets' count. Three baselines run interleaved with the
app (all in bare_window.py): a minimal bare window (a splitter of four views); a bare window
padded with plain widgets (in its splitter, tabs, menus and toolbar) to the app's widget count;
and that window once more with one setting that names a Qt enum, for comparison.
Children get bytecode (PYTHONDONTWRITEBYTECODE cleared, one unmeasured priming run), as a real
install has. Last, a start with a library of 10,000 articles (`--library`), for scale; with
`--pulled` those articles arrive as a team library a sync pulled (goal: within 1.2× of the
bundled library's start, e.g. `--library 100000 --pulled`).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

BARE_WINDOW = Path(__file__).with_name("bare_window.py")  # both baselines, see its docstring


def time_to_idle(cmd: list[str], env: dict, counts: dict | None = None) -> float:
    """Seconds from spawn to the process's "idle" line; later "NAME N" lines go to `counts`."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env)
    for line in proc.stdout:
        if line.strip() == "idle":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{cmd} exited without reaching idle")
    for line in proc.stdout:
        words = line.split()
        if counts is not None and len(words) == 2 and words[1].isdigit():
            counts[words[0]] = int(words[1])
    proc.wait(timeout=60)
    return elapsed


def same_count_command(bare: list[str], widgets: int, env: dict) -> tuple[list[str], int]:
    """The padded bare window with as many widgets as the app (`widgets`), and its count: a
    calibration run with no padding says how many the skeleton has."""
    skeleton: dict[str, int] = {}
    time_to_idle([*bare, "0"], env, skeleton)
    cmd = [*bare, str(max(0, widgets - skeleton["widgets"]))]
    counts: dict[str, int] = {}
    time_to_idle(cmd, env, counts)  # primes the file cache too
    return cmd, counts["widgets"]


@dataclass
class Starts:
    """Median seconds to idle of the app and the three bare windows, and their widget counts."""

    app: float
    minimal: float
    same: float
    qt: float
    widgets: int
    same_widgets: int


def compare_starts(app_cmd: list[str], bare_cmd: list[str], env: dict, runs: int) -> Starts:
    """Time the app next to the bare windows of bare_window.py (`bare_cmd` runs it), `runs`
    times each, interleaved so that drift hits all alike; unmeasured runs prime each first."""
    time_to_idle(app_cmd, env)  # first use loads the corpus (and writes bytecode)
    counts: dict[str, int] = {}
    time_to_idle(app_cmd, env, counts)
    time_to_idle(bare_cmd, env)
    same_cmd, same_widgets = same_count_command(bare_cmd, counts["widgets"], env)
    qt_cmd = [*same_cmd, "--qt"]
    time_to_idle(qt_cmd, env)
    commands = (app_cmd, bare_cmd, same_cmd, qt_cmd)
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for cmd, samples in zip(commands, times, strict=True):
            samples.append(time_to_idle(cmd, env))
    app, minimal, same, qt = (statistics.median(samples) for samples in times)
    return Starts(app, minimal, same, qt, counts["widgets"], same_widgets)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--library", type=int, default=10_000,
                        help="also time a start with this many articles (0: not)")
    parser.add_argument("--pulled", action="store_true",
                        help="those articles are a team library written by a sync's pull")
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               CHUGIAI_EXIT_WHEN_IDLE="1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # installs and the frozen app have bytecode
    data = tempfile.mkdtemp(prefix="chugiai-bench-")
    app_cmd = [sys.executable, "-m", "desktop", "--data-dir", data]
    r = compare_starts(app_cmd, [sys.executable, str(BARE_WINDOW)], env, args.runs)
    n = args.runs
    print(f"bare PySide6 window (minimal)    : {r.minimal * 1000:6.0f} ms (median of {n})")
    print(f"bare PySide6 window, {r.same_widgets:4d} widgets : "
          f"{r.same * 1000:6.0f} ms (median of {n})")
    print(f"  the same, naming one Qt enum   : {r.qt * 1000:6.0f} ms (median of {n}; "
          "for comparison)")
    print(f"chugiai main window, {r.widgets:4d} widgets : {r.app * 1000:6.0f} ms (median of {n})")
    print(f"ratio vs minimal bare window     : {r.app / r.minimal:6.2f}×")
    print(f"ratio vs same-widget-count window: {r.app / r.same:6.2f}×  (goal ≤ 1.5×)")
    print(f"ratio vs that window naming a Qt enum: {r.app / r.qt:6.2f}×  (see bare_window.py)")
    if args.library:
        big = Path(tempfile.mkdtemp(prefix="chugiai-bench-library-"))
        # filled by another process (memory.py's filler): the starts are spawned by this small one
        subprocess.run([sys.executable, str(Path(__file__).with_name("memory.py")), "--articles",
                        str(args.library), "--fill-only", str(big),
                        *(["--pulled"] if args.pulled else [])], check=True, env=env)
        big_cmd = [sys.executable, "-m", "desktop", "--data-dir", str(big)]
        time_to_idle(big_cmd, env)  # the first start after filling: unmeasured
        # interleaved with the bundled library's start, so that drift in the machine's load
        # hits both alike
        bundled, large = [], []
        for _ in range(n):
            bundled.append(time_to_idle(app_cmd, env))
            large.append(time_to_idle(big_cmd, env))
        big_start, app_start = statistics.median(large), statistics.median(bundled)
        what = "a pulled team library" if args.pulled else "a library"
        print(f"chugiai, {what} of {args.library:,} articles: {big_start * 1000:6.0f} ms "
              f"(median of {n}; {big_start / app_start:.2f}× the bundled library's start, "
              f"{app_start * 1000:.0f} ms, measured in turn with it)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
