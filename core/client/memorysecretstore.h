// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/client/secretstore.h"

#include <QHash>
#include <QString>

#include <optional>

/// A SecretStore that keeps secrets in a QHash, for tests (and only for tests: nothing survives the process).
/// Every future it returns is already finished. setFailure() makes the next calls fail the way an unavailable
/// keychain does, to test how callers surface errors.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    /// Every secret by key, for assertions.
    const QHash<QString, QString> &secrets() const { return m_secrets; }
    /// While `error` is set, every call fails with it and changes nothing; std::nullopt clears it.
    void setFailure(const std::optional<ApiError> &error) { m_failure = error; }

    // SecretStore
    QFuture<Result<QString>> read(const QString &key) override;
    QFuture<VoidResult> write(const QString &key, const QString &secret) override;
    QFuture<VoidResult> remove(const QString &key) override;

private:
    QHash<QString, QString> m_secrets;
    std::optional<ApiError> m_failure;
};
