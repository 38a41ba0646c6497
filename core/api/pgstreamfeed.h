// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/streamserver.h"

#include <QString>

#include <memory>

class PgAlertStore;

/// The live stream across server instances that share one PostgreSQL database: each instance publishes the changes
/// its engine commits with NOTIFY on the channel `alerta_changes`, and LISTENs there for the other instances'
/// changes, which it hands to its stream with the alert as now stored (their "before" state is the one the stream
/// last saw). Every instance thus numbers every change in its own revisions, as on a single instance.
///
/// Publishing happens after commit, a batch of changes per notification, on a connection of its own: a NOTIFY
/// inside the write transactions would make PostgreSQL serialise their commits. The payload is JSON:
/// `{"from": "<instance id>", "changes": [[<AlertEngine::Change as a number>, "<alert id>"], ...]}`, at most
/// PayloadLimit bytes. A publisher that cannot reach the database keeps the changes, in order, and sends them once
/// it can; past 100,000 it gives them up and later sends `{"from": ..., "lost": true}`, on which the other instances'
/// clients refetch. A listener that loses its connection reconnects and, since what was published meanwhile is lost
/// to it, tells the stream that its clients must refetch; so does one that cannot load the alerts a notification
/// names.
class PgStreamFeed final : public StreamFeed
{
public:
    static constexpr const char *Channel = "alerta_changes";
    static constexpr qsizetype PayloadLimit = 7000; ///< PostgreSQL refuses payloads of 8,000 bytes and more

    PgStreamFeed(PgAlertStore &store, AlertEngine &engine);
    ~PgStreamFeed() override;

    void start(Sink sink, Missed missed) override;
    void stop() override;

    /// This instance's id in the payloads, random per process.
    const QString &instanceId() const { return m_instanceId; }

private:
    class Publisher;
    class Listener;

    PgAlertStore &m_store;
    AlertEngine &m_engine;
    QString m_instanceId;
    QMetaObject::Connection m_engineConnection;
    std::unique_ptr<Publisher> m_publisher;
    std::unique_ptr<Listener> m_listener;
};
