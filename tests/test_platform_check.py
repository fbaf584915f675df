"""The platform plugin's system libraries: named in one line when missing, proved by the self-test.

A library the plugin needs is made unloadable by an empty file of its name first on
LD_LIBRARY_PATH (the loader says "file too short"), exactly as a missing package fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import platform_check, selftest, system_libraries

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux libraries")
NEEDED = "libxcb-icccm.so.4"  # the xcb plugin links it; a fresh Debian 12 lacks it


@pytest.fixture
def broken_env(tmp_path: Path) -> dict:
    """The environment of a machine where the xcb plugin's NEEDED library cannot load."""
    stubs = tmp_path / "stubs"
    stubs.mkdir()
    (stubs / NEEDED).write_bytes(b"")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(LD_LIBRARY_PATH=str(stubs), XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_SESSION_TYPE="x11", DISPLAY=":99")
    return env


@pytest.fixture
def xvfb():
    """A private X server (Xvfb) for the real xcb plugin; its display, e.g. ':17'."""
    if not shutil.which("Xvfb"):
        pytest.skip("Xvfb is not installed (.ci/run installs it)")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24",
                               "-nolisten", "tcp"], pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    yield f":{number}"
    server.terminate()
    server.wait(10)


def chugiai(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop", *args], env=env, capture_output=True,
                          text=True, timeout=120)


@pytest.mark.parametrize("env, plugin", [
    ({"DISPLAY": ":0"}, "xcb"),
    ({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"}, "wayland"),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "wayland"),
    ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, "xcb"),
    ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, None),
    ({}, None),
])
def test_the_plugin_qt_will_pick(env, plugin):
    assert platform_check.session_plugin(env) == plugin


def test_a_complete_machine_loads_both_plugins():
    assert platform_check.check("xcb") is None
    assert platform_check.check("wayland") is None


def test_the_install_line_names_the_package_of_the_missing_library():
    assert platform_check.install_command([NEEDED]).endswith("install libxcb-icccm4") \
        or "xcb-util-wm" in platform_check.install_command([NEEDED])
    assert system_libraries.DEBIAN[NEEDED] == "libxcb-icccm4"


def test_the_window_start_says_one_line_and_logs_it(broken_env, tmp_path):
    done = chugiai("--data-dir", str(tmp_path / "data"), env=broken_env)
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert done.returncode == 1
    assert len(lines) == 1, done.stderr
    assert NEEDED in lines[0] and "apt install libxcb-icccm4" in lines[0]
    assert "Aborted" not in done.stderr and "could not be initialized" not in done.stderr
    log = (tmp_path / "state" / "ChuGiai" / "log" / "chugiai.log").read_text(encoding="utf-8")
    assert lines[0] in log


def test_self_test_fails_naming_the_library_the_plugin_cannot_load(broken_env, tmp_path):
    ctx = selftest.Context(data_dir=tmp_path, environ=broken_env)
    with pytest.raises(selftest.StepFailed, match=r"libxcb-icccm\.so\.4.*libxcb-icccm4"):
        selftest._check_platform(ctx)


def test_self_test_fails_without_a_display_too(broken_env, tmp_path):
    """Over SSH (no DISPLAY) IT still learns the window would not open."""
    env = {k: v for k, v in broken_env.items() if k != "DISPLAY"}
    ctx = selftest.Context(data_dir=tmp_path, environ=env)
    with pytest.raises(selftest.StepFailed, match=r"libxcb-icccm\.so\.4"):
        selftest._check_platform(ctx)


def test_self_test_starts_the_real_xcb_plugin_on_a_complete_machine(xvfb, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=xvfb, XDG_SESSION_TYPE="x11")
    ctx = selftest.Context(data_dir=tmp_path, environ=env)
    assert selftest._check_platform(ctx).startswith("xcb: started")


def test_self_test_under_xvfb_with_the_stub_fails_as_a_whole(xvfb, broken_env):
    env = dict(broken_env, DISPLAY=xvfb, CHUGIAI_DATA_DIR=broken_env["XDG_STATE_HOME"])
    done = chugiai("--self-test", env=env)
    assert done.returncode == 1
    assert any(line.startswith("FAIL platform:") and NEEDED in line
               for line in done.stdout.splitlines()), done.stdout
