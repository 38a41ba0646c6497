// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

namespace ConstantTime {

/// Equal sizes and contents, in time that depends only on the sizes: whoever guesses a secret (a token's signature,
/// a password hash) learns nothing from how long a refusal takes. Every comparison with a secret goes through here.
inline bool equals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace ConstantTime
