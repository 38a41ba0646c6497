// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/client/secretstore.h"

#include <QFuture>
#include <QString>

#include <chrono>
#include <memory>

template<typename T>
class QPromise;

/// The SecretStore of the application: the platform keychain through QtKeychain (the Secret Service, e.g.
/// gnome-keyring or KeePassXC, through libsecret on Linux; KWallet on Plasma). Entries are stored under the
/// service name given to the constructor (the app id) with the key as QtKeychain's key.
///
/// Never falls back to plaintext: QtKeychain's insecure fallback (unencrypted QSettings) stays off, and a missing
/// keychain is an error (code 503) the caller surfaces. A read that finds the keychain unavailable (at login it
/// may not be up yet) is retried once after retryDelay() before it reports the error.
///
/// Use it from a thread with an event loop (QtKeychain's jobs and libsecret's callbacks run there), normally the
/// GUI thread. Use MemorySecretStore in tests that do not test the keychain itself.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    /// The service name entries are stored under by default: the application id.
    static QString defaultService();

    explicit KeychainSecretStore(const QString &service = defaultService(), QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    QString service() const { return m_service; }

    /// How long a read waits before its one retry when the keychain is unavailable; 1 s by default.
    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    // SecretStore
    QFuture<Result<QString>> read(const QString &key) override;
    QFuture<VoidResult> write(const QString &key, const QString &secret) override;
    QFuture<VoidResult> remove(const QString &key) override;

private:
    void startRead(const QString &key, const std::shared_ptr<QPromise<Result<QString>>> &promise, bool isRetry);

    QString m_service;
    std::chrono::milliseconds m_retryDelay{1000};
};
