// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QCryptographicHash>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

#include "core/apikeys.h"
#include "core/jwt.h"
#include "tests/support/testtext.h"

// JSON Web Tokens (spec §5.3) and API key strings (spec §4.7): interop with tokens made by an independent
// implementation, issuing, every rejection and its message, the customer claims, two servers sharing SECRET_KEY,
// and the key derivation and alphabet.

namespace {

/// Made with Python's standard library only (hmac, hashlib, base64, json; `sort_keys=True`, compact separators):
///   header {"alg":"HS256","typ":"JWT"}, key b"interop-secret-key", claims as pythonClaims().
const char PythonToken[] =
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
    "eyJhdWQiOiJodHRwOi8vYWxlcnRhLmV4YW1wbGUvYXBpIiwiY3VzdG9tZXJzIjpbImFjbWUiXSwiZW1haWwiOiJhZGFAZXhhbXBsZS5jb20iLCJl"
    "bWFpbF92ZXJpZmllZCI6dHJ1ZSwiZXhwIjoxNzE3MjAwMDAwLCJncm91cHMiOlsib3BzIl0sImlhdCI6MTcxNTk5MDQwMCwiaXNzIjoiaHR0cDov"
    "L2FsZXJ0YS5leGFtcGxlLyIsImp0aSI6IjljNWI5NGIxLTM1YWQtNDlmNi1iNGQ2LTdjOWI4ZjBlM2MyMSIsIm5hbWUiOiJBZGEgTG92ZWxhY2Ui"
    "LCJuYmYiOjE3MTU5OTA0MDAsInByZWZlcnJlZF91c2VybmFtZSI6ImFkYUBleGFtcGxlLmNvbSIsInByb3ZpZGVyIjoiYmFzaWMiLCJyb2xlcyI6"
    "WyJ1c2VyIl0sInNjb3BlIjoicmVhZCB3cml0ZTprZXlzIiwic3ViIjoiMWU3YjZmMGEtN2MxYy00ZDJiLTlhNTQtM2YwZjZmNWUyYjEwIiwidHlw"
    "IjoiQmVhcmVyIn0."
    "dIrrtP_OzV7L8yu11Asd-znTRWgzsLe9T101e2LBbTs";

/// The same claims in PyJWT's own key order (insertion order, as upstream's Jwt.serialize builds them).
const char PythonTokenUpstreamOrder[] =
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
    "eyJpc3MiOiJodHRwOi8vYWxlcnRhLmV4YW1wbGUvIiwidHlwIjoiQmVhcmVyIiwic3ViIjoiMWU3YjZmMGEtN2MxYy00ZDJiLTlhNTQtM2YwZjZm"
    "NWUyYjEwIiwiYXVkIjoiaHR0cDovL2FsZXJ0YS5leGFtcGxlL2FwaSIsImV4cCI6MTcxNzIwMDAwMCwibmJmIjoxNzE1OTkwNDAwLCJpYXQiOjE3"
    "MTU5OTA0MDAsImp0aSI6IjljNWI5NGIxLTM1YWQtNDlmNi1iNGQ2LTdjOWI4ZjBlM2MyMSIsIm5hbWUiOiJBZGEgTG92ZWxhY2UiLCJwcmVmZXJy"
    "ZWRfdXNlcm5hbWUiOiJhZGFAZXhhbXBsZS5jb20iLCJlbWFpbCI6ImFkYUBleGFtcGxlLmNvbSIsImVtYWlsX3ZlcmlmaWVkIjp0cnVlLCJwcm92"
    "aWRlciI6ImJhc2ljIiwic2NvcGUiOiJyZWFkIHdyaXRlOmtleXMiLCJyb2xlcyI6WyJ1c2VyIl0sImdyb3VwcyI6WyJvcHMiXSwiY3VzdG9tZXJz"
    "IjpbImFjbWUiXX0."
    "WzdgzfR1Zc_DqhbK8sT3YDuiysqN7CQHC4YxmLGyuZU";

const QByteArray PythonSecret("interop-secret-key");
const QString PythonAudience = QStringLiteral("http://alerta.example/api");
/// 2024-05-18T02:40:00Z: inside the Python token's lifetime (iat 1715990400, exp 1717200000).
constexpr Timestamp PythonNow = 1716000000000;

JwtClaims pythonClaims()
{
    JwtClaims c;
    c.iss = qs("http://alerta.example/");
    c.typ = qs("Bearer");
    c.sub = qs("1e7b6f0a-7c1c-4d2b-9a54-3f0f6f5e2b10");
    c.aud = PythonAudience;
    c.exp = 1717200000;
    c.nbf = 1715990400;
    c.iat = 1715990400;
    c.jti = qs("9c5b94b1-35ad-49f6-b4d6-7c9b8f0e3c21");
    c.name = qs("Ada Lovelace");
    c.preferredUsername = qs("ada@example.com");
    c.email = qs("ada@example.com");
    c.emailVerified = true;
    c.provider = qs("basic");
    c.scopes = qsl({"read", "write:keys"});
    c.roles = qsl({"user"});
    c.groups = qsl({"ops"});
    c.customers = qsl({"acme"});
    c.includeCustomers = true;
    return c;
}

QByteArray b64url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// A token with arbitrary header and payload bytes, HMAC-SHA256-signed with `secret`: lets tests forge every
/// malformation that encode() would never produce.
QByteArray forge(const char *header, const QByteArray &payload, const QByteArray &secret = PythonSecret)
{
    const QByteArray input = b64url(QByteArray(header)) + '.' + b64url(payload);
    return input + '.' + b64url(QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256));
}

