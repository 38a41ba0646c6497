// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

class SqliteConnection;

/// The embedded store's schema and its migrations. The version lives in `PRAGMA user_version`; each migration
/// step runs inside one transaction with the version bump, so a crash never leaves a half-migrated file.
///
/// Layout (spec §10, adapted to SQLite): arrays and objects are JSON text (`correlate`, `service`, `tags`,
/// `attributes`), times are integer milliseconds since the epoch (UTC), `history` is a child table keyed by the
/// alert's integer row id and a per-alert sequence number (higher = newer).
/// `heartbeats` (version 2) has one row per (origin, IFNULL(customer, '')), the key of its upsert.
namespace SqliteSchema {

/// Latest schema version this build writes.
int currentVersion();

/// Brings the database to `targetVersion` (tests stop at an older version to exercise upgrades). Throws SqliteError on
/// failure; refuses a newer file.
/// Throws SqliteError when `db` holds tables but no schema version of ours: another program's database, which
/// migrate() would add to (and setting WAL mode would already change). Call before writing anything.
void checkIsOurs(SqliteConnection &db);

void migrate(SqliteConnection &db, int targetVersion = currentVersion());

} // namespace SqliteSchema
