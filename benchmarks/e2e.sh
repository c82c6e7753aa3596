#!/usr/bin/env bash
# End-to-end over loopback with wrk: an empty minimal-API POST endpoint (the ceiling), a minimal-API endpoint doing
# only the HMAC check and the source-generated deserialization (the floor of a correct receiver), our endpoint, and a
# hand-written minimal-API endpoint doing the seeds' verification, each in its own Release server process bound to
# 127.0.0.1, each driven with correctly signed GitHub push deliveries with unique delivery ids. Prints requests/s and
# latency percentiles as ratios against the empty endpoint from the same run. Target octokit: Octokit.Webhooks.AspNetCore
# (MapGitHubWebhooks with a WebhookEventProcessor for push). Before timing a target, the script checks that it verifies:
# a genuine delivery gets a 2xx and the same delivery with its body changed a 4xx (all but empty); else it stops.
#
# Durable targets (docs/performance.md, "Durable inbox (SQLite)"), each on a new database file in this run's temporary
# folder (TMPDIR chooses where; the script prints its filesystem):
#   inline-sqlite       ours inline, dedupe through UseSqliteStorage (a claim and a mark per delivery)
#   queued-sqlite       ours with GitHub queued (Webhooks:github:Processing=Queued) on UseSqliteStorage, synchronous=FULL
#   durable-floor       hand-written: HMAC check, then one INSERT + COMMIT per request (WAL, synchronous=FULL), one
#                       connection shared under an async lock
#   durable-floor-pool  the same with a pooled connection per request
# and the same three on PostgreSQL ("Durable inbox (PostgreSQL)"), each on a new database on the server BENCH_POSTGRES
# names (an Npgsql connection string; benchmarks/postgres-throwaway.sh starts one), dropped after the target:
#   inline-postgres, queued-postgres   ours inline, and ours with GitHub queued, on UsePostgreSqlStorage
#   durable-floor-postgres             hand-written: HMAC check, then one INSERT per request in its own transaction
#                                      (autocommit) on a pooled Npgsql connection
# For every target the script reads GET /stats/all before and after the measured run (handled: handlers run, for
# queued by the background workers; acked: requests answered 200), then waits until everything acknowledged has been
# processed (at most DRAIN_TIMEOUT seconds) and prints the drain: the backlog when the load stopped, how long it took
# and the rate. After the warm-up it waits for the same drain, so that every measured run starts with an empty backlog.
#
#   benchmarks/e2e.sh                       # 10 s per target after a 3 s warm-up, 2 threads, 2 connections
#   DURATION=30 THREADS=1 CONNECTIONS=4 benchmarks/e2e.sh
#   TARGETS="queued-sqlite durable-floor ours" CONNECTIONS=16 benchmarks/e2e.sh
#   SERVER_ARGS="--Webhooks:Inbox:GroupCommitWindow=0.001" TARGETS=queued-sqlite benchmarks/e2e.sh
#   RATE=1200 CONNECTIONS=64 TARGETS="empty queued-sqlite" benchmarks/e2e.sh   # open loop at a fixed rate (no wrk2 on Debian)
#   FSYNCS=1 ...                            # count the server's fsync/fdatasync calls on ext4 during the measured run (perf)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
duration="${DURATION:-10}"
warmup="${WARMUP:-3}"
threads="${THREADS:-2}"
connections="${CONNECTIONS:-2}"
port="${PORT:-5091}"
targets="${TARGETS:-empty floor ours seeds}"
rate="${RATE:-}"
drain_timeout="${DRAIN_TIMEOUT:-120}"
server_args="${SERVER_ARGS:-}"
work="$(mktemp -d)"
server_pid=""

cleanup() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

if [[ -z "$rate" ]]; then
    command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }
fi
if [[ "${FSYNCS:-}" == "1" ]]; then
    command -v perf >/dev/null || { echo "FSYNCS=1 needs perf (apt-get install -y linux-perf)" >&2; exit 1; }
    [[ -e /sys/kernel/tracing/events/ext4 ]] || mount -t tracefs nodev /sys/kernel/tracing 2>/dev/null || true
