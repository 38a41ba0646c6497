// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

class PgConnection;

/// The PostgreSQL store's schema and its migrations: the tables of the SQLite schema (core/sqliteschema.cpp) with
/// PostgreSQL types (bigint milliseconds, text JSON, bigserial row ids for every table the store orders by
/// insertion). The version lives in the one-row table `alerta_schema`. Several server instances may start at once
/// on an empty database: migrations run under an advisory lock, each step in one transaction with its version bump.
namespace PgSchema {

int currentVersion();

/// Brings the database to `targetVersion` (tests stop at an older version to exercise upgrades). Throws PgError on
/// failure; refuses a newer database.
void migrate(PgConnection &db, int targetVersion = currentVersion());

} // namespace PgSchema
