// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/client/alertcommand.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// The words for a triage command in every place the console names one (menus, dialogs, the status bar), so that
/// "ack" reads "Acknowledge" / "acknowledge" / "Acknowledged" consistently and translators see each string once.
class CommandText
{
    Q_DECLARE_TR_FUNCTIONS(CommandText)

public:
    /// The operator actions of the ALERTA alarm model that the console offers, in menu order (upstream's action
    /// names: ack, unack, shelve, unshelve, close, open).
    static QStringList operatorActions();

    /// "Acknowledge", "Reopen", "Delete", "Add Note", ...: a dialog title or a button.
    static QString title(const AlertCommand &command);
    /// "Acknowledge: 12 alerts": what a dialog is about to do.
    static QString heading(const AlertCommand &command, qsizetype count);
    /// "Acknowledge: 12 alerts…": shown while the command runs.
    static QString running(const AlertCommand &command, qsizetype count);
    /// "Acknowledged 12 alerts".
    static QString done(const AlertCommand &command, qsizetype count);
    /// The status-bar line for a finished command: done() when everything succeeded, otherwise
    /// "3 of 15 failed: <first message>" (after what succeeded, if anything did).
    static QString outcome(const AlertCommand &command, const CommandOutcome &outcome);
    /// "This will acknowledge 1,234 alerts matching: <summary>": the preview of "act on everything matching".
    static QString preview(const AlertCommand &command, qint64 count, const QString &filterSummary);

private:
    /// "acknowledge", "reopen", "delete": the title as a verb inside a sentence.
    static QString verb(const AlertCommand &command);
};
