#!/usr/bin/env bash
# The drain rate of one and of two instances on one PostgreSQL database (docs/performance.md, "Durable inbox
# (PostgreSQL)"). A backlog of N stored deliveries is ingested once, through the real queued endpoint
# (Webhooks.BenchHost queued-postgres) with its workers held back (--Bench:Process=false), into a template database.
# Each run then drains a fresh copy of it (CREATE DATABASE … TEMPLATE) with one instance, and another copy with two
# instances on the same database; every instance starts with its workers held back, and all are released together
# (POST /bench/process) once all answer. The drain is timed from the release until the instances' handled counts add
# up to N; the rate between 10 % and 90 % done is printed too (it leaves out the start and the tail).
#
#   eval "$(benchmarks/postgres-throwaway.sh start)"; benchmarks/postgres-drain.sh      # N=20000, RUNS=3
#   N=50000 RUNS=5 SERVER_ARGS="--Webhooks:Inbox:Workers=16" benchmarks/postgres-drain.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
: "${BENCH_POSTGRES:?set BENCH_POSTGRES to an Npgsql connection string (benchmarks/postgres-throwaway.sh start)}"
n="${N:-20000}"
runs="${RUNS:-3}"
port="${PORT:-5091}"
fill_rate="${FILL_RATE:-2000}"
drain_timeout="${DRAIN_TIMEOUT:-300}"
server_args="${SERVER_ARGS:-}"
work="$(mktemp -d)"
pids=()
databases=()

host="$root/benchmarks/Webhooks.BenchHost/bin/Release/net10.0/Webhooks.BenchHost.dll"
pgdb() { dotnet "$host" pgdb "$@"; }
stop_all() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    pids=()
}
cleanup() {
    stop_all
    for db in "${databases[@]}"; do pgdb drop "$BENCH_POSTGRES" "$db" >/dev/null 2>&1 || true; done
    rm -rf "$work"
}
trap cleanup EXIT

if [[ "${NO_BUILD:-}" != "1" ]]; then
    dotnet build "$root/benchmarks/Webhooks.BenchHost" -c Release -nologo -v q >&2
fi

now() { date +%s.%N; }
handled_on() { curl -fs "http://127.0.0.1:$1/stats"; }
start() { # start <instances> <connection string> <log prefix>: instances on port, port+1, …, workers held back
    local i
    for (( i = 0; i < $1; i++ )); do
        # shellcheck disable=SC2086
        ASPNETCORE_ENVIRONMENT=Production dotnet "$host" queued-postgres "--Bench:Postgres=$2" --Bench:Process=false $server_args \
            --urls "http://127.0.0.1:$(( port + i ))" >"$work/$3-$i.log" 2>&1 &
        pids+=($!)
    done
    for (( i = 0; i < $1; i++ )); do
        for _ in $(seq 1 150); do handled_on $(( port + i )) >/dev/null 2>&1 && break; sleep 0.2; done
        handled_on $(( port + i )) >/dev/null || { echo "instance $i did not start:" >&2; cat "$work/$3-$i.log" >&2; exit 1; }
    done
}
check_logs() {
    if grep -qiE 'fail|exception' "$work/$1"-*.log; then echo "$1: the servers logged errors:" >&2; grep -hiE 'fail|exception' "$work/$1"-*.log | head -5 >&2; fi
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) | $(nproc) cores | $(lscpu | sed -n 's/^Model name: *//p') | PostgreSQL: $BENCH_POSTGRES${BENCH_PG_ROOT:+, data in $BENCH_PG_ROOT: $(df -T "$BENCH_PG_ROOT" | awk 'NR == 2 { print $1 ", " $2 ", mounted on " $7 }')}"
[[ -n "$server_args" ]] && echo "server arguments: $server_args"

# The backlog: N deliveries through the queued endpoint at a fixed rate, stored and acknowledged, none processed.
template="drain_$$_backlog"
databases+=("$template")
start 1 "$(pgdb create "$BENCH_POSTGRES" "$template")" fill
fill_seconds="$(awk -v n="$n" -v r="$fill_rate" 'BEGIN { printf "%.3f", n / r }')"
dotnet "$host" rate "http://127.0.0.1:$port" "$fill_rate" "$fill_seconds" 0 64 fill >"$work/fill.out"
stored="$(curl -fs "http://127.0.0.1:$port/stats/all" | sed -n 's/.* acked=\([0-9]*\).*/\1/p')"
stop_all
check_logs fill
grep '^RESULT' "$work/fill.out" | sed "s/^RESULT/backlog stored at $fill_rate\/s:/"
(( stored > 0 )) || { echo "nothing was stored" >&2; exit 1; }
[[ "$stored" == "$n" ]] || echo "stored $stored of $n (non-2xx answers); the drains count $stored"

declare -A all mid
for (( r = 1; r <= runs; r++ )); do
    order="1 2"; (( r % 2 == 0 )) && order="2 1"
    for k in $order; do
        db="drain_$$_r${r}_$k"
        databases+=("$db")
        start "$k" "$(pgdb create "$BENCH_POSTGRES" "$db" "$template")" "r$r-$k"
        t0="$(now)"
        for (( i = 0; i < k; i++ )); do curl -fs -X POST "http://127.0.0.1:$(( port + i ))/bench/process" >/dev/null; done
        t10=""; t90=""; h10=0; h90=0; counts=""
        while :; do
            sum=0; counts=""
            for (( i = 0; i < k; i++ )); do c="$(handled_on $(( port + i )))"; sum=$(( sum + c )); counts+="${counts:+ + }$c"; done
            t="$(now)"
            [[ -z "$t10" ]] && (( sum * 10 >= stored )) && { t10="$t"; h10="$sum"; }
            [[ -z "$t90" ]] && (( sum * 10 >= stored * 9 )) && { t90="$t"; h90="$sum"; }
            (( sum >= stored )) && break
            if awk -v a="$t" -v b="$t0" -v l="$drain_timeout" 'BEGIN { exit !(a - b > l) }'; then echo "run $r, $k instance(s): not drained within ${drain_timeout}s ($sum of $stored)" >&2; break; fi
            sleep 0.05
        done
        all[$r-$k]="$(awk -v n="$sum" -v a="$t" -v b="$t0" 'BEGIN { printf "%.0f", n / (a - b) }')"
        mid[$r-$k]="$(awk -v n="$(( h90 - h10 ))" -v a="$t90" -v b="$t10" 'BEGIN { if (a > b) printf "%.0f", n / (a - b); else print "n/a" }')"
        echo "run $r, $k instance(s): $sum deliveries ($counts) in $(awk -v a="$t" -v b="$t0" 'BEGIN { printf "%.2f", a - b }') s: ${all[$r-$k]}/s overall, ${mid[$r-$k]}/s between 10 and 90 %"
        stop_all
        check_logs "r$r-$k"
        pgdb drop "$BENCH_POSTGRES" "$db"
    done
done

median() { tr ' ' '\n' | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.0f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo
echo "| instances | drain/s overall, runs 1–$runs | median | drain/s between 10 and 90 % | median |"
echo "|---|---|---:|---|---:|"
for k in 1 2; do
    a=""; m=""
    for (( r = 1; r <= runs; r++ )); do a+="${a:+, }${all[$r-$k]}"; m+="${m:+, }${mid[$r-$k]}"; done
    echo "| $k | $a | $(tr -d ',' <<<"$a" | median) | $m | $(tr -d ',' <<<"$m" | median) |"
done
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
