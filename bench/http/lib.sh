# SPDX-FileCopyrightText: 2026 Alerta Console contributors
# SPDX-License-Identifier: Apache-2.0
#
# What the HTTP benchmarks share (sourced by run-http-bench.sh and run-pg-bench.sh): starting and stopping
# alerta-server on a free loopback port, its CPU time and memory, and one wrk run printed as one line.
# Expects `server` (the alerta-server binary), `duration` and `here` (this directory) to be set; sets `work`.

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

# start_server DATABASE [LOG]: alerta-server on a free loopback port, authentication off, the per-request log line
# off (as a production server behind a proxy that logs would run), stderr to LOG (default server.log). Sets pid and
# port.
start_server() {
    local log=$work/${2:-server.log}
    : > "$log"
    AUTH_REQUIRED=false QT_LOGGING_RULES="alerta.api.info=false" \
        "$server" --listen 127.0.0.1:0 --database "$1" 2> "$log" &
    pid=$!
    for _ in $(seq 100); do
        port=$(sed -n 's|.*serving on http://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$log")
        [ -n "$port" ] && return 0
        kill -0 "$pid" 2> /dev/null || break
        sleep 0.1
    done
    echo "bench-http: alerta-server did not start:" >&2
    cat "$log" >&2
    exit 1
}

# CPU time (user + system, clock ticks) and peak resident memory (MiB) of the server.
server_cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat" 2> /dev/null || echo 0; }
server_peak_mib() { awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status" 2> /dev/null || true; }

# wrk_line CONNECTIONS THREADS SCRIPT URL LENGTH: wrk's `WRK key=value...` summary line (report.lua).
wrk_line() {
    wrk -t"$2" -c"$1" -d"$5" -s "$here/$3" "$4" | grep '^WRK ' || { echo "bench-http: wrk failed" >&2; exit 1; }
}

# print_run LABEL UNIT CONNECTIONS THREADS: formats a WRK line (with cpu_ticks=) from stdin; fails on errors.
print_run() {
    awk -v label="$1" -v unit="$2" -v c="$3" -v t="$4" -v hz="$ticks_per_second" '{
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
    }' ||
        { echo "bench-http: errors during the run; server log:" >&2; tail -20 "$work/server.log" >&2; exit 1; }
}

# measure DATABASE LABEL UNIT CONNECTIONS THREADS SCRIPT PATH [DURATION]: one wrk run against a server of its own
# (the database carries over, so that a run is not affected by how the previous one ended); prints one line.
measure() {
    local database=$1 label=$2 unit=$3 connections=$4 threads=$5 script=$6 path=$7 length=${8:-$duration}
    local line cpu0 cpu1
    start_server "$database"
    cpu0=$(server_cpu_ticks)
    line=$(wrk_line "$connections" "$threads" "$script" "http://127.0.0.1:$port$path" "$length")
    cpu1=$(server_cpu_ticks)
    peak=$(server_peak_mib)
    echo "$line cpu_ticks=$((cpu1 - cpu0))" | print_run "$label" "$unit" "$connections" "$threads"
    stop_server
}

# alert_count: the server's number of alerts (GET /alerts/count, over bash's /dev/tcp: no HTTP client needed).
alert_count() {
    local answer
    exec 3<> "/dev/tcp/127.0.0.1/$port" || return 1
    printf 'GET /alerts/count HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3
    answer=$(timeout 10 cat <&3)
    exec 3>&-
    sed -n 's/.*"total":\([0-9]*\).*/\1/p' <<< "$answer"
}

# seed DATABASE: creates the 10,000 alerts of receive.lua's workload (its keys in order, 8 connections) so that the
# measured runs see the steady state (mostly duplicates) rather than a store still filling; fails if it cannot.
seed() {
    local count=0
    start_server "$1" seed.log
    for _ in $(seq 20); do
        # Keys are created in order: each run carries on from the number stored.
        RECEIVE_ORDER=sequential RECEIVE_FROM=$count wrk -t1 -c8 -d3s -s "$here/receive.lua" \
            "http://127.0.0.1:$port/alert" > /dev/null
        count=$(alert_count || true)
        ((${count:-0} >= 10000)) && break
    done
    stop_server
    ((${count:-0} >= 10000)) || { echo "bench-http: the warm-up stored ${count:-no} alerts, not 10000" >&2; exit 1; }
}
