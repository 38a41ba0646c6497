// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/serversettings.h"

#include <algorithm>
#include <limits>
#include <type_traits>
#include <variant>
#include <vector>

#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>

#include "core/engineconfig.h"
#include "core/logging.h"
#include "core/severitymap.h"

namespace {

// ---------------------------------------------------------------------------------------------------------------
// Python literals

/// A cursor over alertad.conf text (line endings already normalised to '\n') that reads Python literals.
/// Inside brackets, newlines and comments are white space, as in Python; outside they end the statement.
class LiteralReader
{
public:
    explicit LiteralReader(QStringView text)
        : m_text(text)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == u'\n')
                m_newlines.push_back(i);
        }
    }

    qsizetype pos() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const { return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : QChar(); }
    void advance(qsizetype count = 1) { m_pos += count; }
    /// Back to `pos` outside any bracket, after a failed read.
    void reset(qsizetype pos)
    {
        m_pos = pos;
        m_depth = 0;
    }
    /// Treats newlines as white space from here on (for a literal that stands alone).
    void enterBrackets() { ++m_depth; }

    /// 1-based line of a position.
    int lineAt(qsizetype pos) const
    {
        return int(std::lower_bound(m_newlines.begin(), m_newlines.end(), pos) - m_newlines.begin()) + 1;
    }

    /// Spaces, tabs and backslash continuations; inside brackets also newlines and comments.
    void skipSpace()
    {
        while (!atEnd()) {
            const QChar c = peek();
            if (c == u' ' || c == u'\t' || c == u'\f' || c == u'\r') {
                advance();
            } else if (c == u'\\' && peek(1) == u'\n') {
                advance(2);
            } else if (m_depth > 0 && c == u'\n') {
                advance();
            } else if (m_depth > 0 && c == u'#') {
                skipComment();
            } else {
                break;
            }
        }
    }

    /// Everything between statements: white space, empty lines, comments and `;`.
    void skipBetweenStatements()
    {
        while (!atEnd()) {
            const QChar c = peek();
            if (c == u' ' || c == u'\t' || c == u'\f' || c == u'\r' || c == u'\n' || c == u';')
                advance();
            else if (c == u'\\' && peek(1) == u'\n')
                advance(2);
            else if (c == u'#')
                skipComment();
            else
                break;
        }
    }

    /// True at what may follow a complete statement: the end, a newline, a comment or `;`.
    bool atStatementEnd() const
    {
        const QChar c = peek();
        return atEnd() || c == u'\n' || c == u'#' || c == u';';
    }

    QString readIdentifier()
    {
        const qsizetype start = m_pos;
        if (!atEnd() && (peek().isLetter() || peek() == u'_')) {
            while (!atEnd() && (peek().isLetterOrNumber() || peek() == u'_'))
                advance();
        }
        return m_text.mid(start, m_pos - start).toString();
    }

    /// Moves past a right-hand side this reader cannot evaluate, to the newline or `;` that ends it; false when
    /// a string or bracket is never closed.
    bool skipStatement()
    {
        int depth = 0;
        while (!atEnd()) {
            const QChar c = peek();
            if (c == u'\'' || c == u'"') {
                if (!skipString())
                    return false;
            } else if (c == u'#') {
                skipComment();
            } else if (c == u'\\') {
                advance(2);
            } else if (c == u'(' || c == u'[' || c == u'{') {
                ++depth;
                advance();
            } else if (c == u')' || c == u']' || c == u'}') {
                if (--depth < 0)
                    return false;
                advance();
            } else if ((c == u'\n' || c == u';') && depth == 0) {
                return true;
            } else {
                advance();
            }
        }
        return depth == 0;
    }

    /// One literal, or nullopt when the text here is not one (the position is then unspecified).
    std::optional<QJsonValue> readValue()
    {
        skipSpace();
        if (atEnd())
            return std::nullopt;
        const QChar c = peek();
        if (c == u'[') {
            advance();
            ++m_depth;
            QJsonArray items;
            if (!readItems(items, u']'))
                return std::nullopt;
            return items;
        }
        if (c == u'(')
            return readParenthesised();
        if (c == u'{')
            return readDict();
        if (c == u'-' || c == u'+') {
            advance();
            skipSpace();
            const std::optional<QJsonValue> number = readNumber();
            if (!number || c == u'+')
                return number;
            return m_lastNumberWasFloat ? QJsonValue(-number->toDouble()) : QJsonValue(-number->toInteger());
        }
        if (c.isDigit() || (c == u'.' && peek(1).isDigit()))
            return readNumber();
        if (atStringStart())
            return readStrings();
        const QString word = readIdentifier();
        if (word == u"True")
            return QJsonValue(true);
        if (word == u"False")
            return QJsonValue(false);
        if (word == u"None")
            return QJsonValue(QJsonValue::Null);
        return std::nullopt;
    }

