#!/usr/bin/env bash
# Runs every benchmark of docs/performance.md in one go and keeps the outputs: the in-process deliveries and
# diagnostics (BenchmarkDotNet, --quick unless MODE=--full), the generator driver timings, and the end-to-end wrk run.
# With WAIT_LOAD=1.5 it first waits (up to WAIT_MAX seconds) for the 1-minute load average to drop below 1.5.
#
#   benchmarks/run-all.sh [output directory, /tmp/webhooks-benchmarks by default]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-/tmp/webhooks-benchmarks}"
mode="${MODE:---quick}"
mkdir -p "$out"

if [[ -n "${WAIT_LOAD:-}" ]]; then
    deadline=$(( $(date +%s) + ${WAIT_MAX:-1800} ))
    while awk -v limit="$WAIT_LOAD" '{ exit !($1 >= limit) }' /proc/loadavg && (( $(date +%s) < deadline )); do
        echo "waiting for load < $WAIT_LOAD: $(cut -d' ' -f1-3 /proc/loadavg)"; sleep 30
    done
fi

if [[ "${NO_BUILD:-}" != "1" ]]; then
    dotnet build "$root/benchmarks/Webhooks.Benchmarks" -c Release -nologo -v q
    dotnet build "$root/benchmarks/Webhooks.BenchHost" -c Release -nologo -v q
fi
bench="$root/benchmarks/Webhooks.Benchmarks/bin/Release/net10.0/Webhooks.Benchmarks.dll"

{ date -u; uptime; lscpu | grep -E 'Model name|^CPU\(s\)'; } >"$out/machine.txt"
echo "load before in-process: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$out/inprocess.txt"
dotnet "$bench" "$mode" | tee -a "$out/inprocess.txt"
if [[ "$mode" == "--quick" ]]; then # --full runs the diagnostics already
    dotnet "$bench" --quick --filter '*PipelineParts*' '*HmacVariants*' | tee -a "$out/inprocess.txt"
fi
echo "load before generator: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$out/generator.txt"
dotnet "$bench" generator 5 | tee -a "$out/generator.txt"
NO_BUILD=1 "$root/benchmarks/e2e.sh" | tee "$out/e2e.txt"
