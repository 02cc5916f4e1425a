#!/usr/bin/env bash
# The Debian package as a technician gets it: made by `cpack -G DEB` from the built tree (into a
# temporary folder, so a package the developer made stays untouched), then checked from outside:
# its file list (dpkg-deb -c), its header (dpkg-deb -f), and the programs it installs, run from a
# temporary root (dpkg-deb -x) with nothing of the build tree on any path.
# Usage: tst_deb_package.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in cpack dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || fail "$tool is missing (run packaging/debian/install-deps.sh --dev)"
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1; then
  cat "$tmp/cpack.log" >&2
  fail "cpack -G DEB failed"
fi
shopt -s nullglob
debs=("$tmp"/out/coap-explorer_*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one coap-explorer_*.deb, found: ${debs[*]:-none}"
deb=${debs[0]}
arch=$(dpkg --print-architecture)
[ "$(basename "$deb")" = "coap-explorer_${version}_${arch}.deb" ] || fail "file name $(basename "$deb")"

# --- Header: name, version from the project, dependencies computed by dpkg-shlibdeps.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = coap-explorer ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version: $(field Version), project version $version"
depends=$(field Depends)
for lib in libc6 libqt6core6 libqt6widgets6 libqt6network6 libqt6charts6 qt6-qpa-plugins; do
  grep -q "\b$lib\b" <<<"$depends" || fail "Depends lacks $lib: $depends"
done
grep -Eq 'libqt6core6 \(>= ' <<<"$depends" || fail "Depends has no shlibs versions: $depends"

# --- Contents.
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's#^\./#/#' >"$tmp/contents"
expect=(
  /usr/bin/coap-explorer
  /usr/bin/coap-explorer-cli
  /usr/share/applications/coap-explorer.desktop
  /usr/share/icons/hicolor/scalable/apps/coap-explorer.svg
  /usr/share/man/man1/coap-explorer.1.gz
  /usr/share/man/man1/coap-explorer-cli.1.gz
  /usr/share/doc/coap-explorer/copyright
  /usr/share/doc/coap-explorer/changelog.gz
)
for size in 16 22 24 32 48 64 128 256; do
  expect+=("/usr/share/icons/hicolor/${size}x${size}/apps/coap-explorer.png")
done
for language in de en es fr pt_BR zh_CN; do
  expect+=("/usr/share/coap-explorer/translations/coap-explorer_$language.qm")
done
for path in "${expect[@]}"; do
  grep -qxF "$path" "$tmp/contents" || fail "$path is not in the package"
done
grep -Eq '^/usr/share/metainfo/[^/]+\.metainfo\.xml$' "$tmp/contents" || fail "no AppStream metainfo"
# Nothing outside /usr, nothing of /usr/local, no debug files.
if grep -Ev '^/(usr(/.*)?)?$' "$tmp/contents"; then fail "files outside /usr (above)"; fi
if grep -E '^/usr/local|\.debug$|CMakeFiles|/\.' "$tmp/contents"; then fail "unexpected files (above)"; fi

# --- Unpacked: the installed programs run and know their version; no build path involved.
dpkg-deb -x "$deb" "$tmp/root"
root=$tmp/root
for program in coap-explorer coap-explorer-cli; do
  out=$(env -u LD_LIBRARY_PATH QT_QPA_PLATFORM=offscreen "$root/usr/bin/$program" --version) \
    || fail "$program --version failed"
  [ "$out" = "$program $version" ] || fail "$program --version printed '$out'"
  env -u LD_LIBRARY_PATH QT_QPA_PLATFORM=offscreen "$root/usr/bin/$program" --help >"$tmp/help" \
    || fail "$program --help failed"
  grep -q "Usage: $program" "$tmp/help" || fail "$program --help has no usage line"
  # Stripped: the package carries no debug sections.
  if readelf -S "$root/usr/bin/$program" | grep -q '\.debug_info'; then fail "$program is not stripped"; fi
  if readelf -d "$root/usr/bin/$program" | grep -Eq 'RPATH|RUNPATH'; then fail "$program has an RPATH"; fi
  page=$root/usr/share/man/man1/$program.1.gz
  zcat "$page" | grep -q "^\.TH $(tr a-z A-Z <<<"$program") 1 " || fail "$page has no .TH line"
done
grep -q '^Exec=coap-explorer ' "$root/usr/share/applications/coap-explorer.desktop" || fail "desktop Exec"
grep -q '^Terminal=false$' "$root/usr/share/applications/coap-explorer.desktop" || fail "desktop Terminal"
grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
  "$root/usr/share/doc/coap-explorer/copyright" || fail "copyright is not in DEP-5 form"
zcat "$root/usr/share/doc/coap-explorer/changelog.gz" | head -1 | grep -q "^coap-explorer ($version) " \
  || fail "changelog.gz does not start with version $version"
echo "PASS: $(basename "$deb"), $(wc -l <"$tmp/contents") paths; Depends: $depends"
