// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDeadlineTimer>
#include <QDebug>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTest>

/// Reading and driving the real dunst of tests/support/notifysession.sh from a test: dunstctl, its history of
/// closed notifications, and its context menu (answered by the session's stand-in for dmenu).
namespace DunstControl {

constexpr int waitMs = 10000;

/// Runs `dunstctl arguments`; its standard output.
inline QByteArray dunstctl(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("dunstctl"), arguments);
    if (!process.waitForFinished(waitMs) || process.exitCode() != 0)
        qWarning() << "dunstctl" << arguments << "failed:" << process.readAllStandardError();
    return process.readAllStandardOutput();
}

/// The closed notifications in dunst's history, newest first (each field as `{"type": "s", "data": "..."}`).
inline QJsonArray history()
{
    const QJsonObject reply = QJsonDocument::fromJson(dunstctl({QStringLiteral("history")})).object();
    return reply.value(QStringLiteral("data")).toArray().at(0).toArray();
}

/// Picks `choice` (an action key, or "<notification id>,<key>") in dunst's context menu, which the session's
/// stand-in for dmenu answers; false when no menu took it.
inline bool pickFromContextMenu(const QString &choice)
{
    const QString choiceFile = qEnvironmentVariable("NOTIFY_MENU_CHOICE");
    QFile file(choiceFile);
    if (choiceFile.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(choice.toUtf8()) < 0)
        return false;
    file.close();
    // The menu takes the choice (the stand-in removes the file). dunst refuses a menu while one is open, so it is
    // opened again until one took it.
    const QDeadlineTimer deadline(waitMs);
    while (!deadline.hasExpired()) {
        dunstctl({QStringLiteral("context")});
        const QDeadlineTimer opened(1000);
        while (QFile::exists(choiceFile) && !opened.hasExpired())
            QTest::qWait(20);
        if (!QFile::exists(choiceFile))
            return true;
    }
    QFile::remove(choiceFile);
    return false;
}

} // namespace DunstControl
