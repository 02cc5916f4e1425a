#!/usr/bin/env bash
# The desktop entry and the AppStream metainfo as the desktop's own validators see them
# (desktop-file-validate, appstreamcli validate), plus the facts they must agree on.
# Usage: tst_desktop_metadata.sh SOURCE_DIR METAINFO VERSION
set -euo pipefail
src=$1
metainfo=$2
version=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in desktop-file-validate appstreamcli; do
  command -v "$tool" >/dev/null || fail "$tool is missing (run packaging/debian/install-deps.sh --dev)"
done
desktop=$src/packaging/linux/coap-explorer.desktop

desktop-file-validate "$desktop" || fail "desktop-file-validate: $desktop"
# --no-net: the test never leaves this machine; the screenshot URLs are checked for form only.
appstreamcli validate --no-net --pedantic "$metainfo" || fail "appstreamcli validate: $metainfo"

# A double-click starts the window, without a terminal.
grep -qx 'Terminal=false' "$desktop" || fail "Terminal=false missing"
grep -qx 'Exec=coap-explorer %u' "$desktop" || fail "Exec is not 'coap-explorer %u'"
grep -qx 'Icon=coap-explorer' "$desktop" || fail "Icon is not coap-explorer"
# The metainfo names this desktop entry, the current version, a content rating and screenshots
# that are the README's.
grep -q '<launchable type="desktop-id">coap-explorer.desktop</launchable>' "$metainfo" || fail "launchable"
grep -q "<release version=\"$version\"" "$metainfo" || fail "no release $version in $metainfo"
grep -q '<content_rating type="oars-1.1"' "$metainfo" || fail "no content rating"
shots=$(grep -o '<image type="source">[^<]*</image>' "$metainfo" | sed 's#.*/\([^/<]*\)</image>#\1#')
[ -n "$shots" ] || fail "no screenshots"
for shot in $shots; do
  [ -f "$src/docs/screenshots/$shot" ] || fail "screenshot $shot is not in docs/screenshots"
  grep -q "docs/screenshots/$shot" "$src/README.md" || fail "screenshot $shot is not the README's"
done
echo "PASS: $(basename "$desktop"), $(basename "$metainfo")"
