// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alert.h"
#include "core/caller.h"
#include "core/result.h"

#include <QString>

#include <optional>

/// Where an alert came from, for the pre- and post-receive hooks.
struct ReceiveContext
{
    Caller caller;
    QString peerAddress;  ///< the TCP peer, e.g. "127.0.0.1"; empty when received in-process
    QString forwardedFor; ///< the X-Forwarded-For header, if any
};

/// What a pre-receive hook decided (spec §3.1, §3.9).
struct PreReceiveVerdict
{
    enum class Kind {
        Continue,    ///< carry on with the (possibly modified) alert
        Rejected,    ///< 403, counted as `alerts.rejected`
        RateLimited, ///< 429, counted as `alerts.ratelimited`
        Suppressed,  ///< 202 suppressed by a blackout, counted as `alerts.blackout`
        Converted,   ///< 202 handled otherwise (e.g. turned into a heartbeat)
    };
    Kind kind = Kind::Continue;
    QString message; ///< the error message (403, 429) or the 202 answer's message
    QString id;      ///< the 202 answer's id

    static PreReceiveVerdict proceed() { return {}; }
    static PreReceiveVerdict reject(const QString &message) { return {Kind::Rejected, message, {}}; }
    static PreReceiveVerdict accept(Kind kind, const QString &message, const QString &id)
    {
        return {kind, message, id};
    }
};

/// An operator action as the take_action hook sees it; a hook may change the action, text and timeout.
struct ActionRequest
{
    QString action;
    QString text; ///< null = the default `<action> operator action`
    std::optional<qint64> timeout;
};

/// A receive plugin (spec §3.9): hooks into the receive pipeline, actions, status changes, notes and deletion.
/// Every hook has a do-nothing default, so a plugin overrides only what it needs. Hooks must be thread-safe; the
/// action, status, note and delete hooks run inside the store's write transaction, so they must be quick and must
/// not wait for anything (no I/O, no store calls).
class AlertPlugin
{
public:
    virtual ~AlertPlugin() = default;

    /// The name used in PLUGINS and in error messages.
    virtual QString name() const = 0;

    /// Before storage: may modify `alert`, or stop it with a verdict other than Continue.
    virtual PreReceiveVerdict preReceive(Alert &alert, const ReceiveContext &context)
    {
        Q_UNUSED(alert)
        Q_UNUSED(context)
        return PreReceiveVerdict::proceed();
    }
    /// After storage; return true when it changed the alert's tags or attributes, which are then saved. Runs on the
    /// store's writer thread once the receive is durable, before the sender's answer: like the hooks that run inside
    /// the transaction, it must be quick and must not wait for anything (no I/O, no calls into the engine, which
    /// would wait for the writer it runs on). A hook that throws makes the answer a 500; the alert stays stored.
    virtual bool postReceive(Alert &alert, const ReceiveContext &context)
    {
        Q_UNUSED(alert)
        Q_UNUSED(context)
        return false;
    }
    /// Any status change (receive, action, status endpoint): may change the status and text, or refuse with an
    /// error (400). Changes to the alert's tags and attributes are stored with the change.
    virtual VoidResult statusChange(Alert &alert, QString &status, QString &text, const Caller &caller)
    {
        Q_UNUSED(alert)
        Q_UNUSED(status)
        Q_UNUSED(text)
        Q_UNUSED(caller)
        return Ok{};
    }
    /// Before an action (also housekeeping's expire and timeout): may change the request and the alert's tags and
    /// attributes, or refuse (400, or 409 for an invalid action).
    virtual VoidResult takeAction(Alert &alert, ActionRequest &request, const Caller &caller)
    {
        Q_UNUSED(alert)
        Q_UNUSED(request)
        Q_UNUSED(caller)
        return Ok{};
    }
    /// After an action has been applied and written (in the same transaction); for plugins that react to actions.
    virtual void postAction(const Alert &alert, const ActionRequest &request, const Caller &caller)
    {
        Q_UNUSED(alert)
        Q_UNUSED(request)
        Q_UNUSED(caller)
    }
    /// Before a note is added or changed: may change its text.
    virtual VoidResult takeNote(Alert &alert, QString &text, const Caller &caller)
    {
        Q_UNUSED(alert)
        Q_UNUSED(text)
        Q_UNUSED(caller)
        return Ok{};
    }
    /// Before `DELETE /alert/{id}`: false vetoes the deletion.
    virtual bool allowDelete(const Alert &alert, const Caller &caller)
    {
        Q_UNUSED(alert)
        Q_UNUSED(caller)
        return true;
    }
};
