// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/pgconnection.h"
#include "core/storefactory.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

/// Which store the tests run on. ctest runs the engine and service suites twice: as they are (SQLite), and with
/// ALERTA_TEST_PG set to the socket directory of the throwaway PostgreSQL cluster that its `postgres` fixture
/// started (tests/support/pgcluster.sh). There every fixture gets a schema of its own, so tests never share state
/// even when ctest runs them in parallel.
namespace TestStore {

inline QString postgresSocketDir()
{
    return qEnvironmentVariable("ALERTA_TEST_PG");
}

inline bool usesPostgres()
{
    return !postgresSocketDir().isEmpty();
}

/// postgres:// URL of the test cluster, optionally with `search_path` set to `schema`.
inline QString postgresUrl(const QString &schema = {})
{
    QUrl url(QStringLiteral("postgres://alerta@localhost/postgres"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("host"), postgresSocketDir());
    if (!schema.isEmpty())
        query.addQueryItem(QStringLiteral("options"), QStringLiteral("-csearch_path=") + schema);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

/// A new, empty store location for one fixture: a SQLite file in `dir`, or a fresh schema in the test cluster.
inline QString freshLocation(const QTemporaryDir &dir)
{
    if (!usesPostgres())
        return dir.filePath(QStringLiteral("alerta.sqlite"));
    static std::atomic<int> counter = 0;
    const QString schema = QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    PgConnection admin(*PgConnectionOptions::fromUrl(postgresUrl()));
    admin.execute(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE; CREATE SCHEMA %1").arg(schema));
    return postgresUrl(schema);
}

/// A database of its own in the test cluster, for a test that takes a whole database away as an outage does
/// (`ALTER DATABASE … ALLOW_CONNECTIONS false`): its URL. The caller drops `name` afterwards.
inline QString freshDatabase(const QString &name)
{
    PgConnection admin(*PgConnectionOptions::fromUrl(postgresUrl()));
    admin.execute(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    admin.execute(QStringLiteral("CREATE DATABASE %1").arg(name));
    QString url = postgresUrl();
    url.replace(QStringLiteral("/postgres?"), u'/' + name + u'?');
    return url;
}

/// Ends every session of database `name` and refuses new ones until restoreDatabase(): an outage as its clients
/// see it (their connections fail with SQLSTATE 08001).
inline void takeDatabaseAway(const QString &name)
{
    PgConnection admin(*PgConnectionOptions::fromUrl(postgresUrl()));
    admin.execute(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(name));
    admin.scalar(QStringLiteral("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = ?"),
                 {name});
}

inline void restoreDatabase(const QString &name)
{
    PgConnection admin(*PgConnectionOptions::fromUrl(postgresUrl()));
    admin.execute(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(name));
}

inline void dropDatabase(const QString &name)
{
    PgConnection admin(*PgConnectionOptions::fromUrl(postgresUrl()));
    admin.execute(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

} // namespace TestStore
