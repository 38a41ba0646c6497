// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/pgschema.h"

#include "core/pgconnection.h"

#include <QStringList>

#include <algorithm>

namespace {

// Any constant shared by every instance: the advisory lock that serialises migrations.
constexpr qint64 MigrationLock = 0x616c657274610001; // "alerta" + 1

// Step N brings version N-1 to N. Never edit a step that has shipped: append a new one.
const QStringList &steps()
{
    static const QStringList s = {
        // 1: every table of SQLite's versions 1-3; SQLite's running counts (version 4) are left out: on a shared
        // database their few rows would serialise every writer of every instance.
        QStringLiteral(R"SQL(
CREATE TABLE alerts (
    rid               BIGSERIAL PRIMARY KEY,
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
    create_time       BIGINT NOT NULL,
    timeout           BIGINT,
    raw_data          TEXT,
    customer          TEXT,
    duplicate_count   BIGINT NOT NULL DEFAULT 0,
    repeat            BIGINT NOT NULL DEFAULT 0,
    previous_severity TEXT,
    trend_indication  TEXT,
    receive_time      BIGINT NOT NULL,
    last_receive_id   TEXT,
    last_receive_time BIGINT NOT NULL,
    update_time       BIGINT NOT NULL
);
CREATE UNIQUE INDEX alerts_match_key ON alerts (environment, resource, event, COALESCE(customer, ''));
CREATE INDEX alerts_id_lower ON alerts ((lower(id) COLLATE "C"));
CREATE INDEX alerts_last_receive_id_lower ON alerts ((lower(last_receive_id) COLLATE "C"));
CREATE INDEX alerts_env_status ON alerts (environment, status, severity, last_receive_time);
CREATE INDEX alerts_status ON alerts (status, severity, last_receive_time);
CREATE INDEX alerts_last_receive_time ON alerts (last_receive_time);
CREATE TABLE history (
    alert_rid   BIGINT NOT NULL,
    seq         BIGINT NOT NULL,
    id          TEXT,
    event       TEXT,
    severity    TEXT,
    status      TEXT,
    value       TEXT,
    text        TEXT,
    type        TEXT,
    update_time BIGINT NOT NULL,
    "user"      TEXT,
    timeout     BIGINT,
    PRIMARY KEY (alert_rid, seq)
);
CREATE TABLE notes (
    rid         BIGSERIAL,
    id          TEXT PRIMARY KEY NOT NULL,
    text        TEXT,
    "user"      TEXT,
    attributes  TEXT NOT NULL DEFAULT '{}',
    type        TEXT NOT NULL,
    create_time BIGINT NOT NULL,
    update_time BIGINT,
    alert       TEXT,
    customer    TEXT
);
CREATE INDEX notes_alert ON notes (alert);
CREATE TABLE heartbeats (
    rid          BIGSERIAL,
    id           TEXT PRIMARY KEY NOT NULL,
    origin       TEXT NOT NULL,
    tags         TEXT NOT NULL DEFAULT '[]',
    type         TEXT,
    create_time  BIGINT NOT NULL,
    timeout      BIGINT NOT NULL,
    receive_time BIGINT NOT NULL,
    customer     TEXT,
    attributes   TEXT NOT NULL DEFAULT '{}'
);
CREATE UNIQUE INDEX heartbeats_origin_customer ON heartbeats (origin, COALESCE(customer, ''));
CREATE TABLE blackouts (
    id          TEXT PRIMARY KEY NOT NULL,
    priority    BIGINT NOT NULL,
    environment TEXT NOT NULL,
    service     TEXT NOT NULL DEFAULT '[]',
    resource    TEXT,
    event       TEXT,
    "group"     TEXT,
    tags        TEXT NOT NULL DEFAULT '[]',
    origin      TEXT,
    customer    TEXT,
    start_time  BIGINT NOT NULL,
    end_time    BIGINT NOT NULL,
    duration    BIGINT NOT NULL,
    "user"      TEXT,
    create_time BIGINT NOT NULL,
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
    create_time    BIGINT NOT NULL,
    last_login     BIGINT,
    text           TEXT,
    update_time    BIGINT,
    email_verified BIGINT NOT NULL DEFAULT 0
);
CREATE TABLE groups (
    id   TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL UNIQUE,
    text TEXT
);
CREATE TABLE group_users (
    group_id TEXT NOT NULL,
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
    expire_time    BIGINT NOT NULL,
    count          BIGINT NOT NULL DEFAULT 0,
    last_used_time BIGINT,
    customer       TEXT
);
CREATE TABLE metrics (
    "group"    TEXT NOT NULL,
    name       TEXT NOT NULL,
    type       TEXT NOT NULL,
    count      BIGINT NOT NULL DEFAULT 0,
    total_time BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY ("group", name)
);
)SQL"),
        // 2: API keys hashed at rest, as SQLite's version 5: the same hash (hex SHA-256 of the UTF-8 text) and hint
        // (ApiKeys::hint) in SQL. PostgreSQL keeps the old row versions until vacuum reuses their space.
        QStringLiteral(R"SQL(
ALTER TABLE keys ADD COLUMN key_hash TEXT, ADD COLUMN key_hint TEXT;
UPDATE keys SET key_hash = encode(sha256(convert_to(key, 'UTF8')), 'hex'),
                key_hint = left(key, least(8, length(key) / 4)) || U&'\2026';
ALTER TABLE keys ALTER COLUMN key_hash SET NOT NULL, ALTER COLUMN key_hint SET NOT NULL, DROP COLUMN key;
ALTER TABLE keys ADD CONSTRAINT keys_key_hash_key UNIQUE (key_hash);
)SQL"),
    };
    return s;
}

} // namespace

namespace PgSchema {

int currentVersion()
{
    return static_cast<int>(steps().size());
}

void migrate(PgConnection &db, int targetVersion)
{
    // A session lock, held across the steps' own transactions; released below or when the connection ends.
    db.scalar(QStringLiteral("SELECT pg_advisory_lock(?)"), {MigrationLock});
    try {
        db.execute(QStringLiteral("CREATE TABLE IF NOT EXISTS alerta_schema (version BIGINT NOT NULL)"));
        const QVariant stored = db.scalar(QStringLiteral("SELECT version FROM alerta_schema"));
        const int version = stored.isNull() ? 0 : static_cast<int>(stored.toLongLong());
        if (version > currentVersion())
            throw PgError(QString(),
                          QStringLiteral("database schema version %1 is newer than this program supports (%2)")
                              .arg(version)
                              .arg(currentVersion()));
        for (int v = version; v < std::min(targetVersion, currentVersion()); ++v) {
            db.execute(QStringLiteral("BEGIN"));
            try {
                db.execute(steps().at(v));
                db.execute(QStringLiteral("DELETE FROM alerta_schema"));
                db.execute(QStringLiteral("INSERT INTO alerta_schema (version) VALUES (%1)").arg(v + 1));
                db.execute(QStringLiteral("COMMIT"));
            } catch (...) {
                db.execute(QStringLiteral("ROLLBACK"));
                throw;
            }
        }
    } catch (...) {
        db.scalar(QStringLiteral("SELECT pg_advisory_unlock(?)"), {MigrationLock});
        throw;
    }
    db.scalar(QStringLiteral("SELECT pg_advisory_unlock(?)"), {MigrationLock});
}

} // namespace PgSchema
