// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

/// One triage command that the console applies to one or many alerts: an operator action of the alarm model
/// (`PUT /alert/{id}/action`, spec §3.6: ack, unack, shelve, unshelve, close, open = reopen, ...), tag or untag, a
/// note, or deletion. `text` is the action's history text or the note; `timeout` (seconds) applies to actions only.
struct AlertCommand
{
    enum class Kind { Action, Tag, Untag, Note, Delete };

    Kind kind = Kind::Action;
    QString action;   ///< for Kind::Action
    QStringList tags; ///< for Tag and Untag
    QString text;     ///< action text (may be empty) or note text (required)
    std::optional<qint64> timeout;

    static AlertCommand act(const QString &action, const QString &text = {}, std::optional<qint64> timeout = {})
    {
        return {Kind::Action, action, {}, text, timeout};
    }
    static AlertCommand tag(const QStringList &tags) { return {Kind::Tag, {}, tags, {}, {}}; }
    static AlertCommand untag(const QStringList &tags) { return {Kind::Untag, {}, tags, {}, {}}; }
    static AlertCommand note(const QString &text) { return {Kind::Note, {}, {}, text, {}}; }
    static AlertCommand remove() { return {Kind::Delete, {}, {}, {}, {}}; }

    bool operator==(const AlertCommand &) const = default;
};

/// What one command did to each alert it was given: a command on many alerts goes on after a failure (an invalid
/// transition on one alert must not stop the others), so its result lists both sides.
struct CommandOutcome
{
    QStringList succeeded;                  ///< alert ids, in the order given
    QList<QPair<QString, ApiError>> failed; ///< alert id and the server's error

    bool allSucceeded() const { return failed.isEmpty(); }
};
