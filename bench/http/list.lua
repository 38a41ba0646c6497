-- SPDX-FileCopyrightText: 2026 Alerta Console contributors
-- SPDX-License-Identifier: Apache-2.0
--
-- wrk script for `GET /alerts?page-size=50` (run-http-bench.sh): the URL comes from the command line; this only
-- adds the report line.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "report.lua")