private:
    void skipComment()
    {
        while (!atEnd() && peek() != u'\n')
            advance();
    }

    /// Items after an opening bracket up to `close`, trailing comma allowed.
    bool readItems(QJsonArray &items, char16_t close)
    {
        for (;;) {
            skipSpace();
            if (peek() == close) {
                advance();
                --m_depth;
                return true;
            }
            const std::optional<QJsonValue> item = readValue();
            if (!item)
                return false;
            items.append(*item);
            skipSpace();
            if (peek() == u',')
                advance();
            else if (peek() != close)
                return false;
        }
    }

    /// `()` and `(a, ...)` are tuples (read as lists); `(a)` is just `a`.
    std::optional<QJsonValue> readParenthesised()
    {
        advance();
        ++m_depth;
        skipSpace();
        if (peek() == u')') {
            advance();
            --m_depth;
            return QJsonArray();
        }
        const std::optional<QJsonValue> first = readValue();
        if (!first)
            return std::nullopt;
        skipSpace();
        if (peek() == u')') {
            advance();
            --m_depth;
            return first;
        }
        if (peek() != u',')
            return std::nullopt;
        advance();
        QJsonArray items{*first};
        if (!readItems(items, u')'))
            return std::nullopt;
        return items;
    }

    std::optional<QJsonValue> readDict()
    {
        advance();
        ++m_depth;
        QJsonObject object;
        for (;;) {
            skipSpace();
            if (peek() == u'}') {
                advance();
                --m_depth;
                return object;
            }
            const std::optional<QJsonValue> key = readValue();
            if (!key || !key->isString())
                return std::nullopt;
            skipSpace();
            if (peek() != u':')
                return std::nullopt;
            advance();
            const std::optional<QJsonValue> value = readValue();
            if (!value)
                return std::nullopt;
            object.insert(key->toString(), *value);
            skipSpace();
            if (peek() == u',')
                advance();
            else if (peek() != u'}')
                return std::nullopt;
        }
    }

    /// Python puts `_` only between two digits.
    static bool underscoresValid(QStringView token, bool hex)
    {
        const auto isDigit = [hex](QChar c) {
            return c.isDigit() || (hex && ((c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')));
        };
        for (qsizetype i = 0; i < token.size(); ++i) {
            if (token[i] == u'_'
                && (i == 0 || i + 1 == token.size() || !isDigit(token[i - 1]) || !isDigit(token[i + 1])))
                return false;
        }
        return true;
    }

    std::optional<QJsonValue> readNumber()
    {
        m_lastNumberWasFloat = false;
        const qsizetype start = m_pos;
        const QChar baseLetter = peek(1).toLower();
        if (peek() == u'0' && (baseLetter == u'x' || baseLetter == u'o' || baseLetter == u'b')) {
            advance(2);
            const qsizetype digitsStart = m_pos;
            while (!atEnd() && (peek().isLetterOrNumber() || peek() == u'_'))
                advance();
            QStringView digits = m_text.mid(digitsStart, m_pos - digitsStart);
            if (digits.startsWith(u'_'))
                digits = digits.mid(1); // 0x_ff is valid Python
            const int base = baseLetter == u'x' ? 16 : baseLetter == u'o' ? 8 : 2;
            const QStringView valid = QStringView(u"0123456789abcdef").left(base);
            const bool allDigits = std::all_of(digits.begin(), digits.end(), [valid](QChar c) {
                return c == u'_' || valid.contains(c.toLower());
            });
            if (digits.isEmpty() || !allDigits || !underscoresValid(digits, base == 16))
                return std::nullopt;
            bool ok = false;
            const qint64 value = digits.toString().remove(u'_').toLongLong(&ok, base);
            if (!ok)
                return std::nullopt;
            return QJsonValue(value);
        }
        const auto skipDigits = [this] {
            while (!atEnd() && (peek().isDigit() || peek() == u'_'))
                advance();
        };
        skipDigits();
        bool isFloat = false;
        if (peek() == u'.') {
            isFloat = true;
            advance();
            skipDigits();
        }
        if (peek() == u'e' || peek() == u'E') {
            isFloat = true;
            advance();
            if (peek() == u'+' || peek() == u'-')
                advance();
            if (!peek().isDigit())
                return std::nullopt;
            skipDigits();
        }
        // 1j, 1.2.3, 12abc: not a number this reader knows
        if (!atEnd() && (peek().isLetterOrNumber() || peek() == u'_' || peek() == u'.'))
            return std::nullopt;
        const QStringView token = m_text.mid(start, m_pos - start);
        const qsizetype exponent = std::max(token.indexOf(u'e'), token.indexOf(u'E'));
        const auto parts = exponent < 0 ? QList<QStringView>{token}
                                        : QList<QStringView>{token.left(exponent), token.mid(exponent + 1)};
        for (const QStringView part : parts) {
            for (const QStringView piece : part.split(u'.')) {
                QStringView digits = piece;
                if (digits.startsWith(u'+') || digits.startsWith(u'-'))
                    digits = digits.mid(1);
                if (!underscoresValid(digits, false))
                    return std::nullopt;
            }
        }
        const QString plain = token.toString().remove(u'_');
        bool ok = false;
        if (isFloat) {
            const double value = plain.toDouble(&ok);
            if (!ok)
                return std::nullopt;
            m_lastNumberWasFloat = true;
            return QJsonValue(value);
        }
        // Python 3 rejects leading zeros (`0123`), which Python 2 read as octal.
        if (plain.size() > 1 && plain.startsWith(u'0') && plain.count(u'0') != plain.size())
            return std::nullopt;
        const qint64 value = plain.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        return QJsonValue(value);
    }

    /// Length of the string prefix (r, u, b, f, ...) at the cursor when a quote follows it, else -1.
    qsizetype stringPrefixLength() const
    {
        qsizetype n = 0;
        while (n < 2 && QStringView(u"rRuUbBfF").contains(peek(n)))
            ++n;
        return peek(n) == u'\'' || peek(n) == u'"' ? n : -1;
    }

    bool atStringStart() const { return stringPrefixLength() >= 0; }

    /// Adjacent string literals concatenate, as in Python.
    std::optional<QJsonValue> readStrings()
    {
        QString text;
        do {
            const std::optional<QString> part = readString();
            if (!part)
                return std::nullopt;
            text += *part;
            skipSpace();
        } while (atStringStart());
        return QJsonValue(text);
    }

    /// Moves past one string without decoding it (for skipStatement); false when it is not closed.
    bool skipString()
    {
        const QChar quote = peek();
        const bool triple = peek(1) == quote && peek(2) == quote;
        advance(triple ? 3 : 1);
        while (!atEnd()) {
            const QChar c = peek();
            if (c == u'\\') {
                advance(2);
            } else if (!triple && c == u'\n') {
                return false;
            } else if (c == quote && (!triple || (peek(1) == quote && peek(2) == quote))) {
                advance(triple ? 3 : 1);
                return true;
            } else {
                advance();
            }
        }
        return false;
    }

    /// `count` hex digits as a code point, or -1.
    long long readHex(int count)
    {
        long long value = 0;
        for (int i = 0; i < count; ++i) {
            const auto digit = QStringView(u"0123456789abcdef").indexOf(peek(i).toLower());
            if (digit < 0)
                return -1;
            value = value * 16 + digit;
        }
        advance(count);
        return value;
    }

    static void appendCodePoint(QString &out, char32_t codePoint)
    {
        if (QChar::requiresSurrogates(codePoint)) {
            out += QChar(QChar::highSurrogate(codePoint));
            out += QChar(QChar::lowSurrogate(codePoint));
        } else {
            out += QChar(char16_t(codePoint));
        }
    }

    std::optional<QString> readString()
    {
        const qsizetype prefixLength = stringPrefixLength();
        const QString prefix = m_text.mid(m_pos, prefixLength).toString().toLower();
        // Bytes and f-strings are not plain values.
        if (prefix.size() > 1 || prefix == u"b" || prefix == u"f")
            return std::nullopt;
        const bool raw = prefix == u"r";
        advance(prefixLength);
        const QChar quote = peek();
        const bool triple = peek(1) == quote && peek(2) == quote;
        advance(triple ? 3 : 1);
        QString out;
        while (!atEnd()) {
            const QChar c = peek();
            if (!triple && c == u'\n')
                return std::nullopt;
            if (c == quote && (!triple || (peek(1) == quote && peek(2) == quote))) {
                advance(triple ? 3 : 1);
                return out;
            }
            if (c != u'\\') {
                out += c;
                advance();
                continue;
            }
            if (m_pos + 1 >= m_text.size())
                return std::nullopt;
            const QChar next = peek(1);
            advance(2);
            if (raw) {
                // A raw string keeps the backslash; it only stops the quote from ending the string.
                out += c;
                out += next;
                continue;
            }
            switch (next.unicode()) {
            case u'\n':
                break; // line continuation inside the string
            case u'\\':
            case u'\'':
            case u'"':
                out += next;
                break;
            case u'a':
                out += QChar(0x07);
                break;
            case u'b':
                out += QChar(0x08);
                break;
            case u'f':
                out += QChar(0x0c);
                break;
            case u'n':
                out += QChar(u'\n');
                break;
            case u'r':
                out += QChar(u'\r');
                break;
            case u't':
                out += QChar(u'\t');
                break;
            case u'v':
                out += QChar(0x0b);
                break;
            case u'x':
            case u'u':
            case u'U': {
                const long long codePoint = readHex(next == u'x' ? 2 : next == u'u' ? 4 : 8);
                if (codePoint < 0 || codePoint > 0x10FFFF)
                    return std::nullopt;
                appendCodePoint(out, char32_t(codePoint));
                break;
            }
            case u'N':
                return std::nullopt; // \N{name} would need the Unicode name table
            default:
                if (next >= u'0' && next <= u'7') {
                    int value = next.unicode() - u'0';
                    for (int i = 0; i < 2 && peek() >= u'0' && peek() <= u'7'; ++i) {
                        value = value * 8 + (peek().unicode() - u'0');
                        advance();
                    }
                    out += QChar(char16_t(value));
                } else {
                    // Python keeps unknown escapes as written.
                    out += c;
                    out += next;
                }
            }
        }
        return std::nullopt;
    }

    QStringView m_text;
    std::vector<qsizetype> m_newlines;
    qsizetype m_pos = 0;
    int m_depth = 0;
    bool m_lastNumberWasFloat = false;
};

/// Python reads `\r\n` as `\n`; a BOM is not part of the text.
QString normalised(QStringView text)
{
    QString out = text.toString();
    if (out.startsWith(QChar(0xFEFF)))
        out.remove(0, 1);
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return out;
}

// ---------------------------------------------------------------------------------------------------------------
// The settings table

using S = ServerSettings;

/// Where a name is read from.
enum Source : unsigned {
    File = 1,
    Env = 2,
    FileEnv = File | Env,
};

/// The member a name sets; std::monostate for aliases (integers resolved by aliasRules, no member of their own).
using Member = std::variant<std::monostate,
                            bool S::*,
                            int S::*,
                            S::Seconds S::*,
                            S::Milliseconds S::*,
                            QString S::*,
                            std::optional<QString> S::*,
                            QStringList S::*,
                            QJsonObject S::*,
                            S::SeverityLevels S::*,
                            S::HawkCredentials S::*>;

struct Setting
{
    const char *name;
    unsigned sources;
    Member member;
};

// Every name, once: files, the environment, value() and names() all read this table; the types come from the
// members. FileEnv marks the names spec §9 lets the environment override.
const Setting settingTable[] = {
    {"DEBUG", FileEnv, &S::debug},
    {"SECRET_KEY", FileEnv, &S::secretKey},
    {"BASE_URL", FileEnv, &S::baseUrl},
    {"USE_PROXYFIX", FileEnv, &S::useProxyFix},
    {"DATABASE_URL", FileEnv, &S::databaseUrl},
    {"DATABASE_NAME", FileEnv, &S::databaseName},
    {"DATABASE_SCHEMA", FileEnv, &S::databaseSchema},
    {"ALARM_MODEL", File, &S::alarmModel},
    {"DEFAULT_PAGE_SIZE", File, &S::defaultPageSize},
    {"HISTORY_LIMIT", File, &S::historyLimit},
    {"HISTORY_ON_VALUE_CHANGE", File, &S::historyOnValueChange},
    {"DEFAULT_FIELD", File, &S::defaultField},

    {"AUTH_REQUIRED", FileEnv, &S::authRequired},
    {"AUTH_PROVIDER", FileEnv, &S::authProvider},
    {"ADMIN_USERS", FileEnv, &S::adminUsers},
    {"DEFAULT_ADMIN_ROLE", File, &S::defaultAdminRole},
    {"ADMIN_ROLES", File, &S::adminRoles},
    {"DEFAULT_USER_ROLE", File, &S::defaultUserRole},
    {"USER_ROLES", File, &S::userRoles},
    {"USER_DEFAULT_SCOPES", File, &S::userDefaultScopes},
    {"DEFAULT_GUEST_ROLE", File, &S::defaultGuestRole},
    {"GUEST_ROLES", File, &S::guestRoles},
    {"GUEST_DEFAULT_SCOPES", File, &S::guestDefaultScopes},
    {"CUSTOM_SCOPES", File, &S::customScopes},
    {"DELETE_SCOPES", File, &S::deleteScopes},
    {"CUSTOMER_VIEWS", FileEnv, &S::customerViews},
    {"ALLOW_READONLY", File, &S::allowReadonly},
    {"READONLY_SCOPES", File, &S::readonlyScopes},
    {"BASIC_AUTH_REALM", File, &S::basicAuthRealm},
    {"SIGNUP_ENABLED", FileEnv, &S::signupEnabled},
    {"EMAIL_VERIFICATION", File, &S::emailVerification},
    {"ALLOWED_EMAIL_DOMAINS", FileEnv, &S::allowedEmailDomains},
    {"AUTH_PROXY", File, &S::authProxy},
    {"AUTH_PROXY_USER_HEADER", File, &S::authProxyUserHeader},
    {"AUTH_PROXY_ROLES_HEADER", File, &S::authProxyRolesHeader},
    {"AUTH_PROXY_ROLES_SEPARATOR", File, &S::authProxyRolesSeparator},
    {"AUTH_PROXY_AUTO_SIGNUP", File, &S::authProxyAutoSignup},
    {"HMAC_AUTH_CREDENTIALS", File, &S::hmacAuthCredentials},
    {"TOKEN_EXPIRE_DAYS", File, &S::tokenExpireDays},
    {"API_KEY_EXPIRE_DAYS", File, &S::apiKeyExpireDays},
    {"OAUTH2_CLIENT_ID", FileEnv, &S::oauth2ClientId},
    {"OAUTH2_CLIENT_SECRET", FileEnv, &S::oauth2ClientSecret},
    {"SAML2_ENTITY_ID", File, &S::saml2EntityId},

    {"CORS_ORIGINS", FileEnv, &S::corsOrigins},
    {"CORS_ALLOW_HEADERS", File, &S::corsAllowHeaders},
    {"CORS_SUPPORTS_CREDENTIALS", File, &S::corsSupportsCredentials},

    {"SEVERITY_MAP", File, &S::severityMap},
    {"COLOR_MAP", File, &S::colorMap},
    {"DEFAULT_NORMAL_SEVERITY", File, &S::defaultNormalSeverity},
    {"DEFAULT_INFORM_SEVERITY", File, &S::defaultInformSeverity},
    {"DEFAULT_PREVIOUS_SEVERITY", File, &S::defaultPreviousSeverity},

    {"ALERT_TIMEOUT", File, &S::alertTimeout},
    {"DEFAULT_TIMEOUT", File, {}},
    {"HEARTBEAT_TIMEOUT", File, &S::heartbeatTimeout},
    {"HEARTBEAT_MAX_LATENCY", File, &S::heartbeatMaxLatency},
    {"ACK_TIMEOUT", File, &S::ackTimeout},
    {"SHELVE_TIMEOUT", File, &S::shelveTimeout},
    {"DELETE_EXPIRED_AFTER", FileEnv, &S::deleteExpiredAfter},
    {"DEFAULT_EXPIRED_DELETE_HRS", FileEnv, {}},
    {"HK_EXPIRED_DELETE_HRS", Env, {}},
    {"DELETE_INFO_AFTER", FileEnv, &S::deleteInfoAfter},
    {"DEFAULT_INFO_DELETE_HRS", FileEnv, {}},
    {"HK_INFO_DELETE_HRS", Env, {}},

    {"PLUGINS", FileEnv, &S::plugins},
    {"PLUGINS_RAISE_ON_ERROR", File, &S::pluginsRaiseOnError},
    {"ORIGIN_BLACKLIST", FileEnv, &S::originBlacklist},
    {"ALLOWED_ENVIRONMENTS", FileEnv, &S::allowedEnvironments},
    {"HEARTBEAT_EVENTS", File, &S::heartbeatEvents},
    {"BLACKOUT_DURATION", FileEnv, &S::blackoutDuration},
    {"NOTIFICATION_BLACKOUT", FileEnv, &S::notificationBlackout},
    {"BLACKOUT_ACCEPT", FileEnv, &S::blackoutAccept},
    {"DEFAULT_ENVIRONMENT", FileEnv, &S::defaultEnvironment},

    {"SERVER_VERSION", File, &S::serverVersion},
    {"AUTO_REFRESH_INTERVAL", File, &S::autoRefreshInterval},
    {"COLUMNS", File, &S::columns},
    {"SORT_LIST_BY", File, &S::sortListBy},
    {"DEFAULT_FILTER", File, &S::defaultFilter},
    {"ACTIONS", File, &S::actions},
    {"CLIPBOARD_TEMPLATE", FileEnv, &S::clipboardTemplate},
    {"SITE_LOGO_URL", File, &S::siteLogoUrl},

    {"HOUSEKEEPING_INTERVAL", File, &S::housekeepingInterval},
    {"HEARTBEAT_ALERT_INTERVAL", File, &S::heartbeatAlertInterval},
    {"HEARTBEAT_ALERT_SEVERITY", File, &S::heartbeatAlertSeverity},
    {"PASSWORD_HASH_COST", File, &S::passwordHashCost},
    {"MAX_CONTENT_LENGTH", FileEnv, &S::maxContentLength},
    {"MAX_HEADER_SIZE", FileEnv, &S::maxHeaderSize},
    {"MAX_JSON_DEPTH", FileEnv, &S::maxJsonDepth},
    {"MAX_PAGE_SIZE", FileEnv, &S::maxPageSize},
    {"KEEP_ALIVE_TIMEOUT", FileEnv, &S::keepAliveTimeout},
    {"REQUEST_TIMEOUT", FileEnv, &S::requestTimeout},
    {"DATABASE_QUERY_TIMEOUT", FileEnv, &S::databaseQueryTimeout},
    {"TLS_CERT_FILE", FileEnv, &S::tlsCertFile},
    {"TLS_KEY_FILE", FileEnv, &S::tlsKeyFile},
};

/// A source for a setting that has several names: its value times `factor`. Upstream lets an hours value of 0 fall
/// through to the next source, while the seconds setting itself may be 0 (= off).
struct AliasCandidate
{
    const char *name;
    qint64 factor;
    bool zeroFallsThrough;
};

/// The candidates for `target`, first one set wins.
struct AliasRule
{
    const char *target;
    std::vector<AliasCandidate> candidates;
};

const AliasRule aliasRules[] = {
    {"ALERT_TIMEOUT", {{"ALERT_TIMEOUT", 1, false}, {"DEFAULT_TIMEOUT", 1, false}}},
    {"DELETE_EXPIRED_AFTER",
     {{"DEFAULT_EXPIRED_DELETE_HRS", 3600, true},
      {"HK_EXPIRED_DELETE_HRS", 3600, true},
      {"DELETE_EXPIRED_AFTER", 1, false}}},
    {"DELETE_INFO_AFTER",
     {{"DEFAULT_INFO_DELETE_HRS", 3600, true}, {"HK_INFO_DELETE_HRS", 3600, true}, {"DELETE_INFO_AFTER", 1, false}}},
};

const Setting *findSetting(const QString &name)
{
    static const QHash<QString, const Setting *> index = [] {
        QHash<QString, const Setting *> byName;
        for (const Setting &setting : settingTable)
            byName.insert(QString::fromLatin1(setting.name), &setting);
        return byName;
    }();
    return index.value(name, nullptr);
}

/// The value type of a member pointer; aliases are integers.
template<typename M>
struct ValueType
{
    using type = qint64;
};
template<typename T>
struct ValueType<T S::*>
{
    using type = T;
};

template<typename T>
struct IsDuration : std::false_type
{
};
template<typename Rep, typename Period>
struct IsDuration<std::chrono::duration<Rep, Period>> : std::true_type
{
};

std::optional<qint64> integerOf(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const qint64 integer = value.toInteger(std::numeric_limits<qint64>::min());
    if (double(integer) != value.toDouble())
        return std::nullopt;
    return integer;
}

/// JSON (from a file or converted from the environment) into a member's type; false on a type mismatch.
template<typename T>
bool fromJson(const QJsonValue &value, T &out)
{
    if constexpr (std::is_same_v<T, bool>) {
        if (!value.isBool())
            return false;
        out = value.toBool();
    } else if constexpr (std::is_same_v<T, int>) {
        const std::optional<qint64> integer = integerOf(value);
        if (!integer || *integer < std::numeric_limits<int>::min() || *integer > std::numeric_limits<int>::max())
            return false;
        out = int(*integer);
    } else if constexpr (std::is_same_v<T, qint64>) {
        const std::optional<qint64> integer = integerOf(value);
        if (!integer)
            return false;
        out = *integer;
    } else if constexpr (IsDuration<T>::value) {
        const std::optional<qint64> integer = integerOf(value);
        if (!integer)
            return false;
        out = T(*integer);
    } else if constexpr (std::is_same_v<T, QString>) {
        if (!value.isString())
            return false;
        out = value.toString();
    } else if constexpr (std::is_same_v<T, std::optional<QString>>) {
        if (value.isNull())
            out.reset();
        else if (value.isString())
            out = value.toString();
        else
            return false;
    } else if constexpr (std::is_same_v<T, QStringList>) {
        if (!value.isArray())
            return false;
        out.clear();
        for (const QJsonValue item : value.toArray()) {
            if (!item.isString())
                return false;
            out.append(item.toString());
        }
    } else if constexpr (std::is_same_v<T, QJsonObject>) {
        if (!value.isObject())
            return false;
        out = value.toObject();
    } else if constexpr (std::is_same_v<T, S::HawkCredentials>) {
        if (!value.isArray())
            return false;
        out.clear();
        for (const QJsonValue item : value.toArray()) {
            const QJsonObject entry = item.toObject();
            const QJsonValue algorithm = entry.value(QLatin1StringView("algorithm"));
            if (!item.isObject() || !entry.value(QLatin1StringView("key")).isString()
                || !entry.value(QLatin1StringView("secret")).isString()
                || !(algorithm.isUndefined() || algorithm.isString()))
                return false;
            out.append({entry.value(QLatin1StringView("key")).toString(),
                        entry.value(QLatin1StringView("secret")).toString().toUtf8(),
                        algorithm.toString(QStringLiteral("sha256"))});
        }
    } else {
        static_assert(std::is_same_v<T, S::SeverityLevels>);
        if (!value.isObject())
            return false;
        out.clear();
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const std::optional<qint64> level = integerOf(it.value());
            if (!level || *level < std::numeric_limits<int>::min() || *level > std::numeric_limits<int>::max())
                return false;
            out.append({it.key(), int(*level)});
        }
    }
    return true;
}

template<typename T>
QJsonValue toJson(const T &value)
{
    if constexpr (IsDuration<T>::value) {
        return QJsonValue(qint64(value.count()));
    } else if constexpr (std::is_same_v<T, std::optional<QString>>) {
        return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
    } else if constexpr (std::is_same_v<T, QStringList>) {
        return QJsonArray::fromStringList(value);
    } else if constexpr (std::is_same_v<T, S::SeverityLevels>) {
        QJsonObject object;
        for (const auto &[severity, level] : value)
            object.insert(severity, level);
        return object;
    } else if constexpr (std::is_same_v<T, S::HawkCredentials>) {
        QJsonArray entries;
        for (const Hawk::Credential &credential : value)
            entries.append(QJsonObject{{QStringLiteral("key"), credential.id},
                                       {QStringLiteral("secret"), QString::fromUtf8(credential.secret)},
                                       {QStringLiteral("algorithm"), credential.algorithm}});
        return entries;
    } else {
        return QJsonValue(value);
    }
}

/// What a type mismatch message says the value must be.
template<typename T>
QString expected()
{
    if constexpr (std::is_same_v<T, bool>)
        return QStringLiteral("True or False");
    else if constexpr (std::is_same_v<T, int> || std::is_same_v<T, qint64> || IsDuration<T>::value)
        return QStringLiteral("an integer");
    else if constexpr (std::is_same_v<T, QString>)
        return QStringLiteral("a string");
    else if constexpr (std::is_same_v<T, std::optional<QString>>)
        return QStringLiteral("a string or None");
    else if constexpr (std::is_same_v<T, QStringList>)
        return QStringLiteral("a list of strings");
    else if constexpr (std::is_same_v<T, QJsonObject>)
        return QStringLiteral("a dict");
    else if constexpr (std::is_same_v<T, S::HawkCredentials>)
        return QStringLiteral("a list of dicts with 'key', 'secret' and 'algorithm'");
    else
        return QStringLiteral("a dict of integers");
}

/// An environment variable's text as JSON of the member's type (spec §9: bools are `yes,on,true,t,1`, lists are
/// comma-separated).
template<typename T>
Result<QJsonValue> fromEnvironment(const QString &name, const QString &text)
{
    if constexpr (std::is_same_v<T, bool>) {
        static const QStringList truthy{QStringLiteral("yes"),
                                        QStringLiteral("on"),
                                        QStringLiteral("true"),
                                        QStringLiteral("t"),
                                        QStringLiteral("1")};
        return QJsonValue(truthy.contains(text.trimmed().toLower()));
    } else if constexpr (std::is_same_v<T, int> || std::is_same_v<T, qint64> || IsDuration<T>::value) {
        bool ok = false;
        const qint64 integer = text.trimmed().toLongLong(&ok);
        if (!ok)
            return ApiError::badRequest(QStringLiteral("environment variable %1 must be an integer").arg(name));
        return QJsonValue(integer);
    } else if constexpr (std::is_same_v<T, QString> || std::is_same_v<T, std::optional<QString>>) {
        return QJsonValue(text);
    } else if constexpr (std::is_same_v<T, QStringList>) {
        QJsonArray items;
        for (const QString &item : text.split(u',')) {
            if (!item.trimmed().isEmpty())
                items.append(item.trimmed());
        }
        return QJsonValue(items);
    } else {
        // No dict setting is env-overridable today; read one as a Python literal if that changes.
        const std::optional<QJsonValue> value = AlertadConf::parseLiteral(text);
        if (!value)
            return ApiError::badRequest(QStringLiteral("environment variable %1: cannot parse value").arg(name));
        return *value;
    }
}

/// Stores `value` in the setting's member (aliases only check it); false on a type mismatch.
bool assign(const Setting &setting, S &settings, const QJsonValue &value)
{
    return std::visit(
        [&](auto member) {
            using T = typename ValueType<decltype(member)>::type;
            T typed{};
            if (!fromJson(value, typed))
                return false;
            if constexpr (!std::is_same_v<decltype(member), std::monostate>)
                settings.*member = std::move(typed);
            return true;
        },
        setting.member);
}

QString expectedOf(const Setting &setting)
{
    return std::visit([](auto member) { return expected<typename ValueType<decltype(member)>::type>(); },
                      setting.member);
}

Result<QJsonValue> environmentValue(const Setting &setting, const QString &text)
{
    const QString name = QString::fromLatin1(setting.name);
    return std::visit(
        [&](auto member) { return fromEnvironment<typename ValueType<decltype(member)>::type>(name, text); },
        setting.member);
}

Result<SeverityMap> severityMapOf(const S &settings)
{
    const S::SeverityLevels levels =
        settings.severityMap.isEmpty() ? SeverityMap::alertaDefault().levels() : settings.severityMap;
    Result<SeverityMap> map =
        SeverityMap::create(levels,
                            settings.defaultNormalSeverity.value_or(QStringLiteral("normal")),
                            settings.defaultPreviousSeverity.value_or(QStringLiteral("indeterminate")),
                            settings.defaultInformSeverity.value_or(QStringLiteral("informational")));
    if (!map)
        return ApiError::badRequest(map.error().message);
    return map;
}

/// A value and where it came from (`<file>:<line>` or `environment variable <NAME>`), for messages.
struct Sourced
{
    QJsonValue value;
    QString origin;
};

} // namespace

