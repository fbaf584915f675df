#!/usr/bin/env python3
"""Check the entity evaluation corpus: valid JSON, the agreed shape, every gold form in its text.

Usage: python3 tools/check_entity_gold.py [FILE_OR_DIR ...]   (default: tests/data/entities, every
split below it: tune/, test/, test2/, test3/, test4/, test5/)

Rules checked (docs/ENTITY_GUIDELINE.md): each file is one article with "file" equal to its stem,
"topic", "source_style", "text" and "entities"; kind is PER or ORG; name and aliases are NFC,
non-empty, without surrounding spaces, and occur in the text after NFC; the name is one of the
aliases. Exit code 1 on any problem.
"""
import json
import sys
import unicodedata
from pathlib import Path

KINDS = {"PER", "ORG"}
KEYS = {"file", "topic", "source_style", "text", "entities"}
OPTIONAL = {"not_entities"}
DEFAULT_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "entities"


def _nfc(s):
    return unicodedata.normalize("NFC", s)


def check_article(path):
    """Return the list of problems of one gold file (empty when it is fine)."""
    try:
        art = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"not valid JSON: {exc}"]
    if not isinstance(art, dict):
        return ["top level is not an object"]
    errs = []
    missing, extra = KEYS - art.keys(), art.keys() - KEYS - OPTIONAL
    if missing:
        errs.append(f"missing keys {sorted(missing)}")
    if extra:
        errs.append(f"unknown keys {sorted(extra)}")
    if art.get("file") != path.stem:
        errs.append(f"file {art.get('file')!r} is not the file's stem {path.stem!r}")
    text = _nfc(art.get("text") or "")
    if not text.strip():
        errs.append("empty text")
    for i, ent in enumerate(art.get("entities") or []):
        where = f"entity {i} ({ent.get('name')!r})"
        if ent.get("kind") not in KINDS:
            errs.append(f"{where}: kind {ent.get('kind')!r} is not PER/ORG")
        name, aliases = ent.get("name"), ent.get("aliases")
        if not isinstance(name, str) or not isinstance(aliases, list):
            errs.append(f"{where}: name must be a string and aliases a list")
            continue
        if name not in aliases:
            errs.append(f"{where}: the name is not among its aliases")
        for form in [name, *aliases]:
            if not isinstance(form, str) or not form or form != form.strip():
                errs.append(f"{where}: bad form {form!r}")
            elif form != _nfc(form):
                errs.append(f"{where}: {form!r} is not NFC")
            elif form not in text:
                errs.append(f"{where}: {form!r} does not occur in the text")
    if not art.get("entities"):
        errs.append("no entities")
    return errs


def _files(args):
    roots = [Path(a) for a in args] or [DEFAULT_DIR]
    for root in roots:
        yield from sorted(root.rglob("*.json")) if root.is_dir() else [root]


def main(argv=None):
    files = list(_files(sys.argv[1:] if argv is None else argv))
    bad = 0
    for path in files:
        for err in check_article(path):
            bad += 1
            print(f"{path}: {err}")
    print(f"{len(files)} files, {bad} problems")
    return 1 if bad or not files else 0


if __name__ == "__main__":
    sys.exit(main())
