#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Alerta Console contributors
# SPDX-License-Identifier: Apache-2.0
#
# HTTP benchmark of alerta-server (run by `make bench` after the engine benchmarks; builds nothing itself):
#   1. POST /alert from wrk with receive.lua's bodies (1,000 resources x 10 events, mostly duplicates, some
#      correlations) at 1, 8 and 32 connections, DURATION each, with durable commits (SQLite WAL,
#      synchronous=FULL); a warm-up first creates the 10,000 alerts, so the runs measure the steady state.
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

work=$(mktemp -d)
pid=
port=
crashes=0
ticks_per_second=$(getconf CLK_TCK)

# stop_server: SIGTERM (graceful shutdown) and wait. A server that had died, or that dies on the way out, crashed.
stop_server() {
    [ -n "$pid" ] || return 0
    local status=0 alive=0
    kill -0 "$pid" 2> /dev/null && alive=1 && kill -TERM "$pid"
    wait "$pid" || status=$?
    if ((status != 0)); then
        echo "bench-http: WARNING: alerta-server crashed $( ((alive)) && echo "while stopping" || echo "during the run")" \
            "(exit status $status$( ((status > 128)) && echo ", SIG$(kill -l $((status - 128)))"))" >&2
        crashes=$((crashes + 1))
    fi
    pid=
}
trap 'stop_server 2> /dev/null; rm -rf "$work"' EXIT

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

# CPU time (user + system, clock ticks) and peak resident memory (MiB) of the server.
server_cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat" 2> /dev/null || echo 0; }
server_peak_mib() { awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status" 2> /dev/null || true; }

# measure DATABASE LABEL UNIT CONNECTIONS THREADS SCRIPT PATH [DURATION]: one wrk run against a server of its own
# (the database carries over, so that a run is not affected by how the previous one ended); prints one line.
measure() {
    local database=$1 label=$2 unit=$3 connections=$4 threads=$5 script=$6 path=$7 length=${8:-$duration}
    local line cpu0 cpu1
    start_server "$database"
    cpu0=$(server_cpu_ticks)
    line=$(wrk -t"$threads" -c"$connections" -d"$length" -s "$here/$script" "http://127.0.0.1:$port$path" |
        grep '^WRK ') || { echo "run-http-bench: wrk failed" >&2; exit 1; }
    cpu1=$(server_cpu_ticks)
    peak=$(server_peak_mib)
    echo "$line cpu_ticks=$((cpu1 - cpu0))" | awk -v label="$label" -v unit="$unit" -v c="$connections" \
        -v t="$threads" -v hz="$ticks_per_second" '{
        for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
        printf "%-22s c=%-2d t=%d  %7.0f %s/s  latency p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  " \
               "server CPU %4.0f us/request  (%d requests",
               label, c, t, v["requests"] / (v["duration_us"] / 1e6), unit,
               v["p50_us"] / 1000, v["p90_us"] / 1000, v["p99_us"] / 1000,
               v["cpu_ticks"] / hz * 1e6 / (v["requests"] > 0 ? v["requests"] : 1), v["requests"]
        if (v["socket_errors"] + v["http_errors"] > 0)
            printf ", %d SOCKET ERRORS, %d HTTP ERRORS", v["socket_errors"], v["http_errors"]
        printf ")\n"
        exit (v["socket_errors"] + v["http_errors"] > 0)
    }' || { echo "run-http-bench: errors during the run; server log:" >&2; tail -20 "$work/server.log" >&2; exit 1; }
    stop_server
}

echo "bench-http: alerta-server of $build, wrk on loopback, $duration per run; load average" \
    "$(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

# 1. Receive
measure "$work/receive.sqlite" "warm-up" alerts 8 2 receive.lua /alert 3s > /dev/null
for connections in 1 8 32; do
    measure "$work/receive.sqlite" "POST /alert" alerts "$connections" $((connections > 1 ? 2 : 1)) receive.lua /alert
done
echo "bench-http: server peak memory in the c=32 receive run: ${peak:-?} MiB"

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
