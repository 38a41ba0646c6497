// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/desktopnotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace {

const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString interface = QStringLiteral("org.freedesktop.Notifications");
const QString defaultAction = QStringLiteral("default"); // the notification's body was clicked
const QString openAction = QStringLiteral("open");
const QString ackAction = QStringLiteral("ack");

/// Desktop Notifications Specification urgency: 0 low, 1 normal, 2 critical.
uchar urgencyOf(const QString &severity)
{
    if (severity == QLatin1StringView("critical") || severity == QLatin1StringView("security"))
        return 2;
    return 1;
}

} // namespace

DesktopNotifier::DesktopNotifier(QDBusConnection bus, QObject *parent)
    : QObject(parent)
    , m_bus(std::move(bus))
{
    m_bus
        .connect(service, path, interface, QStringLiteral("ActionInvoked"), this, SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(service,
                  path,
                  interface,
                  QStringLiteral("NotificationClosed"),
                  this,
                  SLOT(onNotificationClosed(uint, uint)));
}

DesktopNotifier::~DesktopNotifier() = default;

bool DesktopNotifier::isAvailable() const
{
    return m_bus.isConnected() && m_bus.interface() && m_bus.interface()->isServiceRegistered(service);
}

void DesktopNotifier::show(const Notice &notice, bool canAck)
{
    QStringList actions{defaultAction, tr("Open"), openAction, tr("Open")};
    if (canAck)
        actions << ackAction << tr("Acknowledge");
    const QVariantMap hints{{QStringLiteral("urgency"), QVariant::fromValue(urgencyOf(notice.severity))},
                            {QStringLiteral("category"), QStringLiteral("alerta.alert")},
                            {QStringLiteral("desktop-entry"), QStringLiteral("alerta-console")}};
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("Notify"));
    call << tr("Alerta Console") << uint(0) << QStringLiteral("dialog-warning") << notice.title << notice.text
         << actions << hints << int(-1);
    // Asynchronous: a slow or missing daemon must never hold up the window.
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    const QStringList alertIds = notice.alertIds;
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, alertIds](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        const QDBusPendingReply<uint> reply = *finished;
        if (reply.isError())
            return;
        m_alertsOf.insert(reply.value(), alertIds);
        Q_EMIT shown(reply.value(), alertIds);
    });
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const auto alerts = m_alertsOf.constFind(id);
    if (alerts == m_alertsOf.constEnd()) // another application's notification
        return;
    if (actionKey == ackAction)
        Q_EMIT ackRequested(*alerts);
    else if (actionKey == defaultAction || actionKey == openAction)
        Q_EMIT openRequested(*alerts);
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    m_alertsOf.remove(id);
}
