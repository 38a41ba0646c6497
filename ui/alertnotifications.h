// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/notificationpolicy.h"

#include <QDateTime>
#include <QObject>

#include <functional>

class DesktopNotifier;
class MainWindow;

/// Desktop notifications of a main window's alerts: follows the window's list (MainWindow::alertsReset /
/// alertsChanged), asks NotificationPolicy what deserves a notice, and shows it through the DesktopNotifier — with
/// an Ack button when the session may write alerts. Ack acknowledges on the window's server and, once done, closes
/// the notification; a click brings the window back. Nothing is shown while muted (the tray's mute). Which
/// notifications are its own is the notifier's to remember (it tells their actions with this object).
class AlertNotifications final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertNotifications)

public:
    /// `window` and `notifier` must outlive this object.
    AlertNotifications(MainWindow &window, DesktopNotifier &notifier, QObject *parent = nullptr);

    void setRules(const NotificationRules &rules) { m_policy.setRules(rules); }
    /// Asked before each notice; true holds it back (it stays known, so it is not shown later either).
    void setMuted(std::function<bool()> muted) { m_muted = std::move(muted); }
    /// The local time the quiet hours and the storm window are read on; the system clock unless a test sets one.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

Q_SIGNALS:
    /// A notice went to the desktop: not held back by the rules, the quiet hours or the mute. Also emitted when no
    /// notification service runs, so that what follows it (a sound alarm) does not depend on one.
    void noticeShown(const Notice &notice);

private:
    void apply(const QList<Alert> &upserted, const QStringList &removedIds);
    void acknowledge(const QStringList &alertIds);

    MainWindow &m_window;
    DesktopNotifier &m_notifier;
    NotificationPolicy m_policy;
    std::function<bool()> m_muted = [] { return false; };
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTime(); };
};
