"""Comments speak in the code's own terms: no tracker numbers, and every import made inside a
function (kept off the start-up path) says why in a short comment."""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ISSUE = re.compile(r"\bissues?\s*#?\d+", re.I)


def python_files(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (ROOT / folder).rglob("*.py")
                  if "__pycache__" not in p.parts)


def comments_and_docstrings(source: str) -> list[tuple[int, str]]:
    """(line, text) of every comment and every module, class and function docstring."""
    found = [(tok.start[0], tok.string) for tok in tokenize.generate_tokens(io.StringIO(source).readline)
             if tok.type == tokenize.COMMENT]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
                    and isinstance(body[0].value.value, str):
                found.append((body[0].lineno, body[0].value.value))
    return found


def tracker_numbers(source: str) -> list[int]:
    return [line for line, text in comments_and_docstrings(source) if ISSUE.search(text)]


def _reason(line: str) -> bool:
    """An inline comment that says something besides a linter's code."""
    comment = line.split("#", 1)[1].strip() if "#" in line else ""
    return bool(re.sub(r"^noqa(: ?[A-Z0-9, ]+)?", "", comment).strip(" —-:"))


def unexplained_imports(source: str) -> list[int]:
    """Lines of imports inside functions with no reason: neither an inline comment, nor a
    comment line just above their block of imports (blank lines between groups allowed)."""
    lines = source.splitlines()
    imports: list[ast.stmt] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                continue
            if in_function and isinstance(child, (ast.Import, ast.ImportFrom)):
                imports.append(child)
            visit(child, in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)))

    visit(ast.parse(source), False)
    starts = {node.lineno: node for node in imports}
    missing = []
    for node in imports:
        if _reason(lines[node.end_lineno - 1]):
            continue
        row, explained = node.lineno - 1, False
        while row >= 1:  # walk up through the block of imports this one belongs to
            above = lines[row - 1].strip()
            if above.startswith("#"):
                explained = True
                break
            block = starts.get(row)
            if block is not None and _reason(lines[block.end_lineno - 1]):
                explained = True
                break
            if above and block is None and not above.startswith(("import ", "from ")) \
                    and not above.endswith((",", "(")) and above != ")":
                break
            row -= 1
        if not explained:
            missing.append(node.lineno)
    return missing


@pytest.mark.parametrize("source, expected", [
    ("# fine, see issue tracker\n", []),
    ("x = 1  # faster, issue 8\n", [1]),
    ('"""Sharing (issue 4): bundles."""\n', [1]),
    ("def f():\n    '''As issues #12 said.'''\n", [2]),
])
def test_tracker_numbers_are_found(source, expected):
    assert tracker_numbers(source) == expected


@pytest.mark.parametrize("source, expected", [
    ("import json\n", []),
    ("def f():\n    import json\n", [2]),
    ("def f():\n    import json  # noqa: F401\n", [2]),
    ("def f():\n    import json  # only when saving\n", []),
    ("def f():\n    # dialogs: when opened\n    import json\n\n    from x import (a,\n        b)\n", []),
    ("def f():\n    x = 1\n    import json\n", [3]),
    ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    def g():\n        import json\n", []),
])
def test_unexplained_imports_are_found(source, expected):
    assert unexplained_imports(source) == expected


@pytest.mark.parametrize("path", [*python_files("desktop", "tools", "tests", "benchmarks",
                                                "packaging"), ROOT / "build.spec"],
                         ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_tracker_numbers_in_comments(path):
    assert tracker_numbers(path.read_text(encoding="utf-8")) == [], "say why in the code's terms"


def test_no_tracker_numbers_in_shell_comments():
    for path in [*sorted((ROOT / "tools").glob("*.sh")), ROOT / ".ci" / "run"]:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            assert not (line.lstrip().startswith("#") and ISSUE.search(line)), f"{path.name}:{number}"


@pytest.mark.parametrize("path", python_files("desktop"),
                         ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_deferred_import_says_why(path):
    assert unexplained_imports(path.read_text(encoding="utf-8")) == [], \
        "a short reason, or import it at the top when start-up does not pay for it"
