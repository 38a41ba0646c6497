// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <exception>
#include <optional>
#include <utility>
#include <variant>

/// An error as the Alerta API reports it: the HTTP status (`code`), the `message` and the optional `errors` list.
/// Core functions return it instead of throwing so that every caller maps failures to the same envelope.
struct ApiError
{
    int code = 500;
    QString message;
    QStringList errors;

    static ApiError badRequest(const QString &message) { return {400, message, {}}; }
    static ApiError notFound(const QString &message = QStringLiteral("not found")) { return {404, message, {}}; }
    static ApiError conflict(const QString &message) { return {409, message, {}}; }
    static ApiError internal(const QString &message, const QStringList &errors = {}) { return {500, message, errors}; }
    /// The database cannot take the request now (unreachable, restarting, busy): 503, which a load balancer may
    /// send to another instance and a client may retry.
    static ApiError unavailable(const QString &message) { return {503, message, {}}; }
    /// A read the store stopped at its deadline (DATABASE_QUERY_TIMEOUT): 503, the server being busier than the
    /// query may take.
    static ApiError queryTimedOut()
    {
        return unavailable(QStringLiteral("The query ran longer than the server allows (DATABASE_QUERY_TIMEOUT) and "
                                          "was stopped: narrow it down with filters or a smaller page"));
    }
};

/// How a store's write ended, as its caller hears it: nothing when committed (or rolled back on purpose), otherwise
/// what the client is told.
using WriteFailure = std::optional<ApiError>;

/// Either a value or an ApiError (an expected-style result; std::expected is C++23).
template<typename T>
class Result
{
public:
    /// An unset result (needed by QFuture's result store); reads as an internal error.
    Result()
        : m_data(ApiError::internal(QStringLiteral("no result")))
    {}
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(ApiError error)
        : m_data(std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const ApiError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, ApiError> m_data;
};

/// Result of an operation that has no value besides success.
struct Ok
{
};
using VoidResult = Result<Ok>;

/// Runs `work` and turns an exception (a store that lost its database, memory running out) into a 500, for work
/// on a thread pool whose result is read elsewhere: a QFuture would rethrow it there, outside any handler.
template<typename T, typename Work>
Result<T> resultOrInternalError(Work &&work)
{
    try {
        return work();
    } catch (const std::exception &e) {
        return ApiError::internal(QString::fromUtf8(e.what()));
    }
}
