// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/jsontext.h"

#include <QJsonDocument>

#include <algorithm>

namespace {

constexpr char HexDigits[] = "0123456789abcdef";

void appendUnicodeEscape(QByteArray &out, char16_t u)
{
    const char escape[] = {'\\',
                           'u',
                           HexDigits[(u >> 12) & 0xf],
                           HexDigits[(u >> 8) & 0xf],
                           HexDigits[(u >> 4) & 0xf],
                           HexDigits[u & 0xf]};
    out.append(escape, sizeof escape);
}

// Non-ASCII bytes only occur inside JSON strings, so escaping them on the serialised text is exact.
QByteArray escapeNonAscii(const QByteArray &utf8)
{
    const bool ascii = std::all_of(utf8.cbegin(), utf8.cend(), [](char c) { return static_cast<uchar>(c) < 0x80; });
    if (ascii)
        return utf8;
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 2);
    for (const QChar c : QString::fromUtf8(utf8)) {
        if (c.unicode() < 0x80)
            out.append(static_cast<char>(c.unicode()));
        else
            appendUnicodeEscape(out, c.unicode()); // UTF-16 units, surrogate pairs included, as \u escapes carry
    }
    return out;
}

} // namespace

namespace JsonText {

QByteArray encode(const QJsonObject &object)
{
    return escapeNonAscii(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QByteArray encode(const QJsonArray &array)
{
    return escapeNonAscii(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

void appendString(QByteArray &out, QStringView text)
{
    out.append('"');
    const char16_t *const end = text.utf16() + text.size();
    const char16_t *plainStart = text.utf16();
    // Runs of plain ASCII are copied at once; everything else is one escape per UTF-16 unit.
    const auto flushPlain = [&](const char16_t *upTo) {
        const qsizetype n = upTo - plainStart;
        if (n <= 0)
            return;
        const qsizetype at = out.size();
        out.resize(at + n);
        std::copy(plainStart, upTo, out.data() + at); // ASCII: one byte per UTF-16 unit
        plainStart = upTo;
    };
    for (const char16_t *p = text.utf16(); p < end; ++p) {
        const char16_t u = *p;
        if (u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\')
            continue;
        flushPlain(p);
        plainStart = p + 1;
        switch (u) {
        case u'"':
            out.append("\\\"", 2);
            break;
        case u'\\':
            out.append("\\\\", 2);
            break;
        case u'\b':
            out.append("\\b", 2);
            break;
        case u'\f':
            out.append("\\f", 2);
            break;
        case u'\n':
            out.append("\\n", 2);
            break;
        case u'\r':
            out.append("\\r", 2);
            break;
        case u'\t':
            out.append("\\t", 2);
            break;
        default:
            appendUnicodeEscape(out, u);
        }
    }
    flushPlain(end);
    out.append('"');
}

} // namespace JsonText

JsonObjectWriter::JsonObjectWriter(QByteArray &out)
    : m_out(out)
{
    m_out.append('{');
}

void JsonObjectWriter::separateAndCheckOrder([[maybe_unused]] QStringView key)
{
#ifndef QT_NO_DEBUG
    Q_ASSERT_X(m_first || m_lastKey < key, "JsonObjectWriter", "keys must be written in sorted order");
    m_lastKey = key.toString();
#endif
    if (!m_first)
        m_out.append(',');
    m_first = false;
}

void JsonObjectWriter::key(QLatin1StringView key)
{
#ifndef QT_NO_DEBUG
    separateAndCheckOrder(QString(key));
#else
    separateAndCheckOrder({});
#endif
    m_out.append('"');
    m_out.append(key.data(), key.size()); // our own field names: plain ASCII, nothing to escape
    m_out.append("\":", 2);
}

JsonObjectWriter &JsonObjectWriter::text(QLatin1StringView name, const QString &value)
{
    key(name);
    if (value.isNull())
        m_out.append("null", 4);
    else
        JsonText::appendString(m_out, value);
    return *this;
}

JsonObjectWriter &JsonObjectWriter::integer(QLatin1StringView name, qint64 value)
{
    key(name);
    m_out.append(QByteArray::number(value));
    return *this;
}

JsonObjectWriter &JsonObjectWriter::boolean(QLatin1StringView name, bool value)
{
    key(name);
    if (value)
        m_out.append("true", 4);
    else
        m_out.append("false", 5);
    return *this;
}

JsonObjectWriter &JsonObjectWriter::null(QLatin1StringView name)
{
    key(name);
    m_out.append("null", 4);
    return *this;
}

JsonObjectWriter &JsonObjectWriter::stringArray(QLatin1StringView name, const QStringList &values)
{
    key(name);
    JsonText::appendArray(m_out, values, [](QByteArray &out, const QString &value) {
        JsonText::appendString(out, value);
    });
    return *this;
}

JsonObjectWriter &JsonObjectWriter::object(QLatin1StringView name, const QJsonObject &value)
{
    key(name);
    if (value.isEmpty())
        m_out.append("{}", 2);
    else
        m_out.append(JsonText::encode(value));
    return *this;
}

JsonObjectWriter &JsonObjectWriter::raw(QLatin1StringView name, QByteArrayView json)
{
    key(name);
    m_out.append(json);
    return *this;
}

JsonObjectWriter &JsonObjectWriter::value(const QString &name, const QJsonValue &value)
{
    separateAndCheckOrder(name);
    JsonText::appendString(m_out, name);
    m_out.append(':');
    switch (value.type()) {
    case QJsonValue::String:
        JsonText::appendString(m_out, value.toString());
        break;
    case QJsonValue::Object:
        m_out.append(JsonText::encode(value.toObject()));
        break;
    case QJsonValue::Array:
        m_out.append(JsonText::encode(value.toArray()));
        break;
    default: {
        // null, booleans and numbers: QJsonDocument's own spelling (its number formatting above all), from a
        // one-element array
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        m_out.append(QByteArrayView(wrapped).sliced(1, wrapped.size() - 2));
    }
    }
    return *this;
}

void JsonObjectWriter::close()
{
    m_out.append('}');
}
