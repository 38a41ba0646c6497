// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "models/notificationpolicy.h"

#include <QMap>

NotificationPolicy::NotificationPolicy(SeverityMap severities)
    : m_severities(std::move(severities))
{}

void NotificationPolicy::reset(const QList<Alert> &alerts)
{
    m_levels.clear();
    for (const Alert &alert : alerts)
        m_levels.insert(alert.id, m_severities.level(alert.severity));
}

bool NotificationPolicy::isQuiet(const QTime &time) const
{
    if (!m_rules.quietHours || m_rules.quietFrom == m_rules.quietTo)
        return false;
    if (m_rules.quietFrom < m_rules.quietTo)
        return time >= m_rules.quietFrom && time < m_rules.quietTo;
    return time >= m_rules.quietFrom || time < m_rules.quietTo; // spans midnight
}

bool NotificationPolicy::matches(const Alert &alert) const
{
    // Only what still needs someone: acknowledged, shelved, blacked-out or closed alerts are no news.
    if (!AlertStatus::isOpen(alert.status))
        return false;
    if (m_rules.severities.isEmpty()
            ? m_severities.isNormal(alert.severity) || alert.severity == m_severities.informSeverity()
            : !m_rules.severities.contains(alert.severity))
        return false;
    if (!m_rules.environments.isEmpty() && !m_rules.environments.contains(alert.environment))
        return false;
    if (!m_rules.customers.isEmpty() && !m_rules.customers.contains(alert.customer))
        return false;
    if (!m_rules.services.isEmpty()) {
        const bool anyService = std::any_of(alert.service.cbegin(), alert.service.cend(), [this](const QString &s) {
            return m_rules.services.contains(s);
        });
        if (!anyService)
            return false;
    }
    return true;
}

QList<Notice> NotificationPolicy::apply(const QList<Alert> &upserted,
                                        const QStringList &removedIds,
                                        const QDateTime &now)
{
    QList<Notice> notices;
    for (const Alert &alert : upserted) {
        const int level = m_severities.level(alert.severity);
        const auto known = m_levels.constFind(alert.id);
        const bool isNew = known == m_levels.constEnd();
        // Lower level = more severe (spec §2.1).
        const bool escalated = !isNew && level >= 0 && *known >= 0 && level < *known;
        m_levels.insert(alert.id, level);
        if ((isNew || escalated) && matches(alert))
            notices.append(noticeFor(alert, isNew ? Notice::Kind::NewAlert : Notice::Kind::Escalated));
    }
    for (const QString &id : removedIds)
        m_levels.remove(id);

    if (notices.isEmpty() || isQuiet(now.time()))
        return {};
    // A storm: more notices within the window than the threshold become summaries.
    while (!m_recent.empty() && m_recent.front().msecsTo(now) > m_rules.stormWindow.count())
        m_recent.pop_front();
    const bool storm = int(m_recent.size() + notices.size()) > m_rules.stormThreshold;
    for (qsizetype i = 0; i < notices.size(); ++i)
        m_recent.push_back(now);
    return storm ? coalesce(notices) : notices;
}

Notice NotificationPolicy::noticeFor(const Alert &alert, Notice::Kind kind) const
{
    Notice notice;
    notice.kind = kind;
    notice.severity = alert.severity;
    notice.environment = alert.environment;
    notice.alertIds = {alert.id};
    notice.title = kind == Notice::Kind::NewAlert
        ? tr("%1: %2 on %3").arg(alert.severity, alert.event, alert.resource)
        : tr("Escalated to %1: %2 on %3").arg(alert.severity, alert.event, alert.resource);
    notice.text = alert.text.isEmpty() ? alert.environment : alert.environment + QStringLiteral(" — ") + alert.text;
    return notice;
}

QList<Notice> NotificationPolicy::coalesce(const QList<Notice> &notices) const
{
    // Most severe group first, then by environment.
    QMap<QPair<int, QString>, Notice> groups;
    for (const Notice &notice : notices) {
        Notice &group = groups[{m_severities.level(notice.severity), notice.environment}];
        group.kind = Notice::Kind::Summary;
        group.severity = notice.severity;
        group.environment = notice.environment;
        group.alertIds.append(notice.alertIds);
    }
    QList<Notice> summaries;
    for (Notice group : std::as_const(groups)) {
        const int count = int(group.alertIds.size());
        group.title = tr("%n new %1 alert(s) in %2", nullptr, count).arg(group.severity, group.environment);
        group.text = tr("%n alert(s) arrived at once; the list has them all.", nullptr, count);
        summaries.append(group);
    }
    return summaries;
}
