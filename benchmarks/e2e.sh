#!/usr/bin/env bash
# End-to-end over loopback with wrk: an empty minimal-API POST endpoint (the ceiling), a minimal-API endpoint doing
# only the HMAC check and the source-generated deserialization (the floor of a correct receiver), our endpoint, and a
# hand-written minimal-API endpoint doing the seeds' verification, each in its own Release server process bound to
# 127.0.0.1, each driven with correctly signed GitHub push deliveries with unique delivery ids. Prints requests/s and
# latency percentiles as ratios against the empty endpoint from the same run.
#
#   benchmarks/e2e.sh                       # 10 s per target after a 3 s warm-up, 2 threads, 2 connections
#   DURATION=30 THREADS=1 CONNECTIONS=4 benchmarks/e2e.sh
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
duration="${DURATION:-10}"
warmup="${WARMUP:-3}"
threads="${THREADS:-2}"
connections="${CONNECTIONS:-2}"
port="${PORT:-5091}"
targets="${TARGETS:-empty floor ours seeds}"
work="$(mktemp -d)"
server_pid=""

cleanup() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }

if [[ "${NO_BUILD:-}" != "1" ]]; then
    dotnet build "$root/benchmarks/Webhooks.BenchHost" -c Release -nologo -v q >&2
fi
host="$root/benchmarks/Webhooks.BenchHost/bin/Release/net10.0/Webhooks.BenchHost.dll"

# 1,024 distinct signed bodies; ids are unique per request regardless (the script numbers them).
dotnet "$host" lua 1024 "$work/requests.lua"

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) | $(nproc) cores | $(lscpu | sed -n 's/^Model name: *//p')"
echo "wrk -t$threads -c$connections -d${duration}s (after a ${warmup}s warm-up), GitHub push, $(wc -c <"$work/requests.lua") bytes of requests"

declare -A result
for target in $targets; do
    ASPNETCORE_ENVIRONMENT=Production dotnet "$host" "$target" --urls "http://127.0.0.1:$port" >"$work/$target.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 100); do
        curl -fs "http://127.0.0.1:$port/stats" >/dev/null 2>&1 && break
        sleep 0.2
    done

    wrk -t"$threads" -c"$connections" -d"${warmup}s" -s "$root/benchmarks/wrk/github.lua" "http://127.0.0.1:$port" -- "$work/requests.lua" warm >"$work/$target.warm" 2>&1
    wrk -t"$threads" -c"$connections" -d"${duration}s" --latency -s "$root/benchmarks/wrk/github.lua" "http://127.0.0.1:$port" -- "$work/requests.lua" run >"$work/$target.out" 2>&1
    line="$(grep '^RESULT' "$work/$target.out" | tail -1)"
    sent=$(( $(grep '^RESULT' "$work/$target.warm" | sed 's/.*requests=\([0-9]*\).*/\1/') + $(sed 's/.*requests=\([0-9]*\).*/\1/' <<<"$line") ))
    handled="$(curl -fs "http://127.0.0.1:$port/stats")"
    kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
    result[$target]="$line handled=$handled sent=$sent"
    echo "$target: ${result[$target]}"
done

value() { sed "s/.* $2=\([0-9.]*\).*/\1/" <<<" ${result[$1]}"; }
echo
echo "| target | requests/s | × empty | p50 | p90 | p99 | p99.9 | non-2xx | handled / sent |"
echo "|---|---|---|---|---|---|---|---|---|"
base_rps="$(value empty rps 2>/dev/null || echo 0)"
for target in $targets; do
    rps="$(value "$target" rps)"
    ratio="$(awk -v a="$rps" -v b="$base_rps" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')"
    lat=""
    for p in p50_us p90_us p99_us p999_us; do
        us="$(value "$target" "$p")"; b="$(value empty "$p" 2>/dev/null || echo 0)"
        lat+="| $(awk -v a="$us" -v b="$b" 'BEGIN { printf "%.0f µs", a; if (b > 0) printf " (%.2f×)", a / b }') "
    done
    handled="$(value "$target" handled)"; [[ "$target" == empty ]] && handled="n/a"
    echo "| $target | $rps | $ratio $lat| $(value "$target" non2xx) | $handled / $(value "$target" sent) |"
done
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
