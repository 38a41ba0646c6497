// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QVariant>

#include "core/clock.h"
#include "core/sqliteconnection.h"

/// Eight stored alerts, written with plain SQL, for the tests that run the query engine's generated SQL against a
/// real schema (testalertquery, testquerystring).
namespace QueryTestData {

// 2024-05-01T12:00:00.000Z
inline constexpr Timestamp Now = Q_INT64_C(1714564800000);
inline constexpr Timestamp Minute = 60000;

// One stored alert; nullptr text columns are NULL. Every alert is created, received and updated at
// lastReceiveTime = Now - minutesAgo.
struct Row
{
    const char16_t *id;
    const char16_t *lastReceiveId;
    const char16_t *resource;
    const char16_t *event;
    const char16_t *environment;
    const char16_t *severity;
    const char16_t *status;
    const char16_t *service;
    const char16_t *group;
    const char16_t *value;
    const char16_t *text;
    const char16_t *tags;
    const char16_t *attributes;
    const char16_t *customer;
    int minutesAgo;
    int duplicateCount = 0;
    bool repeat = false;
    int timeout = 86400;
};

// Resources are unique, so result lists read as resource names. rid order = this order.
inline const Row Rows[] = {
    {u"a1a1a1a1-0000-4000-8000-000000000001",
     u"a1a1a1a1-0000-4000-8000-000000000001",
     u"web01",
     u"HttpError",
     u"Production",
     u"critical",
     u"open",
     u"[\"Web\",\"Shop\"]",
     u"Web",
     u"500",
     u"Internal Server Error on checkout",
     u"[\"prod\",\"eu\"]",
     u"{\"region\":\"EU\",\"owner\":\"ops\"}",
     nullptr,
     60},
    {u"b2b2b2b2-0000-4000-8000-000000000002",
     u"a1a1a1a1-9999-4000-8000-000000000002",
     u"web02",
     u"HttpError",
     u"Production",
     u"major",
     u"ack",
     u"[\"Web\"]",
     u"Web",
     u"404",
     u"Page Not Found",
     u"[\"prod\"]",
     u"{\"region\":\"US\"}",
     u"acme",
     30,
     3,
     true,
     3600},
    {u"c3c3c3c3-0000-4000-8000-000000000003",
     u"c3c3c3c3-0000-4000-8000-000000000003",
     u"db01",
     u"DiskFull",
     u"Development",
     u"minor",
     u"closed",
     u"[\"Database\"]",
     u"DB",
     u"95%",
     u"Disk /var is 95% full",
     u"[]",
     u"{}",
     u"acme",
     120,
     0,
     false,
     0},
    {u"d4d4d4d4-0000-4000-8000-000000000004",
     u"d4d4d4d4-0000-4000-8000-000000000004",
     u"db02",
     u"DiskFull",
     u"Development",
     u"warning",
     u"shelved",
     u"[\"Database\",\"Web\"]",
     u"DB",
     nullptr,
     u"disk usage high",
     u"[\"dev\"]",
     u"{\"owner\":\"dba\"}",
     nullptr,
     10},
    {u"e5e5e5e5-0000-4000-8000-000000000005",
     u"e5e5e5e5-0000-4000-8000-000000000005",
     u"web03",
     u"Ping",
     u"Production",
     u"normal",
     u"closed",
     u"[]",
     nullptr,
     u"0",
     nullptr,
     u"[]",
     u"{}",
     nullptr,
     5},
    {u"f6f6f6f6-0000-4000-8000-000000000006",
     u"f6f6f6f6-0000-4000-8000-000000000006",
     u"cache01",
     u"Heartbeat",
     u"Staging",
     u"informational",
     u"open",
     u"[\"Cache\"]",
     u"Cache",
     u"1",
     u"sent from the future",
     u"[]",
     u"{}",
     nullptr,
     -60},
    {u"07070707-0000-4000-8000-000000000007",
     u"07070707-0000-4000-8000-000000000007",
     u"app01",
     u"Custom",
     u"Production",
     u"bogus",
     u"weird",
     u"[]",
     u"App",
     u"x",
     u"Überlast im Prüfsystem",
     u"[]",
     u"{}",
     nullptr,
     180},
    {u"08080808-0000-4000-8000-000000000008",
     u"08080808-0000-4000-8000-000000000008",
     u"sec01",
     u"Intrusion",
     u"Production",
     u"security",
     u"expired",
     u"[\"Security\"]",
     u"Sec",
     u"1",
     u"Intrusion detected",
     u"[\"prod\"]",
     u"{\"region\":\"EU\"}",
     nullptr,
     240},
};

inline QVariant text(const char16_t *value)
{
    return value ? QVariant(QString::fromUtf16(value)) : QVariant();
}

inline void insertRows(SqliteConnection &db)
{
    for (const Row &r : Rows) {
        SqliteStatement s = db.prepare(QStringLiteral(
            "INSERT INTO alerts (id, last_receive_id, resource, event, environment, severity, status, service, "
            "\"group\", value, text, tags, attributes, customer, duplicate_count, repeat, timeout, origin, type, "
            "create_time, receive_time, last_receive_time, update_time) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'nagios/host1', 'exceptionAlert', ?, ?, ?, "
            "?)"));
        const qint64 t = Now - r.minutesAgo * Minute;
        s.bindAll({text(r.id),
                   text(r.lastReceiveId),
                   text(r.resource),
                   text(r.event),
                   text(r.environment),
                   text(r.severity),
                   text(r.status),
                   text(r.service),
                   text(r.group),
                   text(r.value),
                   text(r.text),
                   text(r.tags),
                   text(r.attributes),
                   text(r.customer),
                   r.duplicateCount,
                   r.repeat ? 1 : 0,
                   r.timeout,
                   t,
                   t,
                   t,
                   t});
        s.exec();
    }
}

} // namespace QueryTestData
