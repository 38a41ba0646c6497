// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/alertengine.h"
#include "core/sqlitealertstore.h"

#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

/// Nothing acknowledged is ever lost: a writer killed with SIGKILL mid-stream leaves a database that holds every
/// receive that had returned, and that passes SQLite's integrity check.
class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepEveryAcknowledgedAlertAfterSigkill_data();
    void shouldKeepEveryAcknowledgedAlertAfterSigkill();
};

void TestCrash::shouldKeepEveryAcknowledgedAlertAfterSigkill_data()
{
    QTest::addColumn<int>("acknowledgedBeforeKill");
    // Several kills at different depths: early (schema just created), mid-stream and later.
    for (int round = 0; round < 6; ++round) {
        const int depth = 50 + static_cast<int>(QRandomGenerator::global()->bounded(3000));
        QTest::addRow("kill %d after %d receives", round + 1, depth) << depth;
    }
}

void TestCrash::shouldKeepEveryAcknowledgedAlertAfterSigkill()
{
    QFETCH(int, acknowledgedBeforeKill);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));

    // Given a child process receiving alerts in a loop
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QStringLiteral(CRASHCHILD_PATH), {path});
    QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));

    // When it is killed with SIGKILL after some receives have been acknowledged
    QByteArray output;
    while (output.count('\n') < acknowledgedBeforeKill) {
        QVERIFY2(child.waitForReadyRead(20000), "child stopped acknowledging receives");
        output += child.readAllStandardOutput();
    }
    child.kill(); // SIGKILL on Unix
    QVERIFY(child.waitForFinished(10000));
    output += child.readAllStandardOutput();

    // Then, after reopening, every acknowledged receive is there
    QHash<QString, int> acknowledged; // alert id -> highest duplicateCount acknowledged
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 2)
            continue; // the last line may be cut by the kill
        const QString id = QString::fromLatin1(parts[0]);
        acknowledged[id] = std::max(acknowledged.value(id), parts[1].toInt());
    }
    QVERIFY(acknowledged.size() > 0);
    auto store = std::make_shared<SqliteAlertStore>(path);
    QCOMPARE(store->integrityCheck(), QStringLiteral("ok"));
    AlertEngine engine(store, EngineConfig{}, Clock::system());
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
        const Result<Alert> alert = engine.alert(it.key());
        QVERIFY2(alert.ok(), qPrintable(u"acknowledged alert missing: " + it.key()));
        QVERIFY2(alert->duplicateCount >= it.value(),
                 qPrintable(QStringLiteral("alert %1 lost duplicates: stored %2, acknowledged %3")
                                .arg(it.key())
                                .arg(alert->duplicateCount)
                                .arg(it.value())));
    }
}

QTEST_GUILESS_MAIN(TestCrash)
#include "testcrash.moc"
