// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include "tests/support/testtext.h"

// Real alerta-server processes for tests that talk to the server over the network only (scale-out, the console's
// remote backend). The including test defines ALERTA_SERVER_PATH.

/// The environment of an alerta-server process (or command) on `databaseUrl`.
inline QProcessEnvironment serverEnvironment(const QString &databaseUrl,
                                             const QString &secretKey,
                                             bool authRequired,
                                             const QMap<QString, QString> &extra = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        env.insert(it.key(), it.value());
    if (!databaseUrl.isEmpty())
        env.insert(qs("DATABASE_URL"), databaseUrl);
    env.insert(qs("SECRET_KEY"), secretKey);
    env.insert(qs("AUTH_REQUIRED"), authRequired ? qs("true") : qs("false"));
    // One line per request would drown the warnings that the failure messages show.
    env.insert(qs("QT_LOGGING_RULES"), qs("alerta.*.debug=false;alerta.api.info=false"));
    env.insert(qs("LANG"), qs("C.UTF-8"));
    env.insert(qs("LC_ALL"), qs("C.UTF-8"));
    return env;
}

/// One alerta-server process (ALERTA_SERVER_PATH, defined by the test's CMake): started on a loopback port (a free one
/// unless Options::listen names one), SIGKILLed (if still running) on destruction.
class ServerProcess
{
public:
    /// Generous: the machine has two cores and other builds may run beside the tests.
    static constexpr int WaitMs = 60000;

    struct Options
    {
        QString name;        ///< for messages: "A", "B"...
        QString databaseUrl; ///< DATABASE_URL; empty = none (SQLite, see extraArguments)
        QString secretKey = QStringLiteral("test-secret");
        bool authRequired = false;
        QString listen = QStringLiteral("127.0.0.1:0"); ///< a fixed port lets a restarted server be found again
        QStringList extraArguments;                     ///< e.g. `--database <file>` for SQLite
        QMap<QString, QString> environment;             ///< more settings, e.g. CUSTOMER_VIEWS, ADMIN_USERS
    };

    explicit ServerProcess(Options options)
        : m_options(std::move(options))
    {
        m_process.setProgram(QStringLiteral(ALERTA_SERVER_PATH));
        m_process.setArguments(QStringList{qs("--listen"), m_options.listen} + m_options.extraArguments);
        m_process.setProcessEnvironment(serverEnvironment(m_options.databaseUrl,
                                                          m_options.secretKey,
                                                          m_options.authRequired,
                                                          m_options.environment));
        m_process.setWorkingDirectory(m_dir.path()); // nothing should be written there; if it is, it goes away
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.setStandardInputFile(QProcess::nullDevice());
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process, [this] { readLog(); });
        m_process.start();
    }

    ~ServerProcess() { kill(); }

    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    /// Waits for the "serving on" line; false when the process failed or ended first (see failure()).
    bool waitForPort()
    {
        const QDeadlineTimer deadline(ServerProcess::WaitMs);
        while (m_port == 0 && m_process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
            QEventLoop loop;
            QObject::connect(&m_process, &QProcess::readyReadStandardError, &loop, &QEventLoop::quit);
            QObject::connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
            QObject::connect(&m_process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
            QTimer::singleShot(deadline.remainingTime(), &loop, &QEventLoop::quit);
            loop.exec();
        }
        // The line may be in the pipe still when the process has just ended.
        readLog();
        return m_port != 0;
    }

    /// SIGKILL, as the machine or the orchestrator would: no graceful shutdown, no chance to flush anything.
    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(ServerProcess::WaitMs);
    }

    /// SIGTERM, as systemd stops a service, and waits for the exit; its exit code, or -1 when it crashed or hung.
    int terminate()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(ServerProcess::WaitMs) || m_process.exitStatus() != QProcess::NormalExit)
            return -1;
        readLog();
        return m_process.exitCode();
    }

    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }
    quint16 port() const { return m_port; }
    const QString &name() const { return m_options.name; }
    QString url(const QString &pathAndQuery) const
    {
        return QStringLiteral("%1://127.0.0.1:%2%3").arg(m_scheme).arg(m_port).arg(pathAndQuery);
    }

    /// Why the server is not serving, with the end of its stderr.
    QString failure()
    {
        readLog();
        return QStringLiteral("server %1 (%2) did not start: %3, exit code %4; stderr ends with:\n%5")
            .arg(m_options.name, m_process.program())
            .arg(m_process.error() == QProcess::UnknownError ? qs("no process error") : m_process.errorString())
            .arg(m_process.exitCode())
            .arg(logTail());
    }

    QString logTail() const { return QString::fromUtf8(m_log.right(4000)); }

private:
    void readLog()
    {
        m_log += m_process.readAllStandardError();
        if (m_log.size() > 256 * 1024)
            m_log = m_log.right(128 * 1024);
        if (m_port == 0) {
            static const QRegularExpression serving(QStringLiteral("serving on (https?)://127\\.0\\.0\\.1:(\\d+)"));
            const QRegularExpressionMatch m = serving.match(QString::fromUtf8(m_log));
            if (m.hasMatch()) {
                m_scheme = m.captured(1);
                m_port = m.captured(2).toUShort();
            }
        }
    }

    Options m_options;
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_log;
    quint16 m_port = 0;
    QString m_scheme = QStringLiteral("http");
};

/// Runs an alerta-server command (`user`, `key`) with the database and settings of `options`; its stdout, or empty
/// with `*failure` set.
inline QByteArray runServerCommand(const ServerProcess::Options &options,
                                   const QStringList &arguments,
                                   const QByteArray &input,
                                   QString *failure)
{
    QProcess process;
    process.setProgram(QStringLiteral(ALERTA_SERVER_PATH));
    process.setArguments(arguments + options.extraArguments);
    process.setProcessEnvironment(
        serverEnvironment(options.databaseUrl, options.secretKey, options.authRequired, options.environment));
    process.start();
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(ServerProcess::WaitMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *failure = QStringLiteral("alerta-server %1 failed (exit %2): %3")
                       .arg(arguments.join(u' '))
                       .arg(process.exitCode())
                       .arg(QString::fromUtf8(process.readAllStandardError()));
        process.kill();
        process.waitForFinished(ServerProcess::WaitMs);
        return {};
    }
    return process.readAllStandardOutput().trimmed();
}
