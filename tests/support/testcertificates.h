// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

/// Certificates for TLS tests, made by Debian's openssl in a directory of the test's: a throwaway certificate
/// authority (ca.pem) and a server certificate it signed for 127.0.0.1 (server.pem, server.key), with the address as
/// a subject alternative name, which is what clients check.
class TestCertificates
{
public:
    explicit TestCertificates(const QString &dir)
        : m_dir(dir)
    {}

    /// Makes the authority and the server certificate; false (see failure()) when openssl is missing or fails.
    bool make()
    {
        QFile extensions(path(QStringLiteral("san.ext")));
        if (!extensions.open(QIODevice::WriteOnly)) {
            m_failure = extensions.errorString();
            return false;
        }
        extensions.write("subjectAltName = IP:127.0.0.1\nbasicConstraints = CA:FALSE\n");
        extensions.close();
        return openssl(QStringLiteral("req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=Alerta-Test-CA "
                                      "-keyout ca.key -out ca.pem"))
            && openssl(QStringLiteral("req -newkey rsa:2048 -nodes -subj /CN=127.0.0.1 -keyout server.key "
                                      "-out server.csr"))
            && openssl(QStringLiteral("x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 "
                                      "-extfile san.ext -out server.pem"));
    }

    /// Runs openssl with the space-separated words of `arguments` in the directory; false (see failure()) on error.
    bool openssl(const QString &arguments)
    {
        QProcess process;
        process.setWorkingDirectory(m_dir);
        process.start(QStringLiteral("openssl"), arguments.split(u' ', Qt::SkipEmptyParts));
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            m_failure = u"openssl " + arguments + u": " + process.errorString() + u' '
                + QString::fromUtf8(process.readAllStandardError());
            return false;
        }
        return true;
    }

    QString path(const QString &name) const { return QDir(m_dir).filePath(name); }
    QString caFile() const { return path(QStringLiteral("ca.pem")); }
    QString certFile() const { return path(QStringLiteral("server.pem")); }
    QString keyFile() const { return path(QStringLiteral("server.key")); }
    QString failure() const { return m_failure; }

private:
    QString m_dir;
    QString m_failure;
};
