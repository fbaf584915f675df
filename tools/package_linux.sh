#!/usr/bin/env bash
# Linux packages for IT: build the one-folder bundle, then a .tar.gz and a .deb of it.
#
#   tools/package_linux.sh [--no-build]
#
# Out (in dist/):  chugiai-<version>-linux-x86_64.tar.gz   unpack anywhere, run chugiai/chugiai
#                  chugiai_<version>_amd64.deb            /opt/chugiai, /usr/bin/chugiai, menu
#                                                         entry, .chugiai files open with the app
# The version is desktop/__init__.py's __version__ (the one source; pyproject reads it too).
# Needs dpkg-deb (Debian/Ubuntu: dpkg). DEB_COMPRESS=gzip|xz|zstd (default xz) trades speed for size.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PYTHON:-.venv/bin/python}
BUNDLE=dist/chugiai
LINUX=packaging/linux
ICON=resources/icons/chugiai.svg

if [ "${1:-}" != "--no-build" ]; then
    "$PY" -m PyInstaller --noconfirm --log-level WARN build.spec
fi
[ -x "$BUNDLE/chugiai" ] || { echo "package_linux: no $BUNDLE/chugiai (build first)" >&2; exit 1; }
VERSION=$("$PY" -c 'import desktop; print(desktop.__version__)')
ARCH_DEB=$(dpkg --print-architecture 2>/dev/null || echo amd64)
ARCH_TAR=$(uname -m)

# -- .tar.gz: the bundle + desktop entry, icon, MIME type and a per-user installer -------------
STAGE=build/pkg/tar
rm -rf "$STAGE" && mkdir -p "$STAGE"
cp -a "$BUNDLE" "$STAGE/chugiai"
mkdir -p "$STAGE/chugiai/share"
cp "$LINUX/chugiai.desktop" "$LINUX/chugiai-mime.xml" "$ICON" "$STAGE/chugiai/share/"
cp "$LINUX/install-desktop-entry.sh" "$STAGE/chugiai/"
chmod 755 "$STAGE/chugiai/install-desktop-entry.sh"
TARBALL=dist/chugiai-$VERSION-linux-$ARCH_TAR.tar.gz
tar -C "$STAGE" --owner=0 --group=0 -czf "$TARBALL" chugiai
echo "package_linux: $TARBALL ($(du -m "$TARBALL" | cut -f1) MB)"

# -- .deb ---------------------------------------------------------------------------------------
DEB_ROOT=build/pkg/deb
rm -rf "$DEB_ROOT" && mkdir -p "$DEB_ROOT/DEBIAN" "$DEB_ROOT/opt" "$DEB_ROOT/usr/bin" \
    "$DEB_ROOT/usr/share/applications" "$DEB_ROOT/usr/share/icons/hicolor/scalable/apps" \
    "$DEB_ROOT/usr/share/mime/packages"
cp -a "$BUNDLE" "$DEB_ROOT/opt/chugiai"
ln -s /opt/chugiai/chugiai "$DEB_ROOT/usr/bin/chugiai"
install -m 644 "$LINUX/chugiai.desktop" "$DEB_ROOT/usr/share/applications/chugiai.desktop"
install -m 644 "$ICON" "$DEB_ROOT/usr/share/icons/hicolor/scalable/apps/chugiai.svg"
install -m 644 "$LINUX/chugiai-mime.xml" "$DEB_ROOT/usr/share/mime/packages/chugiai.xml"
install -m 755 "$LINUX/postinst" "$LINUX/postrm" "$DEB_ROOT/DEBIAN/"
INSTALLED_KB=$(du -sk "$DEB_ROOT" --exclude=DEBIAN | cut -f1)
# every system package the bundled Qt and Python load (desktop/system_libraries.py, from ldd)
DEPENDS=$(python3 desktop/system_libraries.py apt | sed 's/ /, /g')
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH_DEB/" -e "s/@INSTALLED_KB@/$INSTALLED_KB/" \
    -e "s/@DEPENDS@/$DEPENDS/" \
    "$LINUX/control.in" > "$DEB_ROOT/DEBIAN/control"
DEB=dist/chugiai_${VERSION}_$ARCH_DEB.deb
dpkg-deb --root-owner-group -Z"${DEB_COMPRESS:-xz}" --build "$DEB_ROOT" "$DEB" >/dev/null
echo "package_linux: $DEB ($(du -m "$DEB" | cut -f1) MB)"
cd "$ROOT"
