#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the PostgreSQL benchmarks, started exactly as .ci/run starts the tests' one
# (its functions are read from .ci/run, not copied): initdb in a new folder under /tmp as the postgres user, on
# 127.0.0.1, fsync = on and synchronous_commit = on (the defaults; durability is what is measured).
#
#   eval "$(benchmarks/postgres-throwaway.sh start)"      # exports BENCH_POSTGRES and BENCH_PG_ROOT
#   benchmarks/postgres-throwaway.sh stop "$BENCH_PG_ROOT"
#   PORT=55491 by default.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
eval "$(sed -n '/^postgres_bin()/p; /^as_postgres()/,/^}/p; /^start_postgres()/,/^}/p' "$root/.ci/run")"
pg_bin="$(postgres_bin)"
[[ -x "$pg_bin/initdb" ]] || { echo "PostgreSQL is not installed (apt-get install -y postgresql)" >&2; exit 1; }

case "${1:-}" in
    start)
        pg_root=""
        WEBHOOKS_TEST_PG_PORT="${PORT:-55491}" start_postgres >&2
        echo "export BENCH_POSTGRES='Host=127.0.0.1;Port=${PORT:-55491};Username=postgres;Database=postgres' BENCH_PG_ROOT='$pg_root'"
        ;;
    stop)
        pg_root="${2:?stop needs the folder of the cluster (BENCH_PG_ROOT)}"
        as_postgres "$pg_bin/pg_ctl" -D "$pg_root/data" -m fast stop >/dev/null
        rm -rf "$pg_root"
        ;;
    *) echo "usage: $0 start | stop <folder>" >&2; exit 2 ;;
esac
