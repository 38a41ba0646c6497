// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/client/alertbackend.h"

AlertBackend::AlertBackend(QObject *parent)
    : QObject(parent)
{}

AlertBackend::~AlertBackend() = default;

void AlertBackend::setState(State state, const QString &message)
{
    if (state == m_state && message == m_stateMessage)
        return;
    m_state = state;
    m_stateMessage = message;
    Q_EMIT stateChanged(state);
}

void AlertBackend::setSyncedAt(const QDateTime &when)
{
    m_syncedAt = when;
    Q_EMIT syncedAtChanged(when);
}

void AlertBackend::setAlarmModel(const ServerAlarmModel &model)
{
    m_alarmModel = model;
    Q_EMIT alarmModelChanged();
}

void AlertBackend::setSession(const SessionInfo &session)
{
    if (session == m_session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}
