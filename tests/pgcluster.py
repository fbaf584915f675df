"""A throw-away PostgreSQL cluster for the team-library tests and benchmark: Debian's binaries,
a data folder under the temp folder owned by an unprivileged user (initdb refuses root), a
loopback port, SCRAM passwords required over TCP.

    cluster = Cluster.create()          # None (with a reason in Cluster.missing()) without binaries
    cluster.url("postgres", cluster.admin_password)
    cluster.stop(); cluster.start(); cluster.destroy()
"""

from __future__ import annotations

import glob
import os
import pwd
import random
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import quote

PORTS = range(55400, 55500)  # this engineer's loopback ports on the shared machine
RUN_AS = "postgres"  # the unprivileged system user Debian's package creates


def bin_dir() -> Path | None:
    """The newest installed PostgreSQL's binaries folder, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name))
    return Path(found[-1]).parent if found else None


def missing() -> str | None:
    """Why no cluster can be made here, or None."""
    if bin_dir() is None:
        return "PostgreSQL server binaries not installed (apt-get install postgresql)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(RUN_AS)
        except KeyError:
            return f"running as root and there is no {RUN_AS!r} user to run initdb"
    return None


START_ATTEMPTS = 5


def _free_port() -> int:
    """A port of PORTS that nothing listens on now, tried in random order so that two test runs
    on one machine rarely pick the same one (start() retries when they do)."""
    for port in random.sample(PORTS, len(PORTS)):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {PORTS.start}–{PORTS.stop - 1}")


def _openssl(*args: str) -> None:
    subprocess.run(["openssl", *args], check=True, capture_output=True, timeout=60)


def _extension_file(folder: Path, line: str) -> str:
    path = folder / "ext.cnf"
    path.write_text(line + "\n")
    return str(path)


class Cluster:
    """One running cluster; `admin` is its superuser, reachable only with a password over TCP."""

    admin = "postgres"

    def __init__(self, folder: Path, port: int, admin_password: str):
        self.folder, self.port, self.admin_password = folder, port, admin_password
        self.data = folder / "data"
        self.log = folder / "server.log"

    @classmethod
    def create(cls, *, durable: bool = False) -> Cluster:
        folder = Path(tempfile.mkdtemp(prefix="chugiai-pg-", dir="/tmp"))
        password = "admin-" + os.urandom(8).hex()
        (folder / "pw").write_text(password + "\n")
        if os.geteuid() == 0:
            user = pwd.getpwnam(RUN_AS)
            os.chown(folder, user.pw_uid, user.pw_gid)
            os.chown(folder / "pw", user.pw_uid, user.pw_gid)
        cluster = cls(folder, _free_port(), password)
        cluster._run("initdb", "-D", str(cluster.data), "-U", cls.admin, "--pwfile",
                     str(folder / "pw"), "--auth-local=scram-sha-256",
                     "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8",
                     *([] if durable else ["--no-sync"]))
        (folder / "pw").unlink()
        cluster._make_certificate()
        settings = [
            "ssl = on", "ssl_cert_file = 'server.crt'", "ssl_key_file = 'server.key'",
            "ssl_ca_file = 'root.crt'",
            "listen_addresses = '127.0.0.1'",
            f"unix_socket_directories = '{folder}'", "password_encryption = 'scram-sha-256'",
            "max_connections = 60", "shared_buffers = 64MB",
        ]
        if not durable:  # a test cluster: nothing to keep across a power cut (a stopped server
            # keeps its commits: synchronous_commit stays on, the OS still has the pages)
            settings += ["fsync = off", "full_page_writes = off"]
        with open(cluster.data / "postgresql.conf", "a") as conf:
            conf.write("\n".join(settings) + "\n")
        (cluster.data / "pg_hba.conf").write_text(
            "local all all scram-sha-256\n"
            "host all all 127.0.0.1/32 scram-sha-256\n")
        cluster.start()
        return cluster

    def _make_certificate(self) -> None:
        """A small certificate authority (root.crt) and the server's certificate from it, for
        the name `localhost` only (not 127.0.0.1), so that verify-full passes for
        host=localhost and fails for host=127.0.0.1. The server trusts client certificates of
        the same authority (`issue_client_certificate`)."""
        ca_key, ca_crt = self.folder / "ca.key", self.folder / "root.crt"
        _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                 "-subj", "/CN=Chu Giai test CA", "-keyout", str(ca_key), "-out", str(ca_crt))
        _openssl("req", "-new", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost",
                 "-keyout", str(self.data / "server.key"), "-out", str(self.folder / "server.csr"))
        _openssl("x509", "-req", "-in", str(self.folder / "server.csr"), "-CA", str(ca_crt),
                 "-CAkey", str(ca_key), "-CAcreateserial", "-days", "2",
                 "-extfile", _extension_file(self.folder, "subjectAltName=DNS:localhost"),
                 "-out", str(self.data / "server.crt"))
        shutil.copy(ca_crt, self.data / "root.crt")
        os.chmod(self.data / "server.key", 0o600)
        if os.geteuid() == 0:
            user = pwd.getpwnam(RUN_AS)
            for name in ("server.key", "server.crt", "root.crt"):
                os.chown(self.data / name, user.pw_uid, user.pw_gid)

    def issue_client_certificate(self, login: str, folder: Path, *,
                                 authority: Path | None = None) -> tuple[Path, Path]:
        """(certificate, key) for `login` (its CN), issued by this cluster's authority, or by
        another one's (`authority` = a folder holding ca.key and root.crt); the key is 0600."""
        folder.mkdir(parents=True, exist_ok=True)
        source = authority or self.folder
        crt, key, csr = (folder / f"{login}.{ext}" for ext in ("crt", "key", "csr"))
        _openssl("req", "-new", "-newkey", "rsa:2048", "-nodes", "-subj", f"/CN={login}",
                 "-keyout", str(key), "-out", str(csr))
        _openssl("x509", "-req", "-in", str(csr), "-CA", str(source / "root.crt"), "-CAkey",
                 str(source / "ca.key"), "-CAcreateserial", "-days", "2", "-out", str(crt))
        os.chmod(key, 0o600)
        return crt, key

    def allow_certificate_login(self, login: str, database: str) -> None:
        """`hostssl DATABASE LOGIN 127.0.0.1/32 cert` ahead of the password lines: that login
        signs in with a client certificate (CN = login) and no password; then reload."""
        hba = self.data / "pg_hba.conf"
        hba.write_text(f"hostssl {database} {login} 127.0.0.1/32 cert\n" + hba.read_text())
        self._run("pg_ctl", "-D", str(self.data), "reload")

    @property
    def root_certificate(self) -> Path:
        return self.folder / "root.crt"

    def _run(self, tool: str, *args: str) -> None:
        command = [str(bin_dir() / tool), *args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", RUN_AS, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{tool} failed: {done.stderr.strip() or done.stdout.strip()}")

    def start(self) -> None:
        """Start on self.port; another process may take a free port between the check and the
        bind, so a port found taken is swapped for another free one, a few times."""
        for _attempt in range(START_ATTEMPTS):
            try:
                self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60",
                          "-o", f"-p {self.port}", "start")
                return
            except RuntimeError:
                log = self.log.read_text(errors="replace") if self.log.exists() else ""
                if "Address already in use" not in log:
                    raise
                self.log.unlink()
                self.port = _free_port()
        raise RuntimeError(f"no port taken after {START_ATTEMPTS} attempts")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def url(self, user: str, password: str | None = None, database: str = "postgres", *,
            host: str = "127.0.0.1", query: str = "") -> str:
        auth = quote(user, safe="") + (f":{quote(password, safe='')}" if password else "")
        return f"postgresql://{auth}@{host}:{self.port}/{database}" + (f"?{query}" if query else "")

    @property
    def admin_url(self) -> str:
        return self.url(self.admin, self.admin_password)

    def destroy(self) -> None:
        try:
            self.stop("immediate")
        except RuntimeError:
            pass  # already stopped
        shutil.rmtree(self.folder, ignore_errors=True)