const char Hs256[] = R"({"alg":"HS256","typ":"JWT"})";

/// Payload valid at PythonNow for PythonAudience, with `extra` JSON members spliced in (leading comma included).
QByteArray payload(const char *extra = "", const char *times = R"("iat":1715990400,"nbf":1715990400,"exp":1717200000)")
{
    return QByteArray(R"({"aud":"http://alerta.example/api","preferred_username":"ada",)") + times + extra + '}';
}

QString errorText(const Result<JwtClaims> &r)
{
    return r.ok() ? QString() : QString::number(r.error().code) + u' ' + r.error().message;
}

/// One Alerta server's view of tokens: its SECRET_KEY, its audience and its clock.
struct Server
{
    QByteArray secretKey;
    QString audience;

    QByteArray login(const QString &login, Timestamp now) const
    {
        JwtClaims identity;
        identity.iss = qs("http://alerta.example/");
        identity.sub = QUuid::createUuid().toString(QUuid::WithoutBraces);
        identity.aud = audience;
        identity.preferredUsername = login;
        identity.provider = qs("basic");
        identity.scopes = qsl({"read", "write"});
        return Jwt::encode(Jwt::issue(identity, 14, now), secretKey);
    }
    Result<JwtClaims> verify(const QByteArray &token, Timestamp now) const
    {
        return Jwt::decode(token, secretKey, audience, now);
    }
};

} // namespace

class TestJwt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldAcceptTokensFromIndependentImplementation_data();
    void shouldAcceptTokensFromIndependentImplementation();
    void shouldEncodeSameBytesAsIndependentImplementation();
    void shouldIssueLifetimeClaims();
    void shouldRoundTripIssuedToken();
    void shouldRejectBadTokens_data();
    void shouldRejectBadTokens();
    void shouldExpireAtExpSecond();
    void shouldReadCustomerClaims_data();
    void shouldReadCustomerClaims();
    void shouldOmitEmptyOptionalClaims();
    void shouldDeriveIdentityFromClaims();
    void shouldShareTokensBetweenServersWithOneSecret();

    void shouldDeriveApiKeyAsUpstream();
    void shouldHashApiKeysAsSha256OfUtf8();
    void shouldGenerateUrlSafeUniqueApiKeys();
};

void TestJwt::shouldAcceptTokensFromIndependentImplementation_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("sorted keys") << QByteArray(PythonToken);
    QTest::newRow("upstream key order") << QByteArray(PythonTokenUpstreamOrder);
}

