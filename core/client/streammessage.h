// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

/// One text message of the `/stream` WebSocket (docs/stream.md) as RemoteBackend reads it. A separate pure
/// function so that what a server (or anything between it and the console) sends can be tested and fuzzed without a
/// socket. Lenient as the rest of the client: a message that is not a JSON object, or of an unknown type, is
/// Type::Other and ignored; missing fields keep the defaults below.
struct StreamMessage
{
    enum class Type {
        Other,  ///< not JSON, not an object, or a type this client does not know: ignored
        Hello,  ///< first message of a connection: `revision`, `epoch`
        Resync, ///< refetch the list: `revision`
        Alert,  ///< one alert change: `revision`, `id`, `visible`, `alert`
    };

    Type type = Type::Other;
    qint64 revision = -1; ///< -1 when absent or not an integer
    QString epoch;        ///< hello only
    QString id;           ///< alert only: the changed alert's id
    bool visible = false; ///< alert only: true = upsert `alert`, false = remove `id`
    QJsonObject alert;    ///< alert only: the alert as `/alerts` serves it; empty for deletions

    /// Reads one message (UTF-8 JSON). Never fails: see Type::Other.
    static StreamMessage parse(const QByteArray &message);
};
