#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Alerta Console contributors
# SPDX-License-Identifier: Apache-2.0
#
# HTTP benchmark of alerta-server (run by `make bench` after the engine benchmarks; builds nothing itself):
#   1. POST /alert from wrk with receive.lua's bodies (1,000 resources x 10 events, mostly duplicates, some
#      correlations) at 1, 8 and 32 connections, DURATION each, with durable commits (SQLite WAL,
#      synchronous=FULL); a warm-up first creates the 10,000 alerts, so the runs measure the steady state.
#   1b. the same at 8 connections against bench-httpfloor (the HTTP front with a fixed answer), when built;
#   2. GET /alerts?page-size=50 over 100,000 stored alerts (seeded by bench-query, which keeps its database when
#      given a path) at 1 and 8 connections.
# Prints requests (alerts) per second, wrk's latency percentiles, the server's CPU time per request and its peak
# memory. Fails when the server crashed or answered errors.
#
# Usage: bench/http/run-http-bench.sh [BUILD_DIR]    (default build-bench; needs app/alerta-server and
#        bench/bench-query in it, and wrk). Environment: DURATION (default 10s).
set -euo pipefail

build=${1:-build-bench}
duration=${DURATION:-10s}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
server=$build/app/alerta-server
seeder=$build/bench/bench-query

for tool in "$server" "$seeder"; do
    [ -x "$tool" ] || { echo "run-http-bench: $tool is missing: build $build first (make bench does)" >&2; exit 1; }
done
command -v wrk > /dev/null || { echo "run-http-bench: wrk is missing: install Debian's wrk (make deps does)" >&2; exit 1; }

. "$here/lib.sh"

echo "bench-http: alerta-server of $build, wrk on loopback, $duration per run; load average" \
    "$(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

# 1. Receive
seed "$work/receive.sqlite"
for connections in 1 8 32; do
    measure "$work/receive.sqlite" "POST /alert" alerts "$connections" $((connections > 1 ? 2 : 1)) receive.lua /alert
done
echo "bench-http: server peak memory in the c=32 receive run: ${peak:-?} MiB"

# 1b. The same requests against the HTTP front alone (bench-httpfloor: QHttpServer and the hand-off to a worker,
#     a fixed answer): what the framework costs, whatever the API and the engine do.
if [ -x "$build/bench/bench-httpfloor" ]; then
    server_of_record=$server
    server=$build/bench/bench-httpfloor
    measure "$work/unused.sqlite" "POST /alert (floor)" requests 8 2 receive.lua /alert
    server=$server_of_record
fi

# 2. List query over 100,000 alerts
"$seeder" "$work/list.sqlite" > "$work/seed.log" 2>&1 || { cat "$work/seed.log" >&2; exit 1; }
echo "bench-http: $(grep -o 'stored [0-9]* alerts in [0-9.]* s' "$work/seed.log") (bench-query's engine fill)"
for connections in 1 8; do
    measure "$work/list.sqlite" "GET /alerts?page-size=50" requests "$connections" 1 list.lua "/alerts?page-size=50"
done
echo "bench-http: server peak memory in the c=8 list run: ${peak:-?} MiB"

if ((crashes > 0)); then
    echo "bench-http: FAILED: alerta-server crashed $crashes time(s) (see the warnings above)" >&2
    exit 1
fi
