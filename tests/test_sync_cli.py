"""IT's `chugiai server …` and users' `chugiai sync`, run as separate processes against a real
PostgreSQL (tests/pgcluster.py)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from desktop import paths


def chugiai(*args, data_dir=None, env=None, stdin=None):
    full = dict(os.environ)
    for name in (paths.DATA_DIR_ENV, paths.SERVER_ENV, "PGPASSWORD"):
        full.pop(name, None)
    full.update(env or {})
    if data_dir:
        full[paths.DATA_DIR_ENV] = str(data_dir)
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, encoding="utf-8", env=full, timeout=120, input=stdin)


@pytest.fixture
def fresh_database(pg_cluster, request):
    import uuid

    from desktop.core.sync.connect import connect

    name = "cli" + uuid.uuid4().hex[:8]
    with connect(pg_cluster.admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return name


def test_it_sets_up_a_server_and_a_user_syncs(pg_cluster, fresh_database, tmp_path):
    admin = pg_cluster.url(pg_cluster.admin, database=fresh_database)
    it_env = {"PGPASSWORD": pg_cluster.admin_password}
    first = chugiai("server", "init", admin, env=it_env)
    assert first.returncode == 0, first.stderr
    assert "s001_team_library" in first.stdout
    again = chugiai("server", "init", admin, env=it_env)  # idempotent
    assert again.returncode == 0 and "0 steps applied now" in again.stdout
    assert chugiai("server", "add-team", admin, "Phòng Biên tập", env=it_env).returncode == 0
    assert "exists already" in chugiai("server", "add-team", admin, "Phòng Biên tập",
                                       env=it_env).stdout
    login = fresh_database + "_lan"
    secret = tmp_path / "pw.txt"
    secret.write_text("mật-khẩu-dài\n", encoding="utf-8")
    added = chugiai("server", "add-user", admin, login, "--team", "Phòng Biên tập", "--role",
                    "trainer", "--password-file", str(secret), env=it_env)
    assert added.returncode == 0, added.stderr
    assert "created" in added.stdout
    no_team = chugiai("server", "add-user", admin, login, "--team", "Nope", "--role", "staff",
                      "--password-file", str(secret), env=it_env)
    assert no_team.returncode == 3 and "no team named" in no_team.stderr

    url = pg_cluster.url(login, database=fresh_database)
    home = tmp_path / "home"
    synced = chugiai("sync", "--server", url, "--password-file", str(secret), data_dir=home)
    assert synced.returncode == 0, synced.stderr
    assert synced.stdout.startswith(f"{login}: sent ")
    # the server from the environment, the password from PGPASSWORD
    article_id = chugiai("list", "--json", data_dir=home)
    assert article_id.returncode == 0
    import json

    first_article = json.loads(article_id.stdout)[0]["id"]
    published = chugiai("sync", "--publish", "Phòng Biên tập", first_article, data_dir=home,
                        env={paths.SERVER_ENV: url, "PGPASSWORD": "mật-khẩu-dài"})
    assert published.returncode == 0, published.stderr
    from desktop.core.sync.connect import connect

    with connect(url, password="mật-khẩu-dài") as conn:
        assert conn.execute("SELECT article_id FROM chugiai.team_articles").fetchall() == \
            [(first_article,)]


def test_sync_refuses_clearly_with_exit_3(pg_cluster, fresh_database, tmp_path):
    admin = pg_cluster.url(pg_cluster.admin, pg_cluster.admin_password, fresh_database)
    assert chugiai("server", "init", admin).returncode == 0
    home = tmp_path / "home"
    nothing = chugiai("sync", data_dir=home)
    assert nothing.returncode == 3 and "no team server set" in nothing.stderr
    wrong = chugiai("sync", "--server", pg_cluster.url(pg_cluster.admin, "nope", fresh_database),
                    data_dir=home)
    assert wrong.returncode == 3
    assert wrong.stderr.count("\n") == 1 and "Sai tên đăng nhập hoặc mật khẩu" in wrong.stderr
    away = chugiai("sync", "--server", "postgresql://lan@127.0.0.1:1/x?connect_timeout=2",
                   data_dir=home)
    assert away.returncode == 3 and "Không kết nối được máy chủ nhóm" in away.stderr
    not_set_up = chugiai("server", "add-team", pg_cluster.url(
        pg_cluster.admin, pg_cluster.admin_password, "postgres"), "A")
    assert not_set_up.returncode == 3 and "chugiai server init" in not_set_up.stderr
