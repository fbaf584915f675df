"""The README's install is complete: its commands, and every system package the shipped Qt needs.

Parses README.md as a new user reads it. The live check runs `ldd` on the Qt modules and plugins
the app ships (tools/system_libraries.py --check): on a machine missing a package it fails
naming the library, as a fresh Debian 12 did before the README listed them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import system_libraries

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    return README.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


def code_blocks(text: str) -> list[str]:
    return [b.strip() for b in re.findall(r"```sh\n(.*?)```", text, re.DOTALL)]


def listed(tool: str) -> set[str]:
    words: set[str] = set()
    for block in code_blocks(section("The two commands")):
        joined = block.replace("\\\n", " ")
        for m in re.finditer(rf"sudo {tool}(?:-get)? install -y ([^\n&;]+)", joined):
            words |= set(m.group(1).split())
    return words


def test_the_two_commands_install_with_the_system_packages_and_test():
    first, second = code_blocks(section("The two commands"))[:2]
    assert first == "bash tools/install.sh && .venv/bin/chugiai"
    assert second == "bash tools/test.sh"
    script = (ROOT / "tools" / "install.sh").read_text(encoding="utf-8")
    assert "desktop/system_libraries.py apt" in script and "apt-get install" in script
    assert "desktop/system_libraries.py dnf" in script and "dnf install" in script


@pytest.mark.parametrize("tool, packages", [
    ("apt", system_libraries.apt_packages()),
    ("dnf", system_libraries.dnf_packages()),
])
def test_the_readme_names_every_package_of_the_table(tool, packages):
    assert packages and set(packages) <= listed(tool), set(packages) - listed(tool)


def test_every_debian_package_has_a_fedora_name():
    assert set(system_libraries.apt_packages()) <= set(system_libraries.FEDORA)


@pytest.mark.skipif(not (sys.platform.startswith("linux") and shutil.which("ldd")
                         and shutil.which("dpkg")), reason="ldd and dpkg (Debian/Ubuntu)")
def test_every_library_the_shipped_qt_needs_resolves_and_is_in_the_readme():
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "system_libraries.py"), "--check"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr + done.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux tables")
def test_the_table_covers_what_the_plugins_link_today():
    """The xcb plugin's libraries that fresh machines lacked are in the table."""
    for soname in ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1",
                   "libwayland-cursor.so.0"):
        assert soname in system_libraries.DEBIAN


def test_the_vietnamese_guide_names_menus_that_exist():
    """Every "Xem → …" / "Trợ giúp → …" of the guide is a Vietnamese menu entry of the app."""
    import xml.etree.ElementTree as ET

    guide = README.split("### Hướng dẫn nhanh (tiếng Việt)", 1)[1].split("\n### ", 1)[0]
    entries = {"".join(t.itertext()).replace("&", "") for t in
               ET.parse(ROOT / "resources" / "i18n" / "vi.ts").iter("translation")}
    named = re.findall(r"(?:Xem|Trợ giúp|Tệp|Sửa) → ([^(;,\n]+?)(?= \(|;|,| lưu| để|\n|$)", guide)
    assert named, "the guide names no menu"
    assert [n for n in named if n.strip() not in entries] == []
    assert "màu giấy cũ" not in guide and "lần mở" in guide  # the restart is said
