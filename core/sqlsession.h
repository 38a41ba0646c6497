// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

class SqlDialect;

/// Portable SQL inside a store transaction, for the resources that are not on the alert hot path (blackouts, API
/// keys, users, groups, permissions, customers, metrics). Their tables are written once in standard SQL with the
/// differences behind SqlDialect, so every store (SQLite, PostgreSQL) runs the same code; the alert paths keep
/// their hand-tuned statements in each store.
///
/// Values: binds are null, integers, doubles, booleans (bind SqlDialect::boolValue) or text; rows come back with
/// null, qint64, double or QString values. Failures throw the store's error type, which the store turns into a
/// rolled-back transaction and a 500, like any other storage failure.
class SqlSession
{
public:
    /// Statement texts that run often with different values keep their prepared form; texts built per request
    /// (filters, sorts) are prepared once and dropped, so they never fill the cache.
    enum class Reuse { Once, Cached };

    virtual ~SqlSession() = default;

    virtual const SqlDialect &dialect() const = 0;
    /// The rows of a query, each as its column values in order.
    virtual QList<QVariantList> select(const QString &sql,
                                       const QVariantList &binds = {},
                                       Reuse reuse = Reuse::Once) = 0;
    /// Runs a statement that returns no rows; the number of rows it changed. Only inside a write transaction.
    virtual qint64 execute(const QString &sql, const QVariantList &binds = {}, Reuse reuse = Reuse::Once) = 0;

    /// The first column of the first row, or null.
    QVariant scalar(const QString &sql, const QVariantList &binds = {}, Reuse reuse = Reuse::Once)
    {
        const QList<QVariantList> rows = select(sql, binds, reuse);
        return rows.isEmpty() || rows.first().isEmpty() ? QVariant() : rows.first().first();
    }
};
