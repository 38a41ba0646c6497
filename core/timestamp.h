// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/clock.h"

#include <QString>

#include <optional>

/// Alerta's one timestamp format, `YYYY-MM-DDThh:mm:ss.sssZ` (spec §0).
namespace IsoTime {

/// Formats as `2024-05-01T09:30:00.123Z` (always UTC, three fractional digits).
QString format(Timestamp t);

/// Parses upstream's strptime pattern `%Y-%m-%dT%H:%M:%S.%fZ`: the fraction (1-6 digits) and the `Z` are
/// mandatory, offsets are rejected. Sub-millisecond digits are truncated.
std::optional<Timestamp> parse(QStringView text);

/// The message upstream answers for a malformed date.
QString formatError();

} // namespace IsoTime
