#!/usr/bin/env bash
# Block-wise download, whole process, side by side (issue 14 item 2): coap-explorer-cli get and
# libcoap's coap-client-notls fetch the same 1 MiB resource from libcoap's coap-server-notls with
# block size 1024 (RFC 7959, SZX 6), alternately, RUNS times each. Reports the median wall time
# of each, their ratio, and CPU time (user+sys) per block. Everything on 127.0.0.1; the server
# is started on a free port and stopped by its PID.
# Where the time goes, in the same rounds: the start-up of each process (coap-explorer-cli
# --version, coap-client-notls with no argument: loading the program and its libraries, nothing
# sent), and each client's time per block from a 4 MiB download of the same kind (the difference
# to the 1 MiB one over its 3,072 more blocks: start-up and the end cancel out).
# The floors, in the same rounds, when BUILD_DIR has them (bench/CMakeLists.txt): block2_floor, a
# minimal client without Qt or a CoAP library, downloads the same resource (the least time per
# block that the server and the kernel allow any client); qt_startup_floor only starts Qt Core and
# Network and binds one UDP socket (the least start-up of any client on Debian's shared Qt). Their
# sum is the least whole-process time that a Qt client can take here.
#
#   bench/blockwise_download.sh [BUILD_DIR] [RUNS]     (defaults: build 31)
set -euo pipefail
build=${1:-build}
runs=${2:-31}
cli="$build/bin/coap-explorer-cli"
for tool in coap-server-notls coap-client-notls "$cli"; do
    command -v "$tool" >/dev/null || { echo "blockwise_download: $tool is missing" >&2; exit 2; }
done
work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

