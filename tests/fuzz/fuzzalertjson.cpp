// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
//
// Fuzz target: a `POST /alert` body as the API reads it — QJsonDocument::fromJson, then the spec §1.2 validation
// and defaults of AlertJson::parseIncomingAlert. An accepted alert is serialised back, as the 201 answer does.
#include "core/alertjson.h"
#include "core/engineconfig.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Built once: the default configuration, as alertad.conf without settings gives.
    static const EngineConfig config;
    // A fixed "now" (2024-05-01T00:00:00Z) keeps every run reproducible.
    constexpr Timestamp now = 1714521600000;

    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!document.isObject())
        return 0;
    const Result<Alert> alert = AlertJson::parseIncomingAlert(document.object(), config, now);
    if (alert)
        (void)AlertJson::alertToJson(alert.value(), QStringLiteral("http://localhost:8080/api"));
    return 0;
}
