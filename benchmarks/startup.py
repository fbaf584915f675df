"""Cold start to an idle main window, next to a bare PySide6 window, measured from outside.

    .venv/bin/python benchmarks/startup.py [--runs 7]

Each run spawns a fresh process and stops the clock when the process prints "idle" (the first
idle moment after its window is shown; the app then prints its widget count, "widgets 120",
counted after the clock stopped since counting costs time too). Goal (issue 8): the app ≤ 1.5×
a bare PySide6 window with the same widgets' count. Two baselines run interleaved with the app:
a minimal bare window (a splitter of four views), and a bare window padded with plain widgets
(in its splitter, tabs, menus and toolbar) to the app's widget count (both in bare_window.py).
Children get bytecode (PYTHONDONTWRITEBYTECODE cleared, one unmeasured priming run), as a real
install has.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               CHUGIAI_EXIT_WHEN_IDLE="1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # installs and the frozen app have bytecode
    data = tempfile.mkdtemp(prefix="chugiai-bench-")
    app_cmd = [sys.executable, "-m", "desktop", "--data-dir", data]
    counts: dict[str, int] = {}
    time_to_idle(app_cmd, env)  # first use loads the corpus (and writes bytecode): unmeasured
    time_to_idle(app_cmd, env, counts)
    widgets = counts.get("widgets", 0)
    bare_cmd = [sys.executable, str(BARE_WINDOW)]
    time_to_idle(bare_cmd, env)  # primes the file cache like the app's runs above
    same_cmd, same_widgets = same_count_command([sys.executable, str(BARE_WINDOW)], widgets, env)
    qt_cmd = [*same_cmd, "--qt"]
    time_to_idle(qt_cmd, env)
    bare, same, qt, app = [], [], [], []
    for _ in range(args.runs):  # interleaved, so drift hits all alike
        bare.append(time_to_idle(bare_cmd, env))
        same.append(time_to_idle(same_cmd, env))
        qt.append(time_to_idle(qt_cmd, env))
        app.append(time_to_idle(app_cmd, env))
    b, w, q, a = (statistics.median(times) for times in (bare, same, qt, app))
    n = args.runs
    print(f"bare PySide6 window (minimal)    : {b * 1000:6.0f} ms (median of {n})")
    print(f"bare PySide6 window, {same_widgets:4d} widgets : "
          f"{w * 1000:6.0f} ms (median of {n})")
    print(f"  the same, naming one Qt enum   : {q * 1000:6.0f} ms (median of {n}; for comparison)")
    print(f"chugiai main window, {widgets:4d} widgets : {a * 1000:6.0f} ms (median of {n})")
    print(f"ratio vs minimal bare window     : {a / b:6.2f}×")
    print(f"ratio vs same-widget-count window: {a / w:6.2f}×  (issue 8's goal ≤ 1.5×)")
    print(f"ratio vs that window naming a Qt enum: {a / q:6.2f}×  (see bare_window.py)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
