// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/notificationpolicy.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QStringList>

/// Desktop notifications through the freedesktop notification service (`org.freedesktop.Notifications` on the
/// session bus: dunst, GNOME Shell, Plasma...), with Ack and Open buttons where the caller can act on alerts.
/// Clicking the notification itself opens the alert. Critical alerts are sent with critical urgency, which most
/// daemons keep on screen until dismissed.
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    explicit DesktopNotifier(QDBusConnection bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);
    ~DesktopNotifier() override;

    /// Whether a notification service runs on the bus now.
    bool isAvailable() const;
    /// Shows `notice`; with an Ack button when `canAck` (the session may write alerts).
    void show(const Notice &notice, bool canAck);

Q_SIGNALS:
    /// The operator clicked Ack on the notification of these alerts.
    void ackRequested(const QStringList &alertIds);
    /// The operator clicked the notification (or Open): show these alerts.
    void openRequested(const QStringList &alertIds);
    /// The service answered the notification of `alertIds` with id `notificationId` (tests, and replacing it).
    void shown(uint notificationId, const QStringList &alertIds);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    QHash<uint, QStringList> m_alertsOf; ///< notification id → the alerts it is about, while it is shown
};
