// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/receivelogic.h"

namespace {
// Status of the newest and second-newest history entries: the state machine's "current" and "previous" status on
// the receive path (spec §3.4). Missing entries read as open.
QString historyStatus(const Alert &stored, int index)
{
    if (index < stored.history.size() && !stored.history.at(index).status.isEmpty())
        return stored.history.at(index).status;
    return AlertStatus::Open;
}
} // namespace

ReceiveRules::ReceiveRules(const EngineConfig &config, const AlarmModel &model)
    : m_config(config)
    , m_model(model)
{}

QStringList ReceiveRules::mergeTags(const QStringList &stored, const QStringList &incoming)
{
    QStringList merged = stored;
    for (const QString &tag : incoming) {
        if (!merged.contains(tag))
            merged.append(tag);
    }
    return merged;
}

QJsonObject ReceiveRules::mergeAttributes(const QJsonObject &stored, const QJsonObject &incoming)
{
    QJsonObject merged = stored;
    for (auto it = incoming.begin(); it != incoming.end(); ++it)
        merged.insert(it.key(), it.value());
    return merged;
}

HistoryEntry ReceiveRules::receiveEntry(const Alert &incoming,
                                        const QString &type,
                                        const QString &status,
                                        const QString &user) const
{
    // Receive-path entries carry the submission's id and the sender's createTime (spec §1.3).
    return HistoryEntry{incoming.id,
                        incoming.event,
                        incoming.severity,
                        status,
                        incoming.value,
                        incoming.text,
                        type,
                        incoming.createTime,
                        user,
                        incoming.timeout};
}

Result<AlertChangeSet> ReceiveRules::create(const Alert &incoming, Timestamp now, const QString &user) const
{
    const SeverityMap &severities = m_model.severities();
    const auto outcome =
        m_model.transition({incoming.severity, {}, {}, incoming.previousSeverity, {}, incoming.status});
    if (!outcome)
        return outcome.error();

    AlertChangeSet change;
    change.kind = AlertChangeSet::Kind::Created;
    Alert &a = change.after;
    a = incoming;
    a.status = outcome->status;
    a.duplicateCount = 0;
    a.repeat = false;
    a.previousSeverity = severities.previousSeverity();
    a.trendIndication = SeverityMap::trendName(severities.trend(severities.previousSeverity(), incoming.severity));
    a.receiveTime = now;
    a.lastReceiveId = incoming.id;
    a.lastReceiveTime = now;
    a.updateTime = now;
    a.history = {receiveEntry(incoming, QStringLiteral("new"), a.status, user)};
    return change;
}

// The fields a duplicate and a correlation both take from the submission (spec §3.3), on a copy of the stored
// alert: the status the machine chose, the replaced and merged fields, and the receive bookkeeping.
Alert ReceiveRules::updatedFrom(const Alert &stored, const Alert &incoming, const QString &status, Timestamp now)
{
    Alert a = stored;
    a.history = {}; // not clear(), which would allocate an empty buffer the size of the stored history's

    a.status = status;
    a.service = incoming.service;
    a.value = incoming.value;
    a.text = incoming.text;
    a.timeout = incoming.timeout;
    a.rawData = incoming.rawData;
    a.tags = mergeTags(stored.tags, incoming.tags);
    a.attributes = mergeAttributes(stored.attributes, incoming.attributes);
    a.lastReceiveId = incoming.id;
    a.lastReceiveTime = now;
    if (status != historyStatus(stored, 0))
        a.updateTime = now;
    return a;
}

Result<AlertChangeSet> ReceiveRules::duplicate(const Alert &stored,
                                               const Alert &incoming,
                                               Timestamp now,
                                               const QString &user) const
{
    const QString currentStatus = historyStatus(stored, 0);
    // Duplicates pass no previous severity: the machine compares against the default (spec §3.4).
    const auto outcome =
        m_model.transition({incoming.severity, currentStatus, historyStatus(stored, 1), {}, {}, incoming.status});
    if (!outcome)
        return outcome.error();

    AlertChangeSet change{AlertChangeSet::Kind::Duplicated, updatedFrom(stored, incoming, outcome->status, now), {}};
    Alert &a = change.after;
    a.duplicateCount = stored.duplicateCount + 1;
    a.repeat = true;
    const QString previousValue = stored.history.isEmpty() ? QString() : stored.history.first().value;
    if (a.status != currentStatus)
        change.entry = receiveEntry(incoming, QStringLiteral("status"), a.status, user);
    else if (m_config.historyOnValueChange && incoming.value != previousValue)
        change.entry = receiveEntry(incoming, QStringLiteral("value"), currentStatus, user);
    return change;
}

Result<AlertChangeSet> ReceiveRules::correlate(const Alert &stored,
                                               const Alert &incoming,
                                               Timestamp now,
                                               const QString &user) const
{
    const SeverityMap &severities = m_model.severities();
    const auto outcome = m_model.transition(
        {incoming.severity, historyStatus(stored, 0), historyStatus(stored, 1), stored.severity, {}, incoming.status});
    if (!outcome)
        return outcome.error();

    AlertChangeSet change{AlertChangeSet::Kind::Correlated, updatedFrom(stored, incoming, outcome->status, now), {}};
    Alert &a = change.after;
    a.event = incoming.event;
    a.severity = incoming.severity;
    a.createTime = incoming.createTime;
    a.duplicateCount = 0;
    a.repeat = false;
    a.previousSeverity = stored.severity;
    a.trendIndication = SeverityMap::trendName(severities.trend(stored.severity, incoming.severity));
    a.receiveTime = now;
    change.entry = receiveEntry(incoming, QStringLiteral("severity"), a.status, user);
    return change;
}
