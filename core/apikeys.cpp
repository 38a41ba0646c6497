// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/apikeys.h"

#include <algorithm>
#include <array>

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace ApiKeys {

QString generate(const QByteArray &secretKey)
{
    std::array<quint32, RandomBytes / sizeof(quint32)> random{};
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    return derive(secretKey, QByteArray(reinterpret_cast<const char *>(random.data()), RandomBytes));
}

QString derive(const QByteArray &secretKey, const QByteArray &randomBytes)
{
    const QByteArray digest = QMessageAuthenticationCode::hash(randomBytes, secretKey, QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toBase64(QByteArray::Base64UrlEncoding).left(KeyLength));
}

QString hash(const QString &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString hint(const QString &key)
{
    return key.left(std::min<qsizetype>(HintLength, key.size() / 4)) + u'\u2026';
}

} // namespace ApiKeys
