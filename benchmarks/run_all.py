"""Every benchmark, one after another, with its own output.

    .venv/bin/python benchmarks/run_all.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# packaging.py builds with PyInstaller: run it on its own
BENCHMARKS = ("startup.py", "open_article.py", "memory.py", "search.py", "exchange.py",
              "extraction.py", "extraction_scaling.py", "sync.py")


def main() -> int:
    failed = 0
    for name in BENCHMARKS:
        print(f"== {name}", flush=True)
        failed |= subprocess.call([sys.executable, str(Path(__file__).with_name(name))]) != 0
    return int(failed)


if __name__ == "__main__":
    sys.exit(main())
