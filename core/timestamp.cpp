// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/timestamp.h"

#include <QDate>

namespace {
// Days from 1970-01-01 to the given civil date (Howard Hinnant's algorithm); avoids QDateTime on the hot path.
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * static_cast<unsigned>(m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<qint64>(era) * 146097 + static_cast<qint64>(doe) - 719468;
}

void civilFromDays(qint64 z, int &y, int &m, int &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = static_cast<int>(static_cast<qint64>(yoe) + era * 400 + (m <= 2 ? 1 : 0));
}

void put(QChar *&out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QChar(u'0' + value % 10);
        value /= 10;
    }
    out += width;
}

// Reads minDigits..maxDigits decimal digits at pos; strptime accepts unpadded fields, so do we.
bool digits(QStringView s, qsizetype &pos, int minDigits, int maxDigits, int &value, int *count = nullptr)
{
    int n = 0;
    value = 0;
    while (n < maxDigits && pos < s.size() && s[pos] >= u'0' && s[pos] <= u'9') {
        value = value * 10 + (s[pos].unicode() - u'0');
        ++pos;
        ++n;
    }
    if (count)
        *count = n;
    return n >= minDigits;
}

// strptime matches its literals case-insensitively, so `t` and `z` are accepted as upstream does.
bool expect(QStringView s, qsizetype &pos, char16_t c)
{
    if (pos < s.size() && s[pos].toUpper() == QChar(c)) {
        ++pos;
        return true;
    }
    return false;
}
} // namespace

namespace IsoTime {

QString format(Timestamp t)
{
    qint64 days = t / 86400000;
    qint64 msOfDay = t % 86400000;
    if (msOfDay < 0) {
        msOfDay += 86400000;
        --days;
    }
    int y = 0, m = 0, d = 0;
    civilFromDays(days, y, m, d);
    QString s(24, Qt::Uninitialized);
    QChar *out = s.data();
    put(out, y, 4);
    *out++ = u'-';
    put(out, m, 2);
    *out++ = u'-';
    put(out, d, 2);
    *out++ = u'T';
    put(out, static_cast<int>(msOfDay / 3600000), 2);
    *out++ = u':';
    put(out, static_cast<int>(msOfDay / 60000 % 60), 2);
    *out++ = u':';
    put(out, static_cast<int>(msOfDay / 1000 % 60), 2);
    *out++ = u'.';
    put(out, static_cast<int>(msOfDay % 1000), 3);
    *out = u'Z';
    return s;
}

std::optional<Timestamp> parse(QStringView s)
{
    qsizetype pos = 0;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0, frac = 0, fracDigits = 0;
    if (!digits(s, pos, 4, 4, y) || !expect(s, pos, u'-') || !digits(s, pos, 1, 2, mo) || !expect(s, pos, u'-')
        || !digits(s, pos, 1, 2, d) || !expect(s, pos, u'T') || !digits(s, pos, 1, 2, h) || !expect(s, pos, u':')
        || !digits(s, pos, 1, 2, mi) || !expect(s, pos, u':') || !digits(s, pos, 1, 2, sec) || !expect(s, pos, u'.')
        || !digits(s, pos, 1, 6, frac, &fracDigits) || !expect(s, pos, u'Z') || pos != s.size())
        return std::nullopt;
    if (!QDate::isValid(y, mo, d) || h > 23 || mi > 59 || sec > 59)
        return std::nullopt;
    for (int i = fracDigits; i < 6; ++i)
        frac *= 10; // now microseconds
    const qint64 seconds = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec;
    return seconds * 1000 + frac / 1000;
}

QString formatError()
{
    return QStringLiteral("dates must be ISO 8601 date format YYYY-MM-DDThh:mm:ss.sssZ");
}

} // namespace IsoTime
