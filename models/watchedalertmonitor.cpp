// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "models/watchedalertmonitor.h"

WatchedAlertMonitor::WatchedAlertMonitor(QObject *parent)
    : QObject(parent)
{}

void WatchedAlertMonitor::setWatchTag(const QString &tag)
{
    m_tag = tag;
    m_seen.clear();
}

bool WatchedAlertMonitor::isWatched(const Alert &alert) const
{
    return !m_tag.isEmpty() && alert.tags.contains(m_tag);
}

void WatchedAlertMonitor::reset(const QList<Alert> &alerts)
{
    m_seen.clear();
    for (const Alert &alert : alerts) {
        if (isWatched(alert))
            m_seen.insert(alert.id, alert);
    }
}

void WatchedAlertMonitor::apply(const QList<Alert> &upserted, const QStringList &removedIds)
{
    if (m_tag.isEmpty())
        return;
    for (const Alert &alert : upserted) {
        const auto seen = m_seen.constFind(alert.id);
        if (!isWatched(alert)) {
            m_seen.remove(alert.id); // unwatched: no more notices
            continue;
        }
        if (seen != m_seen.constEnd()) {
            if (const QStringList changes = describeChanges(*seen, alert); !changes.isEmpty())
                Q_EMIT watchedAlertChanged(alert, changes);
        }
        m_seen.insert(alert.id, alert);
    }
    for (const QString &id : removedIds) {
        if (const auto seen = m_seen.constFind(id); seen != m_seen.constEnd()) {
            const Alert lastSeen = *seen;
            m_seen.erase(seen);
            Q_EMIT watchedAlertLeft(lastSeen);
        }
    }
}

QStringList WatchedAlertMonitor::describeChanges(const Alert &before, const Alert &after)
{
    QStringList changes;
    if (before.status != after.status)
        changes.append(tr("status %1 → %2").arg(before.status, after.status));
    if (before.severity != after.severity)
        changes.append(tr("severity %1 → %2").arg(before.severity, after.severity));
    // A duplicate or correlated receive: the alert fired again.
    if (before.lastReceiveId != after.lastReceiveId && before.status == after.status
        && before.severity == after.severity)
        changes.append(tr("received again (%n duplicate(s))", nullptr, int(after.duplicateCount)));
    return changes;
}