fi

host="$root/benchmarks/Webhooks.BenchHost/bin/Release/net10.0/Webhooks.BenchHost.dll"
if [[ "${NO_BUILD:-}" != "1" ]]; then
    dotnet build "$root/benchmarks/Webhooks.BenchHost" -c Release -nologo -v q >&2
    # What was built: the commit, and a digest of the uncommitted changes under src/ (others may be editing the tree).
    echo "built $(date -u '+%Y-%m-%d %H:%M UTC') from commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?'), uncommitted src changes: $(git -C "$root" diff HEAD -- src 2>/dev/null | sha1sum | cut -c1-12) ($(git -C "$root" status --porcelain -- src 2>/dev/null | wc -l) files)" >"${host%.dll}.build.txt"
fi

# 1,024 distinct signed bodies; ids are unique per request regardless (the script numbers them).
dotnet "$host" lua 1024 "$work/requests.lua"

is_durable() { [[ "$1" == *sqlite* || "$1" == durable-floor* || "$1" == *postgres* ]]; }
if [[ "$targets" == *postgres* ]]; then
    [[ -n "${BENCH_POSTGRES:-}" ]] || { echo "PostgreSQL targets need BENCH_POSTGRES (eval \"\$(benchmarks/postgres-throwaway.sh start)\")" >&2; exit 1; }
    echo "PostgreSQL: $BENCH_POSTGRES${BENCH_PG_ROOT:+, data in $BENCH_PG_ROOT: $(df -T "$BENCH_PG_ROOT" | awk 'NR == 2 { print $1 ", " $2 ", mounted on " $7 }')}"
fi
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) | $(nproc) cores | $(lscpu | sed -n 's/^Model name: *//p') | server $(cat "${host%.dll}.build.txt" 2>/dev/null || echo 'build unknown') (dll written $(date -u -r "$host" '+%Y-%m-%d %H:%M UTC'); a later time means a build by hand)"
if [[ -n "$rate" ]]; then
    echo "fixed rate $rate requests/s over up to $connections connections, ${duration}s (after a ${warmup}s warm-up at the same rate), GitHub push"
else
    echo "wrk -t$threads -c$connections -d${duration}s (after a ${warmup}s warm-up), GitHub push, $(wc -c <"$work/requests.lua") bytes of requests"
fi
for target in $targets; do
    if is_durable "$target"; then
        echo "databases in $work: $(df -T "$work" | awk 'NR == 2 { print $1 ", " $2 ", mounted on " $7 }')"
        break
    fi
done
[[ -n "$server_args" ]] && echo "server arguments: $server_args"

stats() { curl -fs "http://127.0.0.1:$port/stats/all"; }
field() { sed -n "s/.*\b$2=\([0-9.]*\).*/\1/p" <<<" $1"; }
now() { date +%s.%N; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; } # the server's user + system CPU time, in clock ticks

