// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alert.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

/// Notices changes to the alerts the operator watches (tag `watch:<login>`, the web UI's convention) in the live
/// list: a new status or severity, or the alert received again. It compares each update with what it saw before,
/// so a refresh that changes nothing says nothing, and the first list after a (re)connection or a filter change
/// says nothing either. Watching an alert is no change to report.
class WatchedAlertMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchedAlertMonitor)

public:
    explicit WatchedAlertMonitor(QObject *parent = nullptr);

    /// The tag that marks watched alerts (`watch:<login>`); empty turns the monitor off. Forgets what it saw.
    void setWatchTag(const QString &tag);
    QString watchTag() const { return m_tag; }

    /// A new whole list (AlertBackend::alertsReset): remembered, nothing reported.
    void reset(const QList<Alert> &alerts);
    /// Changes (AlertBackend::alertsChanged): watched alerts that changed are reported.
    void apply(const QList<Alert> &upserted, const QStringList &removedIds);

    /// What changed between two versions of an alert, in words for the operator (empty: nothing worth a notice).
    static QStringList describeChanges(const Alert &before, const Alert &after);

Q_SIGNALS:
    /// A watched alert changed; `changes` says how ("status open → ack").
    void watchedAlertChanged(const Alert &alert, const QStringList &changes);
    /// A watched alert left the list (closed, deleted or filtered out): `lastSeen` is how it was.
    void watchedAlertLeft(const Alert &lastSeen);

private:
    bool isWatched(const Alert &alert) const;

    QString m_tag;
    QHash<QString, Alert> m_seen; ///< watched alerts of the list, by id, as last seen
};
