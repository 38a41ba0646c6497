// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/receivepipeline.h"

#include "core/metrics.h"
#include "core/pluginchain.h"

ReceivePipeline::ReceivePipeline(AlertEngine &engine)
    : m_engine(engine)
{}

Result<ReceiveOutcome> ReceivePipeline::receive(Alert alert, const ReceiveContext &context)
{
    Metrics &metrics = m_engine.metrics();
    Metrics::Timer timer = metrics.startTimer(Metric::Received);

    const Result<QString> customer = context.caller.assignCustomer(alert.customer, QStringLiteral("admin:alerts"));
    if (!customer)
        return customer.error();
    alert.customer = *customer;

    const PluginChain &plugins = m_engine.plugins();
    const PreReceiveVerdict verdict = plugins.preReceive(alert, context);
    switch (verdict.kind) {
    case PreReceiveVerdict::Kind::Continue:
        break;
    case PreReceiveVerdict::Kind::Rejected:
        metrics.increment(Metric::Rejected);
        return ApiError{403, verdict.message, {}};
    case PreReceiveVerdict::Kind::RateLimited:
        metrics.increment(Metric::RateLimited);
        return ApiError{429, verdict.message, {}};
    case PreReceiveVerdict::Kind::Suppressed:
        metrics.increment(Metric::Blackout);
        return ReceiveOutcome{std::nullopt, verdict};
    case PreReceiveVerdict::Kind::Converted:
        return ReceiveOutcome{std::nullopt, verdict};
    }

    Result<ReceiveResult> stored = m_engine.receive(std::move(alert), context.caller);
    if (!stored)
        return stored.error();

    Alert after = stored->alert;
    if (plugins.postReceive(after, context)) {
        if (const VoidResult saved = m_engine.saveTagsAndAttributes(after.id, after.tags, after.attributes); !saved)
            return saved.error();
        stored->alert.tags = after.tags;
        stored->alert.attributes = after.attributes;
    }
    timer.succeeded();
    return ReceiveOutcome{std::move(*stored), {}};
}
