// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/sqliteschema.h"

#include "core/apikeys.h"
#include "core/sqliteconnection.h"

#include <QStringList>

#include <algorithm>

#include <sqlite3.h>

namespace {
// Step N brings version N-1 to N. Never edit a step that has shipped: append a new one.
const QStringList &steps()
{
    static const QStringList s = {
        // 1: alerts, history, notes
        QStringLiteral(R"SQL(
CREATE TABLE alerts (
    rid               INTEGER PRIMARY KEY,
    id                TEXT NOT NULL UNIQUE,
    resource          TEXT NOT NULL,
    event             TEXT NOT NULL,
    environment       TEXT NOT NULL DEFAULT '',
    severity          TEXT,
    correlate         TEXT NOT NULL DEFAULT '[]',
    status            TEXT,
    service           TEXT NOT NULL DEFAULT '[]',
    "group"           TEXT,
    value             TEXT,
    text              TEXT,
    tags              TEXT NOT NULL DEFAULT '[]',
    attributes        TEXT NOT NULL DEFAULT '{}',
    origin            TEXT,
    type              TEXT,
    create_time       INTEGER NOT NULL,
    timeout           INTEGER,
    raw_data          TEXT,
    customer          TEXT,
    duplicate_count   INTEGER NOT NULL DEFAULT 0,
    repeat            INTEGER NOT NULL DEFAULT 0,
    previous_severity TEXT,
    trend_indication  TEXT,
    receive_time      INTEGER NOT NULL,
    last_receive_id   TEXT,
    last_receive_time INTEGER NOT NULL,
    update_time       INTEGER NOT NULL
);
CREATE UNIQUE INDEX alerts_match_key ON alerts (environment, resource, event, IFNULL(customer, ''));
CREATE INDEX alerts_id_lower ON alerts (lower(id));
CREATE INDEX alerts_last_receive_id_lower ON alerts (lower(last_receive_id));
CREATE INDEX alerts_env_status ON alerts (environment, status, severity, last_receive_time);
CREATE INDEX alerts_status ON alerts (status, severity, last_receive_time);
CREATE INDEX alerts_last_receive_time ON alerts (last_receive_time);
CREATE TABLE history (
    alert_rid   INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    id          TEXT,
    event       TEXT,
    severity    TEXT,
    status      TEXT,
    value       TEXT,
    text        TEXT,
    type        TEXT,
    update_time INTEGER NOT NULL,
    user        TEXT,
    timeout     INTEGER,
    PRIMARY KEY (alert_rid, seq)
) WITHOUT ROWID;
CREATE TABLE notes (
    id          TEXT PRIMARY KEY NOT NULL,
    text        TEXT,
    user        TEXT,
    attributes  TEXT NOT NULL DEFAULT '{}',
    type        TEXT NOT NULL,
    create_time INTEGER NOT NULL,
    update_time INTEGER,
    alert       TEXT,
    customer    TEXT
);
CREATE INDEX notes_alert ON notes (alert);
)SQL"),
        // 2: heartbeats (spec §10): one row per (origin, customer), a null customer counting as ''
        QStringLiteral(R"SQL(
CREATE TABLE heartbeats (
    id           TEXT PRIMARY KEY NOT NULL,
    origin       TEXT NOT NULL,
    tags         TEXT NOT NULL DEFAULT '[]',
    type         TEXT,
    create_time  INTEGER NOT NULL,
    timeout      INTEGER NOT NULL,
    receive_time INTEGER NOT NULL,
    customer     TEXT,
    attributes   TEXT NOT NULL DEFAULT '{}'
);
CREATE UNIQUE INDEX heartbeats_origin_customer ON heartbeats (origin, IFNULL(customer, ''));
)SQL"),
        // 3: blackouts (spec §4.6), the identity tables (§4.7, §4.8) and the metrics shared by every process (§8).
        // Lists and objects are JSON text, times ms since the epoch, as in the alert tables.
        QStringLiteral(R"SQL(
CREATE TABLE blackouts (
    id          TEXT PRIMARY KEY NOT NULL,
    priority    INTEGER NOT NULL,
    environment TEXT NOT NULL,
    service     TEXT NOT NULL DEFAULT '[]',
    resource    TEXT,
    event       TEXT,
    "group"     TEXT,
    tags        TEXT NOT NULL DEFAULT '[]',
    origin      TEXT,
    customer    TEXT,
    start_time  INTEGER NOT NULL,
    end_time    INTEGER NOT NULL,
    duration    INTEGER NOT NULL,
    "user"      TEXT,
    create_time INTEGER NOT NULL,
    text        TEXT
);
CREATE INDEX blackouts_end_time ON blackouts (end_time);
CREATE TABLE customers (
    id       TEXT PRIMARY KEY NOT NULL,
    match    TEXT NOT NULL,
    customer TEXT NOT NULL
);
CREATE UNIQUE INDEX customers_match_customer ON customers (match, customer);
CREATE TABLE perms (
    id     TEXT PRIMARY KEY NOT NULL,
    match  TEXT NOT NULL UNIQUE,
    scopes TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE users (
    id             TEXT PRIMARY KEY NOT NULL,
    name           TEXT,
    login          TEXT NOT NULL UNIQUE,
    password       TEXT NOT NULL,
    email          TEXT UNIQUE,
    status         TEXT NOT NULL DEFAULT 'active',
    roles          TEXT NOT NULL DEFAULT '[]',
    attributes     TEXT NOT NULL DEFAULT '{}',
    create_time    INTEGER NOT NULL,
    last_login     INTEGER,
    text           TEXT,
    update_time    INTEGER,
    email_verified INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE groups (
    id   TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL UNIQUE,
    text TEXT
);
CREATE TABLE group_users (
    group_id TEXT NOT NULL, -- rows go with their group or user (deleted by the service: portable, no FK pragmas)
    user_id  TEXT NOT NULL,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX group_users_user ON group_users (user_id);
CREATE TABLE keys (
    id             TEXT PRIMARY KEY NOT NULL,
    key            TEXT NOT NULL UNIQUE,
    "user"         TEXT NOT NULL,
    scopes         TEXT NOT NULL DEFAULT '[]',
    text           TEXT,
    expire_time    INTEGER NOT NULL,
    count          INTEGER NOT NULL DEFAULT 0,
    last_used_time INTEGER,
    customer       TEXT
);
CREATE TABLE metrics (
    "group"    TEXT NOT NULL,
    name       TEXT NOT NULL,
    type       TEXT NOT NULL,
    count      INTEGER NOT NULL DEFAULT 0,
    total_time INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY ("group", name)
);
)SQL"),
        // 4: counts by severity and status kept by triggers, so that the unfiltered `/alerts` and `/alerts/count` (the
        // web UI's and the CLI's first request) do not count every alert. Rows may repeat for NULL keys (UNIQUE lets
        // NULLs through), so readers sum them.
        QStringLiteral(R"SQL(
CREATE TABLE alert_counts (
    severity TEXT,
    status   TEXT,
    n        INTEGER NOT NULL,
    UNIQUE (severity, status)
);
INSERT INTO alert_counts (severity, status, n) SELECT severity, status, COUNT(*) FROM alerts GROUP BY severity, status;
CREATE TRIGGER alert_counts_insert AFTER INSERT ON alerts BEGIN
    INSERT INTO alert_counts (severity, status, n) VALUES (new.severity, new.status, 1)
        ON CONFLICT (severity, status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER alert_counts_delete AFTER DELETE ON alerts BEGIN
    UPDATE alert_counts SET n = n - 1 WHERE severity IS old.severity AND status IS old.status;
END;
CREATE TRIGGER alert_counts_update AFTER UPDATE OF severity, status ON alerts
    WHEN old.severity IS NOT new.severity OR old.status IS NOT new.status BEGIN
    UPDATE alert_counts SET n = n - 1 WHERE severity IS old.severity AND status IS old.status;
    INSERT INTO alert_counts (severity, status, n) VALUES (new.severity, new.status, 1)
        ON CONFLICT (severity, status) DO UPDATE SET n = n + 1;
END;
)SQL"),
        // 5: API keys hashed at rest (ApiKeys::hash, ApiKeys::hint through the functions migrate() registers); the
        // table is rebuilt because SQLite cannot drop a UNIQUE column, and migrate() runs with secure_delete so that
        // the freed pages holding the key strings are zeroed.
        QStringLiteral(R"SQL(
CREATE TABLE keys_hashed (
    id             TEXT PRIMARY KEY NOT NULL,
    key_hash       TEXT NOT NULL UNIQUE,
    key_hint       TEXT NOT NULL,
    "user"         TEXT NOT NULL,
    scopes         TEXT NOT NULL DEFAULT '[]',
    text           TEXT,
    expire_time    INTEGER NOT NULL,
    count          INTEGER NOT NULL DEFAULT 0,
    last_used_time INTEGER,
    customer       TEXT
);
INSERT INTO keys_hashed (id, key_hash, key_hint, "user", scopes, text, expire_time, count, last_used_time, customer)
    SELECT id, api_key_hash(key), api_key_hint(key), "user", scopes, text, expire_time, count, last_used_time, customer
    FROM keys;
DROP TABLE keys;
ALTER TABLE keys_hashed RENAME TO keys;
)SQL"),
        // 6: the counts of step 4 by environment too, so that the web UI's lists (an environment tab, a status
        // filter) count from them instead of counting rows (2 ms at 100,000 alerts); and their page in insertion
        // order straight from an index (an index ends with the rowid), instead of sorting every match (2.5 ms).
        // PostgreSQL has neither: its running counts would serialise writers, and a non-HOT update (every
        // duplicate's, as last_receive_time is indexed) writes an entry into every index of the table.
        QStringLiteral(R"SQL(
CREATE INDEX alerts_env_status_rid ON alerts (environment, status);
DROP TRIGGER alert_counts_insert;
DROP TRIGGER alert_counts_delete;
DROP TRIGGER alert_counts_update;
DROP TABLE alert_counts;
CREATE TABLE alert_counts (
    environment TEXT,
    severity    TEXT,
    status      TEXT,
    n           INTEGER NOT NULL,
    UNIQUE (environment, severity, status)
);
INSERT INTO alert_counts (environment, severity, status, n)
    SELECT environment, severity, status, COUNT(*) FROM alerts GROUP BY environment, severity, status;
CREATE TRIGGER alert_counts_insert AFTER INSERT ON alerts BEGIN
    INSERT INTO alert_counts (environment, severity, status, n) VALUES (new.environment, new.severity, new.status, 1)
        ON CONFLICT (environment, severity, status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER alert_counts_delete AFTER DELETE ON alerts BEGIN
    UPDATE alert_counts SET n = n - 1
        WHERE environment IS old.environment AND severity IS old.severity AND status IS old.status;
END;
CREATE TRIGGER alert_counts_update AFTER UPDATE OF environment, severity, status ON alerts
    WHEN old.environment IS NOT new.environment OR old.severity IS NOT new.severity OR old.status IS NOT new.status
BEGIN
    UPDATE alert_counts SET n = n - 1
        WHERE environment IS old.environment AND severity IS old.severity AND status IS old.status;
    INSERT INTO alert_counts (environment, severity, status, n) VALUES (new.environment, new.severity, new.status, 1)
        ON CONFLICT (environment, severity, status) DO UPDATE SET n = n + 1;
END;
)SQL"),
    };
    return s;
}

// A one-argument text function for the migration steps' SQL (ApiKeys' hash and hint).
template<QString (*Function)(const QString &)>
void textFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const QString in =
        QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(argv[0])), sqlite3_value_bytes(argv[0]));
    const QByteArray out = Function(in).toUtf8();
    sqlite3_result_text(ctx, out.constData(), static_cast<int>(out.size()), SQLITE_TRANSIENT);
}

void registerMigrationFunctions(SqliteConnection &db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    sqlite3_create_function(db.handle(),
                            "api_key_hash",
                            1,
                            flags,
                            nullptr,
                            &textFunction<ApiKeys::hash>,
                            nullptr,
                            nullptr);
    sqlite3_create_function(db.handle(),
                            "api_key_hint",
                            1,
                            flags,
                            nullptr,
                            &textFunction<ApiKeys::hint>,
                            nullptr,
                            nullptr);
}
} // namespace

namespace SqliteSchema {

int currentVersion()
{
    return static_cast<int>(steps().size());
}

void checkIsOurs(SqliteConnection &db)
{
    const qint64 version = db.scalar(QStringLiteral("PRAGMA user_version")).toLongLong();
    const qint64 objects = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema")).toLongLong();
    // Our first step sets the version in the transaction that creates the tables: tables without one are not ours.
    if (version == 0 && objects > 0)
        throw SqliteError(0,
                          QByteArrayLiteral("not an Alerta database: it holds ") + QByteArray::number(objects)
                              + " tables and indexes of another program (and no schema version of ours)");
}

void migrate(SqliteConnection &db, int targetVersion)
{
    const int version = static_cast<int>(db.scalar(QStringLiteral("PRAGMA user_version")).toLongLong());
    if (version > currentVersion())
        throw SqliteError(0,
                          QByteArrayLiteral("database schema version ") + QByteArray::number(version)
                              + " is newer than this program supports (" + QByteArray::number(currentVersion()) + ")");
    const int target = std::min(targetVersion, currentVersion());
    if (version >= target)
        return; // every open but the first after an upgrade: nothing to set up
    registerMigrationFunctions(db);
    // Old rows that a step rewrites (key strings) must not linger in the file's free pages (Debian's SQLite zeroes
    // freed pages by default, other builds need asking); the connection's own setting comes back afterwards (zeroing
    // every freed page would slow housekeeping). A failed step throws and the store that was opening is given up
    // with its connection.
    const QString secureDelete = db.scalar(QStringLiteral("PRAGMA secure_delete")).toString();
    db.execute(QStringLiteral("PRAGMA secure_delete = ON"));
    for (int v = version; v < target; ++v) {
        db.execute(QStringLiteral("BEGIN IMMEDIATE"));
        try {
            db.execute(steps().at(v));
            db.execute(QStringLiteral("PRAGMA user_version = %1").arg(v + 1));
            db.execute(QStringLiteral("COMMIT"));
        } catch (...) {
            db.execute(QStringLiteral("ROLLBACK"));
            throw;
        }
    }
    db.execute(u"PRAGMA secure_delete = " + secureDelete);
}

} // namespace SqliteSchema