# Before a target is timed: the first signed delivery of requests.lua must get a 2xx, and the same delivery with its
# body changed (signature kept) a 4xx. Prints "<genuine status> <tampered status>"; fails unless both are as expected.
probe_body="$(sed -n '2s/.*body=\[==\[\(.*\)\]==\]},$/\1/p' "$work/requests.lua")"
probe_sig="$(sed -n '2s/^{sig="\([^"]*\)".*/\1/p' "$work/requests.lua")"
probe() { # probe <delivery id> <body>
    curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$port/webhooks/github" -H 'Content-Type: application/json' \
        -H 'X-GitHub-Event: push' -H "X-GitHub-Delivery: $1" -H "X-Hub-Signature-256: $probe_sig" --data-binary "$2"
}
verifies() {
    local genuine tampered
    genuine="$(probe "probe-genuine" "$probe_body")"; tampered="$(probe "probe-tampered" "${probe_body//octocat/octokat}")"
    echo "$genuine $tampered"
    [[ "$genuine" == 2?? && "$tampered" == 4?? ]]
}

# Waits until the workers have processed everything acknowledged; prints "backlog seconds" (seconds -1: timed out).
drain() {
    local s acked handled start backlog
    s="$(stats)"; acked="$(field "$s" acked)"; handled="$(field "$s" handled)"
    backlog=$(( acked - handled )); start="$(now)"
    while (( handled < acked )); do
        if awk -v a="$(now)" -v b="$start" -v t="$drain_timeout" 'BEGIN { exit !(a - b > t) }'; then
            echo "$backlog -1 $(( acked - handled ))"; return
        fi
        sleep 0.05
        handled="$(field "$(stats)" handled)"
    done
    echo "$backlog $(awk -v a="$(now)" -v b="$start" 'BEGIN { printf "%.2f", a - b }') 0"
}

load() { # load <phase: warm|run> <seconds>
    if [[ -n "$rate" ]]; then
        # The measured run first sends one second at the rate, unmeasured, to warm the client's own code and connections.
        dotnet "$host" rate "http://127.0.0.1:$port" "$rate" "$2" "$([[ $1 == warm ]] && echo 0 || echo 1)" "$connections" "$1"
    else
        wrk -t"$threads" -c"$connections" -d"$2s" ${3:+--latency} -s "$root/benchmarks/wrk/github.lua" "http://127.0.0.1:$port" -- "$work/requests.lua" "$1"
    fi
}

declare -A result=() durable=() # assigned, so that an empty one can be counted under set -u
pg_databases=0
for target in $targets; do
    # A target may carry inbox options of its own: queued-sqlite:GroupCommitWindow=0.001,Workers=8
    mode="${target%%:*}"
    file="${target//[^A-Za-z0-9.-]/_}"
    args=()
    if [[ "$target" == *:* ]]; then
        IFS=',' read -ra options <<<"${target#*:}"
        for option in "${options[@]}"; do args+=("--Webhooks:Inbox:$option"); done
    fi
    pg_database=""
    if [[ "$mode" == *-postgres ]]; then
        pg_databases=$(( pg_databases + 1 ))
        pg_database="e2e_$$_$pg_databases"
        args+=("--Bench:Postgres=$(dotnet "$host" pgdb create "$BENCH_POSTGRES" "$pg_database")")
    elif is_durable "$mode"; then args+=("--Bench:Db=$work/${target//[^A-Za-z0-9.-]/_}.db"); fi
    # shellcheck disable=SC2206
    [[ -n "$server_args" ]] && args+=($server_args)
    # Started in an empty folder: its content root, which the configuration's file watcher watches with every folder
    # under it, so that files written elsewhere (a build in the repository, this script's logs) wake no server thread.
    mkdir -p "$work/root"
    (cd "$work/root" && ASPNETCORE_ENVIRONMENT=Production exec dotnet "$host" "$mode" "${args[@]}" --urls "http://127.0.0.1:$port" >"$work/$file.log" 2>&1) &
    server_pid=$!
    for _ in $(seq 1 100); do
        curl -fs "http://127.0.0.1:$port/stats" >/dev/null 2>&1 && break
        sleep 0.2
    done

    probes=0
    if [[ "$mode" != empty ]]; then # the empty endpoint checks nothing, by design
        statuses="$(verifies)" || { echo "$target: does not verify (genuine, tampered: $statuses); not timed" >&2; exit 1; }
        echo "$target: verifies (genuine $statuses tampered)"
        probes=1 # the genuine probe is handled like any request
    fi
    log_checked="$(wc -c <"$work/$file.log")" # the tampered probe's rejection may be logged; errors are looked for after it

    load warm "$warmup" >"$work/$file.warm" 2>&1
    read -r _ warm_drain _ <<<"$(drain)"
    [[ "$warm_drain" == "-1" ]] && echo "$target: the warm-up's backlog did not drain within ${drain_timeout}s" >&2
    before="$(stats)"; t_before="$(now)"
    if [[ "${FSYNCS:-}" == "1" ]]; then
        perf record -q -a -e ext4:ext4_sync_file_enter -o "$work/$file.perf" -- sleep "$duration" >/dev/null 2>&1 &
        perf_pid=$!
    fi
    cpu_before="$(cpu_ticks "$server_pid")"
    load run "$duration" latency >"$work/$file.out" 2>&1
    cpu_after="$(cpu_ticks "$server_pid")"
    after="$(stats)"; t_after="$(now)"
    read -r backlog drain_s left <<<"$(drain)"
    final="$(stats)"
    fsyncs=""
    if [[ "${FSYNCS:-}" == "1" ]]; then
        wait "$perf_pid" 2>/dev/null || true
        fsyncs="$(perf script -i "$work/$file.perf" -F pid 2>/dev/null | awk -v p="$server_pid" '$1 == p' | wc -l)"
    fi
    line="$(grep '^RESULT' "$work/$file.out" | tail -1)"
    [[ -n "$line" ]] || { echo "$target: no result"; cat "$work/$file.out" "$work/$file.log" >&2; exit 1; }
    warm_requests="$(grep '^RESULT' "$work/$file.warm" | sed 's/.* requests=\([0-9]*\).*/\1/')"
    client_warm="$(sed -n 's/.* warm_requests=\([0-9]*\).*/\1/p' <<<"$line")" # the fixed-rate client's own warm-up
    sent=$(( probes + ${warm_requests:-0} + ${client_warm:-0} + $(sed 's/.* requests=\([0-9]*\).*/\1/' <<<" $line") ))
    handled="$(field "$final" handled)"
    kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
    [[ -n "$pg_database" ]] && dotnet "$host" pgdb drop "$BENCH_POSTGRES" "$pg_database"
    if tail -c +$(( log_checked + 1 )) "$work/$file.log" | grep -qiE 'fail|exception'; then echo "$target: the server logged errors:" >&2; tail -c +$(( log_checked + 1 )) "$work/$file.log" | grep -iE 'fail|exception' | head -5 >&2; fi
    # The server's CPU time per measured request: unlike requests/s, it leaves out the time the server waited for a core.
    server_cpu_us="$(awk -v t="$(( cpu_after - cpu_before ))" -v hz="$(getconf CLK_TCK)" -v n="$(sed 's/.* requests=\([0-9]*\).*/\1/' <<<" $line")" 'BEGIN { printf "%.1f", t / hz * 1e6 / n }')"
    result[$target]="$line handled=$handled sent=$sent server_cpu_us=$server_cpu_us"
    echo "$target: ${result[$target]}"

    if is_durable "$mode"; then
        d=""
        for k in acked handled adds added claims claimed completes inline_claims add_ms; do
            b="$(field "$before" "$k")"; a="$(field "$after" "$k")"
            [[ -n "$a" ]] && d+=" run_$k=$(( ${a%.*} - ${b%.*} ))"
        done
        durable[$target]="$d span=$(awk -v a="$t_after" -v b="$t_before" 'BEGIN { printf "%.3f", a - b }') backlog=$backlog drain_s=$drain_s left=$left fsyncs=$fsyncs"
        echo "$target:${durable[$target]} | before: $before | after: $after | drained: $final"
    fi
done

value() { sed "s/.* $2=\([0-9.]*\).*/\1/" <<<" ${result[$1]}"; }
base="${BASELINE:-empty}"
[[ -n "${result[$base]:-}" ]] || base=""
echo
echo "| target | requests/s | × ${base:-n/a} | p50 | p90 | p99 | p99.9 | non-2xx | handled / sent | server CPU µs / request |"
echo "|---|---|---|---|---|---|---|---|---|---|"
base_rps="$([[ -n "$base" ]] && value "$base" rps || echo 0)"
for target in $targets; do
    rps="$(value "$target" rps)"
    ratio="$(awk -v a="$rps" -v b="$base_rps" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')"
    lat=""
    for p in p50_us p90_us p99_us p999_us; do
        us="$(value "$target" "$p")"; b="$([[ -n "$base" ]] && value "$base" "$p" || echo 0)"
        lat+="| $(awk -v a="$us" -v b="$b" 'BEGIN { printf "%.0f µs", a; if (b > 0) printf " (%.2f×)", a / b }') "
    done
    handled="$(value "$target" handled)"; [[ "$target" == empty ]] && handled="n/a"
    echo "| $target | $rps | $ratio $lat| $(value "$target" non2xx) | $handled / $(value "$target" sent) | $(value "$target" server_cpu_us) |"
done

if (( ${#durable[@]} > 0 )); then
    dv() { sed -n "s/.* $2=\([0-9.-]*\).*/\1/p" <<<" ${durable[$1]}"; }
    echo
    echo "| target | acknowledged/s | processed/s during the load | backlog when the load stopped | drain | drain rate | deliveries per acknowledging commit | fsyncs/s |"
    echo "|---|---|---|---|---|---|---|---|"
    for target in $targets; do
        [[ -n "${durable[$target]:-}" ]] || continue
        seconds="$(dv "$target" span)" # between the two /stats/all reads around the measured load
        acked="$(dv "$target" run_acked)"; processed="$(dv "$target" run_handled)"
        backlog="$(dv "$target" backlog)"; drain_s="$(dv "$target" drain_s)"
        adds="$(dv "$target" run_adds)"; added="$(dv "$target" run_added)"; fsyncs="$(dv "$target" fsyncs)"
        per_commit="1 (one per request)"
        [[ "$target" == inline-sqlite* ]] && per_commit="n/a (claim and mark: $(dv "$target" run_inline_claims) + $(dv "$target" run_inline_claims) transactions, not synced)"
        [[ "$target" == inline-postgres* ]] && per_commit="n/a (claim and mark: $(dv "$target" run_inline_claims) + $(dv "$target" run_inline_claims) transactions, each flushed)"
        [[ -n "$adds" && "$adds" != 0 ]] && per_commit="$(awk -v a="$added" -v b="$adds" -v ms="$(dv "$target" run_add_ms)" 'BEGIN { printf "%.1f (%d commits, %.2f ms each)", a / b, b, ms / b }')"
        if [[ "$drain_s" == "-1" ]]; then
            drain="not within ${drain_timeout}s ($(dv "$target" left) left)"
            drain_rate="$(awk -v n="$backlog" -v l="$(dv "$target" left)" -v s="$drain_timeout" 'BEGIN { printf "%.0f /s", (n - l) / s }')"
        else
            drain="${drain_s} s"
            drain_rate="$(awk -v n="$backlog" -v s="$drain_s" 'BEGIN { if (s > 0 && n > 0) printf "%.0f /s", n / s; else print "n/a (nothing left)" }')"
        fi
        echo "| $target | $(awk -v n="$acked" -v s="$seconds" 'BEGIN { printf "%.0f", n / s }') | $(awk -v n="$processed" -v s="$seconds" 'BEGIN { printf "%.0f", n / s }') | $backlog | $drain | $drain_rate | $per_commit | $([[ -n "$fsyncs" ]] && awk -v n="$fsyncs" -v s="$duration" 'BEGIN { printf "%.0f", n / s }' || echo "not counted") |"
    done
    for queued in $targets; do
        [[ "$queued" == queued-sqlite* || "$queued" == queued-postgres* ]] || continue
        q="$(value "$queued" rps)"
        others="durable-floor durable-floor-pool ours inline-sqlite"
        [[ "$queued" == queued-postgres* ]] && others="durable-floor-postgres ours inline-postgres"
        for other in $others; do
            [[ -n "${result[$other]:-}" ]] && echo "$queued / $other: $(awk -v a="$q" -v b="$(value "$other" rps)" 'BEGIN { printf "%.2f×", a / b }')"
        done
    done
fi
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
