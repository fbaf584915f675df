"""Shared fixtures: a fresh data folder per test, and Qt without a display."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CHUGIAI_NO_WELCOME", "1")  # the first-run welcome only where a test asks

from pathlib import Path

import pytest

from desktop import paths


@pytest.fixture(scope="session", autouse=True)
def background_jobs_end_with_the_session():
    """Jobs a test's window left running (a model still loading) finish before Qt is torn down,
    as the app's own quit waits for them; otherwise they emit into deleted objects at exit."""
    yield
    import sys

    workers = sys.modules.get("desktop.ui.workers")  # only if some test started the GUI
    if workers is not None:
        workers.cancel_all()
        workers.wait_all(60_000)


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


@pytest.fixture
def open_window(qtbot, data_dir):
    """Open the real main window on the temp data folder; call again to reopen it (a restart)."""
    from PySide6.QtWidgets import QApplication

    from desktop.app import create_window
    from desktop.ui import theme

    windows = []

    def opener():
        window = create_window(str(data_dir))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)  # shortcuts only reach the active window
        windows.append(window)
        return window

    yield opener
    for window in windows:
        window.close()
    theme.apply(QApplication.instance(), theme.THEMES["light"])  # the next test starts plain


@pytest.fixture(scope="session")
def pg_cluster():
    """A throw-away PostgreSQL cluster (tests/pgcluster.py) for the whole session, stopped at the end."""
    import pgcluster

    reason = pgcluster.missing()
    if reason:
        pytest.skip(reason)
    cluster = pgcluster.Cluster.create()
    yield cluster
    cluster.destroy()


class TeamServer:
    """One fresh database on the session's cluster, initialised as a team server; user names get
    a per-test prefix because login roles belong to the whole cluster."""

    def __init__(self, cluster, database: str):
        self.cluster, self.database, self.prefix = cluster, database, database + "_"
        self.admin_url = cluster.url(cluster.admin, cluster.admin_password, database)
        self.passwords: dict[str, str] = {}

    def admin(self):
        from desktop.core.sync.connect import connect

        return connect(self.admin_url, autocommit=True)

    def login(self, short: str) -> str:
        return self.prefix + short

    def add_user(self, short: str, *, team: str, role: str) -> str:
        from desktop.core.sync import schema

        login = self.login(short)
        password = self.passwords.setdefault(login, "pw-" + short)
        with self.admin() as conn:
            schema.add_team(conn, team)
            schema.add_user(conn, login, team=team, role=role, password=password)
        return login

    def url(self, short: str, *, with_password: bool = True, **options) -> str:
        login = self.login(short)
        return self.cluster.url(login, self.passwords[login] if with_password else None,
                                self.database, **options)

    def raw(self, short: str):
        """A psycopg connection as that user, as with psql and their own password."""
        import psycopg

        return psycopg.connect(self.url(short), autocommit=True)


@pytest.fixture
def team_server(pg_cluster, request):
    """A fresh, initialised team-server database for one test."""
    import re
    import uuid

    from desktop.core.sync import schema
    from desktop.core.sync.connect import connect

    name = "t" + re.sub(r"\W", "", request.node.name.lower())[:20] + uuid.uuid4().hex[:6]
    with connect(pg_cluster.admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    server = TeamServer(pg_cluster, name)
    with server.admin() as conn:
        schema.init(conn)
    return server