// -------------------------------------------------------------------------------------------------------------------

Result<QList<AlertadConf::Assignment>> AlertadConf::parse(QStringView text, const QString &fileName)
{
    const QString source = normalised(text);
    LiteralReader reader(source);
    QList<Assignment> assignments;
    for (;;) {
        reader.skipBetweenStatements();
        if (reader.atEnd())
            return assignments;
        const int line = reader.lineAt(reader.pos());
        const QString name = reader.readIdentifier();
        reader.skipSpace();
        if (name.isEmpty() || reader.peek() != u'=' || reader.peek(1) == u'=')
            return ApiError::badRequest(QStringLiteral("%1:%2: invalid syntax").arg(fileName).arg(line));
        reader.advance();
        const qsizetype valueStart = reader.pos();
        std::optional<QJsonValue> value = reader.readValue();
        if (value) {
            reader.skipSpace();
            if (!reader.atStatementEnd())
                value.reset();
        }
        if (!value) {
            reader.reset(valueStart);
            if (!reader.skipStatement())
                return ApiError::badRequest(
                    QStringLiteral("%1:%2: cannot parse value of %3").arg(fileName).arg(line).arg(name));
        }
        assignments.append({name, line, value});
    }
}

std::optional<QJsonValue> AlertadConf::parseLiteral(QStringView text)
{
    const QString source = normalised(text);
    LiteralReader reader(source);
    reader.enterBrackets();
    std::optional<QJsonValue> value = reader.readValue();
    reader.skipSpace();
    if (!value || !reader.atEnd())
        return std::nullopt;
    return value;
}

