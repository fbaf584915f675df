"""A `.chugiai` or `.qdpx` that is a pipe or a link to a device: one line, no hang, no memory."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import paths
from desktop.core.exchange import BundleError, read_bundle
from desktop.core.exchange.refi_in import read_qdpx

ROOT = Path(__file__).resolve().parents[1]


def _unblock(fifo: Path) -> None:
    """Open the pipe's other end, so a reader stuck on it returns and the test run can end."""
    try:
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:
        pass  # nobody is waiting on it any more


@pytest.mark.parametrize("name", ["pipe.chugiai", "pipe.qdpx"])
def test_import_refuses_a_pipe_with_one_line_and_exit_3(tmp_path, name):
    fifo = tmp_path / name
    os.mkfifo(fifo)
    env = dict(os.environ, **{paths.DATA_DIR_ENV: str(tmp_path / "data")})
    try:
        done = subprocess.run([sys.executable, "-m", "desktop", "import", str(fifo)], cwd=ROOT,
                              capture_output=True, text=True, encoding="utf-8", env=env,
                              timeout=60)
    except subprocess.TimeoutExpired:
        _unblock(fifo)
        pytest.fail("import blocked on a pipe")
    assert done.returncode == 3, done.stderr
    assert "pipe" in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("read", [read_bundle, read_qdpx])
def test_a_link_to_dev_zero_is_refused_before_reading(tmp_path, read):
    link = tmp_path / "zero.chugiai"
    link.symlink_to("/dev/zero")
    with pytest.raises(BundleError, match="device") as caught:
        read(link)
    assert caught.value.code == "not_file"


def test_a_bundle_larger_than_the_limit_keeps_its_code(tmp_path):
    from desktop.core.exchange.bundle import Limits

    big = tmp_path / "big.chugiai"
    big.write_bytes(b"x" * 2000)
    with pytest.raises(BundleError, match="too large") as caught:
        read_bundle(big, Limits(total_bytes=1000))
    assert caught.value.code == "too_large"
