#!/bin/bash
# A multicast testbed in network namespaces: nothing leaves the machine (docs/discovery.md,
# TESTBED.md "Multicast without leaving the machine").
#
#   netns-testbed.sh up PREFIX N        bridge namespace PREFIX-hub and hosts PREFIX-h0 … PREFIX-h(N-1);
#                                       host i has veth vi with 10.77.0.(10+i)/24 and fd77::(10+i)/64
#                                       (DAD off), and a route for 224.0.0.0/4. Prints the host names.
#   netns-testbed.sh server NS [ARGS…]  starts coap-server-notls in NS joined to 224.0.1.187 and
#                                       ff02::fd (one process per group; the IPv4 one with
#                                       -A 0.0.0.0) on port 5683; ARGS go to both. Prints the PIDs
#                                       once both groups are joined.
#   netns-testbed.sh down PREFIX        ends every process in the testbed's namespaces (by PID) and
#                                       deletes the namespaces. Safe to call twice; meant for a trap.
#
# Exit status: 0 done, 1 failure, 2 usage, 77 not root / namespaces unavailable (tests skip).
set -u

readonly STATE_ROOT="${TMPDIR:-/tmp}/coap-netns-testbed"
readonly EXIT_SKIP=77

say() { echo "netns-testbed: $*" >&2; }
usage() {
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" >&2
    exit 2
}

need_root() {
    if [ "$(id -u)" != 0 ]; then
        say "needs root (network namespaces, veth, bridge); run it as root or skip the test"
        exit $EXIT_SKIP
    fi
    if ! command -v ip >/dev/null; then
        say "needs the ip command (Debian package iproute2)"
        exit $EXIT_SKIP
    fi
}

valid_prefix() {
    # Namespace names become file names under /run/netns: keep them plain.
    [[ "$1" =~ ^[A-Za-z0-9][A-Za-z0-9_.]{0,30}$ ]] || { say "bad prefix '$1' (letters, digits, _ and . only)"; exit 2; }
}

# Namespaces of a testbed: those recorded at "up" and any left over with the prefix.
testbed_namespaces() {
    local prefix=$1
    {
        [ -f "$STATE_ROOT/$prefix/namespaces" ] && cat "$STATE_ROOT/$prefix/namespaces"
        ip netns list 2>/dev/null | awk '{print $1}' | grep -E "^${prefix//./\\.}-(hub|h[0-9]+)$"
    } | sort -u
}

