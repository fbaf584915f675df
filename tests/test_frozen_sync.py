"""The frozen app's team library: IT's `server init|add-team|add-user` and a user's `sync`, run
with the PyInstaller build against a real PostgreSQL over TLS (tests/pgcluster.py).

Only when CHUGIAI_FROZEN names the frozen executable (tools/ci_package.sh sets it after the
build); skipped otherwise. The same steps through the source tree are tests/test_sync_cli.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import uuid
from pathlib import Path

import pytest

from desktop import paths

FROZEN = os.environ.get("CHUGIAI_FROZEN", "")
pytestmark = pytest.mark.skipif(not FROZEN, reason="CHUGIAI_FROZEN (a frozen build) not given")


def frozen(*args: str, data_dir: Path, env: dict[str, str] | None = None):
    full = {k: v for k, v in os.environ.items()
            if k not in (paths.DATA_DIR_ENV, paths.SERVER_ENV, "PGPASSWORD")}
    full.update(env or {})
    return subprocess.run([FROZEN, "--data-dir", str(data_dir), *args], capture_output=True,
                          text=True, encoding="utf-8", env=full, timeout=180)


def test_the_frozen_app_sets_up_a_server_and_syncs_over_tls(pg_cluster, tmp_path):
    from desktop.core.sync.connect import connect

    database = "frozen" + uuid.uuid4().hex[:8]
    with connect(pg_cluster.admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{database}"')
    # verify-full against the cluster's own certificate (made for the name localhost): the
    # bundle's libpq does TLS with its own OpenSSL
    tls = f"sslmode=verify-full&sslrootcert={pg_cluster.root_certificate}"
    admin = pg_cluster.url(pg_cluster.admin, database=database, host="localhost", query=tls)
    it_env = {"PGPASSWORD": pg_cluster.admin_password}
    it_home = tmp_path / "it"
    init = frozen("server", "init", admin, data_dir=it_home, env=it_env)
    assert init.returncode == 0, init.stderr
    assert "s001_team_library" in init.stdout
    assert frozen("server", "add-team", admin, "Phòng Biên tập", data_dir=it_home,
                  env=it_env).returncode == 0
    login = database + "_lan"
    secret = tmp_path / "pw.txt"
    secret.write_text("mật-khẩu-dài\n", encoding="utf-8")
    added = frozen("server", "add-user", admin, login, "--team", "Phòng Biên tập", "--role",
                   "trainer", "--password-file", str(secret), data_dir=it_home, env=it_env)
    assert added.returncode == 0, added.stderr

    url = pg_cluster.url(login, database=database, host="localhost", query=tls)
    home = tmp_path / "home"
    synced = frozen("sync", "--server", url, "--password-file", str(secret), data_dir=home)
    assert synced.returncode == 0, synced.stderr
    assert synced.stdout.startswith(f"{login}: sent ")
    listed = frozen("list", "--json", data_dir=home)
    article = json.loads(listed.stdout)[0]["id"]
    published = frozen("sync", "--publish", "Phòng Biên tập", article, data_dir=home,
                       env={paths.SERVER_ENV: url, "PGPASSWORD": "mật-khẩu-dài"})
    assert published.returncode == 0, published.stderr
    with connect(url, password="mật-khẩu-dài") as conn:
        assert conn.execute("SELECT article_id FROM chugiai.team_articles").fetchall() == \
            [(article,)]
    # a certificate for another name: one clear line, exit code 3
    wrong_name = pg_cluster.url(login, database=database, host="127.0.0.1", query=tls)
    refused = frozen("sync", "--server", wrong_name, "--password-file", str(secret),
                     data_dir=home)
    assert refused.returncode == 3 and refused.stderr.count("\n") == 1, refused.stderr
