// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/receivepipeline.h"

#include "core/metrics.h"
#include "core/pluginchain.h"
#include "core/waitfor.h"

ReceivePipeline::ReceivePipeline(AlertEngine &engine)
    : m_engine(engine)
{}

Result<ReceiveOutcome> ReceivePipeline::receive(Alert alert, const ReceiveContext &context)
{
    return waitFor<Result<ReceiveOutcome>>([&](std::function<void(Result<ReceiveOutcome>)> then) {
        receiveThen(std::move(alert), context, std::move(then));
    });
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

    // The plugins in effect now, also after the commit, even if the chain is replaced meanwhile.
    std::shared_ptr<const PluginChain> chain = m_engine.pluginChain();
    const PreReceiveVerdict verdict = chain->preReceive(alert, context);
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

    m_engine.receiveThen(
        std::move(alert),
        context.caller,
        [engine = &m_engine, chain, context, timer, then = std::move(then)](Result<ReceiveResult> stored) {
            if (!stored)
                return then(stored.error());
            Alert after = stored->alert;
            bool changed = false;
            try { // on the store's writer thread: nothing may escape it
                changed = chain->postReceive(after, context);
            } catch (const std::exception &e) {
                return then(ApiError::internal(
                    QStringLiteral("An internal error has occurred!"),
                    {QStringLiteral("post-receive plugin failed: %1").arg(QString::fromUtf8(e.what()))}));
            }
            if (!changed) {
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
