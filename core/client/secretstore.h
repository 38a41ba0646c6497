// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/result.h"

#include <QFuture>
#include <QObject>
#include <QString>

/// Where the console keeps secrets (API keys, passwords, login tokens): the platform keychain
/// (KeychainSecretStore) in the application, an in-memory fake (MemorySecretStore) in tests. Secrets never go
/// through QSettings; ConnectionProfileStore is the usual caller.
///
/// Keys are "<profile id>/<kind>" with kind apiKey, password or token (ConnectionProfile::secretKey()).
///
/// Everything is asynchronous and nothing blocks or spins a nested event loop: each call returns a QFuture whose
/// continuation the caller attaches with a context object (`future.then(this, ...)`). A missing entry reads as an
/// empty string with ok() ("not set"); a failing backend gives an ApiError whose message says what went wrong:
/// code 503 when no keychain is reachable (the caller may keep a secret in memory for the session and say so),
/// 500 for any other failure (access denied, a write refused). A future of a store destroyed before the backend
/// answered is cancelled and carries no result.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    /// The secret under `key`; empty and ok() when there is none.
    virtual QFuture<Result<QString>> read(const QString &key) = 0;
    /// Stores `secret` under `key`, replacing what was there.
    virtual QFuture<VoidResult> write(const QString &key, const QString &secret) = 0;
    /// Removes the secret under `key`; removing a missing entry succeeds.
    virtual QFuture<VoidResult> remove(const QString &key) = 0;
};
