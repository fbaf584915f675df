"""Client-certificate sign-in against a real PostgreSQL with TLS: `hostssl … cert` in pg_hba.conf
for one login, a client certificate whose CN is that login, issued by the authority the server
trusts, `sslmode=verify-full`; no password anywhere. A missing, foreign or wrong certificate, an
unusable key and a server certificate that does not match each give their own clear line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop import paths
from desktop.core.annotating import new_highlight
from desktop.core.corpus import make_article
from desktop.core.store import Store
from desktop.core.sync import SyncError
from desktop.core.sync.engine import sync

HBA_RELOAD_S = 15  # the longest wait for the server to apply pg_hba.conf's new lines


@pytest.fixture
def no_password(monkeypatch, tmp_path):
    """No password can come from anywhere: not the URL, PGPASSWORD nor a ~/.pgpass."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))


@pytest.fixture
def cert_user(team_server, tmp_path, no_password):
    """Lan, a staff member of team A, who signs in with her certificate only."""
    from desktop.core.sync import schema

    cluster = team_server.cluster
    login = team_server.login("lan")
    with team_server.admin() as conn:
        schema.add_team(conn, "A")
        schema.add_user(conn, login, team="A", role="staff", password=None, certificate=True)
    cluster.allow_certificate_login(login, team_server.database)
    crt, key = cluster.issue_client_certificate(login, tmp_path / "lan-certs")
    synced_after_reload(Store(tmp_path / "probe" / paths.DB_FILENAME),
                        tls_url(team_server, login, crt=crt, key=key))
    return login, crt, key


def synced_after_reload(store: Store, url: str):
    """A sync, tried again while the server may not have applied pg_hba.conf's new lines yet
    (pg_ctl reload only signals it)."""
    deadline = time.monotonic() + HBA_RELOAD_S
    while True:
        try:
            return sync(store, url)
        except SyncError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def tls_url(team_server, login: str, *, host: str = "localhost", crt=None, key=None,
            root=None) -> str:
    query = f"sslmode=verify-full&sslrootcert={root or team_server.cluster.root_certificate}"
    if crt:
        query += f"&sslcert={crt}"
    if key:
        query += f"&sslkey={key}"
    return (f"postgresql://{login}@{host}:{team_server.cluster.port}/{team_server.database}"
            f"?{query}")


def test_a_user_syncs_with_her_certificate_and_no_password(team_server, cert_user, tmp_path):
    login, crt, key = cert_user
    one = Store(tmp_path / "one" / paths.DB_FILENAME)
    art = make_article(title="Bài có chứng chỉ", body="Một văn bản ngắn để thử chứng chỉ máy khách.")
    one.add_articles([art])
    h = new_highlight(art, 0, 3, note="qua chứng chỉ")
    one.put_annotation(h)
    report = sync(one, tls_url(team_server, login, crt=crt, key=key))
    assert report.login == login and report.pushed >= 2
    two = Store(tmp_path / "two" / paths.DB_FILENAME)
    sync(two, tls_url(team_server, login, crt=crt, key=key))
    assert two.annotation(h.id).note == "qua chứng chỉ"
    # the same login without the certificate: the server asks for one, nothing is sent
    with pytest.raises(SyncError) as refused:
        sync(two, tls_url(team_server, login))
    assert str(refused.value).startswith("Máy chủ nhóm yêu cầu chứng chỉ của bạn")


def test_files_named_with_home_are_expanded(team_server, cert_user, tmp_path, monkeypatch):
    """One defaults.ini line for every laptop: sslcert=~/… and $VARS name each user's files."""
    login, crt, key = cert_user
    home = tmp_path / "home"
    (home / "certs").mkdir(parents=True)
    shutil.copy(crt, home / "certs" / "me.crt")
    shutil.copy(key, home / "certs" / "me.key")
    os.chmod(home / "certs" / "me.key", 0o600)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("CHUGIAI_CERTS", str(home / "certs"))
    store = Store(tmp_path / "one" / paths.DB_FILENAME)
    assert sync(store, tls_url(team_server, login, crt="~/certs/me.crt",
                               key="$CHUGIAI_CERTS/me.key")).login == login


