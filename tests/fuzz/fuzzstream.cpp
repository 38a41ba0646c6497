// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
//
// Fuzz target: a `/stream` WebSocket text message as RemoteBackend reads it — StreamMessage::parse, then, for a
// visible alert event, the alert itself through RemoteJson::alert as flushing the event does.
#include "core/client/remotejson.h"
#include "core/client/streammessage.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The socket hands over a QString; RemoteBackend passes it on as UTF-8, so invalid UTF-8 arrives replaced.
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const StreamMessage message = StreamMessage::parse(text.toUtf8());
    if (message.type == StreamMessage::Type::Alert && message.visible)
        (void)RemoteJson::alert(message.alert);
    return 0;
}
