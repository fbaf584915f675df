"""Every benchmark still runs, on tiny inputs, and prints its figure (no timing is checked here:
speed and memory are the benchmarks' business, run by hand with `benchmarks/run_all.py`)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.mark.parametrize(("script", "args", "expected"), [
    ("startup.py", ["--runs", "1", "--library", "50"], "a library of 50 articles"),
    ("open_article.py", ["--runs", "1", "--big-runs", "1", "--big-scale", "0.01"],
     "colour"),
    ("memory.py", ["--articles", "30", "--seconds", "0.3"], "ratio"),
    ("search.py", ["--articles", "60", "--files", "3", "--repeat", "1"], "ratio"),
    ("exchange.py", ["--articles", "4", "--annotations", "40", "--runs", "1"], "ratio"),
    ("extraction.py", ["--repeat", "1"], "ratio"),
    ("extraction_scaling.py", ["--names", "20"], "worst ratio"),
])
def test_benchmark_runs(script, args, expected, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    done = subprocess.run([sys.executable, str(BENCHMARKS / script), *args], env=env,
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-2000:]
    assert expected in done.stdout, done.stdout


def test_sync_benchmark_runs(tmp_path):
    import pgcluster

    reason = pgcluster.missing()
    if reason:
        pytest.skip(reason)
    env = dict(os.environ, TMPDIR=str(tmp_path))
    done = subprocess.run([sys.executable, str(BENCHMARKS / "sync.py"), "--small"], env=env,
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "ratio" in done.stdout and "4 clients at once" in done.stdout, done.stdout
