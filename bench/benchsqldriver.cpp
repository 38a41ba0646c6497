// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
//
// Why the embedded store talks to SQLite through its C API rather than Qt SQL: the duplicate path's statements
// (keyed look-up, row update, history insert) run through both, on the same schema, file and durability mode,
// 100,000 times in transactions of 1,000. Prints statements per second for each driver (median of 5 runs).
// Then the floor of a durable receive with 8 clients each waiting for its answer (HTTP at 8 connections): the same
// statements through the C API alone, on one thread, with a durable commit every 8 receives, over alerts filled in
// as bench-receive's are; prints receives per second and the CPU time each costs, which no server built on these
// statements can go below.
#include "bench/benchsupport.h"
#include "core/sqliteconnection.h"
#include "core/sqliteschema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

namespace {

constexpr int Keys = 10000;
constexpr int Receives = 100000;
constexpr int PerTransaction = 1000;
constexpr int SmallCommitReceives = 40000;
constexpr int SmallCommit = 8;

const QString FindSql = QStringLiteral(
    "SELECT rid, tags, attributes, duplicate_count FROM alerts WHERE environment = ? AND resource = ? AND event = ? "
    "AND IFNULL(customer, '') = '' AND customer IS NULL");
const QString UpdateSql =
    QStringLiteral("UPDATE alerts SET value = ?, text = ?, tags = ?, attributes = ?, duplicate_count = ?, repeat = 1, "
                   "last_receive_id = ?, last_receive_time = ? WHERE rid = ?");
const QString HistorySql = QStringLiteral(
    "INSERT INTO history (alert_rid, seq, id, event, severity, status, value, text, type, update_time, user, timeout) "
    "VALUES (?, ?, ?, 'e', 'major', 'open', ?, 't', 'value', ?, NULL, 86400)");

// A receive's id: scattered over the index as UUIDs are, cheaply.
QString receiveId(int i)
{
    return QString::number(static_cast<quint64>(i + 1) * 0x9E3779B97F4A7C15ULL, 16);
}

// 10,000 alerts in Production: bare ones for the drivers' comparison, or (asReceived) filled in as bench-receive's
// are (severity, lists, attributes, texts, a receive id) with 20 history entries each, which decides how many pages a
// receive dirties.
void seed(const QString &path, bool asReceived = false)
{
    SqliteConnection db(path);
    db.execute(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL"));
    SqliteSchema::migrate(db);
    db.execute(QStringLiteral("BEGIN"));
    for (int k = 0; k < Keys; ++k) {
        SqliteStatement s = db.prepare(QStringLiteral(
            "INSERT INTO alerts (id, resource, event, environment, create_time, receive_time, last_receive_time, "
            "update_time, severity, status, service, \"group\", value, text, tags, attributes, origin, type, "
            "timeout, last_receive_id) VALUES (?, ?, ?, 'Production', 0, 0, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?)"));
        s.bind(1, QStringLiteral("id%1").arg(k)).bind(2, QStringLiteral("host%1").arg(k % 1000));
        s.bind(3, QStringLiteral("event%1").arg(k / 1000)).bind(4, qint64(asReceived ? k : 0));
        if (asReceived) {
            s.bind(5, QStringLiteral("major")).bind(6, QStringLiteral("open"));
            s.bind(7, QStringLiteral("[\"Web\",\"svc%1\"]").arg(k % 7)).bind(8, QStringLiteral("Performance"));
            s.bind(9, QStringLiteral("1")).bind(10, QStringLiteral("load is high on host%1").arg(k % 1000));
            s.bind(11, QStringLiteral("[\"bench\"]")).bind(12, QStringLiteral("{\"region\":\"eu-%1\"}").arg(k % 3));
            s.bind(13, QStringLiteral("bench/localhost")).bind(14, QStringLiteral("exceptionAlert"));
            s.bind(15, qint64(86400)).bind(16, receiveId(-k - 2)); // negative: never one of a measured receive
        } else {
            // NULL, but for the lists and attributes, which the schema keeps as text and never NULL
            for (int column = 5; column <= 16; ++column)
                s.bind(column, QVariant());
            s.bind(7, QStringLiteral("[]")).bind(11, QStringLiteral("[]")).bind(12, QStringLiteral("{}"));
        }
        s.exec();
    }
    if (asReceived) {
        db.execute(QStringLiteral(
            "WITH RECURSIVE n(seq) AS (SELECT 1 UNION ALL SELECT seq + 1 FROM n WHERE seq < 20) "
            "INSERT INTO history (alert_rid, seq, id, event, severity, status, value, text, type, update_time, "
            "user, timeout) SELECT rid, seq, id, event, 'major', 'open', seq % 3, text, 'value', seq, NULL, 86400 "
            "FROM alerts, n ORDER BY rid, seq"));
    }
    db.execute(QStringLiteral("COMMIT"));
}

struct Run
{
    double receivesPerSecond = 0;
    double cpuMicrosecondsPerReceive = 0;
};

double processCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

Run runCApi(const QString &path, int receives, int perTransaction)
{
    SqliteConnection db(path);
    db.execute(QStringLiteral("PRAGMA synchronous = FULL"));
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = processCpuSeconds();
    for (int i = 0; i < receives; ++i) {
        if (i % perTransaction == 0)
            db.execute(i == 0 ? QStringLiteral("BEGIN") : QStringLiteral("COMMIT; BEGIN"));
        const int k = i % Keys;
        SqliteStatement find = db.prepare(FindSql);
        find.bind(1, QStringLiteral("Production")).bind(2, QStringLiteral("host%1").arg(k % 1000));
        find.bind(3, QStringLiteral("event%1").arg(k / 1000));
        find.next();
        const qint64 rid = find.integer(0);
        const qint64 count = find.integer(3);
        SqliteStatement update = db.prepare(UpdateSql);
        update.bind(1, QString::number(i % 3)).bind(2, QStringLiteral("text")).bind(3, find.text(1));
        update.bind(4, find.text(2)).bind(5, count + 1).bind(6, receiveId(i)).bind(7, qint64(Keys + i));
        update.bind(8, rid);
        update.exec();
        SqliteStatement history = db.prepare(HistorySql);
        history.bind(1, rid).bind(2, qint64(1000 + i)).bind(3, receiveId(i)).bind(4, QString::number(i % 3));
        history.bind(5, qint64(i));
        history.exec();
    }
    db.execute(QStringLiteral("COMMIT"));
    return {receives / (static_cast<double>(timer.nsecsElapsed()) / 1e9),
            (processCpuSeconds() - cpuStart) * 1e6 / receives};
}

double runQtSql(const QString &path)
{
    double rate = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
        db.setDatabaseName(path);
        if (!db.open()) {
            std::fprintf(stderr, "QSQLITE: %s\n", qPrintable(db.lastError().text()));
            std::exit(1);
        }
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        QSqlQuery find(db), update(db), history(db);
        find.prepare(FindSql);
        update.prepare(UpdateSql);
        history.prepare(HistorySql);
        QElapsedTimer timer;
        timer.start();
        db.transaction();
        for (int i = 0; i < Receives; ++i) {
            if (i > 0 && i % PerTransaction == 0) {
                db.commit();
                db.transaction();
            }
            const int k = i % Keys;
            find.bindValue(0, QStringLiteral("Production"));
            find.bindValue(1, QStringLiteral("host%1").arg(k % 1000));
            find.bindValue(2, QStringLiteral("event%1").arg(k / 1000));
            find.exec();
            find.next();
            const qint64 rid = find.value(0).toLongLong();
            const qint64 count = find.value(3).toLongLong();
            update.bindValue(0, QString::number(i % 3));
            update.bindValue(1, QStringLiteral("text"));
            update.bindValue(2, find.value(1));
            update.bindValue(3, find.value(2));
            update.bindValue(4, count + 1);
            update.bindValue(5, receiveId(i));
            update.bindValue(6, qint64(Keys + i));
            update.bindValue(7, rid);
            update.exec();
            find.finish();
            history.bindValue(0, rid);
            history.bindValue(1, qint64(i));
            history.bindValue(2, receiveId(i));
            history.bindValue(3, QString::number(i % 3));
            history.bindValue(4, qint64(i));
            history.exec();
        }
        db.commit();
        rate = Receives / (static_cast<double>(timer.nsecsElapsed()) / 1e9);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench"));
    return rate;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::vector<double> capi, qtsql, smallRate, smallCpu;
    for (int run = 0; run < 5; ++run) {
        QTemporaryDir dir;
        seed(dir.filePath(QStringLiteral("c.sqlite")));
        seed(dir.filePath(QStringLiteral("q.sqlite")));
        seed(dir.filePath(QStringLiteral("s.sqlite")), true);
        capi.push_back(runCApi(dir.filePath(QStringLiteral("c.sqlite")), Receives, PerTransaction).receivesPerSecond);
        qtsql.push_back(runQtSql(dir.filePath(QStringLiteral("q.sqlite"))));
        const Run small = runCApi(dir.filePath(QStringLiteral("s.sqlite")), SmallCommitReceives, SmallCommit);
        smallRate.push_back(small.receivesPerSecond);
        smallCpu.push_back(small.cpuMicrosecondsPerReceive);
    }
    const double c = Bench::median(capi);
    const double q = Bench::median(qtsql);
    std::printf("sql driver: duplicate-path statements, %d receives, transactions of %d\n", Receives, PerTransaction);
    std::printf("sql driver: sqlite3 C API %.0f receives/s, Qt SQL (QSQLITE) %.0f receives/s, ratio %.2f\n",
                c,
                q,
                c / q);
    std::printf("sql driver: floor at %d receives per durable commit (C API, one thread, no answer read): %.0f "
                "receives/s, %.0f us of CPU per receive (median of 5 runs of %d)\n",
                SmallCommit,
                Bench::median(smallRate),
                Bench::median(smallCpu),
                SmallCommitReceives);
    return 0;
}
