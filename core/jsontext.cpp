// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/jsontext.h"

#include <QJsonDocument>

#include <algorithm>
#include <charconv>
#include <iterator>

namespace {

constexpr char HexDigits[] = "0123456789abcdef";

constexpr qsizetype UnicodeEscapeSize = 6;

/// Writes `\uxxxx` for `u` at `to`, UnicodeEscapeSize bytes.
void writeUnicodeEscape(char *to, char16_t u)
{
    to[0] = '\\';
    to[1] = 'u';
    to[2] = HexDigits[(u >> 12) & 0xf];
    to[3] = HexDigits[(u >> 8) & 0xf];
    to[4] = HexDigits[(u >> 4) & 0xf];
    to[5] = HexDigits[u & 0xf];
}

void appendUnicodeEscape(QByteArray &out, char16_t u)
{
    char escape[UnicodeEscapeSize];
    writeUnicodeEscape(escape, u);
    out.append(escape, UnicodeEscapeSize);
}

void appendUnicodeEscape(JsonBuffer &out, char16_t u)
{
    writeUnicodeEscape(out.extend(UnicodeEscapeSize), u);
}

constexpr bool isPlain(char16_t u)
{
    return u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\';
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

void appendString(JsonBuffer &out, QStringView text)
{
    out.append('"');
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p < end) {
        // Room for the rest if it is all plain ASCII (one byte per UTF-16 unit), written in one pass; what is left
        // of that room when something else comes is given back, and the unit is written as its escape.
        const qsizetype left = end - p;
        char *const run = out.extend(left);
        char *to = run;
        while (p < end && isPlain(*p))
            *to++ = static_cast<char>(*p++);
        out.shrink(left - (to - run));
        if (p == end)
            break;
        switch (const char16_t u = *p++) {
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
    out.append('"');
}

void appendValue(JsonBuffer &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        out.append('{');
        // QJsonObject keeps its keys sorted, the order QJsonDocument writes them in
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it != object.constBegin())
                out.append(',');
            appendString(out, it.key());
            out.append(':');
            appendValue(out, it.value());
        }
        out.append('}');
        break;
    }
    case QJsonValue::Array:
        appendArray(out, value.toArray(), [](JsonBuffer &array, const QJsonValue &item) { appendValue(array, item); });
        break;
    case QJsonValue::Bool:
        if (value.toBool())
            out.append("true", 4);
        else
            out.append("false", 5);
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null", 4);
        break;
    case QJsonValue::Double: {
        // QJsonDocument's own spelling of numbers (integers kept as such, doubles shortest), from a one-element array
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        out.append(QByteArrayView(wrapped).sliced(1, wrapped.size() - 2));
        break;
    }
    }
}

} // namespace JsonText

JsonBuffer::JsonBuffer(QByteArray &out)
    : m_out(out)
    , m_size(out.size())
    , m_capacity(out.size())
{
    // What the array has room for, or a small object's worth, so that short answers grow once
    grow(std::max<qsizetype>(256, out.capacity() - out.size()));
}

void JsonBuffer::grow(qsizetype needed)
{
    m_capacity = std::max(m_size + needed, 2 * m_capacity);
    m_out.resize(m_capacity); // leaves the new bytes as they are: they are written before finish() counts them
    m_data = m_out.data();
}

void JsonBuffer::finish()
{
    if (m_out.size() != m_size) {
        m_out.resize(m_size);
        m_capacity = m_size;
        m_data = m_out.data();
    }
}

JsonObjectWriter::JsonObjectWriter(JsonBuffer &out)
    : m_out(out)
{
    m_out.append('{');
}

JsonObjectWriter::JsonObjectWriter(QByteArray &out)
    : m_ownBuffer(std::in_place, out)
    , m_out(*m_ownBuffer)
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
    char digits[24];
    const auto written = std::to_chars(std::begin(digits), std::end(digits), value);
    m_out.append(digits, written.ptr - digits);
    return *this;
}

JsonObjectWriter &JsonObjectWriter::boolean(QLatin1StringView name, bool value)
{
    key(name);
    JsonText::appendValue(m_out, value);
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
    JsonText::appendArray(m_out, values, [](JsonBuffer &out, const QString &value) {
        JsonText::appendString(out, value);
    });
    return *this;
}

JsonObjectWriter &JsonObjectWriter::object(QLatin1StringView name, const QJsonObject &value)
{
    key(name);
    JsonText::appendValue(m_out, value);
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
    JsonText::appendValue(m_out, value);
    return *this;
}

void JsonObjectWriter::close()
{
    m_out.append('}');
    if (m_ownBuffer)
        m_ownBuffer->finish();
}
