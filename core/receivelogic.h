// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alarmmodel.h"
#include "core/alert.h"
#include "core/engineconfig.h"
#include "core/result.h"

#include <optional>

/// What receiving an alert does to the store: the alert as it must be stored and the history entry to prepend.
struct AlertChangeSet
{
    enum class Kind { Created, Duplicated, Correlated };
    Kind kind = Kind::Created;
    Alert after;
    std::optional<HistoryEntry> entry;
};

/// The field-by-field rules of spec §3.3 and §3.4: how a received alert becomes a new alert, a duplicate or a
/// correlation of a stored one. Pure functions of their inputs (no store, no clock), so that every store runs the
/// same rules inside its own transaction.
class ReceiveRules
{
public:
    ReceiveRules(const EngineConfig &config, const AlarmModel &model);

    /// `incoming` is validated and defaulted; `now` is server time; `user` the caller's login (null if anonymous).
    Result<AlertChangeSet> create(const Alert &incoming, Timestamp now, const QString &user) const;
    /// `stored` carries at least its two newest history entries.
    Result<AlertChangeSet> duplicate(const Alert &stored,
                                     const Alert &incoming,
                                     Timestamp now,
                                     const QString &user) const;
    Result<AlertChangeSet> correlate(const Alert &stored,
                                     const Alert &incoming,
                                     Timestamp now,
                                     const QString &user) const;

    /// Tags merged as a set: stored order first, then new ones in incoming order.
    static QStringList mergeTags(const QStringList &stored, const QStringList &incoming);
    /// Shallow merge, incoming keys win.
    static QJsonObject mergeAttributes(const QJsonObject &stored, const QJsonObject &incoming);

private:
    static Alert updatedFrom(const Alert &stored, const Alert &incoming, const QString &status, Timestamp now);
    HistoryEntry receiveEntry(const Alert &incoming,
                              const QString &type,
                              const QString &status,
                              const QString &user) const;

    const EngineConfig &m_config;
    const AlarmModel &m_model;
};
