#!/usr/bin/env bash
# Discovery at scale (issue 14, item 4): N simulated devices behind one loopback group endpoint
# (`coap-explorer-cli simulate --group-endpoint`, every device answers from its own socket as a
# multicast group member would) and one `coap-explorer-cli discover`. Reports how many devices were
# collected and when the first, the median and the last answer arrived after the request was sent.
# Only loopback traffic; the simulator is ended by its PID.
#
# Usage: bench/discovery_scale.sh [BUILD_DIR] [DEVICES] [LEISURE_MS] [WAIT_S]
#        (defaults: build 1000 1000 4)
set -euo pipefail
build=${1:-build}
devices=${2:-1000}
leisure=${3:-1000}
wait_s=${4:-4}
cli="$build/bin/coap-explorer-cli"
[ -x "$cli" ] || { echo "missing $cli: build coap-explorer-cli first" >&2; exit 2; }

port=$(( 40000 + RANDOM % 20000 ))
out=$(mktemp -d)
"$cli" simulate --devices "$devices" --port 0 --group-endpoint "$port" --leisure "$leisure" --seed 1 \
    > "$out/sim.txt" 2>&1 &
sim=$!
trap 'kill $sim 2>/dev/null; wait $sim 2>/dev/null; rm -rf "$out"' EXIT
for _ in $(seq 1 200); do
  grep -q "Ctrl-C stops" "$out/sim.txt" && break
  kill -0 $sim 2>/dev/null || { cat "$out/sim.txt" >&2; exit 1; }
  sleep 0.1
done
sleep 1 # let all devices bind

# Each JSON line is stamped when it arrives ($EPOCHREALTIME: bash 5, microseconds).
start=$EPOCHREALTIME
"$cli" discover --group-endpoint "127.0.0.1:$port" --json --wait "$wait_s" |
  while IFS= read -r line; do echo "$EPOCHREALTIME $line"; done > "$out/answers.txt"
answers=$(grep -c '"source"' "$out/answers.txt" || true)
summary=$(grep '"summary"' "$out/answers.txt" | cut -d' ' -f2-)
grep '"source"' "$out/answers.txt" | awk -v s="$start" '{ printf "%.1f\n", ($1 - s) * 1000 }' | sort -n > "$out/ms.txt"
first=$(head -1 "$out/ms.txt"); last=$(tail -1 "$out/ms.txt")
median=$(awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }' "$out/ms.txt")
echo "devices: $devices, leisure: $leisure ms, collected: $answers"
echo "answers arrived after (ms): first $first, median $median, last $last"
echo "summary: $summary"
[ "$answers" -eq "$devices" ]
