// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>

/// The classes of text HTTP/1.1 allows where ConnectionGuard and ChunkedFraming read the wire.
namespace HttpText {

/// RFC 9110 token characters: method and header names.
inline bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    static const QByteArray extra = QByteArrayLiteral("!#$%&'*+-.^_`|~");
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || extra.contains(c);
    });
}

/// Control characters other than tab end a field value (a header, a trailer field, a chunk extension) as far as
/// HTTP is concerned; bytes from 0x80 up (obs-text) are allowed.
inline bool isFieldValue(QByteArrayView text)
{
    return std::none_of(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<uchar>(c);
        return (u < 0x20 && u != '\t') || u == 0x7f;
    });
}

} // namespace HttpText
