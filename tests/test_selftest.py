"""`chugiai --self-test` from source: a fresh process, as IT would run it after installing."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

STEP_LINE = re.compile(r"^(ok|SKIP|FAIL) [\w/ ]+: ")
SUMMARY = re.compile(r"^self-test (passed|FAILED): (\d+) ok, (\d+) skipped, (\d+) failed$")
STEPS = ("resources", "corpus", "extract", "annotation", "export/import", "qt plugins",
         "platform", "single instance", "window")


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """One self-test run with the user's data folder pointed at an empty folder we can watch."""
    user_data = tmp_path_factory.mktemp("user-data")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CHUGIAI_DATA_DIR=str(user_data))
    proc = subprocess.run([sys.executable, "-m", "desktop", "--self-test"], env=env,
                          capture_output=True, text=True, timeout=120)
    return proc, user_data


def test_self_test_passes_with_one_line_per_step(run):
    proc, _ = run
    lines = proc.stdout.splitlines()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    steps = [line for line in lines if STEP_LINE.match(line)]
    assert [line.split(":")[0].split(" ", 1)[1] for line in steps] == list(STEPS)
    assert not any(line.startswith("FAIL") for line in steps)
    assert SUMMARY.match(lines[-1]).group(1) == "passed"


def test_summary_counts_match_the_step_lines(run):
    proc, _ = run
    lines = proc.stdout.splitlines()
    verdict, ok, skipped, failed = SUMMARY.match(lines[-1]).groups()
    kinds = [line.split(" ", 1)[0] for line in lines if STEP_LINE.match(line)]
    assert (int(ok), int(skipped), int(failed)) == (kinds.count("ok"), kinds.count("SKIP"),
                                                    kinds.count("FAIL"))
    assert (verdict == "passed") == (proc.returncode == 0) == (int(failed) == 0)


def test_self_test_leaves_the_users_data_folder_alone(run):
    _, user_data = run
    assert list(user_data.iterdir()) == []


def test_self_test_is_listed_in_help():
    proc = subprocess.run([sys.executable, "-m", "desktop", "--help"], capture_output=True,
                          text=True, timeout=60)
    assert "--self-test" in proc.stdout
