#!/usr/bin/env bash
# The documented long fuzz run (docs/robustness.md): every target, one after another (the machine
# has 2 shared cores), SECONDS each, starting from the checked-in corpus. Build first:
#   cmake --preset fuzz && cmake --build --preset fuzz --target fuzz_targets
# Usage: tests/fuzz/longrun.sh [SECONDS] [WORKDIR] [TARGET…]   (defaults: 600, /tmp/coap-fuzz, all)
# For each target: WORKDIR/<target>/ holds the inputs libFuzzer found, WORKDIR/<target>.log its
# output, WORKDIR/<target>-crash-* / -leak-* / -timeout-* anything it found. A summary line per
# target goes to standard output.
set -uo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-600}
work=${2:-/tmp/coap-fuzz}
shift 2 2>/dev/null || shift $#
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(codec linkformat payload uri exchange)
mkdir -p "$work"
status=0
for t in "${targets[@]}"; do
  bin=build-fuzz/bin/fuzz_$t
  [ -x "$bin" ] || { echo "$t: $bin is missing (build the fuzz preset)"; status=1; continue; }
  mkdir -p "$work/$t"
  start=$(date +%s)
  "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=4096 \
         -print_final_stats=1 -artifact_prefix="$work/$t-" "$work/$t" "tests/fuzz/corpus/$t" \
         > "$work/$t.log" 2>&1
  rc=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$t.log" | grep -o '[0-9]*$')
  cov=$(grep -o 'cov: [0-9]*' "$work/$t.log" | tail -1)
  echo "$t: exit $rc, $((($(date +%s) - start))) s, ${runs:-?} runs, ${cov:-cov ?}, corpus $(ls "$work/$t" | wc -l) files"
  [ $rc -eq 0 ] || status=1
done
exit $status
