// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alertengine.h"
#include "core/alertplugin.h"
#include "core/result.h"

#include <functional>
#include <optional>

/// What the receive pipeline did with an alert: stored it (201) or accepted it without storing (202).
struct ReceiveOutcome
{
    std::optional<ReceiveResult> stored; ///< set for 201
    PreReceiveVerdict accepted;          ///< the 202 verdict (Suppressed or Converted) when nothing was stored
};

/// `POST /alert` and webhooks after parsing (spec §3.1 steps 3-6): assigns the customer by the caller's rights,
/// runs the pre-receive plugins, stores through the engine, runs the post-receive plugins, and keeps the
/// `alerts.received` timer and the rejected / rate-limited / blackout counters.
class ReceivePipeline final
{
    Q_DISABLE_COPY_MOVE(ReceivePipeline)

public:
    /// Uses the engine's plugins and metrics; `engine` must outlive the pipeline.
    explicit ReceivePipeline(AlertEngine &engine);

    /// 403 / 429 when a plugin refuses the alert, 400 for a customer the caller may not use, the engine's errors.
    Result<ReceiveOutcome> receive(Alert alert, const ReceiveContext &context);
    /// receive() without waiting for the commit: `then` gets the outcome once it is known, on this thread when the
    /// alert was refused or not stored, else on the store's writer thread (where the post-receive plugins run too).
    void receiveThen(Alert alert, const ReceiveContext &context, std::function<void(Result<ReceiveOutcome>)> then);

private:
    AlertEngine &m_engine;
};