void TestJwt::shouldAcceptTokensFromIndependentImplementation()
{
    QFETCH(QByteArray, token);
    // Given: a token signed by Python's hmac module, not by us
    // When: it is verified with the shared secret and audience
    const Result<JwtClaims> claims = Jwt::decode(token, PythonSecret, PythonAudience, PythonNow);
    // Then: accepted, every claim read
    QVERIFY2(claims.ok(), qPrintable(errorText(claims)));
    QCOMPARE(*claims, pythonClaims());
}

void TestJwt::shouldEncodeSameBytesAsIndependentImplementation()
{
    // Given: the claims of the Python token
    // When: we sign them
    const QByteArray token = Jwt::encode(pythonClaims(), PythonSecret);
    // Then: byte for byte the same token (same header, sorted compact JSON, same HMAC)
    QCOMPARE(token, QByteArray(PythonToken));
}

void TestJwt::shouldIssueLifetimeClaims()
{
    // Given: an identity and TOKEN_EXPIRE_DAYS = 14 at a time with milliseconds
    JwtClaims identity;
    identity.sub = qs("user-1");
    identity.preferredUsername = qs("ada");
    const Timestamp now = 1715990400999;
    // When: a token is issued twice
    const JwtClaims first = Jwt::issue(identity, 14, now);
    const JwtClaims second = Jwt::issue(identity, 14, now);
    // Then: Bearer, whole seconds, 14 days, a fresh lowercase UUID each time, identity untouched
    QCOMPARE(first.typ, qs("Bearer"));
    QCOMPARE(first.iat, 1715990400);
    QCOMPARE(first.nbf, 1715990400);
    QCOMPARE(first.exp, 1715990400 + 14 * 86400);
    QCOMPARE(first.jti.size(), 36);
    QVERIFY(!QUuid::fromString(first.jti).isNull());
    QCOMPARE(first.jti, first.jti.toLower());
    QVERIFY(first.jti != second.jti);
    QCOMPARE(first.sub, qs("user-1"));
    QCOMPARE(first.preferredUsername, qs("ada"));
}

void TestJwt::shouldRoundTripIssuedToken()
{
    // Given: an issued token with every optional claim
    JwtClaims identity = pythonClaims();
    identity.picture = qs("https://example.com/ada.png");
    identity.orgs = qsl({"alerta", "example"});
    identity.oid = qs("0000-1111");
    identity.emailVerified = false;
    const JwtClaims issued = Jwt::issue(identity, 14, PythonNow);
    const QByteArray token = Jwt::encode(issued, PythonSecret);
    // Then: three base64url parts without padding
    QVERIFY(QRegularExpression(QStringLiteral(R"(^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$)"))
                .match(QString::fromLatin1(token))
                .hasMatch());
    // When: it is decoded a second later
    const Result<JwtClaims> decoded = Jwt::decode(token, PythonSecret, PythonAudience, PythonNow + 1000);
    // Then: the same claims
    QVERIFY2(decoded.ok(), qPrintable(errorText(decoded)));
    QCOMPARE(*decoded, issued);
}

