// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/clock.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// One entry of an alert's history (spec §1.3). A null QString is JSON null.
struct HistoryEntry
{
    QString id; ///< submission id (receive path), alert id (actions) or note id (note/dismiss)
    QString event;
    QString severity;
    QString status;
    QString value;
    QString text;
    QString type; ///< new, severity, status, value, open, ack, ..., action, note, dismiss
    Timestamp updateTime = 0;
    QString user;                  ///< login of the caller, null when anonymous
    std::optional<qint64> timeout; ///< seconds

    bool operator==(const HistoryEntry &) const = default;
};

/// An Alerta alert with every field of spec §1.1. A null QString serialises as JSON null.
struct Alert
{
    QString id;
    QString resource;
    QString event;
    QString environment;
    QString severity;
    QStringList correlate;
    QString status;
    QStringList service;
    QString group;
    QString value;
    QString text;
    QStringList tags;
    QJsonObject attributes;
    QString origin;
    QString type;
    Timestamp createTime = 0;
    std::optional<qint64> timeout; ///< seconds; null only after a status change without timeout (spec §3.7)
    QString rawData;               ///< opaque text
    QString customer;              ///< null = no customer
    int duplicateCount = 0;
    bool repeat = false;
    QString previousSeverity;
    QString trendIndication;
    Timestamp receiveTime = 0;
    QString lastReceiveId;
    Timestamp lastReceiveTime = 0;
    Timestamp updateTime = 0;
    QList<HistoryEntry> history; ///< newest first, as stored (served oldest first)

    bool operator==(const Alert &) const = default;
};

/// A note on an alert (spec §1.4).
struct Note
{
    QString id;
    QString text;
    QString user;
    QJsonObject attributes; ///< snapshot {resource, event, environment, severity, status}
    QString type;           ///< "alert"
    Timestamp createTime = 0;
    Timestamp updateTime = 0;
    QString alertId;
    QString customer;

    bool operator==(const Note &) const = default;
};

/// Statuses of the ALERTA alarm model (spec §2.3).
namespace AlertStatus {
inline const QString Open = QStringLiteral("open");
inline const QString Assign = QStringLiteral("assign");
inline const QString Ack = QStringLiteral("ack");
inline const QString Shelved = QStringLiteral("shelved");
inline const QString Blackout = QStringLiteral("blackout");
inline const QString Closed = QStringLiteral("closed");
inline const QString Expired = QStringLiteral("expired");
inline const QString Unknown = QStringLiteral("unknown");

/// Whether nobody has taken an alert of `status` yet (open or assigned): what the console notifies, sounds and
/// counts in the tray. Acknowledged, shelved, blacked-out and closed alerts are someone's already.
inline bool isOpen(const QString &status)
{
    return status == Open || status == Assign;
}
} // namespace AlertStatus
