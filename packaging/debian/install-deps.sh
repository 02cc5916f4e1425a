#!/usr/bin/env bash
# Installs what building, running and testing CoAP Explorer needs on Debian 12, and nothing when
# it is all there already (safe to run again). Needs root, or sudo.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libgl-dev qtkeychain-qt6-dev
  qt6-httpserver-dev qt6-websockets-dev curl
  qt6-qpa-plugins libxkbcommon-x11-0
  xvfb xauth fontconfig fonts-dejavu-core
  libcoap3-bin iproute2 nftables
  dpkg-dev
)
# qt6-httpserver-dev: the HTTP-to-CoAP gateway (gateway/); its CMake package needs
# qt6-websockets-dev, which Debian does not pull in without recommends. curl: the gateway's tests.
# dpkg-dev above: dpkg-shlibdeps, which `cpack -G DEB` runs to compute the package's Depends.
# Extra tools for the sanitizer/fuzz builds, benchmarks and the packaging tests (validators of
# the desktop entry and AppStream metainfo; rsvg-convert for packaging/linux/render-icons.sh; tshark
# and tcpdump for tst_capture and tst_wireshark, which check pcapng files against them);
# installed with --dev.
dev_packages=(clang-14 libclang-rt-14-dev libbenchmark-dev libcoap3-dev imagemagick
              desktop-file-utils appstream librsvg2-bin tshark tcpdump)

if [ "${1:-}" = "--dev" ]; then packages+=("${dev_packages[@]}"); fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: everything needed is installed."
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root (or install sudo): missing ${missing[*]}" >&2; exit 1; }
  SUDO=sudo
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# --no-install-recommends keeps the machine lean; Qt Charts then needs libqt6opengl6-dev named.
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
