"""Bundle size, tar.gz size and frozen cold start next to a frozen bare PySide6 window.

    .venv/bin/python benchmarks/packaging.py [--runs 7] [--no-build]

Builds dist/chugiai/ (build.spec) and the bare windows (benchmarks/bare_window.spec, same
excludes, slimming and strip) in the same run, then times spawn → "idle" for the app and both
bare windows, interleaved, from outside the process (benchmarks/startup.py's method). Goals:
the app starts in ≤ 1.5× the bare window's time, the bare window having the app's widget count
as benchmarks/startup.py defines it (the minimal window's ratio is printed too); the app's
tar.gz ≤ 60 MB with the NLP models in it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import compare_starts

ROOT = Path(__file__).resolve().parent.parent
APP_DIR = ROOT / "dist" / "chugiai"
BARE_WORK = ROOT / "build" / "bench"
BARE_DIR = BARE_WORK / "dist" / "bare_window"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
MB = 1_000_000
GOAL_RATIO = 1.5
GOAL_TAR_MB = 60


def build(spec: Path, *extra: str) -> None:
    """Freeze one spec with the PyInstaller of this interpreter."""
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    *extra, str(spec)], cwd=ROOT, check=True)


def folder_bytes(folder: Path) -> int:
    """Bytes of the files in a folder (links counted once, as du does)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def targz_bytes(folder: Path) -> int:
    """Size of `tar czf` of the folder (what tools/package_linux.sh ships)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "bundle.tar.gz"
        subprocess.run(["tar", "-C", str(folder.parent), "-czf", str(out), folder.name], check=True)
        return out.stat().st_size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-build", action="store_true", help="measure the existing builds")
    args = parser.parse_args()
    if not args.no_build:
        build(ROOT / "build.spec")
        build(ROOT / "benchmarks" / "bare_window.spec", "--distpath", str(BARE_WORK / "dist"),
              "--workpath", str(BARE_WORK / "work"))
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               CHUGIAI_EXIT_WHEN_IDLE="1")
    data = tempfile.mkdtemp(prefix="chugiai-bench-")
    app_cmd = [str(APP_DIR / f"chugiai{EXE_SUFFIX}"), "--data-dir", data]
    bare_cmd = [str(BARE_DIR / f"bare_window{EXE_SUFFIX}")]
    r = compare_starts(app_cmd, bare_cmd, env, args.runs)
    sizes = {name: (folder_bytes(d), targz_bytes(d)) for name, d in
             (("bare", BARE_DIR), ("app", APP_DIR))}
    b, w, q, a = r.minimal, r.same, r.qt, r.app
    print(f"{'':30}{'folder':>10}{'tar.gz':>10}{'start (median of ' + str(args.runs) + ')':>26}")
    rows = (("bare", "bare PySide6 window", b),
            ("bare", f"bare window, {r.same_widgets} widgets", w),
            ("bare", "  the same, naming a Qt enum", q),
            ("app", f"chugiai, {r.widgets} widgets", a))
    for name, label, t in rows:
        folder, tgz = sizes[name]
        print(f"{label:30}{folder / MB:8.1f}MB{tgz / MB:8.1f}MB{t * 1000:20.0f} ms")
    tar_mb = sizes["app"][1] / MB
    verdict = "met" if a / w <= GOAL_RATIO else "MISSED"
    print(f"start-up ratio: {a / w:.2f}× the same-widget-count window (goal ≤ {GOAL_RATIO}×: "
          f"{verdict}); {a / b:.2f}× the minimal one; {a / q:.2f}× the one naming a Qt enum "
          "(see bare_window.py)")
    print(f"app tar.gz    : {tar_mb:.1f} MB (goal ≤ {GOAL_TAR_MB} MB: "
          f"{'met' if tar_mb <= GOAL_TAR_MB else 'MISSED'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