void TestJwt::shouldRejectBadTokens_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("audience");
    QTest::addColumn<QString>("error");
    const QString invalid = qs("401 Token is invalid");
    const QString expired = qs("401 Token has expired");
    const QString badAudience = qs("401 Invalid audience");
    const QByteArray good = forge(Hs256, payload());
    const QList<QByteArray> parts = good.split('.');
    const auto row =
        [](const char *name, const QByteArray &token, const QString &error, const QString &audience = PythonAudience) {
            QTest::newRow(name) << token << audience << error;
        };

    row("valid", good, QString());
    // Structure
    row("empty", QByteArray(), invalid);
    row("one part", parts[0], invalid);
    row("two parts", parts[0] + '.' + parts[1], invalid);
    row("four parts", good + ".e30", invalid);
    row("empty signature", parts[0] + '.' + parts[1] + '.', invalid);
    row("bad base64 in payload", parts[0] + '.' + parts[1] + "!." + parts[2], invalid);
    row("bad base64 in signature", parts[0] + '.' + parts[1] + ".*" + parts[2], invalid);
    row("header not JSON", forge("alg=HS256", payload()), invalid);
    row("payload not JSON", forge(Hs256, "not json"), invalid);
    row("payload a list", forge(Hs256, "[1,2]"), invalid);
    // Algorithm
    row("alg none, no signature", b64url(R"({"alg":"none","typ":"JWT"})") + '.' + parts[1] + '.', invalid);
    row("alg none, signed", forge(R"({"alg":"none","typ":"JWT"})", payload()), invalid);
    row("alg None spelled oddly", forge(R"({"alg":"None"})", payload()), invalid);
    row("alg HS512", forge(R"({"alg":"HS512","typ":"JWT"})", payload()), invalid);
    row("alg RS256", forge(R"({"alg":"RS256","typ":"JWT"})", payload()), invalid);
    row("alg missing", forge(R"({"typ":"JWT"})", payload()), invalid);
    // Signature
    row("tampered payload", parts[0] + '.' + b64url(payload(R"(,"scope":"admin")")) + '.' + parts[2], invalid);
    QByteArray flipped = parts[2];
    flipped[5] = flipped[5] == 'A' ? 'B' : 'A';
    row("tampered signature", parts[0] + '.' + parts[1] + '.' + flipped, invalid);
    row("truncated signature", parts[0] + '.' + parts[1] + '.' + parts[2].chopped(2), invalid);
    row("wrong secret", forge(Hs256, payload(), "another-secret"), invalid);
    row("empty secret", forge(Hs256, payload(), QByteArray()), invalid);
    // Dates
    row("expired", forge(Hs256, payload("", R"("iat":1715000000,"exp":1715999999)")), expired);
    row("nbf in the future", forge(Hs256, payload("", R"("nbf":1716000001,"exp":1717200000)")), invalid);
    row("iat in the future", forge(Hs256, payload("", R"("iat":1716000001,"exp":1717200000)")), invalid);
    row("nbf checked before exp", forge(Hs256, payload("", R"("nbf":1716000001,"exp":1715000000)")), invalid);
    row("exp a string", forge(Hs256, payload("", R"("exp":"1717200000")")), invalid);
    row("nbf null", forge(Hs256, payload("", R"("nbf":null)")), invalid);
    row("no dates at all", forge(Hs256, payload("", R"("iss":"x")")), QString());
    row("fractional exp", forge(Hs256, payload("", R"("exp":1716000000.9)")), expired);
    row("far-future exp", forge(Hs256, payload("", R"("exp":1e300)")), QString());
    // Audience
    row("wrong audience", good, badAudience, qs("http://other.example/api"));
    row("expired beats audience", forge(Hs256, payload("", R"("exp":1715000000)")), expired, qs("http://other"));
    row("missing aud", forge(Hs256, R"({"preferred_username":"ada","exp":1717200000})"), badAudience);
    row("aud list containing ours",
        forge(Hs256, R"({"aud":["x","http://alerta.example/api"],"exp":1717200000})"),
        QString());
    row("aud list without ours", forge(Hs256, R"({"aud":["x","y"],"exp":1717200000})"), badAudience);
    row("aud list with a number", forge(Hs256, R"({"aud":["http://alerta.example/api",1]})"), badAudience);
    row("aud a number", forge(Hs256, R"({"aud":42})"), badAudience);
    row("no audience expected, none given", forge(Hs256, R"({"exp":1717200000})"), QString(), QString());
    row("no audience expected, one given", good, badAudience, QString());
    // Customer claim that would widen access
    row("customer null", forge(Hs256, payload(R"(,"customer":null)")), invalid);
}

void TestJwt::shouldRejectBadTokens()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, audience);
    QFETCH(QString, error);
    // Given: a token and the server's audience, at PythonNow
    // When: it is verified
    const Result<JwtClaims> claims = Jwt::decode(token, PythonSecret, audience, PythonNow);
    // Then: upstream's 401 message, or accepted
    QCOMPARE(errorText(claims), error);
}

