"""Shared fixtures: a fresh data folder per test, and Qt without a display."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from desktop import paths  # noqa: E402


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def store(data_dir: Path):
    from desktop.core.store import Store

    s = Store(data_dir / paths.DB_FILENAME)
    yield s
    s.close()


@pytest.fixture
def library(store):
    """A store with the bundled corpus loaded."""
    from desktop.core.corpus import load_bundled

    load_bundled(store, paths.corpus_dir())
    return store
