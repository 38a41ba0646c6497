// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alert.h"
#include "tests/support/testtext.h"

namespace SampleAlert {

/// An alert with every field set, distinct times, several services, tags and attributes (one a number), and two
/// history entries (newest first, as stored; one without a timeout).
inline Alert full()
{
    Alert a;
    a.id = qs("6b8e3c1e-1f2a-4c55-9d7e-0a1b2c3d4e5f");
    a.resource = qs("web01");
    a.event = qs("HighLoad");
    a.environment = qs("Production");
    a.severity = qs("major");
    a.correlate = {qs("HighLoad"), qs("LowLoad")};
    a.status = qs("ack");
    a.service = {qs("Web"), qs("Shop")};
    a.group = qs("Performance");
    a.value = qs("98%");
    a.text = qs("load is high");
    a.tags = {qs("watch:alice"), qs("dc1")};
    a.attributes = {{qs("region"), qs("eu-1")}, {qs("runbook"), qs("https://wiki/x")}, {qs("weight"), 3}};
    a.origin = qs("nagios/host");
    a.type = qs("exceptionAlert");
    a.createTime = 1714555800000;
    a.timeout = 3600;
    a.rawData = qs("{\"raw\": true}");
    a.customer = qs("acme");
    a.duplicateCount = 4;
    a.repeat = true;
    a.previousSeverity = qs("minor");
    a.trendIndication = qs("moreSevere");
    a.receiveTime = 1714555800100;
    a.lastReceiveId = qs("0f0e0d0c-0000-4000-8000-000000000001");
    a.lastReceiveTime = 1714555900123;
    a.updateTime = 1714556000456;
    // Newest first, as stored.
    a.history = {HistoryEntry{a.id,
                              a.event,
                              a.severity,
                              qs("ack"),
                              a.value,
                              qs("on it"),
                              qs("ack"),
                              1714556000456,
                              qs("alice"),
                              7200},
                 HistoryEntry{a.id,
                              a.event,
                              qs("minor"),
                              qs("open"),
                              qs("80%"),
                              qs("new"),
                              qs("new"),
                              1714555800100,
                              QString(),
                              std::nullopt}};
    return a;
}

} // namespace SampleAlert