port=$(python3 -c 'import socket; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 47999)
coap-server-notls -A 127.0.0.1 -p "$port" -d 4 >/dev/null 2>&1 &
server=$!
head -c 1048576 /dev/urandom >"$work/body"
head -c 4194304 /dev/urandom >"$work/body4"
blocks=1024
# The resources are created by block-wise PUTs (-d lets the server take new resources).
for attempt in 1 2 3 4 5 6 7 8 9 10; do
    coap-client-notls -m put -b 1024 -f "$work/body" "coap://127.0.0.1:$port/big" >/dev/null 2>&1 && break
    sleep 0.2
done
coap-client-notls -m put -b 1024 -f "$work/body4" "coap://127.0.0.1:$port/big4" >/dev/null 2>&1
"$cli" get --block-size 1024 "coap://127.0.0.1:$port/big4" >"$work/ours4"
cmp -s "$work/ours4" "$work/body4" || { echo "blockwise_download: our 4 MiB download differs from the body" >&2; exit 1; }
"$cli" get --block-size 1024 "coap://127.0.0.1:$port/big" >"$work/ours"
cmp -s "$work/ours" "$work/body" || { echo "blockwise_download: our download differs from the body" >&2; exit 1; }

floor="$build/bin/block2_floor"
qtfloor="$build/bin/qt_startup_floor"
floors=0
if [ -x "$floor" ] && [ -x "$qtfloor" ]; then
    floors=1
    [ "$("$floor" 127.0.0.1 "$port" big 6)" = 1048576 ] || { echo "blockwise_download: block2_floor did not get 1 MiB" >&2; exit 1; }
fi

TIMEFORMAT='%3R %3U %3S'
for f in theirs ours theirs4 ours4 theirs0 ours0 floor floor4 floor0 qt0; do : >"$work/$f.t"; done
for ((i = 0; i < runs; i++)); do
    { time coap-client-notls -b 1024 "coap://127.0.0.1:$port/big" >/dev/null 2>&1; } 2>>"$work/theirs.t"
    { time "$cli" get --block-size 1024 "coap://127.0.0.1:$port/big" >/dev/null 2>&1; } 2>>"$work/ours.t"
    { time coap-client-notls >/dev/null 2>&1 || true; } 2>>"$work/theirs0.t" # usage, exit 1
    { time "$cli" --version >/dev/null 2>&1; } 2>>"$work/ours0.t"
    { time coap-client-notls -b 1024 "coap://127.0.0.1:$port/big4" >/dev/null 2>&1; } 2>>"$work/theirs4.t"
    { time "$cli" get --block-size 1024 "coap://127.0.0.1:$port/big4" >/dev/null 2>&1; } 2>>"$work/ours4.t"
    if [ "$floors" = 1 ]; then
        { time "$floor" 127.0.0.1 "$port" big 6 >/dev/null 2>&1; } 2>>"$work/floor.t"
        { time "$floor" 127.0.0.1 "$port" big4 6 >/dev/null 2>&1; } 2>>"$work/floor4.t"
        { time "$floor" >/dev/null 2>&1 || true; } 2>>"$work/floor0.t" # usage, exit 2
        { time "$qtfloor" >/dev/null 2>&1; } 2>>"$work/qt0.t"
    fi
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ours_wall=$(awk '{print $1}' "$work/ours.t" | median)
theirs_wall=$(awk '{print $1}' "$work/theirs.t" | median)
ours_cpu=$(awk '{print $2+$3}' "$work/ours.t" | median)
theirs_cpu=$(awk '{print $2+$3}' "$work/theirs.t" | median)
echo "1 MiB in $blocks blocks of 1024 B from coap-server-notls, $runs paired runs, medians:"
printf '  %-28s wall %7.3f s   CPU %7.3f s   CPU/block %6.1f us\n' "coap-client-notls -b 1024" "$theirs_wall" "$theirs_cpu" \
    "$(awk -v c="$theirs_cpu" -v b="$blocks" 'BEGIN {print c / b * 1e6}')"
printf '  %-28s wall %7.3f s   CPU %7.3f s   CPU/block %6.1f us\n' "coap-explorer-cli get" "$ours_wall" "$ours_cpu" \
    "$(awk -v c="$ours_cpu" -v b="$blocks" 'BEGIN {print c / b * 1e6}')"
awk -v o="$ours_wall" -v t="$theirs_wall" 'BEGIN {printf "  wall time ours / coap-client: %.2f (<= 1 means at least as fast)\n", o / t}'
wall() { awk '{print $1}' "$work/$1.t" | median; }
echo "Where the time goes (medians of the same rounds):"
printf '  %-28s start-up %6.1f ms   per block (4 MiB - 1 MiB) %5.1f us\n' "coap-client-notls" \
    "$(awk -v t="$(wall theirs0)" 'BEGIN {print t * 1000}')" \
    "$(awk -v a="$(wall theirs4)" -v b="$(wall theirs)" 'BEGIN {print (a - b) / 3072 * 1e6}')"
printf '  %-28s start-up %6.1f ms   per block (4 MiB - 1 MiB) %5.1f us\n' "coap-explorer-cli" \
    "$(awk -v t="$(wall ours0)" 'BEGIN {print t * 1000}')" \
    "$(awk -v a="$(wall ours4)" -v b="$(wall ours)" 'BEGIN {print (a - b) / 3072 * 1e6}')"
if [ "$floors" = 1 ]; then
    printf '  %-28s start-up %6.1f ms   per block (4 MiB - 1 MiB) %5.1f us   wall, 1 MiB %7.3f s\n' \
        "block2_floor (no Qt, no CoAP)" "$(awk -v t="$(wall floor0)" 'BEGIN {print t * 1000}')" \
        "$(awk -v a="$(wall floor4)" -v b="$(wall floor)" 'BEGIN {print (a - b) / 3072 * 1e6}')" "$(wall floor)"
    printf '  %-28s start-up %6.1f ms\n' "qt_startup_floor" "$(awk -v t="$(wall qt0)" 'BEGIN {print t * 1000}')"
    least=$(awk -v q="$(wall qt0)" -v f="$(wall floor)" -v z="$(wall floor0)" 'BEGIN {print q + f - z}')
    echo "The least a Qt client can take here (qt_startup_floor + block2_floor's download without its own start-up):"
    awk -v l="$least" -v t="$theirs_wall" 'BEGIN {printf "  %.3f s, %.2f times coap-client-notls'"'"'s %.3f s (<= 1: item 2 can be met on this machine)\n", l, l / t, t}'
fi
