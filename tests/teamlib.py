"""Laptops and a team for the team-library tests: each laptop is a real SQLite file of its own."""

from __future__ import annotations

from pathlib import Path

from desktop import paths
from desktop.core.store import Store
from desktop.core.sync.engine import sync


def laptop(tmp_path: Path, name: str) -> Store:
    """A laptop's store in a folder of its own, as a user's data folder would be."""
    return Store(tmp_path / name / paths.DB_FILENAME)


def team_a_with_two_laptops_each(team_server, tmp_path: Path):
    """Team A: trainer Hoa, staff Minh and Lan, each with a laptop, and a second laptop of each.

    Returns the server, the stores by name ("minh", "minh2", …) and `run(*names)`, which syncs
    those laptops in that order."""
    for short, role in (("hoa", "trainer"), ("minh", "staff"), ("lan", "staff")):
        team_server.add_user(short, team="A", role=role)
    names = ("hoa", "minh", "lan", "hoa2", "minh2", "lan2")
    stores = {n: laptop(tmp_path, n) for n in names}
    urls = {n: team_server.url(n.rstrip("2")) for n in names}

    def run(*who: str):
        return [sync(stores[n], urls[n]) for n in who]

    return team_server, stores, run