kill_namespace_processes() {
    local ns pid pids=()
    for ns in "$@"; do
        # Every process in our own uniquely named namespaces is ours; ended by PID.
        for pid in $(ip netns pids "$ns" 2>/dev/null); do
            kill "$pid" 2>/dev/null && pids+=("$pid")
        done
    done
    # Bounded wait for them to go, then insist.
    local tries=0
    while [ ${#pids[@]} -gt 0 ] && [ $tries -lt 50 ]; do
        local alive=()
        for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive+=("$pid"); done
        pids=("${alive[@]+"${alive[@]}"}")
        [ ${#pids[@]} -gt 0 ] && sleep 0.1
        tries=$((tries + 1))
    done
    for pid in "${pids[@]+"${pids[@]}"}"; do kill -KILL "$pid" 2>/dev/null; done
}

cmd_down() {
    local prefix=$1
    valid_prefix "$prefix"
    need_root
    local namespaces
    namespaces=$(testbed_namespaces "$prefix")
    # shellcheck disable=SC2086
    kill_namespace_processes $namespaces
    local ns
    for ns in $namespaces; do
        ip netns del "$ns" 2>/dev/null
    done
    rm -rf "${STATE_ROOT:?}/$prefix"
    return 0
}

# Testbeds whose creator has died (a test that crashed before its cleanup) are removed.
collect_orphans() {
    local dir owner
    for dir in "$STATE_ROOT"/*/; do
        [ -f "$dir/owner" ] || continue
        owner=$(cat "$dir/owner")
        if [ -n "$owner" ] && ! kill -0 "$owner" 2>/dev/null; then
            say "removing testbed $(basename "$dir") left behind by process $owner"
            cmd_down "$(basename "$dir")"
        fi
    done
}

cmd_up() {
    local prefix=$1 count=$2
    valid_prefix "$prefix"
    [[ "$count" =~ ^[0-9]+$ ]] && [ "$count" -ge 1 ] && [ "$count" -le 200 ] || { say "N must be 1..200"; exit 2; }
    need_root
    mkdir -p "$STATE_ROOT" || exit 1
    collect_orphans
    cmd_down "$prefix" # a testbed of that name from before goes first
    mkdir -p "$STATE_ROOT/$prefix" || exit 1
    # The owner is whoever called us (the test), so orphans can be found after a crash.
    echo "${COAP_TESTBED_OWNER:-$PPID}" >"$STATE_ROOT/$prefix/owner"

    local hub="$prefix-hub"
    echo "$hub" >>"$STATE_ROOT/$prefix/namespaces"
    if ! ip netns add "$hub" 2>/dev/null; then
        say "cannot create network namespaces here (ip netns add failed: no CAP_SYS_ADMIN?)"
        rm -rf "${STATE_ROOT:?}/$prefix"
        exit $EXIT_SKIP
    fi
    set -e
    # No snooping: the bridge floods multicast to every port, as a plain switch does.
    ip -n "$hub" link add br0 type bridge mcast_snooping 0
    ip -n "$hub" link set br0 up
    local i ns
    for ((i = 0; i < count; i++)); do
        ns="$prefix-h$i"
        echo "$ns" >>"$STATE_ROOT/$prefix/namespaces"
        ip netns add "$ns"
        ip link add "v$i" netns "$ns" type veth peer name "p$i" netns "$hub"
        ip -n "$hub" link set "p$i" master br0 up
        ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0 \
            "net.ipv6.conf.v$i.accept_dad=0"
        ip -n "$ns" link set lo up
        ip -n "$ns" addr add "10.77.0.$((10 + i))/24" dev "v$i"
        ip -n "$ns" addr add "fd77::$((10 + i))/64" dev "v$i" nodad
        ip -n "$ns" link set "v$i" up
        ip -n "$ns" route add 224.0.0.0/4 dev "v$i"
        echo "$ns"
    done
    set +e
    # The link-local address appears when the link is up; with DAD off it is usable at once.
    for ((i = 0; i < count; i++)); do
        wait_for "ip -n $prefix-h$i -6 addr show dev v$i scope link" "fe80::" 50 \
            || { say "no link-local address on v$i in $prefix-h$i"; exit 1; }
    done
}

# wait_for COMMAND PATTERN TRIES: polls (100 ms apart, bounded) until COMMAND prints PATTERN.
wait_for() {
    local command=$1 pattern=$2 tries=$3
    while [ "$tries" -gt 0 ]; do
        $command 2>/dev/null | grep -qF -- "$pattern" && return 0
        sleep 0.1
        tries=$((tries - 1))
    done
    return 1
}

cmd_server() {
    local ns=$1
    shift
    need_root
    [[ "$ns" =~ ^(.+)-h[0-9]+$ ]] || { say "'$ns' is not a host namespace of a testbed (PREFIX-hN)"; exit 2; }
    local prefix=${BASH_REMATCH[1]}
    ip netns pids "$ns" >/dev/null 2>&1 || { say "namespace $ns does not exist (run 'up' first)"; exit 1; }
    command -v coap-server-notls >/dev/null || { say "coap-server-notls is missing (Debian package libcoap3-bin)"; exit $EXIT_SKIP; }
    local iface
    iface=$(ip -n "$ns" -o link show | awk -F': ' '$2 != "lo" {sub(/@.*/, "", $2); print $2; exit}')
    [ -n "$iface" ] || { say "no interface in $ns"; exit 1; }
    local dir="$STATE_ROOT/$prefix"
    mkdir -p "$dir"
    # libcoap joins one group per process (the last -g wins). Without -A 0.0.0.0 the IPv4 server
    # also answers IPv6 queries and they arrive twice.
    ip netns exec "$ns" coap-server-notls -A 0.0.0.0 -p 5683 -g 224.0.1.187 -G "$iface" "$@" \
        </dev/null >>"$dir/$ns-v4.log" 2>&1 &
    local v4=$!
    ip netns exec "$ns" coap-server-notls -p 5683 -g ff02::fd -G "$iface" "$@" \
        </dev/null >>"$dir/$ns-v6.log" 2>&1 &
    local v6=$!
    echo "$v4 $v6" >>"$dir/pids"
    if ! wait_for "ip -n $ns maddr show dev $iface" "224.0.1.187" 50 \
        || ! wait_for "ip -n $ns maddr show dev $iface" "ff02::fd" 50; then
        say "coap-server-notls in $ns did not join the groups; its output:"
        cat "$dir/$ns-v4.log" "$dir/$ns-v6.log" >&2
        exit 1
    fi
    # Joined means the sockets exist; check both are still running (e.g. port taken).
    kill -0 "$v4" 2>/dev/null && kill -0 "$v6" 2>/dev/null || {
        say "coap-server-notls in $ns exited; its output:"
        cat "$dir/$ns-v4.log" "$dir/$ns-v6.log" >&2
        exit 1
    }
    echo "$v4"
    echo "$v6"
}

[ $# -ge 1 ] || usage
case "$1" in
up) [ $# -eq 3 ] || usage; cmd_up "$2" "$3" ;;
down) [ $# -eq 2 ] || usage; cmd_down "$2" ;;
server) [ $# -ge 2 ] || usage; shift; cmd_server "$@" ;;
-h | --help | help) usage ;;
*) usage ;;
esac
