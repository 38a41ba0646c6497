// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/notificationpolicy.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

/// Desktop notifications through the freedesktop notification service (`org.freedesktop.Notifications` on the
/// session bus: dunst, GNOME Shell, Plasma...), with Ack and Open buttons where the caller can act on alerts.
/// Clicking the notification itself opens the alert. Critical alerts are sent with critical urgency, which most
/// daemons keep on screen until dismissed. One notifier serves the whole console: it remembers, while a
/// notification is shown, which alerts it is about and who asked for it, and tells its actions with the asker, so
/// that each part of the console acts only on its own notifications.
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    explicit DesktopNotifier(QDBusConnection bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);
    ~DesktopNotifier() override;

    /// Whether a notification service runs on the bus now.
    bool isAvailable() const;
    /// Shows `notice` on behalf of `requester` (whose notifications' actions are told with it); with an Ack button
    /// when `canAck` (the session may write alerts).
    void show(const Notice &notice, bool canAck, QObject *requester = nullptr);
    /// Closes the shown notifications of `requester` whose alerts are all among `alertIds`: they were dealt with.
    /// Daemons need not remove a notification whose action was invoked (dunst keeps it).
    void withdraw(const QStringList &alertIds, QObject *requester = nullptr);

Q_SIGNALS:
    /// The operator clicked Ack on the notification of these alerts, shown for `requester`.
    void ackRequested(const QStringList &alertIds, QObject *requester);
    /// The operator clicked the notification (or Open), shown for `requester`: show these alerts.
    void openRequested(const QStringList &alertIds, QObject *requester);
    /// The service answered the notification of `alertIds` with id `notificationId` (tests, and replacing it).
    void shown(uint notificationId, const QStringList &alertIds);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    /// A notification on screen.
    struct Shown
    {
        QStringList alertIds;
        QPointer<QObject> requester; ///< null when shown for nobody, or when the asker is gone
        bool forNobody = false;      ///< shown without a requester (a gone one must not match a null one)
    };
    /// The requester a notification's actions are told with; nullopt when that requester is gone.
    static std::optional<QObject *> requesterOf(const Shown &shown);

    QDBusConnection m_bus;
    QHash<uint, Shown> m_shown; ///< notification id → what it is about, while it is shown
};
