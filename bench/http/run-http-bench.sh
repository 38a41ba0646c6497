#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Alerta Console contributors
# SPDX-License-Identifier: Apache-2.0
#
# HTTP benchmark of alerta-server (run by `make bench` after the engine benchmarks; builds nothing itself):
#   1. POST /alert from wrk with receive.lua's bodies (1,000 resources x 10 events, mostly duplicates, some
#      correlations) at 1, 8 and 32 connections, DURATION each, on a fresh database with durable commits
#      (SQLite WAL, synchronous=FULL); a short warm-up first creates the 10,000 alerts.
#   2. GET /alerts?page-size=50 over 100,000 stored alerts (seeded by bench-query, which keeps its database when
#      given a path) at 1 and 8 connections.
# Prints requests (alerts) per second and wrk's latency percentiles, and the server's peak memory.
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

work=$(mktemp -d)
pid=
port=

stop_server() {
    if [ -n "$pid" ] && kill -0 "$pid" 2> /dev/null; then
        kill -TERM "$pid"
        wait "$pid" || true
    fi
    pid=
}
trap 'stop_server; rm -rf "$work"' EXIT

# start_server DATABASE: alerta-server on a free loopback port, authentication off, the per-request log line off
# (as a production server behind a proxy that logs would run). Sets pid and port.
start_server() {
    : > "$work/server.log"
    AUTH_REQUIRED=false QT_LOGGING_RULES="alerta.api.info=false" \
        "$server" --listen 127.0.0.1:0 --database "$1" 2> "$work/server.log" &
    pid=$!
    for _ in $(seq 100); do
        port=$(sed -n 's|.*serving on http://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$work/server.log")
        [ -n "$port" ] && return 0
        kill -0 "$pid" 2> /dev/null || break
        sleep 0.1
    done
    echo "run-http-bench: alerta-server did not start:" >&2
    cat "$work/server.log" >&2
    exit 1
}

# Peak resident memory of the server (VmHWM), in MiB.
server_peak_mib() {
    awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status"
}

# run_wrk LABEL UNIT CONNECTIONS THREADS SCRIPT PATH [DURATION]: one wrk run, one printed line.
run_wrk() {
    local label=$1 unit=$2 connections=$3 threads=$4 script=$5 path=$6 length=${7:-$duration}
    local line
    line=$(wrk -t"$threads" -c"$connections" -d"$length" -s "$here/$script" "http://127.0.0.1:$port$path" |
        grep '^WRK ') || { echo "run-http-bench: wrk failed" >&2; exit 1; }
    echo "$line" | awk -v label="$label" -v unit="$unit" -v c="$connections" -v t="$threads" '{
        for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
        printf "%-22s c=%-2d t=%d  %8.0f %s/s  latency p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  (%d requests",
               label, c, t, v["requests"] / (v["duration_us"] / 1e6), unit,
               v["p50_us"] / 1000, v["p90_us"] / 1000, v["p99_us"] / 1000, v["requests"]
        if (v["socket_errors"] + v["http_errors"] > 0)
            printf ", %d SOCKET ERRORS, %d HTTP ERRORS", v["socket_errors"], v["http_errors"]
        printf ")\n"
        exit (v["socket_errors"] + v["http_errors"] > 0)
    }' || { echo "run-http-bench: errors during the run; server log:" >&2; tail -20 "$work/server.log" >&2; exit 1; }
}

echo "bench-http: alerta-server $(basename "$build"), wrk on loopback, $duration per run; load average:" \
    "$(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"

# 1. Receive
start_server "$work/receive.sqlite"
run_wrk "warm-up POST /alert" alerts 8 1 receive.lua /alert 3s > /dev/null
for connections in 1 8 32; do
    threads=$((connections > 1 ? 2 : 1))
    run_wrk "POST /alert" alerts "$connections" "$threads" receive.lua /alert
done
echo "bench-http: server peak memory after the receive runs: $(server_peak_mib) MiB"
stop_server

# 2. List query over 100,000 alerts
"$seeder" "$work/list.sqlite" > "$work/seed.log" 2>&1 || { cat "$work/seed.log" >&2; exit 1; }
echo "bench-http: $(grep -o 'stored [0-9]* alerts in [0-9.]* s' "$work/seed.log") (bench-query's engine fill)"
start_server "$work/list.sqlite"
run_wrk "warm-up GET /alerts" requests 1 1 list.lua "/alerts?page-size=50" 2s > /dev/null
for connections in 1 8; do
    run_wrk "GET /alerts?page-size=50" requests "$connections" 1 list.lua "/alerts?page-size=50"
done
echo "bench-http: server peak memory after the list runs: $(server_peak_mib) MiB"
stop_server
