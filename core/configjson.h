// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/serversettings.h"
#include "core/severitymap.h"

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>

/// What the server tells clients about itself (spec §4.10, §4.11, §8): the `/config` document the CLI and the web
/// UI bootstrap from, the version forms of SERVER_VERSION and the `/management/properties` dump. Pure functions of
/// the settings; no storage, no clock.
namespace ConfigJson {

/// The upstream release this server is compatible with; `/config` names the alarm model after it and
/// SERVER_VERSION serves it.
inline constexpr QLatin1StringView UpstreamVersion{"9.1.0"};

/// SERVER_VERSION: `full` → `9.1.0`, `major` → `9`, anything else (`off`) → a null QString (JSON null).
QString serverVersion(const ServerSettings &settings);

/// The ALERTA model's UI colours (spec §2.1): `{severity: {sev: colour}, status: {ack, shelved}, text}`; COLOR_MAP
/// replaces them wholesale when it is not empty.
QJsonObject colors(const ServerSettings &settings);

/// The status → sort letter map of spec §2.3 (`open` → `A` ... `unknown` → `H`).
QJsonObject statusLetters();

/// `alarm_model`: `{name: "Alerta 9.1.0", severity: {sev: level}, colors, status, defaults: {status,
/// normal_severity, previous_severity}}`. `severities` is the map in force (EngineConfig::severities), which
/// already reflects SEVERITY_MAP and the DEFAULT_*_SEVERITY settings.
QJsonObject alarmModel(const ServerSettings &settings, const SeverityMap &severities);

/// The whole `GET /config` document (spec §4.10), every key from the settings; `endpoint` is the API root
/// without a trailing slash. Settings this server does not model (AZURE_TENANT, KEYCLOAK_URL, DATE_FORMAT_*...)
/// get upstream's defaults unless ServerSettings::value() knows them.
QJsonObject config(const ServerSettings &settings, const SeverityMap &severities, const QString &endpoint);

/// The `/management/properties` text: one `NAME: value` line per setting (strings as they are, other values as
/// compact JSON), in ServerSettings::names() order. Unlike upstream, which dumps every secret it holds, secrets are
/// redacted: this project never writes secrets into plain outputs (see redacted()).
QByteArray propertiesText(const ServerSettings &settings);

/// `value` of setting `name` as safe to show: SECRET_KEY and any other *_SECRET, *_PASSWORD, *_CREDENTIALS or
/// *_TOKEN setting that holds a non-empty text, list or object becomes `********`; passwords inside URLs
/// (`scheme://user:pw@host`) become `scheme://user:********@host`, in any string.
QJsonValue redacted(const QString &name, const QJsonValue &value);

} // namespace ConfigJson
