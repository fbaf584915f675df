"""docs/ARCHITECTURE.md matches the code: what it names exists, and every module has its line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "ARCHITECTURE.md"

# a path in the repository: desktop/ui/compose.py, tests/conftest.py, resources/i18n/vi.ts, corpus/
PATH = re.compile(r"(?<![\w./])((?:desktop|tests|tools|benchmarks|docs|resources|corpus)"
                  r"(?:/[\w.-]+)*/?)")
DOTTED = re.compile(r"(?<![\w./])(desktop(?:\.\w+)+)")  # desktop.core.store, desktop.cli


def named_paths(text: str) -> set[str]:
    return {m.rstrip(".") for m in PATH.findall(text)}


def named_modules(text: str) -> set[str]:
    return set(DOTTED.findall(text))


def module_file(dotted: str) -> Path | None:
    base = ROOT.joinpath(*dotted.split("."))
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


def dotted_exists(dotted: str) -> bool:
    """A module, or a module and one name it defines or imports (`desktop.cli.run`)."""
    if module_file(dotted):
        return True
    module, _, name = dotted.rpartition(".")
    path = module_file(module)
    if path is None:
        return False
    defined = re.compile(rf"^\s*(?:def|class)\s+{name}\b|^{name}\s*[:=]|^from .* import .*\b{name}\b",
                         re.M)
    return bool(defined.search(path.read_text(encoding="utf-8")))


def mentions(text: str, module: Path) -> bool:
    """A module is mentioned by its path or its dotted name; a package by its __init__.py."""
    rel = module.relative_to(ROOT).as_posix()
    dotted = rel.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
    return rel in named_paths(text) or dotted in named_modules(text)


def missing_names(text: str) -> list[str]:
    """Every path and dotted module the text names that is not in the repository."""
    missing = [p for p in named_paths(text) if not (ROOT / p).exists()]
    missing += [d for d in named_modules(text) if not dotted_exists(d)]
    return sorted(missing)


def test_every_path_and_module_the_document_names_exists():
    assert missing_names(DOC.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("line", [
    "- `desktop/ui/no_such_panel.py` — a panel that was removed.",
    "the store joins `desktop.core.store.no_such_mixin`",
    "`desktop.core.annotating.no_such_function` makes a highlight",
    "fixtures in `tests/no_such_conftest.py`",
])
def test_a_module_that_does_not_exist_is_caught(line):
    text = DOC.read_text(encoding="utf-8") + "\n" + line + "\n"
    assert len(missing_names(text)) == 1


def test_every_module_under_desktop_has_its_line():
    text = DOC.read_text(encoding="utf-8")
    modules = sorted(p for p in (ROOT / "desktop").rglob("*.py") if "__pycache__" not in p.parts)
    assert modules
    unmentioned = [p.relative_to(ROOT).as_posix() for p in modules if not mentions(text, p)]
    assert unmentioned == [], "add a line for each to docs/ARCHITECTURE.md"


def test_a_new_module_without_a_line_is_caught():
    text = DOC.read_text(encoding="utf-8")
    assert mentions(text, ROOT / "desktop" / "ui" / "compose.py")
    assert not mentions(text, ROOT / "desktop" / "ui" / "compose_more.py")
    assert not mentions(text.replace("desktop/ui/compose.py", "(gone)")
                        .replace("desktop.ui.compose", "(gone)"),
                        ROOT / "desktop" / "ui" / "compose.py")