// -------------------------------------------------------------------------------------------------------------------

ServerSettings::LoadOptions ServerSettings::LoadOptions::fromSystem()
{
    LoadOptions options;
    options.environment = QProcessEnvironment::systemEnvironment();
    options.files = defaultFiles(options.environment);
    return options;
}

QStringList ServerSettings::LoadOptions::defaultFiles(const QProcessEnvironment &environment)
{
    QStringList files{QStringLiteral("/etc/alertad.conf")};
    const QString named = environment.value(QStringLiteral("ALERTA_SVR_CONF_FILE"));
    if (!named.isEmpty())
        files.append(named);
    return files;
}

Result<ServerSettings> ServerSettings::load(const LoadOptions &options)
{
    QHash<QString, Sourced> assigned;
    for (const QString &path : options.files) {
        QFile file(path);
        if (!file.exists()) {
            qCDebug(lcSettings) << "No settings file" << path;
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            const QString error = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
            if (!options.skipUnreadableFiles)
                return ApiError::badRequest(error);
            qCWarning(lcSettings).noquote() << error << "(skipped)";
            continue;
        }
        const Result<QList<AlertadConf::Assignment>> parsed =
            AlertadConf::parse(QString::fromUtf8(file.readAll()), path);
        if (!parsed)
            return parsed.error();
        qCInfo(lcSettings) << "Reading settings from" << path;
        for (const AlertadConf::Assignment &assignment : *parsed) {
            const Setting *setting = findSetting(assignment.name);
            if (!setting || !(setting->sources & File)) {
                // Upstream's file is Python and may define anything; only names we know are settings.
                qCDebug(lcSettings) << "Ignoring" << assignment.name << "in" << path;
                continue;
            }
            const QString origin = QStringLiteral("%1:%2").arg(path).arg(assignment.line);
            if (!assignment.value)
                return ApiError::badRequest(
                    QStringLiteral("%1: cannot parse value of %2").arg(origin, assignment.name));
            assigned.insert(assignment.name, {*assignment.value, origin});
        }
    }

    for (const Setting &setting : settingTable) {
        const QString name = QString::fromLatin1(setting.name);
        if (!(setting.sources & Env) || !options.environment.contains(name))
            continue;
        const Result<QJsonValue> value = environmentValue(setting, options.environment.value(name));
        if (!value)
            return value.error();
        assigned.insert(name, {*value, QStringLiteral("environment variable %1").arg(name)});
    }

    ServerSettings settings;
    if (options.defaults)
        options.defaults(settings);
    for (const Setting &setting : settingTable) {
        const QString name = QString::fromLatin1(setting.name);
        const auto it = assigned.constFind(name);
        if (it == assigned.cend())
            continue;
        if (!assign(setting, settings, it->value))
            return ApiError::badRequest(QStringLiteral("%1: %2 must be %3").arg(it->origin, name, expectedOf(setting)));
    }

    for (const AliasRule &rule : aliasRules) {
        for (const AliasCandidate &candidate : rule.candidates) {
            const auto it = assigned.constFind(QString::fromLatin1(candidate.name));
            if (it == assigned.cend())
                continue;
            const qint64 value = integerOf(it->value).value_or(0); // checked when assigned above
            if (candidate.zeroFallsThrough && value == 0)
                continue;
            assign(*findSetting(QString::fromLatin1(rule.target)), settings, QJsonValue(value * candidate.factor));
            break;
        }
    }

    const VoidResult valid = settings.validate();
    if (!valid)
        return valid.error();
    return settings;
}

