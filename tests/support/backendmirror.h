// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/client/alertbackend.h"

#include <QFuture>
#include <QHash>
#include <QTest>

/// The list an AlertBackend's signals describe, as a console's model would hold it, with what the tests of the
/// backends check: resets, change batches, states.
class BackendMirror : public QObject
{
public:
    explicit BackendMirror(AlertBackend &backend)
    {
        connect(&backend, &AlertBackend::alertsReset, this, [this](const QList<Alert> &alerts) {
            ++resets;
            shown.clear();
            for (const Alert &alert : alerts)
                shown.insert(alert.id, alert);
        });
        connect(&backend,
                &AlertBackend::alertsChanged,
                this,
                [this](const QList<Alert> &upserted, const QStringList &removed) {
                    batches.append(upserted.size() + removed.size());
                    for (const Alert &alert : upserted)
                        shown.insert(alert.id, alert);
                    for (const QString &id : removed)
                        shown.remove(id);
                });
        connect(&backend, &AlertBackend::stateChanged, this, [this](AlertBackend::State state) {
            states.append(state);
        });
    }

    QString statusOf(const QString &id) const { return shown.value(id).status; }
    /// "id:status" of every alert shown, sorted: what tests compare with the server's list.
    QStringList summary() const
    {
        QStringList lines;
        for (const Alert &alert : shown)
            lines.append(alert.id + u':' + alert.status);
        lines.sort();
        return lines;
    }

    QHash<QString, Alert> shown;
    QList<qsizetype> batches; ///< changes per alertsChanged
    QList<AlertBackend::State> states;
    int resets = 0;
};

namespace FutureTest {

/// Waits (running the event loop) for `future`, at most `timeoutMs`, and returns its result.
template<typename T>
T await(QFuture<T> future, int timeoutMs = 5000)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, timeoutMs))
        qFatal("future did not finish");
    return future.result();
}

} // namespace FutureTest
