"""Refresh the translation sources from the code, then compile them for the app.

    python tools/i18n.py          # lupdate → resources/i18n/vi.ts and en.ts, lrelease → .qm

Translators edit resources/i18n/vi.ts (Qt Linguist, or any editor); the .qm is what the app loads.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("vi", "en")  # English is the source language: en.ts holds only its plural forms


def sources() -> list[str]:
    """Every Python file that can show text to the user."""
    files = [*sorted((ROOT / "desktop" / "ui").rglob("*.py")), ROOT / "desktop" / "app.py"]
    return [str(f.relative_to(ROOT)) for f in files]


def tool(name: str) -> str:
    """The Qt tool beside this Python (pyside6-lupdate / pyside6-lrelease)."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def update(ts: Path) -> None:
    plural_only = ["-pluralonly"] if ts.stem == "en" else []
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                    *plural_only, "-ts", str(ts)], cwd=ROOT, check=True)


def release(ts: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   cwd=ROOT, check=True)


def main() -> int:
    for lang in LANGUAGES:
        ts = I18N / f"{lang}.ts"
        update(ts)
        release(ts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
