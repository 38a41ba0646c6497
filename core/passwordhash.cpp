// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/passwordhash.h"

#include "core/constanttime.h"

#include <array>
#include <memory>

#include <QRandomGenerator>
#include <QRegularExpression>

#include <crypt.h>

namespace PasswordHash {

namespace {

/// bcrypt takes 16 bytes of salt (22 characters of its base64).
constexpr int SaltBytes = 16;

/// Overwrites `size` bytes so that password material does not linger on the heap; `volatile` keeps the compiler
/// from dropping stores to memory that is about to be freed.
void wipe(void *data, size_t size)
{
    auto *bytes = static_cast<volatile unsigned char *>(data);
    for (size_t i = 0; i < size; ++i)
        bytes[i] = 0;
}

/// A crypt_data on the heap (it is 32 KiB, too big for a worker thread's stack), zeroed as libxcrypt asks before
/// first use and wiped again when done.
class CryptData
{
public:
    CryptData()
        : m_data(std::make_unique<crypt_data>())
    {
        wipe(m_data.get(), sizeof(crypt_data));
    }
    ~CryptData() { wipe(m_data.get(), sizeof(crypt_data)); }
    Q_DISABLE_COPY_MOVE(CryptData)

    /// crypt_rn(): the 60-character hash, or an empty array when libxcrypt refuses the setting.
    QByteArray crypt(const QByteArray &passphrase, const QByteArray &setting)
    {
        const char *out = crypt_rn(passphrase.constData(), setting.constData(), m_data.get(), sizeof(crypt_data));
        // crypt_rn returns null on error; the '*' check guards against builds that return a failure token instead.
        if (out == nullptr || out[0] == '*')
            return {};
        return QByteArray(out);
    }

private:
    std::unique_ptr<crypt_data> m_data;
};

/// The three prefixes we accept, a two-digit cost in bcrypt's range, then 53 characters of bcrypt's base64.
bool wellFormed(const QString &hash)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral(R"(\$2[aby]\$(0[4-9]|[12][0-9]|3[01])\$[./A-Za-z0-9]{53})")));
    return pattern.match(hash).hasMatch();
}

/// The password as crypt(3) will read it, in a buffer of its own (so wiping it touches no one else's), or an empty
/// array if it cannot be expressed as a C string.
QByteArray passphrase(const QByteArray &password)
{
    if (password.isEmpty() || password.contains('\0'))
        return {};
    return QByteArray(password.constData(), qMin(password.size(), qsizetype(MaxPasswordBytes)));
}

} // namespace

QByteArray effectiveBytes(const QString &password)
{
    return password.toUtf8().left(MaxPasswordBytes);
}

QString hash(const QString &password, int cost)
{
    if (cost < MinCost || cost > MaxCost)
        return {};
    QByteArray input = passphrase(password.toUtf8());
    if (input.isEmpty())
        return {};

    std::array<quint32, SaltBytes / sizeof(quint32)> random{};
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    std::array<char, CRYPT_GENSALT_OUTPUT_SIZE> setting{};
    const char *salt = crypt_gensalt_rn("$2b$",
                                        static_cast<unsigned long>(cost),
                                        reinterpret_cast<const char *>(random.data()),
                                        SaltBytes,
                                        setting.data(),
                                        int(setting.size()));
    QByteArray out;
    if (salt != nullptr && salt[0] != '*')
        out = CryptData().crypt(input, QByteArray(salt));
    wipe(input.data(), size_t(input.size()));
    return QString::fromLatin1(out);
}

bool verify(const QString &password, const QString &hash)
{
    return verifyBytes(password.toUtf8(), hash);
}

bool verifyBytes(const QByteArray &password, const QString &hash)
{
    if (!wellFormed(hash))
        return false;
    QByteArray input = passphrase(password);
    if (input.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray computed = CryptData().crypt(input, stored);
    wipe(input.data(), size_t(input.size()));
    return !computed.isEmpty() && ConstantTime::equals(computed, stored);
}

} // namespace PasswordHash
