-- SPDX-FileCopyrightText: 2026 Alerta Console contributors
-- SPDX-License-Identifier: Apache-2.0
--
-- wrk body generator for `POST /alert` (run-http-bench.sh): 1,000 resources x 10 events, picked at random. Each
-- of the 10,000 keys has a usual severity; one submission in ten picks a random one instead, so most submissions
-- are duplicates and some correlate (severity changes), as in bench/benchsupport.h's workload.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "report.lua")

local severities = { "critical", "major", "minor", "warning" }

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

function init(args)
    -- a different sequence per wrk thread
    math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

-- RECEIVE_ORDER=sequential walks the keys in order with their usual severities instead, from key RECEIVE_FROM (the
-- warm-up, which creates every alert before the measured runs).
local sequential = os.getenv("RECEIVE_ORDER") == "sequential"
local next_key = tonumber(os.getenv("RECEIVE_FROM") or "0")

function request()
    local resource, event
    if sequential then
        resource, event = math.floor(next_key / 10) % 1000, next_key % 10
        next_key = next_key + 1
    else
        resource, event = math.random(0, 999), math.random(0, 9)
    end
    local severity = severities[(resource + event) % 4 + 1]
    if not sequential and math.random(10) == 1 then
        severity = severities[math.random(4)]
    end
    local body = string.format(
        '{"resource":"host%d","event":"event%d","environment":"%s","service":["Web","svc%d"],' ..
        '"severity":"%s","group":"Performance","value":"%d","text":"load is high on host%d",' ..
        '"tags":["bench"],"attributes":{"region":"eu-%d"},"origin":"wrk/localhost","type":"exceptionAlert",' ..
        '"timeout":86400}',
        resource, event, resource % 2 == 1 and "Production" or "Development", resource % 7, severity,
        math.random(0, 2), resource, resource % 3)
    return wrk.format(nil, "/alert", nil, body)
end
