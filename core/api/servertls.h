// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/result.h"

#include <QSslConfiguration>
#include <QString>

/// The TLS set-up of alerta-server from TLS_CERT_FILE and TLS_KEY_FILE: PEM files, the certificate file holding
/// the server's certificate first and then any intermediate certificates, the key file an unencrypted RSA or EC
/// private key (readable by the server's user only, as the packaged unit sets it up).
namespace ServerTls {

/// The server side of a TLS connection with that certificate chain and key, TLS 1.2 or later; an error naming
/// the file when one cannot be read or the key does not belong to the certificate.
Result<QSslConfiguration> load(const QString &certFile, const QString &keyFile);

} // namespace ServerTls
