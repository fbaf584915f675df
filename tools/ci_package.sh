#!/usr/bin/env bash
# CI, after the tests: build the bundle, self-test it frozen, package it, install the .deb and
# self-test the installed app. Needs .venv (tools/test.sh makes it); no display.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
step() { echo "== $* ($(date +%T))"; }

step "build (pyinstaller, the 'build' extra)"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[build]'
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN build.spec
du -sh dist/chugiai

step "frozen app: every library it loads resolves, and its package is in the README"
.venv/bin/python tools/system_libraries.py --check dist/chugiai

step "frozen app: self-test, idle main window, extract"
dist/chugiai/chugiai --self-test
CHUGIAI_EXIT_WHEN_IDLE=1 timeout 60 dist/chugiai/chugiai --data-dir "$SCRATCH/idle" > "$SCRATCH/idle.txt"
grep -qx idle "$SCRATCH/idle.txt"
dist/chugiai/chugiai extract corpus/*.txt --json > "$SCRATCH/extract.json"
grep -q '"kind": "PER"' "$SCRATCH/extract.json"
# a saved news page: its main text through trafilatura in the bundle, the menu and footer left out
cat > "$SCRATCH/page.html" <<'HTML'
<html><head><title>Tin - Báo</title></head><body><nav><a href="/">Trang chủ</a> | <a href="/kt">Kinh tế</a></nav>
<article><h1>Hội thảo về hòa bình</h1><p>Thứ bảy, 28/3/2026, 08:00 (GMT+7)</p><p>Sáng 28/3, hội thảo quốc tế về phụ nữ, hòa bình và an ninh được tổ chức tại Hà Nội với sự tham gia của nhiều đại biểu.</p>
<p>Các đại biểu thảo luận về vai trò của phụ nữ trong gìn giữ hòa bình và xây dựng an ninh bền vững ở khu vực.</p></article>
<footer>Bản quyền © Báo Tin</footer></body></html>
HTML
dist/chugiai/chugiai --data-dir "$SCRATCH/add" add "$SCRATCH/page.html" | grep -q "Hội thảo về hòa bình"
dist/chugiai/chugiai --data-dir "$SCRATCH/add" list --json > "$SCRATCH/list.json"
grep -q "Hội thảo về hòa bình" "$SCRATCH/list.json"
# the page keeps its headline and date; a date written out in words goes through dateparser
# (its language data, its own time-zone table: the bundle leaves pytz's zone files out)
sed -e 's#Thứ bảy, 28/3/2026, 08:00 (GMT+7)#28 marzo 2026, 08:00 CET#' \
    -e 's#Hội thảo về hòa bình#Hội thảo về an ninh#' "$SCRATCH/page.html" > "$SCRATCH/dated.html"
dist/chugiai/chugiai --data-dir "$SCRATCH/add" add "$SCRATCH/dated.html" | grep -q "Hội thảo về an ninh"
.venv/bin/python - "$SCRATCH/add/chugiai.sqlite3" <<'PY'
import sqlite3
import sys

with sqlite3.connect(sys.argv[1]) as db:
    found = dict(db.execute("SELECT source, title || ' ' || published FROM articles"
                            " WHERE origin = 'user'"))
expected = {"page.html": "Hội thảo về hòa bình 2026-03-28",
            "dated.html": "Hội thảo về an ninh 2026-03-28"}
if found != expected:
    sys.exit(f"saved pages: expected {expected}, found {found}")
PY

step "frozen app: the team library (server init, add-team, add-user, sync over TLS) on a throw-away PostgreSQL"
# tests/pgcluster.py starts the cluster (Debian's postgresql, which .ci/run installs); the test
# must run, not skip
FROZEN_SYNC=$(CHUGIAI_FROZEN="$PWD/dist/chugiai/chugiai" .venv/bin/python -m pytest -q -rs \
    -p no:cacheprovider tests/test_frozen_sync.py 2>&1) || { echo "$FROZEN_SYNC"; exit 1; }
echo "$FROZEN_SYNC" | tail -3
echo "$FROZEN_SYNC" | grep -q "1 passed"

step "frozen app: 6 s running (work after the first paint, background extraction), no crash report"
# platformdirs puts the log folder, where crash reports go, under XDG_STATE_HOME on Linux
XDG_STATE_HOME="$SCRATCH/state" timeout 6 dist/chugiai/chugiai --data-dir "$SCRATCH/run" \
    > "$SCRATCH/run.txt" 2>&1 || [ $? = 124 ]
if ls "$SCRATCH"/state/ChuGiai/log/crash-*.txt 2>/dev/null; then
    cat "$SCRATCH"/state/ChuGiai/log/crash-*.txt
    exit 1
fi

step "packages (.tar.gz, .deb)"
DEB_COMPRESS=${DEB_COMPRESS:-gzip} bash tools/package_linux.sh --no-build

if [ "$(id -u)" = 0 ] && command -v dpkg >/dev/null; then
    step "install the .deb, self-test the installed app"
    VERSION=$(.venv/bin/python -c 'import desktop; print(desktop.__version__)')
    dpkg -i "dist/chugiai_${VERSION}_$(dpkg --print-architecture).deb"
    (cd / && /usr/bin/chugiai --self-test)
    grep -q 'application/x-chugiai' /usr/share/mime/packages/chugiai.xml
    [ -f /usr/share/applications/chugiai.desktop ]
else
    echo "== .deb not installed (needs root and dpkg)"
fi
step "packaging done"
