#!/usr/bin/env bash
# The README's two Quick start commands:
#   ./quickstart.sh run    installs what is missing, builds, starts the app on the simulated fleet
#   ./quickstart.sh test   installs what is missing, builds, runs every test: once in the normal
#                          build (build/), once under AddressSanitizer + UBSan (build-asan/)
# Both are safe to run again: installing and configuring are skipped when already done.
set -euo pipefail
cd "$(dirname "$0")"

usage() { echo "usage: $0 run|test" >&2; exit 2; }
[ $# -ge 1 ] || usage

build() {
  packaging/debian/install-deps.sh "$@"
  if [ ! -f build/build.ninja ]; then
    cmake --preset default
  fi
  cmake --build --preset default
}

case "$1" in
  run)
    build
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
      exec build/bin/coap-explorer --demo
    fi
    # No screen on this machine (a server or a container): show the window on a virtual one and
    # save what it looks like, so the run still proves the app works.
    shot="$PWD/build/coap-explorer-demo.png"
    echo "No display found (DISPLAY is not set): rendering the window on a virtual screen to $shot"
    export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
    xvfb-run -a -s "-screen 0 1280x800x24" build/bin/coap-explorer --demo --screenshot "$shot" --after 3
    echo "Saved $shot. Run this command on a desktop to use the app."
    ;;
  test)
    build --dev
    export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
    ctest --preset default -j 2
    # The same suite again under ASan + UBSan (CMakePresets.json "asan"): memory errors and
    # undefined behaviour fail the run. CI (.ci/run) runs exactly this command.
    if [ ! -f build-asan/build.ninja ]; then
      cmake --preset asan
    fi
    cmake --build --preset asan
    ctest --preset asan -j 2
    ;;
  *) usage ;;
esac
