#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Alerta Console contributors
# SPDX-License-Identifier: Apache-2.0
#
# Ingest benchmark on PostgreSQL (run by `make bench` after run-http-bench.sh): the POST /alert run of
# run-http-bench.sh (wrk, receive.lua's bodies) against alerta-server with DATABASE_URL on a throwaway PostgreSQL
# cluster with production durability (tests/support/pgcluster.sh with PGCLUSTER_DURABLE=1: fsync and
# synchronous_commit on, so every acknowledged alert is on disk):
#   1. one instance at 8 and 32 connections;
#   2. two instances on the same database, the load split between them (wrk at 4 connections against each, at once).
# Prints alerts per second; fails when a server answered errors or crashed.
#
# Usage: bench/http/run-pg-bench.sh [BUILD_DIR]    (default build-bench). Environment: DURATION (default 10s).
set -euo pipefail

build=${1:-build-bench}
duration=${DURATION:-10s}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
server=$build/app/alerta-server
cluster_script=$here/../../tests/support/pgcluster.sh

[ -x "$server" ] || { echo "run-pg-bench: $server is missing: build $build first (make bench does)" >&2; exit 1; }
command -v wrk > /dev/null || { echo "run-pg-bench: wrk is missing: install Debian's wrk (make deps does)" >&2; exit 1; }

. "$here/lib.sh"
cluster=$(mktemp -u -d /tmp/alerta-pgbench.XXXXXX) # outside $work: the postgres user must reach it
trap 'stop_server 2> /dev/null; pid=${pid_a:-}; stop_server 2> /dev/null; sh "$cluster_script" stop "$cluster" \
    > /dev/null 2>&1; rm -rf "$work"' EXIT
PGCLUSTER_DURABLE=1 sh "$cluster_script" start "$cluster" > /dev/null
url="postgres://alerta@localhost/postgres?host=$cluster"

echo "bench-pg: alerta-server of $build on PostgreSQL $(psql -h "$cluster" -U alerta -d postgres -Atc 'SHOW server_version' \
    2> /dev/null || echo '?') (fsync on), wrk on loopback, $duration per run; load average" \
    "$(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

# 1. One instance; the warm-up creates the 10,000 alerts, so the runs measure the steady state.
seed "$url"
for connections in 8 32; do
    measure "$url" "POST /alert, 1 instance" alerts "$connections" 2 receive.lua /alert
done

# 2. Two instances on the one database, each driven by its own wrk at once.
start_server "$url" server-a.log
pid_a=$pid port_a=$port
start_server "$url" server-b.log
pid_b=$pid port_b=$port
cpu_a0=$(pid=$pid_a server_cpu_ticks) cpu_b0=$(pid=$pid_b server_cpu_ticks)
wrk_line 4 1 receive.lua "http://127.0.0.1:$port_a/alert" "$duration" > "$work/a.wrk" &
wrk_a=$!
wrk_line 4 1 receive.lua "http://127.0.0.1:$port_b/alert" "$duration" > "$work/b.wrk" &
wait "$wrk_a" $!
echo "$(cat "$work/a.wrk") cpu_ticks=$(($(pid=$pid_a server_cpu_ticks) - cpu_a0))" |
    print_run "POST /alert, instance A" alerts 4 1
echo "$(cat "$work/b.wrk") cpu_ticks=$(($(pid=$pid_b server_cpu_ticks) - cpu_b0))" |
    print_run "POST /alert, instance B" alerts 4 1
cat "$work/a.wrk" "$work/b.wrk" | awk '{
    for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    rate += v["requests"] / (v["duration_us"] / 1e6)
} END { printf "POST /alert, 2 instances together: %.0f alerts/s\n", rate }'
pid=$pid_b
stop_server
pid=$pid_a
pid_a=
stop_server
if ((crashes > 0)); then
    echo "bench-pg: FAILED: alerta-server crashed $crashes time(s) (see the warnings above)" >&2
    exit 1
fi
