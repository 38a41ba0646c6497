// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/client/keychainsecretstore.h"

#include <QLoggingCategory>
#include <QPromise>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace {

Q_LOGGING_CATEGORY(lcSecrets, "alerta.client.secrets", QtInfoMsg)

/// No keychain to talk to: no Secret Service / KWallet (NoBackendAvailable), or D-Bus or libsecret failing to
/// reach one (libsecret reports every error but "no such item" and "locked" as OtherError).
bool isUnavailable(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
}

/// `what` ("Cannot read the secret …") with the keychain's own explanation; 503 when no keychain is reachable.
ApiError keychainError(const QKeychain::Job &job, const QString &what)
{
    const int code = isUnavailable(job.error()) ? 503 : 500;
    const QString reason =
        job.errorString().isEmpty() ? QStringLiteral("error %1").arg(int(job.error())) : job.errorString();
    return ApiError{code, what + QStringLiteral(": ") + reason, {}};
}

template<typename T>
std::shared_ptr<QPromise<T>> startedPromise()
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    return promise;
}

template<typename T>
void settle(QPromise<T> &promise, T result)
{
    promise.addResult(std::move(result));
    promise.finish();
}

/// A job of QtKeychain set up the one way we use them. It gets no parent and deletes itself once finished:
/// libsecret's callback keeps a raw pointer into the job (frankosterfeld/qtkeychain: qtkeychain/libsecret.cpp),
/// so a job must outlive its request even when the store goes away first.
template<typename Job>
Job *newJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

QString KeychainSecretStore::defaultService()
{
    return QStringLiteral("org.alerta.console");
}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

KeychainSecretStore::~KeychainSecretStore() = default;

QFuture<Result<QString>> KeychainSecretStore::read(const QString &key)
{
    auto promise = startedPromise<Result<QString>>();
    QFuture<Result<QString>> future = promise->future();
    startRead(key, promise, false);
    return future;
}

void KeychainSecretStore::startRead(const QString &key,
                                    const std::shared_ptr<QPromise<Result<QString>>> &promise,
                                    bool isRetry)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, key);
    // The store is the context: when it goes first, the connection and with it the promise go, which cancels
    // the future.
    connect(job, &QKeychain::Job::finished, this, [this, key, promise, isRetry, job] {
        switch (job->error()) {
        case QKeychain::NoError:
            settle(*promise, Result<QString>(job->textData()));
            return;
        case QKeychain::EntryNotFound:
            settle(*promise, Result<QString>(QString()));
            return;
        default:
            break;
        }
        if (isUnavailable(job->error()) && !isRetry) {
            // At login the keychain may not be up yet (nextcloud/desktop: src/libsync/creds/keychainchunk.cpp).
            qCWarning(lcSecrets).nospace().noquote()
                << "keychain unavailable reading " << key << " (" << job->errorString() << "); retrying in "
                << m_retryDelay.count() << " ms";
            QTimer::singleShot(m_retryDelay, this, [this, key, promise] { startRead(key, promise, true); });
            return;
        }
        qCWarning(lcSecrets).nospace().noquote()
            << "cannot read " << key << " from the keychain: " << job->errorString();
        settle(*promise,
               Result<QString>(keychainError(*job, tr("Cannot read the secret %1 from the keychain").arg(key))));
    });
    job->start();
}

QFuture<VoidResult> KeychainSecretStore::write(const QString &key, const QString &secret)
{
    auto promise = startedPromise<VoidResult>();
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [key, promise, job] {
        if (job->error() == QKeychain::NoError) {
            settle(*promise, VoidResult(Ok{}));
            return;
        }
        qCWarning(lcSecrets).nospace().noquote()
            << "cannot write " << key << " to the keychain: " << job->errorString();
        settle(*promise, VoidResult(keychainError(*job, tr("Cannot store the secret %1 in the keychain").arg(key))));
    });
    job->start();
    return promise->future();
}

QFuture<VoidResult> KeychainSecretStore::remove(const QString &key)
{
    auto promise = startedPromise<VoidResult>();
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [key, promise, job] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
            settle(*promise, VoidResult(Ok{}));
            return;
        }
        qCWarning(lcSecrets).nospace().noquote()
            << "cannot remove " << key << " from the keychain: " << job->errorString();
        settle(*promise, VoidResult(keychainError(*job, tr("Cannot remove the secret %1 from the keychain").arg(key))));
    });
    job->start();
    return promise->future();
}
