"""IT's defaults.ini (desktop/defaults.py) and where it sends the data folder (desktop/paths.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop import defaults, paths

EXAMPLE = Path(__file__).resolve().parent.parent / "packaging" / "defaults.ini.example"


def test_example_file_parses_without_warnings():
    d = defaults.parse(EXAMPLE.read_text(encoding="utf-8"), base_dir=Path("/opt/chugiai"))
    assert d.warnings == ()
    assert (d.language, d.ask_author_name, d.data_folder) == ("vi", True, "per-user")
    assert d.export_folder == Path("~/Documents").expanduser()


def test_every_key_is_read():
    d = defaults.parse("[chugiai]\nlanguage = EN\nask_author_name = no\nauthor_name = Lan  \n"
                       "export_folder = /srv/exports\ndata_folder = portable\n")
    assert d == defaults.Defaults(language="en", ask_author_name=False, author_name="Lan",
                                  export_folder=Path("/srv/exports"), data_folder="portable")
    assert d.warnings == ()


def test_bad_values_fall_back_and_are_reported():
    d = defaults.parse("[chugiai]\nlanguage = fr\nask_author_name = maybe\ncolour = red\n")
    assert (d.language, d.ask_author_name) == (None, True)
    assert len(d.warnings) == 3
    assert any("colour" in w for w in d.warnings)


@pytest.mark.parametrize("text", ["not an ini file", "[chugiai\nlanguage=vi", "[other]\nx = 1"])
def test_a_broken_file_gives_the_built_in_defaults(text):
    d = defaults.parse(text)
    assert d == defaults.Defaults()
    assert d.warnings


def test_relative_folders_start_beside_the_executable(tmp_path):
    d = defaults.parse("[chugiai]\nexport_folder = exports\ndata_folder = Data\n", base_dir=tmp_path)
    assert d.export_folder == tmp_path / "exports"
    assert d.data_folder == str(tmp_path / "Data")


def test_load_reads_a_utf8_file_with_bom_and_tolerates_a_missing_one(tmp_path):
    assert defaults.load(tmp_path) == defaults.Defaults()
    (tmp_path / "defaults.ini").write_text("[chugiai]\nauthor_name = Nguyễn Thị Lan\n",
                                           encoding="utf-8-sig")
    assert defaults.load(tmp_path).author_name == "Nguyễn Thị Lan"


@pytest.fixture
def frozen_in(tmp_path, monkeypatch):
    """Pretend the app runs as a bundle whose executable lies in tmp_path (environment only)."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "chugiai"))
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    return tmp_path


def test_a_portable_file_keeps_data_beside_the_executable(frozen_in):
    assert paths.data_dir() != frozen_in / "data"
    (frozen_in / "portable").touch()
    assert paths.data_dir() == frozen_in / "data"


@pytest.mark.parametrize("policy, expected", [("portable", "data"), ("Shared", "Shared")])
def test_defaults_ini_sets_the_data_folder_policy(frozen_in, policy, expected):
    (frozen_in / "defaults.ini").write_text(f"[chugiai]\ndata_folder = {policy}\n")
    assert paths.data_dir() == frozen_in / expected


def test_data_dir_option_and_environment_win_over_defaults_ini(frozen_in, tmp_path_factory,
                                                                monkeypatch):
    (frozen_in / "defaults.ini").write_text("[chugiai]\ndata_folder = portable\n")
    chosen = tmp_path_factory.mktemp("chosen")
    assert paths.data_dir(chosen) == chosen.resolve()
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(chosen))
    assert paths.data_dir() == chosen.resolve()


@pytest.mark.parametrize(("value", "expected", "warned"), [
    ("postgresql://db.example.org/chugiai?sslmode=verify-full",
     "postgresql://db.example.org/chugiai?sslmode=verify-full", False),
    ("", None, False),
    ("http://db.example.org", None, True),
])
def test_team_server_is_a_postgresql_address(value, expected, warned):
    d = defaults.parse(f"[chugiai]\nteam_server = {value}\n")
    assert d.team_server == expected
    assert bool(d.warnings) == warned
