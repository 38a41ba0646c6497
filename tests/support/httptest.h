// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <functional>

/// What the HTTP and WebSocket tests share: waiting on signals instead of sleeping, and one HTTP exchange as a
/// test sees it.
namespace HttpTest {

/// Runs the event loop until `done` holds or `timeoutMs` pass; `wake` is a signal that may have made it hold.
template<typename Sender, typename Signal>
bool waitUntil(const std::function<bool()> &done, const Sender *sender, Signal wake, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QObject::connect(sender, wake, &loop, &QEventLoop::quit);
        QTimer::singleShot(deadline.remainingTime(), &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

} // namespace HttpTest

/// One HTTP exchange as a test sees it. `status` is 0 when no HTTP answer came (connection refused or cut).
struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    /// `<status> <message>` of an error envelope, for compact comparisons.
    QString error() const
    {
        return QString::number(status) + u' ' + json().value(QStringLiteral("message")).toString();
    }
    /// The status and the start of the body, or why there was no answer, for failure messages.
    QString describe() const
    {
        if (status == 0)
            return u"no answer: " + networkError;
        return QString::number(status) + u' ' + QString::fromUtf8(body.left(300));
    }

    /// What a finished (or aborted) reply brought.
    static HttpAnswer of(QNetworkReply *reply)
    {
        HttpAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.headers = reply->rawHeaderPairs();
        if (reply->error() != QNetworkReply::NoError)
            answer.networkError = reply->errorString();
        return answer;
    }

    /// Waits up to `timeoutMs` for `reply` (aborting it then), takes its answer and deletes it later.
    static HttpAnswer await(QNetworkReply *reply, int timeoutMs = 30000)
    {
        HttpTest::waitUntil([reply] { return reply->isFinished(); }, reply, &QNetworkReply::finished, timeoutMs);
        if (!reply->isFinished())
            reply->abort();
        HttpAnswer answer = of(reply);
        reply->deleteLater();
        return answer;
    }
};
