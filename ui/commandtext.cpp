// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/commandtext.h"

#include <limits>

#include <QLocale>

namespace {

/// %Ln takes an int; counts past two billion alerts do not occur.
int countArg(qint64 count)
{
    return static_cast<int>(qMin<qint64>(count, std::numeric_limits<int>::max()));
}

} // namespace

QStringList CommandText::operatorActions()
{
    return {QStringLiteral("ack"),
            QStringLiteral("unack"),
            QStringLiteral("shelve"),
            QStringLiteral("unshelve"),
            QStringLiteral("close"),
            QStringLiteral("open")};
}

QString CommandText::title(const AlertCommand &command)
{
    switch (command.kind) {
    case AlertCommand::Kind::Tag:
        return tr("Tag");
    case AlertCommand::Kind::Untag:
        return tr("Untag");
    case AlertCommand::Kind::Note:
        return tr("Add Note");
    case AlertCommand::Kind::Delete:
        return tr("Delete");
    case AlertCommand::Kind::Action:
        break;
    }
    const QString &action = command.action;
    if (action == QLatin1StringView("ack"))
        return tr("Acknowledge");
    if (action == QLatin1StringView("unack"))
        return tr("Unacknowledge");
    if (action == QLatin1StringView("shelve"))
        return tr("Shelve");
    if (action == QLatin1StringView("unshelve"))
        return tr("Unshelve");
    if (action == QLatin1StringView("close"))
        return tr("Close");
    if (action == QLatin1StringView("open"))
        return tr("Reopen");
    // A custom action of the server's alarm model: its own name is all we know.
    return action;
}

QString CommandText::heading(const AlertCommand &command, qsizetype count)
{
    return tr("%1: %Ln alert(s)", "command title, number of alerts", countArg(count)).arg(title(command));
}

QString CommandText::running(const AlertCommand &command, qsizetype count)
{
    return tr("%1…", "a command under way").arg(heading(command, count));
}

QString CommandText::done(const AlertCommand &command, qsizetype count)
{
    const int n = countArg(count);
    switch (command.kind) {
    case AlertCommand::Kind::Tag:
        return tr("Tagged %Ln alert(s)", nullptr, n);
    case AlertCommand::Kind::Untag:
        return tr("Untagged %Ln alert(s)", nullptr, n);
    case AlertCommand::Kind::Note:
        return tr("Added a note to %Ln alert(s)", nullptr, n);
    case AlertCommand::Kind::Delete:
        return tr("Deleted %Ln alert(s)", nullptr, n);
    case AlertCommand::Kind::Action:
        break;
    }
    const QString &action = command.action;
    if (action == QLatin1StringView("ack"))
        return tr("Acknowledged %Ln alert(s)", nullptr, n);
    if (action == QLatin1StringView("unack"))
        return tr("Unacknowledged %Ln alert(s)", nullptr, n);
    if (action == QLatin1StringView("shelve"))
        return tr("Shelved %Ln alert(s)", nullptr, n);
    if (action == QLatin1StringView("unshelve"))
        return tr("Unshelved %Ln alert(s)", nullptr, n);
    if (action == QLatin1StringView("close"))
        return tr("Closed %Ln alert(s)", nullptr, n);
    if (action == QLatin1StringView("open"))
        return tr("Reopened %Ln alert(s)", nullptr, n);
    return tr("Applied “%1” to %Ln alert(s)", "custom action name", n).arg(action);
}

QString CommandText::outcome(const AlertCommand &command, const CommandOutcome &outcome)
{
    if (outcome.allSucceeded())
        return done(command, outcome.succeeded.size());
    const qsizetype total = outcome.succeeded.size() + outcome.failed.size();
    const QString failed = tr("%1 of %2 failed: %3", "failed count, total count, first error")
                               .arg(QLocale().toString(outcome.failed.size()),
                                    QLocale().toString(total),
                                    outcome.failed.first().second.message);
    if (outcome.succeeded.isEmpty())
        return failed;
    return tr("%1; %2", "what succeeded; what failed").arg(done(command, outcome.succeeded.size()), failed);
}

QString CommandText::preview(const AlertCommand &command, qint64 count, const QString &filterSummary)
{
    return tr("This will %1 %Ln alert(s) matching: %2", "verb, count, filter", countArg(count))
        .arg(verb(command), filterSummary);
}

QString CommandText::verb(const AlertCommand &command)
{
    switch (command.kind) {
    case AlertCommand::Kind::Tag:
        return tr("tag");
    case AlertCommand::Kind::Untag:
        return tr("untag");
    case AlertCommand::Kind::Note:
        return tr("add a note to");
    case AlertCommand::Kind::Delete:
        return tr("delete");
    case AlertCommand::Kind::Action:
        break;
    }
    const QString &action = command.action;
    if (action == QLatin1StringView("ack"))
        return tr("acknowledge");
    if (action == QLatin1StringView("unack"))
        return tr("unacknowledge");
    if (action == QLatin1StringView("shelve"))
        return tr("shelve");
    if (action == QLatin1StringView("unshelve"))
        return tr("unshelve");
    if (action == QLatin1StringView("close"))
        return tr("close");
    if (action == QLatin1StringView("open"))
        return tr("reopen");
    return tr("apply “%1” to", "custom action name").arg(action);
}
