// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <future>
#include <memory>

/// The synchronous form of a call that reports through a callback (the store's `...Then` calls): `start` is given
/// the callback, and this waits for its value. The promise is shared, so a callback dropped without being called
/// breaks it (std::future_error) instead of leaving the wait for ever.
template<typename T>
T waitFor(const std::function<void(std::function<void(T)>)> &start)
{
    auto promise = std::make_shared<std::promise<T>>();
    std::future<T> result = promise->get_future();
    start([promise](T value) { promise->set_value(std::move(value)); });
    return result.get();
}