void TestJwt::shouldExpireAtExpSecond()
{
    // Given: a token expiring at PythonNow's second
    const QByteArray token = forge(Hs256, payload("", R"("exp":1716000000)"));
    // When/Then: valid one millisecond before, expired from that instant on (PyJWT 2: exp <= now)
    QVERIFY(Jwt::decode(token, PythonSecret, PythonAudience, PythonNow - 1).ok());
    QCOMPARE(errorText(Jwt::decode(token, PythonSecret, PythonAudience, PythonNow)), qs("401 Token has expired"));
    // And: nbf equal to now is already valid
    const QByteArray starting = forge(Hs256, payload("", R"("nbf":1716000000)"));
    QVERIFY(Jwt::decode(starting, PythonSecret, PythonAudience, PythonNow).ok());
    QVERIFY(!Jwt::decode(starting, PythonSecret, PythonAudience, PythonNow - 1).ok());
}

void TestJwt::shouldReadCustomerClaims_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<QStringList>("customers");
    QTest::addColumn<bool>("present");
    QTest::newRow("neither") << QByteArray() << QStringList() << false;
    QTest::newRow("customers") << QByteArray(R"(,"customers":["a","b"])") << qsl({"a", "b"}) << true;
    QTest::newRow("empty customers means all") << QByteArray(R"(,"customers":[])") << QStringList() << true;
    QTest::newRow("customers null") << QByteArray(R"(,"customers":null)") << QStringList() << true;
    QTest::newRow("single customer") << QByteArray(R"(,"customer":"acme")") << qsl({"acme"}) << true;
    QTest::newRow("customer wins") << QByteArray(R"(,"customer":"acme","customers":["a","b"])") << qsl({"acme"})
                                   << true;
}

void TestJwt::shouldReadCustomerClaims()
{
    QFETCH(QByteArray, extra);
    QFETCH(QStringList, customers);
    QFETCH(bool, present);
    // Given: a token with customer claims
    const QByteArray token = forge(Hs256, payload(extra.constData()));
    // When: it is verified
    const Result<JwtClaims> claims = Jwt::decode(token, PythonSecret, PythonAudience, PythonNow);
    // Then: `customer` becomes a one-element list, else `customers`, else none
    QVERIFY2(claims.ok(), qPrintable(errorText(claims)));
    QCOMPARE(claims->customers, customers);
    QCOMPARE(claims->includeCustomers, present);
    QCOMPARE(Jwt::identity(*claims).customers, customers);
}

void TestJwt::shouldOmitEmptyOptionalClaims()
{
    // Given: claims with only the registered ones set and customer views off
    JwtClaims claims = Jwt::issue({}, 14, PythonNow);
    claims.customers = qsl({"acme"});
    // When: serialised
    const QJsonObject json = Jwt::claimsToJson(claims);
    // Then: the eight registered claims only; customers stay out without CUSTOMER_VIEWS
    QCOMPARE(json.keys(), qsl({"aud", "exp", "iat", "iss", "jti", "nbf", "sub", "typ"}));
    // When: customer views are on, even with no customers (= all)
    claims.includeCustomers = true;
    claims.customers.clear();
    // Then: an empty list is written
    QCOMPARE(Jwt::claimsToJson(claims).value(QLatin1String("customers")), QJsonValue(QJsonArray()));
    // And: scopes are one space-separated string, email_verified false is still written
    claims.scopes = qsl({"read", "write:alerts"});
    claims.emailVerified = false;
    const QJsonObject full = Jwt::claimsToJson(claims);
    QCOMPARE(full.value(QLatin1String("scope")).toString(), qs("read write:alerts"));
    QCOMPARE(full.value(QLatin1String("email_verified")), QJsonValue(false));
}

void TestJwt::shouldDeriveIdentityFromClaims()
{
    // Given: the independent token, and one whose scope has stray spaces
    const Result<JwtClaims> claims = Jwt::decode(PythonToken, PythonSecret, PythonAudience, PythonNow);
    QVERIFY(claims.ok());
    const Result<JwtClaims> spaced =
        Jwt::decode(forge(Hs256, payload(R"(,"scope":" read  write ")")), PythonSecret, PythonAudience, PythonNow);
    QVERIFY(spaced.ok());
    // When: the caller's identity is taken from them
    const JwtIdentity identity = Jwt::identity(*claims);
    // Then: login = preferred_username, scopes split on spaces, customers from the claim, user id = sub
    QCOMPARE(identity.login, qs("ada@example.com"));
    QCOMPARE(identity.scopes, qsl({"read", "write:keys"}));
    QCOMPARE(identity.customers, qsl({"acme"}));
    QCOMPARE(identity.userId, qs("1e7b6f0a-7c1c-4d2b-9a54-3f0f6f5e2b10"));
    QCOMPARE(Jwt::identity(*spaced).scopes, qsl({"read", "write"}));
    QCOMPARE(Jwt::identity(*spaced).login, qs("ada"));
}

