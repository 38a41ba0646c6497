// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/storefactory.h"

#include "core/pgalertstore.h"
#include "core/pgconnection.h"
#include "core/sqlitealertstore.h"

namespace StoreFactory {

bool isPostgres(const QString &location)
{
    return PgConnectionOptions::isPostgresUrl(location);
}

std::shared_ptr<AlertStore> open(const QString &location)
{
    if (!isPostgres(location))
        return std::make_shared<SqliteAlertStore>(location);
    QString error;
    const std::optional<PgConnectionOptions> options = PgConnectionOptions::fromUrl(location, &error);
    if (!options)
        throw PgError(QString(), error);
    return std::make_shared<PgAlertStore>(*options);
}

QString describe(const QString &location)
{
    if (!isPostgres(location))
        return location;
    const std::optional<PgConnectionOptions> options = PgConnectionOptions::fromUrl(location);
    return options ? options->redacted() : QStringLiteral("postgres://(invalid URL)");
}

} // namespace StoreFactory
