#!/bin/sh
# Per-user menu entry and .chugiai file type for the unpacked .tar.gz (no root needed).
# Run from the unpacked folder: ./install-desktop-entry.sh   (again after moving the folder)
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$DATA/applications" "$DATA/icons/hicolor/scalable/apps" "$DATA/mime/packages"
sed "s|^Exec=chugiai|Exec=\"$HERE/chugiai\"|" "$HERE/share/chugiai.desktop" > "$DATA/applications/chugiai.desktop"
cp "$HERE/share/chugiai.svg" "$DATA/icons/hicolor/scalable/apps/chugiai.svg"
cp "$HERE/share/chugiai-mime.xml" "$DATA/mime/packages/chugiai.xml"
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$DATA/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA/applications" || true
echo "Chú Giải added to the menu for $(id -un)."
