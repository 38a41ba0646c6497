// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/alertdetailspane.h"
#include "core/client/whenfinished.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "core/alertjson.h"
#include "core/client/alertbackend.h"
#include "ui/alertdetailsview.h"

AlertDetailsPane::AlertDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_messageLabel(new QLabel(this))
    , m_view(new AlertDetailsView(this))
{
    setObjectName(QStringLiteral("detailsPane"));
    m_stack->setObjectName(QStringLiteral("detailsStack"));
    m_messageLabel->setObjectName(QStringLiteral("detailsMessageLabel"));
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setForegroundRole(QPalette::PlaceholderText);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->addWidget(m_messageLabel);
    m_stack->addWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_fetchTimer.setSingleShot(true);
    m_fetchTimer.setInterval(std::chrono::milliseconds(100));
    connect(&m_fetchTimer, &QTimer::timeout, this, &AlertDetailsPane::fetch);
    connect(m_view, &AlertDetailsView::copyJsonRequested, this, &AlertDetailsPane::copyAsJson);

    showMessage(tr("No alert selected"));
}

AlertDetailsPane::~AlertDetailsPane() = default;

void AlertDetailsPane::setBackend(AlertBackend *backend)
{
    if (m_backend)
        m_backend->disconnect(this);
    m_backend = backend;
    if (backend) {
        m_view->setAlarmModel(backend->alarmModel());
        connect(backend, &AlertBackend::alarmModelChanged, this, [this] {
            m_view->setAlarmModel(m_backend->alarmModel());
        });
    }
    m_id.clear();
    m_alert.reset();
    ++m_generation;
    m_fetchTimer.stop();
    showMessage(tr("No alert selected"));
}

void AlertDetailsPane::showAlert(const QString &id)
{
    if (id == m_id) {
        refresh();
        return;
    }
    m_id = id;
    ++m_generation;
    if (id.isEmpty()) {
        m_fetchTimer.stop();
        m_alert.reset();
        showMessage(tr("No alert selected"));
        return;
    }
    // Restarted on every change: walking through rows with the arrow keys fetches only where the walk stops.
    m_fetchTimer.start();
    // The previous alert stays visible but greyed until this one arrives, which reads as "loading" without
    // the pane blanking between rows.
    m_view->setEnabled(false);
}

void AlertDetailsPane::refresh()
{
    // Not restarted: an alert that changes all the time (a flapping check) is still fetched once per delay.
    if (!m_id.isEmpty() && !m_fetchTimer.isActive())
        m_fetchTimer.start();
}

void AlertDetailsPane::setFetchDelay(std::chrono::milliseconds delay)
{
    m_fetchTimer.setInterval(delay);
}

void AlertDetailsPane::fetch()
{
    if (!m_backend || m_id.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    const QString id = m_id;
    if (!m_alert || m_alert->id != id)
        m_alert.reset();
    if (!m_alert && m_stack->currentWidget() == m_messageLabel)
        showMessage(tr("Loading…"));

    whenFinished(m_backend->fetchAlert(id), this, [this, generation, id](const Result<Alert> &alert) {
        if (generation != m_generation)
            return;
        if (!alert) {
            m_alert.reset();
            showMessage(tr("Could not load the alert: %1").arg(alert.error().message));
            return;
        }
        m_alert = alert.value();
        m_view->setAlert(*m_alert);
        m_view->setEnabled(true);
        m_stack->setCurrentWidget(m_view);
        if (m_pendingNotes) {
            showNotes(*m_pendingNotes);
            m_pendingNotes.reset();
        }
        Q_EMIT alertLoaded(id);
    });
    // Asked at the same time as the alert (one round trip, not two); applied only once the alert is shown, so
    // notes never sit under another alert's fields.
    m_pendingNotes.reset();
    whenFinished(m_backend->fetchNotes(id), this, [this, generation](const Result<QList<Note>> &notes) {
        if (generation != m_generation)
            return;
        if (m_alert)
            showNotes(notes);
        else
            m_pendingNotes = notes;
    });
}

void AlertDetailsPane::showNotes(const Result<QList<Note>> &notes)
{
    if (notes)
        m_view->setNotes(notes.value());
    else
        m_view->setNotesError(notes.error().message);
}

void AlertDetailsPane::showMessage(const QString &message)
{
    m_messageLabel->setText(message);
    m_stack->setCurrentWidget(m_messageLabel);
    m_view->setEnabled(true);
}

void AlertDetailsPane::copyAsJson()
{
    if (!m_alert) {
        Q_EMIT statusMessage(tr("No alert to copy"));
        return;
    }
    const QJsonObject json = AlertJson::alertToJson(*m_alert, QString());
    QApplication::clipboard()->setText(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    Q_EMIT statusMessage(tr("Copied the alert as JSON"));
}
