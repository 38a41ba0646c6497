// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alertstore.h"

#include <QString>

#include <memory>

/// Opens the store a location names: a `postgres://` (or `postgresql://`) URL, upstream's `DATABASE_URL`, opens
/// the shared PostgreSQL store; anything else is the path of an embedded SQLite file. Throws the store's error
/// (PgError, SqliteError) when it cannot be opened.
namespace StoreFactory {

bool isPostgres(const QString &location);
std::shared_ptr<AlertStore> open(const QString &location);
/// The location without secrets (a URL's password), for logs.
QString describe(const QString &location);

} // namespace StoreFactory
