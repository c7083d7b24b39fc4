#!/usr/bin/env bash
# Renders the app icon (fladesk.svg, drawn by hand) into the PNG sizes the Linux
# desktop looks for and into the multi-size fladesk.ico of the Windows build.
# Run it after editing the SVG and commit the results (they are small):
#     bash resources/icons/render-icons.sh
# Needs rsvg-convert (librsvg2-bin) and ImageMagick's convert.
set -euo pipefail
cd "$(dirname "$0")"
CONVERT=/usr/bin/convert   # the real ImageMagick, whatever else is on PATH
sizes=(16 24 32 48 64 128 256)
for s in "${sizes[@]}"; do
    mkdir -p "hicolor/${s}x${s}/apps"
    rsvg-convert -w "$s" -h "$s" fladesk.svg -o "hicolor/${s}x${s}/apps/fladesk.png"
    "$CONVERT" "hicolor/${s}x${s}/apps/fladesk.png" -strip -define png:compression-level=9 \
        "hicolor/${s}x${s}/apps/fladesk.png"
done
mkdir -p hicolor/scalable/apps
cp fladesk.svg hicolor/scalable/apps/fladesk.svg
"$CONVERT" hicolor/16x16/apps/fladesk.png hicolor/24x24/apps/fladesk.png hicolor/32x32/apps/fladesk.png \
    hicolor/48x48/apps/fladesk.png hicolor/64x64/apps/fladesk.png hicolor/256x256/apps/fladesk.png \
    fladesk.ico
du -ch hicolor fladesk.ico | tail -1
