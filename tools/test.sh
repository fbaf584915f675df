#!/usr/bin/env bash
# The test command: make .venv with the app and its test tools, check the layer contracts and the
# core's types, run pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
.venv/bin/ruff check desktop tools tests benchmarks
.venv/bin/lint-imports
.venv/bin/mypy desktop/core  # settings: pyproject.toml [tool.mypy]
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} .venv/bin/python -m pytest "$@"
