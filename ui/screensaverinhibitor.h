// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>

#include <optional>

/// Keeps the screen awake while a wall display runs: `Inhibit` on the freedesktop ScreenSaver service
/// (`org.freedesktop.ScreenSaver` on the session bus, which GNOME, Plasma, Xfce and xss-lock-style daemons serve),
/// `UnInhibit` with the cookie it gave when the wall ends or this object goes. Calls are asynchronous: a slow or
/// missing service never blocks the window. Without a service the wall still runs; lastError() says why the screen
/// may blank.
class ScreenSaverInhibitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenSaverInhibitor)

public:
    static constexpr auto serviceName = "org.freedesktop.ScreenSaver";
    static constexpr auto objectPath = "/org/freedesktop/ScreenSaver";

    explicit ScreenSaverInhibitor(QDBusConnection bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);
    ~ScreenSaverInhibitor() override;

    /// Asks the service to keep the screen on, giving `reason` (shown by some desktops). Does nothing while held.
    void inhibit(const QString &reason);
    /// Lets the screen saver work again.
    void release();
    /// Whether inhibit() was asked for and not released (the service may still be answering).
    bool isWanted() const { return m_wanted; }
    /// The cookie the service answered with, while the inhibition holds.
    std::optional<uint> cookie() const { return m_cookie; }
    /// Why the last call failed (translated); empty after a success.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    /// The service confirmed the inhibition (true) or it was released (false).
    void inhibitedChanged(bool inhibited);
    /// A call failed: no service on the bus, or it refused.
    void failed(const QString &message);

private:
    void unInhibit(uint cookie);

    QDBusConnection m_bus;
    bool m_wanted = false;
    std::optional<uint> m_cookie;
    QString m_lastError;
};
