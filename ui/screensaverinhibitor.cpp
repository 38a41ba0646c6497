// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/screensaverinhibitor.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace {

const QString interfaceName = QStringLiteral("org.freedesktop.ScreenSaver");

QDBusMessage screenSaverCall(const QString &method)
{
    return QDBusMessage::createMethodCall(QString::fromLatin1(ScreenSaverInhibitor::serviceName),
                                          QString::fromLatin1(ScreenSaverInhibitor::objectPath),
                                          interfaceName,
                                          method);
}

} // namespace

ScreenSaverInhibitor::ScreenSaverInhibitor(QDBusConnection bus, QObject *parent)
    : QObject(parent)
    , m_bus(std::move(bus))
{}

ScreenSaverInhibitor::~ScreenSaverInhibitor()
{
    // The service also drops an inhibition when our bus connection closes; say so anyway, in case the process
    // outlives this object.
    if (m_cookie)
        unInhibit(*m_cookie);
}

void ScreenSaverInhibitor::inhibit(const QString &reason)
{
    if (m_wanted)
        return;
    m_wanted = true;
    QDBusMessage call = screenSaverCall(QStringLiteral("Inhibit"));
    call << QCoreApplication::applicationName() << reason;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        const QDBusPendingReply<uint> reply = *finished;
        if (reply.isError()) {
            m_lastError =
                tr("The screen may blank: no screen saver service answered (%1).").arg(reply.error().message());
            Q_EMIT failed(m_lastError);
            return;
        }
        m_lastError.clear();
        if (!m_wanted) { // released while the answer was on its way
            unInhibit(reply.value());
            return;
        }
        m_cookie = reply.value();
        Q_EMIT inhibitedChanged(true);
    });
}

void ScreenSaverInhibitor::release()
{
    if (!m_wanted)
        return;
    m_wanted = false;
    if (const std::optional<uint> cookie = std::exchange(m_cookie, std::nullopt)) {
        unInhibit(*cookie);
        Q_EMIT inhibitedChanged(false);
    }
}

void ScreenSaverInhibitor::unInhibit(uint cookie)
{
    QDBusMessage call = screenSaverCall(QStringLiteral("UnInhibit"));
    call << cookie;
    m_bus.asyncCall(call); // nothing to do with the answer: the inhibition is ours to drop, not the service's
}
