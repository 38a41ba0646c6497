-- SPDX-FileCopyrightText: 2026 Alerta Console contributors
-- SPDX-License-Identifier: Apache-2.0
--
-- Shared by the wrk scripts of run-http-bench.sh: one machine-readable line per run (times in microseconds),
-- which the script turns into the printed figures.
done = function(summary, latency, requests)
    local e = summary.errors
    io.write(string.format(
        "WRK requests=%d duration_us=%d socket_errors=%d http_errors=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d\n",
        summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
        latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
