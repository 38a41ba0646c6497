// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/desktopnotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QSet>
#include <QVariantMap>

#include <algorithm>

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

void DesktopNotifier::show(const Notice &notice, bool canAck, QObject *requester)
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
    const Shown what{notice.alertIds, requester, requester == nullptr};
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, what](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        const QDBusPendingReply<uint> reply = *finished;
        if (reply.isError())
            return;
        m_shown.insert(reply.value(), what);
        Q_EMIT shown(reply.value(), what.alertIds);
    });
}

void DesktopNotifier::withdraw(const QStringList &alertIds, QObject *requester)
{
    const QSet<QString> dealtWith(alertIds.cbegin(), alertIds.cend());
    for (auto it = m_shown.begin(); it != m_shown.end();) {
        const bool dealt = std::all_of(it->alertIds.cbegin(), it->alertIds.cend(), [&](const QString &id) {
            return dealtWith.contains(id);
        });
        if (!dealt || requesterOf(*it) != requester) {
            ++it;
            continue;
        }
        QDBusMessage call =
            QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("CloseNotification"));
        call << it.key();
        m_bus.asyncCall(call);
        // Forgotten now: its actions, until the daemon has closed it, would be about alerts already dealt with.
        it = m_shown.erase(it);
    }
}

std::optional<QObject *> DesktopNotifier::requesterOf(const Shown &shown)
{
    if (shown.forNobody)
        return nullptr;
    if (!shown.requester) // gone: a new object at its address must not be taken for it
        return std::nullopt;
    return shown.requester.data();
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const auto entry = m_shown.constFind(id);
    if (entry == m_shown.constEnd()) // another application's notification
        return;
    const std::optional<QObject *> requester = requesterOf(*entry);
    if (!requester)
        return;
    if (actionKey == ackAction)
        Q_EMIT ackRequested(entry->alertIds, *requester);
    else if (actionKey == defaultAction || actionKey == openAction)
        Q_EMIT openRequested(entry->alertIds, *requester);
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    m_shown.remove(id);
}
