// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QStringList>
#include <QStringView>

#include <cstring>
#include <optional>

/// Where the JSON writers below put their bytes: the end of a QByteArray, appended to with a bounds check and a
/// copy. QByteArray::append() costs 50-130 instructions a call in Qt 6.4 (appending bytes goes through insert()),
/// and an answer is written in hundreds of small pieces: that made the writing of `POST /alert`'s answer a sixth of
/// the server's instructions. The array is grown geometrically and holds exactly what was written once finish()
/// is called or the buffer is gone; it must not be used otherwise meanwhile.
class JsonBuffer
{
public:
    /// Appends at the end of `out`.
    explicit JsonBuffer(QByteArray &out);
    ~JsonBuffer() { finish(); }
    JsonBuffer(const JsonBuffer &) = delete;
    JsonBuffer &operator=(const JsonBuffer &) = delete;

    void append(char c)
    {
        if (m_size == m_capacity)
            grow(1);
        m_data[m_size++] = c;
    }
    void append(const char *bytes, qsizetype n) { std::memcpy(extend(n), bytes, static_cast<size_t>(n)); }
    void append(QByteArrayView bytes) { append(bytes.data(), bytes.size()); }
    /// Makes the text `n` bytes longer and returns where they start: the caller writes all `n`.
    char *extend(qsizetype n)
    {
        if (m_capacity - m_size < n)
            grow(n);
        char *const at = m_data + m_size;
        m_size += n;
        return at;
    }
    /// Takes back the last `n` bytes of extend()'s.
    void shrink(qsizetype n) { m_size -= n; }
    /// Cuts the array to what was written (writing may go on after).
    void finish();

private:
    void grow(qsizetype needed);

    QByteArray &m_out;
    char *m_data = nullptr;
    qsizetype m_size = 0;     // what was written, from the start of m_out
    qsizetype m_capacity = 0; // m_out's size while writing
};

/// JSON text as the API writes it: compact, keys sorted, every non-ASCII character as a `\uXXXX` escape (as
/// Python's json module writes it by default, so that answers are byte-for-byte what upstream clients see).
namespace JsonText {

/// `object` through QJsonDocument, then non-ASCII escaped.
QByteArray encode(const QJsonObject &object);
QByteArray encode(const QJsonArray &array);

/// Appends `text` as a JSON string literal, escaped exactly as encode() escapes strings: `"`, `\`, the control
/// characters as QJsonDocument writes them, every UTF-16 unit from 0x80 up as `\uxxxx` (lone surrogates too).
void appendString(JsonBuffer &out, QStringView text);

/// Appends any value as encode() writes it.
void appendValue(JsonBuffer &out, const QJsonValue &value);

/// Appends `[item,item,...]`, each item written by `appendItem(out, item)`.
template<typename Range, typename AppendItem>
void appendArray(JsonBuffer &out, const Range &items, AppendItem &&appendItem)
{
    out.append('[');
    bool first = true;
    for (const auto &item : items) {
        if (!first)
            out.append(',');
        first = false;
        appendItem(out, item);
    }
    out.append(']');
}

} // namespace JsonText

/// Writes one JSON object straight into a byte array, the same bytes that JsonText::encode() gives for the
/// equivalent QJsonObject but without building one: for the answers written most (alerts in `POST /alert`, the
/// alert list, stream events), where building the QJsonObject cost more than the rest of the answer. Fields must be
/// written in the order QJsonObject sorts keys (plain ASCII order), which debug builds check.
class JsonObjectWriter
{
public:
    /// Starts the object (`{`) at the end of `out`.
    explicit JsonObjectWriter(JsonBuffer &out);
    /// The same at the end of a byte array, which holds the object once close() has been called.
    explicit JsonObjectWriter(QByteArray &out);
    JsonObjectWriter(const JsonObjectWriter &) = delete;
    JsonObjectWriter &operator=(const JsonObjectWriter &) = delete;

    /// A string; a null QString is written as null (AlertJson::nullable()).
    JsonObjectWriter &text(QLatin1StringView key, const QString &value);
    JsonObjectWriter &integer(QLatin1StringView key, qint64 value);
    JsonObjectWriter &boolean(QLatin1StringView key, bool value);
    JsonObjectWriter &null(QLatin1StringView key);
    JsonObjectWriter &stringArray(QLatin1StringView key, const QStringList &values);
    JsonObjectWriter &object(QLatin1StringView key, const QJsonObject &value);
    /// A value that is already JSON text.
    JsonObjectWriter &raw(QLatin1StringView key, QByteArrayView json);
    /// A value that `write(out)` appends in place (a nested object or array written by another writer).
    template<typename Write>
    JsonObjectWriter &nested(QLatin1StringView name, Write &&write)
    {
        key(name);
        write(m_out);
        return *this;
    }
    /// Any value under any key, as encode() writes it: for merging a QJsonObject's members with written ones.
    JsonObjectWriter &value(const QString &key, const QJsonValue &value);
    /// Ends the object (`}`).
    void close();

private:
    void key(QLatin1StringView key);
    void separateAndCheckOrder(QStringView key);

    std::optional<JsonBuffer> m_ownBuffer; // when writing into a byte array
    JsonBuffer &m_out;
    bool m_first = true;
#ifndef QT_NO_DEBUG
    QString m_lastKey;
#endif
};
