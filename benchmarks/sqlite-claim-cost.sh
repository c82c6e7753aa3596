#!/usr/bin/env bash
# How long one claim of the SQLite inbox takes as the backlog of pending deliveries grows (docs/performance.md,
# "Durable inbox (SQLite)"). The database gets the real schema from the benchmark host (queued-sqlite, started and
# stopped), then N pending rows with 2.4 KB bodies; the sqlite3 shell times the claim's row selection as
# SqliteInboxStore.ClaimAsync wrote it until this round (a UNION ALL of due rows and expired leases, ORDER BY due_at, id
# LIMIT 4 over the union) against the same selection with each arm limited first, as it writes it now.
#
#   benchmarks/sqlite-claim-cost.sh [backlog sizes, "1000 10000 50000" by default]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
sizes="${1:-1000 10000 50000}"
repeat="${REPEAT:-50}"
port="${PORT:-5093}"
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 shell (apt-get install -y sqlite3)" >&2; exit 1; }
host="$root/benchmarks/Webhooks.BenchHost/bin/Release/net10.0/Webhooks.BenchHost.dll"
[[ -f "$host" ]] || dotnet build "$root/benchmarks/Webhooks.BenchHost" -c Release -nologo -v q >&2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

ASPNETCORE_ENVIRONMENT=Production dotnet "$host" queued-sqlite "--Bench:Db=$work/schema.db" --urls "http://127.0.0.1:$port" >"$work/host.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/stats" >/dev/null 2>&1 && break; sleep 0.2; done
kill "$pid"; wait "$pid" 2>/dev/null || true

now=4102444800000 # every row is due
as_written="SELECT id FROM (
    SELECT id, due_at FROM webhooks_inbox WHERE status = 0 AND queued = 1 AND due_at <= $now
    UNION ALL
    SELECT id, due_at FROM webhooks_inbox WHERE status = 1 AND queued = 1 AND lease_until <= $now)
  ORDER BY due_at, id LIMIT 4;"
arms_limited="SELECT id FROM (
    SELECT * FROM (SELECT id, due_at FROM webhooks_inbox WHERE status = 0 AND queued = 1 AND due_at <= $now ORDER BY due_at, id LIMIT 4)
    UNION ALL
    SELECT * FROM (SELECT id, due_at FROM webhooks_inbox WHERE status = 1 AND queued = 1 AND lease_until <= $now ORDER BY due_at, id LIMIT 4))
  ORDER BY due_at, id LIMIT 4;"

echo "sqlite3 $(sqlite3 --version | cut -d' ' -f1) (the shell's; the app uses SQLitePCLRaw's e_sqlite3) | $(lscpu | sed -n 's/^Model name: *//p') | load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "query plan of the union limited only (before):"
sqlite3 "$work/schema.db" "EXPLAIN QUERY PLAN $as_written" | sed 's/^/    /'
echo
echo "| pending rows | union limited only (before) | each arm limited first (now) |"
echo "|---:|---:|---:|"
for n in $sizes; do
    cp "$work/schema.db" "$work/n.db"
    sqlite3 "$work/n.db" "WITH RECURSIVE k(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM k WHERE x < $n)
        INSERT INTO webhooks_inbox (provider, delivery_id, queued, handler, event_type, status, attempts, received_at, due_at, headers, body)
        SELECT 'github', 'd-' || x, 1, 'h', 'push', 0, 0, 1700000000000 + x, 1700000000000 + x, randomblob(300), randomblob(2400) FROM k;"
    line=""
    for q in "$as_written" "$arms_limited"; do
        script="$work/q.sql"; : >"$script"
        for _ in $(seq 1 "$repeat"); do echo "$q" >>"$script"; done
        sqlite3 "$work/n.db" <"$script" >/dev/null # warm the page cache
        start=$(date +%s%N); sqlite3 "$work/n.db" <"$script" >/dev/null; end=$(date +%s%N)
        line+=" | $(awk -v t=$(( end - start )) -v r="$repeat" 'BEGIN { printf "%.3f ms", t / r / 1e6 }')"
    done
    echo "| $n$line |"
done
