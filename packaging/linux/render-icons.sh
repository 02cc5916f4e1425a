#!/usr/bin/env bash
# Renders the application icon (resources/icons/coap-explorer.svg) into every file that ships a
# picture of it: the PNGs of the hicolor theme and the window icon (resources/icons/), the
# Windows .ico (packaging/windows/) and the macOS .icns (packaging/macos/). The results are
# committed, so a normal build needs none of these tools; run this after editing the SVG.
# Needs rsvg-convert (librsvg2-bin), ImageMagick's convert and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
svg=resources/icons/coap-explorer.svg
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for size in 16 22 24 32 48 64 128 256; do
  rsvg-convert -w "$size" -h "$size" "$svg" -o "resources/icons/coap-explorer-$size.png"
done
cp resources/icons/coap-explorer-256.png resources/icons/coap-explorer.png

# Windows: one .ico with the sizes Explorer and the taskbar ask for.
convert resources/icons/coap-explorer-{16,24,32,48,64,128,256}.png packaging/windows/coap-explorer.ico

# macOS: an .icns of PNG entries (supported since 10.7): ic07 128, ic08 256, ic09 512, ic10 1024,
# icp4 16, icp5 32, icp6 64.
for size in 512 1024; do
  rsvg-convert -w "$size" -h "$size" "$svg" -o "$tmp/$size.png"
done
python3 - "$tmp" <<'PY'
import struct, sys
tmp = sys.argv[1]
entries = [(b"icp4", "resources/icons/coap-explorer-16.png"), (b"icp5", "resources/icons/coap-explorer-32.png"),
           (b"icp6", "resources/icons/coap-explorer-64.png"), (b"ic07", "resources/icons/coap-explorer-128.png"),
           (b"ic08", "resources/icons/coap-explorer-256.png"), (b"ic09", tmp + "/512.png"),
           (b"ic10", tmp + "/1024.png")]
body = b""
for kind, path in entries:
    data = open(path, "rb").read()
    body += kind + struct.pack(">I", len(data) + 8) + data
open("packaging/macos/coap-explorer.icns", "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
echo "render-icons: done"