VoidResult ServerSettings::validate() const
{
    if (!allowedEnvironments.contains(defaultEnvironment))
        return ApiError::badRequest(
            QStringLiteral("Default environment \"%1\" not in list of allowed environments").arg(defaultEnvironment));
    if (customerViews && !authRequired)
        return ApiError::badRequest(QStringLiteral("Must enable authentication to use customer views"));
    if (customerViews && adminUsers.isEmpty())
        return ApiError::badRequest(QStringLiteral("Customer views is enabled but there are no admin users"));

    static const QRegularExpression scopePattern(
        QRegularExpression::anchoredPattern(QStringLiteral("(admin|write|read|delete):\\w+(\\.\\w+)?")),
        QRegularExpression::UseUnicodePropertiesOption);
    for (const QString &scope : customScopes) {
        if (!scopePattern.match(scope).hasMatch())
            return ApiError::badRequest(QStringLiteral("'%1' is not a valid Scope").arg(scope));
    }

    for (const Hawk::Credential &credential : hmacAuthCredentials) {
        if (credential.id.isEmpty() || credential.secret.isEmpty())
            return ApiError::badRequest(
                QStringLiteral("HMAC_AUTH_CREDENTIALS: every entry needs a 'key' and a 'secret'"));
        if (!Hawk::algorithmNamed(credential.algorithm))
            return ApiError::badRequest(
                QStringLiteral(
                    "HMAC_AUTH_CREDENTIALS: algorithm '%1' of key '%2' is not sha1, sha256, sha384 or sha512")
                    .arg(credential.algorithm, credential.id));
    }

    const Result<SeverityMap> severities = severityMapOf(*this);
    if (!severities)
        return severities.error();

    const std::pair<const char *, Seconds> intervals[] = {{"HOUSEKEEPING_INTERVAL", housekeepingInterval},
                                                          {"HEARTBEAT_ALERT_INTERVAL", heartbeatAlertInterval},
                                                          {"DATABASE_QUERY_TIMEOUT", databaseQueryTimeout}};
    for (const auto &[name, interval] : intervals) {
        if (interval.count() < 0)
            return ApiError::badRequest(QStringLiteral("%1 must not be negative").arg(QString::fromLatin1(name)));
    }
    // PostgreSQL's statement_timeout is a 32-bit count of milliseconds.
    if (databaseQueryTimeout > Seconds(std::numeric_limits<int>::max() / 1000))
        return ApiError::badRequest(QStringLiteral("DATABASE_QUERY_TIMEOUT must be at most %1 seconds")
                                        .arg(std::numeric_limits<int>::max() / 1000));
    if (passwordHashCost < 4 || passwordHashCost > 31)
        return ApiError::badRequest(QStringLiteral("PASSWORD_HASH_COST must be between 4 and 31"));
    const std::pair<const char *, int> limits[] = {{"MAX_CONTENT_LENGTH", maxContentLength},
                                                   {"MAX_HEADER_SIZE", maxHeaderSize},
                                                   {"MAX_JSON_DEPTH", maxJsonDepth},
                                                   {"MAX_PAGE_SIZE", maxPageSize},
                                                   {"KEEP_ALIVE_TIMEOUT", keepAliveTimeout},
                                                   {"REQUEST_TIMEOUT", requestTimeout}};
    for (const auto &[name, limit] : limits) {
        if (limit < 0)
            return ApiError::badRequest(QStringLiteral("%1 must not be negative").arg(QString::fromLatin1(name)));
    }
    // `alerta heartbeats --alert` refuses a normal severity too: it would close the alert it raises.
    if (heartbeatAlertInterval.count() > 0
        && (!severities->contains(heartbeatAlertSeverity) || severities->isNormal(heartbeatAlertSeverity))) {
        QStringList allowed = severities->ordered();
        allowed.removeIf([&](const QString &severity) { return severities->isNormal(severity); });
        return ApiError::badRequest(QStringLiteral("HEARTBEAT_ALERT_SEVERITY (%1) is not one of %2")
                                        .arg(heartbeatAlertSeverity, allowed.join(QStringLiteral(", "))));
    }
    return Ok{};
}

