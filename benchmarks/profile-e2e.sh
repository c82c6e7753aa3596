#!/usr/bin/env bash
# Where a server's CPU goes per request, end to end: runs one BenchHost target under wrk (the requests e2e.sh sends)
# and perf, then prints each category's samples per sample of the payload's deserialization, which is the same work in
# the floor and in ours. Per-request costs then compare across targets, however busy the machine was (a busier run
# takes more samples in total, and as many more in the deserialization).
#
#   benchmarks/profile-e2e.sh floor ours        # needs perf (apt-get install -y linux-perf) and wrk
#   SECONDS_PROFILED=8 CONNECTIONS=2 benchmarks/profile-e2e.sh ours
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
host="$root/benchmarks/Webhooks.BenchHost/bin/Release/net10.0/Webhooks.BenchHost.dll"
port="${PORT:-5093}"
seconds="${SECONDS_PROFILED:-8}"
connections="${CONNECTIONS:-2}"
work="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/root"
dotnet "$host" lua 1024 "$work/requests.lua"
for target in "$@"; do
    # As in e2e.sh: an empty content root, so that the configuration's file watcher sees no file written elsewhere.
    (cd "$work/root" && DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 ASPNETCORE_ENVIRONMENT=Production \
        exec dotnet "$host" "$target" --urls "http://127.0.0.1:$port" >"$work/$target.log" 2>&1) &
    server=$!
    for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/stats" >/dev/null 2>&1 && break; sleep 0.2; done
    (cd "$root/benchmarks/wrk" && wrk -t2 "-c$connections" -d"$((seconds + 8))s" -s github.lua "http://127.0.0.1:$port" -- "$work/requests.lua" "$target" >"$work/$target.wrk") &
    client=$!
    sleep 5 # past tiered compilation
    perf record -F 1999 -g -p "$server" -o "$work/$target.data" -- sleep "$seconds" >/dev/null 2>&1
    wait "$client"
    kill "$server"; wait "$server" 2>/dev/null || true
    echo "== $target: $(grep -o 'rps=[0-9.]*' "$work/$target.wrk"), load $(cut -d' ' -f1 /proc/loadavg)"
    perf script -i "$work/$target.data" 2>/dev/null | python3 "$root/benchmarks/perf-categories.py"
done
