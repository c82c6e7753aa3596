#!/usr/bin/env bash
# The series behind docs/performance.md, "Durable inbox (SQLite)": benchmarks/e2e.sh several times, the targets'
# order alternating between runs, each run started only when the machine is quiet (at least QUIET_IDLE % of the CPU
# idle over 3 s, waiting at most WAIT_MAX seconds). Every run's output goes to OUT/NN-phase-….txt.
#
#   benchmarks/durable-series.sh [OUT, /tmp/webhooks-durable by default]
#   PHASES="throughput pool window workers" CONNECTION_COUNTS="2 16 64" RUNS=3 benchmarks/durable-series.sh
#   PHASES=rate RATE=1000 benchmarks/durable-series.sh        # latency at a fixed rate (half of the peak measured before)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-/tmp/webhooks-durable}"
phases="${PHASES:-throughput pool window}"
counts="${CONNECTION_COUNTS:-2 16 64}"
runs="${RUNS:-3}"
quiet_idle="${QUIET_IDLE:-85}"
wait_max="${WAIT_MAX:-900}"
mkdir -p "$out"
n=$(find "$out" -name '*.txt' | wc -l)

host="$root/benchmarks/Webhooks.BenchHost/bin/Release/net10.0/Webhooks.BenchHost.dll"
if [[ "${NO_BUILD:-}" != "1" ]]; then
    dotnet build "$root/benchmarks/Webhooks.BenchHost" -c Release -nologo -v q >&2
    echo "built $(date -u '+%Y-%m-%d %H:%M UTC') from commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?'), uncommitted src changes: $(git -C "$root" diff HEAD -- src 2>/dev/null | sha1sum | cut -c1-12) ($(git -C "$root" status --porcelain -- src 2>/dev/null | wc -l) files)" >"${host%.dll}.build.txt"
fi
cat "${host%.dll}.build.txt" >>"$out/build.txt"

idle() { # percentage of CPU time idle over 3 s
    local a b
    a=($(head -1 /proc/stat)); sleep 3; b=($(head -1 /proc/stat))
    awk -v i1="${a[4]}" -v i2="${b[4]}" -v t1="$(IFS=+; echo $(( ${a[*]:1} )))" -v t2="$(IFS=+; echo $(( ${b[*]:1} )))" \
        'BEGIN { printf "%d", 100 * (i2 - i1) / (t2 - t1) }'
}

quiet() {
    local deadline=$(( $(date +%s) + wait_max )) now
    while now="$(idle)"; (( now < quiet_idle )) && (( $(date +%s) < deadline )); do
        echo "waiting for a quiet machine: ${now} % idle, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
        sleep 20
    done
    echo "$now"
}

run() { # run <name> <targets> [VAR=value ...]
    local name="$1" targets="$2"; shift 2
    n=$(( n + 1 ))
    local file; file="$out/$(printf '%02d' "$n")-$name.txt"
    local was_idle; was_idle="$(quiet)"
    {
        echo "# $(date -u '+%Y-%m-%d %H:%M:%S UTC') | idle before: $was_idle % | TARGETS=\"$targets\" $*"
        env NO_BUILD=1 TARGETS="$targets" "$@" "$root/benchmarks/e2e.sh"
        echo "# finished $(date -u '+%H:%M:%S UTC')"
    } 2>&1 | tee "$file"
}

reverse() { local r=""; for t in $1; do r="$t $r"; done; echo "${r% }"; }

for phase in $phases; do
    case "$phase" in
        throughput)
            # Closed loop (wrk): ours inline in memory, ours inline on SQLite, ours queued on SQLite, the durable floor.
            for c in $counts; do
                for r in $(seq 1 "$runs"); do
                    t="ours inline-sqlite queued-sqlite durable-floor"
                    (( r % 2 == 0 )) && t="$(reverse "$t")"
                    run "throughput-c$c-r$r" "$t" CONNECTIONS="$c" FSYNCS=1
                done
            done ;;
        pool)
            # The floor's two ways to the database, side by side.
            for c in $counts; do run "pool-c$c" "durable-floor-pool durable-floor" CONNECTIONS="$c"; done ;;
        window)
            # Group commit: no window (the default) against a 1 ms window.
            for c in ${WINDOW_COUNTS:-16 64}; do
                for r in $(seq 1 "$runs"); do
                    t="queued-sqlite queued-sqlite:GroupCommitWindow=0.001"
                    (( r % 2 == 0 )) && t="$(reverse "$t")"
                    run "window-c$c-r$r" "$t" CONNECTIONS="$c" FSYNCS=1
                done
            done ;;
        workers)
            # How many workers claim and process at once (Webhooks:Inbox:Workers, default 4).
            for c in ${WORKER_COUNTS:-16}; do
                for r in $(seq 1 "$runs"); do
                    t="queued-sqlite queued-sqlite:Workers=16 queued-sqlite:Workers=64"
                    (( r % 2 == 0 )) && t="$(reverse "$t")"
                    run "workers-c$c-r$r" "$t" CONNECTIONS="$c"
                done
            done ;;
        rate)
            : "${RATE:?PHASES=rate needs RATE=<requests/s>}"
            for r in $(seq 1 "$runs"); do
                t="empty queued-sqlite durable-floor ours"
                (( r % 2 == 0 )) && t="$(reverse "$t")"
                run "rate$RATE-r$r" "$t" RATE="$RATE" CONNECTIONS="${RATE_CONNECTIONS:-64}"
            done ;;
        *) echo "unknown phase $phase (throughput, pool, window, workers, rate)" >&2; exit 2 ;;
    esac
done
