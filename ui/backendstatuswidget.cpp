// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/backendstatuswidget.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>

#include "models/timeformat.h"

namespace {

/// The dot's colour per state: green while the list is current, amber while it may be going stale, red when
/// only the user can fix it, grey when stopped.
QColor stateColour(AlertBackend::State state)
{
    switch (state) {
    case AlertBackend::State::Live:
    case AlertBackend::State::Polling:
        return QColor(0x2e, 0xa0, 0x43);
    case AlertBackend::State::Connecting:
    case AlertBackend::State::Reconnecting:
        return QColor(0xe0, 0x9b, 0x00);
    case AlertBackend::State::Failed:
        return QColor(0xd3, 0x2f, 0x2f);
    case AlertBackend::State::Stopped:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

} // namespace

BackendStatusWidget::BackendStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_dotLabel(new QLabel(QStringLiteral("●"), this))
    , m_stateLabel(new QLabel(this))
    , m_ageLabel(new QLabel(this))
{
    m_dotLabel->setObjectName(QStringLiteral("connectionDotLabel"));
    m_stateLabel->setObjectName(QStringLiteral("connectionStateLabel"));
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_ageLabel->setObjectName(QStringLiteral("dataAgeLabel"));
    m_ageLabel->setTextFormat(Qt::PlainText);
    m_ageLabel->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_dotLabel);
    layout->addWidget(m_stateLabel);
    layout->addSpacing(fontMetrics().averageCharWidth() * 2);
    layout->addWidget(m_ageLabel);

    m_ageTimer.setInterval(std::chrono::seconds(1));
    connect(&m_ageTimer, &QTimer::timeout, this, &BackendStatusWidget::updateAge);
    updateState();
}

BackendStatusWidget::~BackendStatusWidget() = default;

void BackendStatusWidget::setBackend(AlertBackend *backend)
{
    if (m_backend)
        m_backend->disconnect(this);
    m_backend = backend;
    if (backend) {
        connect(backend, &AlertBackend::stateChanged, this, &BackendStatusWidget::updateState);
        connect(backend, &AlertBackend::syncedAtChanged, this, &BackendStatusWidget::updateAge);
    }
    updateState();
}

void BackendStatusWidget::updateState()
{
    const AlertBackend::State state = m_backend ? m_backend->state() : AlertBackend::State::Stopped;
    QString text;
    if (!m_backend) {
        text = tr("Not connected");
    } else {
        const QString name = m_backend->displayName();
        const QString message = m_backend->stateMessage();
        switch (state) {
        case AlertBackend::State::Stopped:
            text = tr("Stopped · %1").arg(name);
            break;
        case AlertBackend::State::Connecting:
            text = tr("Connecting…");
            break;
        case AlertBackend::State::Live:
            text = tr("Live · %1").arg(name);
            break;
        case AlertBackend::State::Polling:
            text = tr("Polling · %1").arg(name);
            break;
        case AlertBackend::State::Reconnecting:
            text = tr("Reconnecting: %1").arg(message);
            break;
        case AlertBackend::State::Failed:
            text = tr("Failed: %1").arg(message);
            break;
        }
    }
    m_stateLabel->setText(text);
    m_stateLabel->setToolTip(m_backend ? m_backend->stateMessage() : QString());
    QPalette dotPalette = m_dotLabel->palette();
    dotPalette.setColor(QPalette::WindowText, stateColour(state));
    m_dotLabel->setPalette(dotPalette);
    updateAge();
}

void BackendStatusWidget::updateAge()
{
    // Live data is current by definition; anything else may be old, and says how old.
    const bool live = !m_backend || m_backend->state() == AlertBackend::State::Live;
    const QDateTime syncedAt = m_backend ? m_backend->syncedAt() : QDateTime();
    if (live || !syncedAt.isValid()) {
        m_ageLabel->hide();
        m_ageTimer.stop();
        return;
    }
    const qint64 seconds = qMax<qint64>(0, syncedAt.secsTo(QDateTime::currentDateTimeUtc()));
    const QDateTime local = syncedAt.toLocalTime();
    const QString when = local.date() == QDate::currentDate() ? local.toString(QStringLiteral("HH:mm:ss"))
                                                              : TimeFormat::local(syncedAt.toMSecsSinceEpoch());
    m_ageLabel->setText(tr("Data as of %1 (%2)").arg(when, TimeFormat::ago(seconds)));
    m_ageLabel->setToolTip(TimeFormat::utc(syncedAt.toMSecsSinceEpoch()));
    m_ageLabel->show();
    if (!m_ageTimer.isActive())
        m_ageTimer.start();
}
