// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/pgpipeline.h"

#include "core/pgconnection.h"

#include <QVarLengthArray>

#include <libpq-fe.h>

#include <optional>

namespace {

using Values = QVarLengthArray<const char *, 32>;

Values pointersTo(const QList<QByteArray> &values)
{
    Values pointers(values.size());
    for (qsizetype i = 0; i < values.size(); ++i)
        pointers[i] = values.at(i).isNull() ? nullptr : values.at(i).constData();
    return pointers;
}

bool succeeded(const PGresult *result)
{
    const ExecStatusType status = PQresultStatus(result);
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY;
}

} // namespace

void PgPipeline::defer(const QByteArray &name, const QByteArray &sql, const QList<QByteArray> &values)
{
    m_deferred.push_back({name, sql, values});
}

qint64 PgPipeline::deferKeepingResult(const QByteArray &name, const QByteArray &sql, const QList<QByteArray> &values)
{
    const qint64 ticket = m_nextTicket++;
    m_deferred.push_back({name, sql, values, ticket});
    return ticket;
}

pg_result *PgPipeline::takeResult(qint64 ticket)
{
    const auto kept = m_kept.find(ticket);
    if (kept == m_kept.end())
        return nullptr;
    pg_result *result = kept->second;
    m_kept.erase(kept);
    return result;
}

void PgPipeline::abandon(qint64 ticket)
{
    if (pg_result *result = takeResult(ticket)) {
        PQclear(result);
        return;
    }
    for (Statement &statement : m_deferred) {
        if (statement.ticket == ticket)
            statement.ticket = -1; // runs with the others, its result freed like a deferred write's
    }
}

void PgPipeline::discard()
{
    m_deferred.clear();
    clearKept();
}

PgPipeline::~PgPipeline()
{
    clearKept();
}

void PgPipeline::clearKept()
{
    for (const auto &[ticket, result] : m_kept)
        PQclear(result);
    m_kept.clear();
}

pg_result *PgPipeline::run(const QByteArray &name, const QByteArray &sql, const QList<QByteArray> &values)
{
    if (!m_deferred.empty())
        return runPipelined({name, sql, values});
    const Values pointers = pointersTo(values);
    const int count = static_cast<int>(pointers.size());
    PGresult *result = name.isEmpty()
        ? PQexecParams(m_connection, sql.constData(), count, nullptr, pointers.data(), nullptr, nullptr, 0)
        : PQexecPrepared(m_connection, name.constData(), count, pointers.data(), nullptr, nullptr, 0);
    PgConnection::check(m_connection, result); // frees a failed result: kept only once it is a success
    return result;
}

bool PgPipeline::send(const Statement &statement)
{
    const Values pointers = pointersTo(statement.values);
    const int count = static_cast<int>(pointers.size());
    return statement.name.isEmpty()
        ? PQsendQueryParams(m_connection,
                            statement.sql.constData(),
                            count,
                            nullptr,
                            pointers.data(),
                            nullptr,
                            nullptr,
                            0)
        : PQsendQueryPrepared(m_connection, statement.name.constData(), count, pointers.data(), nullptr, nullptr, 0);
}

pg_result *PgPipeline::runPipelined(const Statement &last)
{
    std::vector<Statement> statements;
    statements.swap(m_deferred);
    statements.push_back(last);
    if (PQenterPipelineMode(m_connection) != 1)
        PgConnection::check(m_connection, nullptr);
    bool sent = true;
    for (const Statement &statement : statements)
        sent = sent && send(statement);
    sent = sent && PQpipelineSync(m_connection) == 1;
    if (!sent) {
        // Nothing reached the server whole (the connection broke): the connection is dropped by its owner.
        PQexitPipelineMode(m_connection);
        PgConnection::check(m_connection, nullptr);
    }

    // Each statement's result, then a null between statements; after a failure, the later ones say "aborted".
    std::optional<PgError> failure;
    PGresult *kept = nullptr;
    for (size_t i = 0; i < statements.size(); ++i) {
        PGresult *result = PQgetResult(m_connection);
        if (!result) {
            failure = failure ? failure : std::optional(PgConnection::errorOf(m_connection, nullptr));
            break;
        }
        const ExecStatusType status = PQresultStatus(result);
        if (succeeded(result) && i + 1 == statements.size()) {
            kept = result;
        } else if (succeeded(result) && statements[i].ticket >= 0) {
            m_kept[statements[i].ticket] = result;
        } else {
            if (!succeeded(result) && status != PGRES_PIPELINE_ABORTED && !failure)
                failure = PgConnection::errorOf(m_connection, result);
            PQclear(result);
        }
        while (PGresult *more = PQgetResult(m_connection)) // the null that ends this statement's results
            PQclear(more);
    }
    if (!failure && !kept)
        failure = PgConnection::errorOf(m_connection, nullptr);
    // The synchronisation point, then back to one statement at a time.
    for (size_t i = 0; i < statements.size() + 2; ++i) {
        PGresult *result = PQgetResult(m_connection);
        if (!result)
            break;
        const bool synced = PQresultStatus(result) == PGRES_PIPELINE_SYNC;
        PQclear(result);
        if (synced)
            break;
    }
    PQexitPipelineMode(m_connection);
    if (failure) {
        if (kept)
            PQclear(kept);
        clearKept(); // the transaction has failed: nobody reads them
        throw *failure;
    }
    return kept;
}
