#!/usr/bin/env bash
# The README's install: the system libraries Qt's window needs (apt or dnf, only those missing),
# then .venv with the app. Run from anywhere; asks for sudo only when a package is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if [ "$(uname -s)" = Linux ]; then
    if command -v apt-get >/dev/null && command -v dpkg-query >/dev/null; then
        wanted="$("$PYTHON" desktop/system_libraries.py apt)"
        "$PYTHON" -c 'import ensurepip' 2>/dev/null || wanted="$wanted python3-venv"
        missing=""
        for pkg in $wanted; do
            dpkg-query -W -f '${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" \
                || missing="$missing $pkg"
        done
        if [ -n "$missing" ]; then
            echo "installing the system packages the window needs:$missing"
            as_root apt-get update -qq
            as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
        fi
    elif command -v dnf >/dev/null; then
        missing=""
        for pkg in $("$PYTHON" desktop/system_libraries.py dnf); do
            rpm -q "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
        done
        [ -z "$missing" ] || as_root dnf install -y -q $missing
    else
        echo "not Debian/Ubuntu or Fedora: install the packages README.md lists for your system"
    fi
fi
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
