// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/alertnotifications.h"

#include "core/client/alertbackend.h"
#include "core/client/whenfinished.h"
#include "models/alerttablemodel.h"
#include "ui/commandtext.h"
#include "ui/desktopnotifier.h"
#include "ui/mainwindow.h"

#include <QPointer>
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
    connect(&notifier, &DesktopNotifier::ackRequested, this, [this](const QStringList &alertIds, QObject *requester) {
        if (requester == this)
            acknowledge(alertIds);
    });
    connect(&notifier, &DesktopNotifier::openRequested, this, [this](const QStringList &alertIds, QObject *requester) {
        if (requester != this || alertIds.isEmpty())
            return;
        m_window.showNormal();
        m_window.raise();
        m_window.activateWindow();
    });
}

void AlertNotifications::apply(const QList<Alert> &upserted, const QStringList &removedIds)
{
    const QList<Notice> notices = m_policy.apply(upserted, removedIds, m_now());
    if (notices.isEmpty() || m_muted())
        return;
    AlertBackend *backend = m_window.backend();
    const bool canAck = backend && backend->session().allows(QStringLiteral("write:alerts"));
    for (const Notice &notice : notices) {
        m_notifier.show(notice, canAck, this);
        Q_EMIT noticeShown(notice);
    }
}

void AlertNotifications::acknowledge(const QStringList &alertIds)
{
    AlertBackend *backend = m_window.backend();
    if (!backend || alertIds.isEmpty())
        return;
    QPointer<MainWindow> window = &m_window;
    const AlertCommand ack = AlertCommand::act(QStringLiteral("ack"));
    whenFinished(backend->run(ack, alertIds), this, [this, window, ack](const Result<CommandOutcome> &outcome) {
        // Dealt with: the notification goes. One that failed stays, so that Ack can be tried again from it.
        if (outcome)
            m_notifier.withdraw(outcome->succeeded, this);
        if (!window)
            return;
        window->statusBar()->showMessage(
            outcome ? CommandText::outcome(ack, *outcome)
                    : tr("Could not acknowledge from the notification: %1").arg(outcome.error().message),
            10000);
    });
}
