// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/alertnotifications.h"

#include "core/client/alertbackend.h"
#include "core/client/whenfinished.h"
#include "models/alerttablemodel.h"
#include "ui/commandtext.h"
#include "ui/desktopnotifier.h"
#include "ui/mainwindow.h"

#include <QDateTime>
#include <QStatusBar>

AlertNotifications::AlertNotifications(MainWindow &window, DesktopNotifier &notifier, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_notifier(notifier)
{
    connect(&window, &MainWindow::alertsReset, this, [this](const QList<Alert> &alerts) {
        m_policy.setSeverities(m_window.alertModel().alarmModel().severities);
        m_policy.reset(alerts);
    });
    connect(&window, &MainWindow::alertsChanged, this, &AlertNotifications::apply);
    connect(&notifier, &DesktopNotifier::ackRequested, this, &AlertNotifications::acknowledge);
    connect(&notifier, &DesktopNotifier::openRequested, this, [this](const QStringList &alertIds) {
        if (alertIds.isEmpty() || !m_shownIds.contains(alertIds.first()))
            return;
        m_window.showNormal();
        m_window.raise();
        m_window.activateWindow();
    });
}

void AlertNotifications::apply(const QList<Alert> &upserted, const QStringList &removedIds)
{
    const QList<Notice> notices = m_policy.apply(upserted, removedIds, QDateTime::currentDateTime());
    if (notices.isEmpty() || m_muted())
        return;
    AlertBackend *backend = m_window.backend();
    const bool canAck = backend && backend->session().allows(QStringLiteral("write:alerts"));
    for (const Notice &notice : notices) {
        m_shownIds.append(notice.alertIds);
        m_notifier.show(notice, canAck);
    }
    // Only what a notification may still act on is worth keeping.
    if (m_shownIds.size() > 10000)
        m_shownIds.remove(0, m_shownIds.size() - 10000);
}

void AlertNotifications::acknowledge(const QStringList &alertIds)
{
    AlertBackend *backend = m_window.backend();
    if (!backend || alertIds.isEmpty() || !m_shownIds.contains(alertIds.first()))
        return;
    QPointer<MainWindow> window = &m_window;
    const AlertCommand ack = AlertCommand::act(QStringLiteral("ack"));
    whenFinished(backend->run(ack, alertIds), this, [window, ack](const Result<CommandOutcome> &outcome) {
        if (!window)
            return;
        window->statusBar()->showMessage(
            outcome ? CommandText::outcome(ack, *outcome)
                    : tr("Could not acknowledge from the notification: %1").arg(outcome.error().message),
            10000);
    });
}
