// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

/// The words operators read for Alerta's severities and statuses, in the console's language: "critical" is
/// "kritisch" in a German console. Only for showing: filters, queries, settings and the API keep the wire values.
/// Severities a server defines beyond the ALERTA model are shown as they come.
namespace AlertValueText {

QString severity(const QString &severity);
QString status(const QString &status);

} // namespace AlertValueText