void TestJwt::shouldShareTokensBetweenServersWithOneSecret()
{
    // Given: two servers behind one load balancer sharing SECRET_KEY, and a third with its own key
    const QString audience = qs("http://alerta.example/api");
    const Server first{"shared-secret", audience};
    const Server second{"shared-secret", audience};
    const Server stranger{"changeme", audience};
    // When: each of the pair issues a token at login
    const QByteArray fromFirst = first.login(qs("ada"), PythonNow);
    const QByteArray fromSecond = second.login(qs("bob"), PythonNow);
    // Then: each accepts the other's token, the stranger accepts neither
    const Result<JwtClaims> onSecond = second.verify(fromFirst, PythonNow + 60000);
    QVERIFY2(onSecond.ok(), qPrintable(errorText(onSecond)));
    QCOMPARE(onSecond->preferredUsername, qs("ada"));
    const Result<JwtClaims> onFirst = first.verify(fromSecond, PythonNow + 60000);
    QVERIFY2(onFirst.ok(), qPrintable(errorText(onFirst)));
    QCOMPARE(onFirst->preferredUsername, qs("bob"));
    QCOMPARE(errorText(stranger.verify(fromFirst, PythonNow)), qs("401 Token is invalid"));
    // And: after 14 days the shared token has expired on both
    const Timestamp later = PythonNow + 14LL * 86400 * 1000;
    QCOMPARE(errorText(second.verify(fromFirst, later)), qs("401 Token has expired"));
    QCOMPARE(errorText(first.verify(fromFirst, later)), qs("401 Token has expired"));
}

void TestJwt::shouldDeriveApiKeyAsUpstream()
{
    // Given: fixed "random" bytes 00..1f and SECRET_KEY "changeme"
    QByteArray random;
    for (char i = 0; i < 32; ++i)
        random.append(i);
    // When: the key is derived
    // Then: what Python computes as base64.urlsafe_b64encode(hmac.new(b"changeme", random, sha256).digest())[:40]
    QCOMPARE(ApiKeys::derive("changeme", random), qs("dU0cRmHIu7suK_s3yW7U73mJBz0ypvM_QaS0G10o"));
    QVERIFY(ApiKeys::derive("other", random) != ApiKeys::derive("changeme", random));
}

void TestJwt::shouldHashApiKeysAsSha256OfUtf8()
{
    // Given: keys as a client sends them, ASCII and not
    // When: hashed for the store
    // Then: what Python computes as hashlib.sha256(key.encode()).hexdigest(), and PostgreSQL's migration as
    // encode(sha256(convert_to(key, 'UTF8')), 'hex')
    QCOMPARE(ApiKeys::hash(qs("abc")), qs("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(ApiKeys::hash(qs("clé")), qs("51cbcf30514d0802eb5c60a018f384ea3fb9b69307c554ee63ecb43177594de4"));
}

void TestJwt::shouldGenerateUrlSafeUniqueApiKeys()
{
    // Given: many generated keys
    const QRegularExpression alphabet(QStringLiteral("^[A-Za-z0-9_-]{40}$"));
    QSet<QString> keys;
    constexpr int Count = 2000;
    for (int i = 0; i < Count; ++i) {
        const QString key = ApiKeys::generate("changeme");
        // Then: each is 40 URL-safe characters, never padding
        QCOMPARE(key.size(), ApiKeys::KeyLength);
        QVERIFY2(alphabet.match(key).hasMatch(), qPrintable(key));
        keys.insert(key);
    }
    // And: no two are alike
    QCOMPARE(keys.size(), Count);
}

QTEST_GUILESS_MAIN(TestJwt)
#include "testjwt.moc"
