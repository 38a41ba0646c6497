// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/receivepipeline.h"

#include "core/metrics.h"
#include "core/pluginchain.h"

#include <future>

ReceivePipeline::ReceivePipeline(AlertEngine &engine)
    : m_engine(engine)
{}

Result<ReceiveOutcome> ReceivePipeline::receive(Alert alert, const ReceiveContext &context)
{
    std::promise<Result<ReceiveOutcome>> received;
    std::future<Result<ReceiveOutcome>> outcome = received.get_future();
    receiveThen(std::move(alert), context, [&received](Result<ReceiveOutcome> r) { received.set_value(std::move(r)); });
    return outcome.get();
}

void ReceivePipeline::receiveThen(Alert alert,
                                  const ReceiveContext &context,
                                  std::function<void(Result<ReceiveOutcome>)> then)
{
    Metrics &metrics = m_engine.metrics();
    // Shared: it goes with the closures below, which must be copyable.
    auto timer = std::make_shared<Metrics::Timer>(metrics.startTimer(Metric::Received));

    const Result<QString> customer = context.caller.assignCustomer(alert.customer, QStringLiteral("admin:alerts"));
    if (!customer)
        return then(customer.error());
    alert.customer = *customer;

    const PluginChain &plugins = m_engine.plugins();
    const PreReceiveVerdict verdict = plugins.preReceive(alert, context);
    switch (verdict.kind) {
    case PreReceiveVerdict::Kind::Continue:
        break;
    case PreReceiveVerdict::Kind::Rejected:
        metrics.increment(Metric::Rejected);
        return then(ApiError{403, verdict.message, {}});
    case PreReceiveVerdict::Kind::RateLimited:
        metrics.increment(Metric::RateLimited);
        return then(ApiError{429, verdict.message, {}});
    case PreReceiveVerdict::Kind::Suppressed:
        metrics.increment(Metric::Blackout);
        return then(ReceiveOutcome{std::nullopt, verdict});
    case PreReceiveVerdict::Kind::Converted:
        return then(ReceiveOutcome{std::nullopt, verdict});
    }

    // The plugins in effect now run after the commit too, even if the chain is replaced meanwhile.
    std::shared_ptr<const PluginChain> chain = m_engine.pluginChain();
    m_engine.receiveThen(
        std::move(alert),
        context.caller,
        [engine = &m_engine, chain, context, timer, then = std::move(then)](Result<ReceiveResult> stored) {
            if (!stored)
                return then(stored.error());
            Alert after = stored->alert;
            if (!chain->postReceive(after, context)) {
                timer->succeeded();
                return then(ReceiveOutcome{std::move(*stored), {}});
            }
            // A hook changed tags or attributes: saved in a write of their own before the answer.
            engine->saveTagsAndAttributesThen(
                after.id,
                after.tags,
                after.attributes,
                [stored = std::move(*stored), after, timer, then](VoidResult saved) mutable {
                    if (!saved)
                        return then(saved.error());
                    stored.alert.tags = after.tags;
                    stored.alert.attributes = after.attributes;
                    timer->succeeded();
                    then(ReceiveOutcome{std::move(stored), {}});
                });
        });
}
