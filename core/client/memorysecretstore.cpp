// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/client/memorysecretstore.h"

#include <QFuture>

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{}

MemorySecretStore::~MemorySecretStore() = default;

QFuture<Result<QString>> MemorySecretStore::read(const QString &key)
{
    if (m_failure)
        return QtFuture::makeReadyFuture(Result<QString>(*m_failure));
    return QtFuture::makeReadyFuture(Result<QString>(m_secrets.value(key)));
}

QFuture<VoidResult> MemorySecretStore::write(const QString &key, const QString &secret)
{
    if (m_failure)
        return QtFuture::makeReadyFuture(VoidResult(*m_failure));
    m_secrets.insert(key, secret);
    return QtFuture::makeReadyFuture(VoidResult(Ok{}));
}

QFuture<VoidResult> MemorySecretStore::remove(const QString &key)
{
    if (m_failure)
        return QtFuture::makeReadyFuture(VoidResult(*m_failure));
    m_secrets.remove(key);
    return QtFuture::makeReadyFuture(VoidResult(Ok{}));
}
