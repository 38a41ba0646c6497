// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/querysql.h"

#include <QDateTime>
#include <QStringList>

#include "core/clock.h"
#include "core/fieldtable.h"
#include "core/sqldialect.h"
#include "core/timestamp.h"

namespace {

// The wire format first; then what a person types into a search box or PostgreSQL would cast: `2024-05-01`,
// `2024-05-01T09:30:00`, offsets. Without an offset the time is UTC, as everything Alerta stores.
std::optional<Timestamp> parseTime(const QString &text)
{
    if (const std::optional<Timestamp> wire = IsoTime::parse(text))
        return wire;
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    if (parsed.timeSpec() == Qt::LocalTime)
        return QDateTime(parsed.date(), parsed.time(), Qt::UTC).toMSecsSinceEpoch();
    return parsed.toMSecsSinceEpoch();
}

} // namespace

namespace QuerySql {

bool isTruthy(const QString &text)
{
    static const QStringList truthy = {QStringLiteral("true"),
                                       QStringLiteral("t"),
                                       QStringLiteral("1"),
                                       QStringLiteral("yes"),
                                       QStringLiteral("y"),
                                       QStringLiteral("on")};
    return truthy.contains(text.toLower());
}

QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

SqlFragment notTrue(const SqlFragment &predicate)
{
    return {QStringLiteral("NOT COALESCE(") + predicate.sql + QStringLiteral(", FALSE)"), predicate.binds};
}

SqlFragment compare(const SqlFragment &expr, QStringView op, const QVariant &value)
{
    return {expr.sql + u' ' + op + QStringLiteral(" ?"), expr.binds + QVariantList{value}};
}

std::optional<QVariant> typedValue(FieldKind kind, const QString &text, const SqlDialect &dialect)
{
    switch (kind) {
    case FieldKind::Integer: {
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        return ok ? std::optional<QVariant>(number) : std::nullopt;
    }
    case FieldKind::Time: {
        const std::optional<Timestamp> time = parseTime(text);
        return time ? std::optional<QVariant>(dialect.timeValue(*time)) : std::nullopt;
    }
    case FieldKind::Boolean:
        return dialect.boolValue(isTruthy(text));
    case FieldKind::Text:
    case FieldKind::JsonArray:
    case FieldKind::JsonObject:
        break;
    }
    return QVariant(nonNull(text));
}

SqlFragment startsWithIgnoringCase(const SqlDialect &dialect, const QString &column, const QString &text)
{
    const QString prefix = text.toLower();
    const QString col = dialect.bytewise(u"lower(" + dialect.identifier(column) + u')');
    SqlFragment range{col + QStringLiteral(" >= ?"), {prefix.isNull() ? QStringLiteral("") : prefix}};
    if (prefix.isEmpty())
        return range;
    // The upper bound: the prefix with its last character incremented, or followed by the highest code point when
    // that character is not plain ASCII.
    QString upper = prefix;
    const char16_t last = upper.back().unicode();
    if (last < 0x7f)
        upper.back() = QChar(char16_t(last + 1));
    else
        upper += QString::fromUcs4(U"\U0010FFFF");
    range.andWith({col + QStringLiteral(" < ?"), {upper}});
    return range;
}

} // namespace QuerySql