def _bad_key(key: Path, folder: Path) -> Path:
    """The key readable by everyone: libpq refuses to use it."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(key, folder / "open.key")
    os.chmod(folder / "open.key", 0o644)
    return folder / "open.key"


def _other_authority(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=Not the team's CA", "-keyout", str(folder / "ca.key"),
                    "-out", str(folder / "root.crt")], check=True, capture_output=True,
                   timeout=60)
    return folder


def test_a_wrong_certificate_or_key_and_a_server_that_does_not_match_are_said_clearly(
        team_server, cert_user, tmp_path):
    login, crt, key = cert_user
    cluster = team_server.cluster
    minh = team_server.login("minh")
    minh_crt, minh_key = cluster.issue_client_certificate(minh, tmp_path / "minh-certs")
    foreign = _other_authority(tmp_path / "other-ca")
    foreign_crt, foreign_key = cluster.issue_client_certificate(login, tmp_path / "foreign",
                                                               authority=foreign)
    missing = tmp_path / "nowhere"
    cases = [
        # no certificate where the server asks for one
        (tls_url(team_server, login, crt=missing / "lan.crt", key=missing / "lan.key"),
         "Máy chủ nhóm yêu cầu chứng chỉ của bạn nhưng không tìm thấy chứng chỉ nào"),
        # a colleague's certificate (CN is another login)
        (tls_url(team_server, login, crt=minh_crt, key=minh_key),
         "Máy chủ nhóm không nhận chứng chỉ của bạn"),
        # the right name, from an authority the server does not trust
        (tls_url(team_server, login, crt=foreign_crt, key=foreign_key),
         "Máy chủ nhóm không nhận chứng chỉ của bạn"),
        # the certificate without its key, with another's key, with a key open to everyone
        (tls_url(team_server, login, crt=crt, key=missing / "lan.key"),
         "Không dùng được tệp chứng chỉ hoặc khoá riêng của bạn"),
        (tls_url(team_server, login, crt=crt, key=minh_key),
         "Không dùng được tệp chứng chỉ hoặc khoá riêng của bạn"),
        (tls_url(team_server, login, crt=crt, key=_bad_key(key, tmp_path / "open")),
         "Không dùng được tệp chứng chỉ hoặc khoá riêng của bạn"),
        # the server's certificate is not for the name used, or from an unknown authority
        (tls_url(team_server, login, host="127.0.0.1", crt=crt, key=key),
         "Chứng chỉ của máy chủ nhóm không khớp"),
        (tls_url(team_server, login, crt=crt, key=key, root=foreign / "root.crt"),
         "Chứng chỉ của máy chủ nhóm không khớp"),
    ]
    store = Store(tmp_path / "one" / paths.DB_FILENAME)
    for url, words in cases:
        with pytest.raises(SyncError) as failed:
            sync(store, url)
        text = str(failed.value)
        assert text.startswith(words), (url, text)
        assert "\n" not in text and not failed.value.offline
    assert store.last_sync() is None  # nothing of it was a sync
    # what is wrong with a key file names the file and the fix
    with pytest.raises(SyncError) as failed:
        sync(store, tls_url(team_server, login, crt=crt, key=_bad_key(key, tmp_path / "o2")))
    assert "open.key" in str(failed.value) and "0600" in str(failed.value)


def test_the_command_line_adds_a_certificate_user_and_syncs_with_it(team_server, tmp_path,
                                                                   no_password):
    cluster = team_server.cluster
    login = team_server.login("tuan")
    env = {k: v for k, v in os.environ.items()
           if k not in (paths.DATA_DIR_ENV, paths.SERVER_ENV, "PGPASSWORD")}
    admin = cluster.url(cluster.admin, database=team_server.database)

    def chugiai(*args, extra=None):
        return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                              text=True, encoding="utf-8", timeout=120,
                              env=dict(env, **(extra or {})))

    it = {"PGPASSWORD": cluster.admin_password}
    assert chugiai("server", "add-team", admin, "B", extra=it).returncode == 0
    added = chugiai("server", "add-user", admin, login, "--team", "B", "--role", "staff",
                    "--certificate", extra=it)
    assert added.returncode == 0, added.stderr
    assert f"user {login}: created" in added.stdout
    cluster.allow_certificate_login(login, team_server.database)
    crt, key = cluster.issue_client_certificate(login, tmp_path / "tuan-certs")
    url = tls_url(team_server, login, crt=crt, key=key)
    data = {paths.DATA_DIR_ENV: str(tmp_path / "tuan")}
    deadline = time.monotonic() + HBA_RELOAD_S
    while (done := chugiai("sync", "--server", url, extra=data)).returncode != 0 \
            and time.monotonic() < deadline:
        time.sleep(0.2)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{login}: sent")
    refused = chugiai("sync", "--server", tls_url(team_server, login), extra=data)
    assert refused.returncode == 3
    assert "Máy chủ nhóm yêu cầu chứng chỉ của bạn" in refused.stderr
    assert "the team server requires your certificate" in refused.stderr


def test_the_window_says_a_certificate_problem_calmly(open_window, data_dir, team_server,
                                                      cert_user, tmp_path, qtbot, monkeypatch):
    login, crt, _key = cert_user
    monkeypatch.delenv(paths.SERVER_ENV, raising=False)
    store = Store(data_dir / paths.DB_FILENAME)
    store.set_setting(paths.SERVER_SETTING, tls_url(team_server, login, crt=crt,
                                                    key=tmp_path / "lost.key"))
    store.close()
    window = open_window()
    with qtbot.waitSignal(window.sync.finished, timeout=30_000) as done:
        window.sync.sync_now()
    assert done.args[0] is None
    assert window.sync.status.text() == "Team library: certificate problem, not synced"
    tip = window.sync.status.toolTip()
    assert tip.startswith("Không dùng được tệp chứng chỉ hoặc khoá riêng") and "lost.key" in tip
    assert window.isVisible()  # no dialog, no password asked: a certificate needs none


def test_a_user_moved_to_a_certificate_loses_her_password(team_server, tmp_path, no_password):
    import psycopg

    from desktop.core.sync import schema

    login = team_server.add_user("hoa", team="A", role="trainer")
    with team_server.raw("hoa") as conn:  # her password works over the password lines
        assert conn.execute("SELECT current_user").fetchone() == (login,)
    with team_server.admin() as conn:
        assert not schema.add_user(conn, login, team="A", role="trainer", password=None,
                                   certificate=True)
        with pytest.raises(ValueError, match="certificate"):
            schema.add_user(conn, login, team="A", role="trainer", password="x" * 8,
                            certificate=True)
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        team_server.raw("hoa")
    cluster = team_server.cluster
    cluster.allow_certificate_login(login, team_server.database)
    crt, key = cluster.issue_client_certificate(login, tmp_path / "hoa-certs")
    report = synced_after_reload(Store(tmp_path / "hoa" / paths.DB_FILENAME),
                                 tls_url(team_server, login, crt=crt, key=key))
    assert report.login == login
