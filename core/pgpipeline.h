// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QtGlobal>

#include <map>
#include <vector>

struct pg_conn;
struct pg_result;

/// The statements of one PostgreSQL connection whose results nobody reads (a write's UPDATE and INSERT, the BEGIN
/// of its transaction), held back until a statement whose result is needed, which takes them along: all of them go
/// in one round trip (libpq's pipeline mode). Each round trip wakes the server's backend and this process up once,
/// and on a virtual machine a wake-up costs more than the statement: a receive's six or seven round trips become
/// three. An error of a held-back statement is thrown by the statement that took it along (or by COMMIT).
class PgPipeline
{
public:
    explicit PgPipeline(pg_conn *connection)
        : m_connection(connection)
    {}
    PgPipeline(const PgPipeline &) = delete;
    PgPipeline &operator=(const PgPipeline &) = delete;

    /// Holds back the prepared statement `name` (or, without a name, the single statement `sql`) with `values` (a
    /// null array is SQL NULL).
    void defer(const QByteArray &name, const QByteArray &sql, const QList<QByteArray> &values);
    /// Holds back a statement like defer(), but keeps its result once it has run, for takeResult(): two look-ups
    /// in one round trip. Returns the result's ticket.
    qint64 deferKeepingResult(const QByteArray &name, const QByteArray &sql, const QList<QByteArray> &values);
    /// The result of the statement held back with `ticket` (a success, which the caller frees), or null: it has not
    /// run yet, or its round trip failed or was discarded (the failure went to the statement that ran).
    pg_result *takeResult(qint64 ticket);
    /// Nobody will take the result of `ticket`: freed now if it has come, or not kept when it comes.
    void abandon(qint64 ticket);
    bool hasDeferred() const { return !m_deferred.empty(); }

    /// Runs one statement, as defer() names it, after the held-back ones; returns its result, a success, which
    /// the caller frees. Throws PgError: the first failure among them all (the held-back statements' included; a
    /// lost connection is SQLSTATE 08006).
    pg_result *run(const QByteArray &name, const QByteArray &sql, const QList<QByteArray> &values);

    /// Forgets the held-back statements, and the results kept that nobody took: their transaction is being rolled
    /// back.
    void discard();
    ~PgPipeline();

private:
    struct Statement
    {
        QByteArray name;
        QByteArray sql;
        QList<QByteArray> values;
        qint64 ticket = -1; ///< deferKeepingResult()'s, or -1: nobody reads the result
    };
    bool send(const Statement &statement);
    pg_result *runPipelined(const Statement &last);
    void clearKept();

    pg_conn *m_connection;
    std::vector<Statement> m_deferred;
    std::map<qint64, pg_result *> m_kept; ///< by ticket, until taken
    qint64 m_nextTicket = 0;
};
