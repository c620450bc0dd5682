#!/usr/bin/env bash
# Renders resources/icons/portolan.svg into the Windows icon
# (packaging/windows/portolan.ico) and the macOS icon (packaging/macos/portolan.icns).
# Run after changing the SVG and commit both files; scripts/package-check.sh checks them.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
portolan_install_deps librsvg2-bin icoutils icnsutils
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" resources/icons/portolan.svg -o "$work/$size.png"
done
# Windows: every size the shell asks for, 256 stored as PNG.
icotool -c -o packaging/windows/portolan.ico \
    "$work/16.png" "$work/24.png" "$work/32.png" "$work/48.png" "$work/64.png" "$work/128.png" \
    -r "$work/256.png"
# macOS: the sizes icns holds, up to 512 for Retina.
png2icns packaging/macos/portolan.icns \
    "$work/16.png" "$work/32.png" "$work/48.png" "$work/128.png" "$work/256.png" "$work/512.png" >/dev/null
icotool -l packaging/windows/portolan.ico
icns2png -l packaging/macos/portolan.icns
