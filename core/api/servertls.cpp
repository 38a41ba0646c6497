// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/servertls.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace ServerTls {

namespace {

ApiError unusable(const QString &setting, const QString &path, const QString &why)
{
    return ApiError::badRequest(QStringLiteral("%1 %2: %3").arg(setting, path, why));
}

} // namespace

Result<QSslConfiguration> load(const QString &certFile, const QString &keyFile)
{
    if (certFile.isEmpty() != keyFile.isEmpty())
        return ApiError::badRequest(QStringLiteral("TLS_CERT_FILE and TLS_KEY_FILE go together: set both or neither"));

    QFile certs(certFile);
    if (!certs.open(QIODevice::ReadOnly))
        return unusable(QStringLiteral("TLS_CERT_FILE"), certFile, certs.errorString());
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certs.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return unusable(QStringLiteral("TLS_CERT_FILE"), certFile, QStringLiteral("no PEM certificate in it"));

    QFile keyData(keyFile);
    if (!keyData.open(QIODevice::ReadOnly))
        return unusable(QStringLiteral("TLS_KEY_FILE"), keyFile, keyData.errorString());
    const QByteArray pem = keyData.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return unusable(QStringLiteral("TLS_KEY_FILE"),
                        keyFile,
                        QStringLiteral("no unencrypted RSA or EC private key in PEM form in it"));
    // Qt only finds a key that does not belong to the certificate at the first handshake; a key of another type or
    // size is caught here.
    if (chain.first().publicKey().algorithm() != key.algorithm() || chain.first().publicKey().length() != key.length())
        return unusable(QStringLiteral("TLS_KEY_FILE"),
                        keyFile,
                        QStringLiteral("its type or size differs from the key of TLS_CERT_FILE"));

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    // A server does not ask its clients for certificates: API keys and tokens authenticate them.
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

} // namespace ServerTls
