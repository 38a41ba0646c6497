// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

/// Calls `handler` with the result of `future` in `context`'s thread once it finishes — unless `context` was
/// destroyed first, in which case nothing happens. Use it instead of `future.then(context, handler)` for every
/// backend request made by a widget or dialog that the user can close while the request runs.
///
/// Why not then(context, ...): Qt 6.4 asserts (Q_ASSERT(context) in QtPrivate::Continuation::create,
/// qfuture_impl.h) when the context is destroyed before the future finishes, and without asserts it still calls
/// into the dead object's thread. A QFutureWatcher owned by the context dies with it and takes the call with it.
template<typename T, typename Handler>
void whenFinished(const QFuture<T> &future, QObject *context, Handler handler)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher,
                     &QFutureWatcherBase::finished,
                     watcher,
                     [watcher, handler = std::move(handler)]() mutable {
                         watcher->deleteLater();
                         // A cancelled future has no result; backend futures always report one, so this only guards the
                         // API.
                         if (watcher->future().resultCount() > 0)
                             handler(watcher->future().result());
                     });
    watcher->setFuture(future);
}