EngineConfig ServerSettings::engineConfig() const
{
    EngineConfig config;
    const Result<SeverityMap> severities = severityMapOf(*this);
    if (severities)
        config.severities = *severities;
    else
        qCWarning(lcSettings) << "Using the built-in severity map:" << severities.error().message;
    config.historyLimit = historyLimit;
    config.historyOnValueChange = historyOnValueChange;
    config.alertTimeout = alertTimeout.count();
    config.ackTimeout = ackTimeout.count();
    config.shelveTimeout = shelveTimeout.count();
    config.defaultPageSize = defaultPageSize;
    config.defaultField = defaultField;
    config.baseUrl = baseUrl;
    while (config.baseUrl.endsWith(u'/'))
        config.baseUrl.chop(1);
    config.deleteExpiredAfter = deleteExpiredAfter.count();
    config.deleteInfoAfter = deleteInfoAfter.count();
    config.heartbeatTimeout = heartbeatTimeout.count();
    config.heartbeatMaxLatency = heartbeatMaxLatency.count();
    return config;
}

QJsonValue ServerSettings::value(const QString &name) const
{
    const Setting *setting = findSetting(name);
    if (!setting)
        return QJsonValue(QJsonValue::Undefined);
    return std::visit(
        [this](auto member) -> QJsonValue {
            if constexpr (std::is_same_v<decltype(member), std::monostate>)
                return QJsonValue(QJsonValue::Undefined);
            else
                return toJson(this->*member);
        },
        setting->member);
}

QStringList ServerSettings::names()
{
    QStringList out;
    for (const Setting &setting : settingTable) {
        if (!std::holds_alternative<std::monostate>(setting.member))
            out.append(QString::fromLatin1(setting.name));
    }
    return out;
}

QStringList ServerSettings::environmentNames()
{
    QStringList out;
    for (const Setting &setting : settingTable) {
        if (setting.sources & Env)
            out.append(QString::fromLatin1(setting.name));
    }
    return out;
}
