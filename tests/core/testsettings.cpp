// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "core/engineconfig.h"
#include "core/serversettings.h"
#include "tests/support/testtext.h"

// Server settings (spec §9): upstream's defaults, the alertad.conf reader (Python literals), the environment
// overrides and their precedence, the hours aliases of the housekeeping thresholds, the start-up checks and the
// EngineConfig the engine gets.

namespace {

/// A JSON value as compact text (`5`, `"a"`, `["a","b"]`, `null`), so rows read like the settings and failures
/// show both sides; `<undefined>` and `<none>` for a missing value.
QString compact(const QJsonValue &value)
{
    if (value.isUndefined())
        return qs("<undefined>");
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString compact(const std::optional<QJsonValue> &value)
{
    return value ? compact(*value) : qs("<none>");
}

template<typename T>
QString errorText(const Result<T> &r)
{
    return r.ok() ? QString() : QString::number(r.error().code) + u' ' + r.error().message;
}

/// Config files in a temporary directory, loaded in order with an environment given as `NAME=value` entries.
class Sources
{
public:
    /// Writes `content` as the next file.
    QString addFile(const QByteArray &content)
    {
        const QString path = m_dir.filePath(QStringLiteral("alertad%1.conf").arg(m_files.size() + 1));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        m_files.append(path);
        return path;
    }
    void addFilePath(const QString &path) { m_files.append(path); }
    void setEnv(const QStringList &entries)
    {
        for (const QString &entry : entries) {
            const qsizetype eq = entry.indexOf(u'=');
            m_env.insert(entry.left(eq), entry.mid(eq + 1));
        }
    }
    /// `skipUnreadable`: LoadOptions::skipUnreadableFiles, as the desktop console loads.
    Result<ServerSettings> load(bool skipUnreadable = false) const
    {
        ServerSettings::LoadOptions options;
        options.files = m_files;
        options.environment = m_env;
        options.skipUnreadableFiles = skipUnreadable;
        return ServerSettings::load(options);
    }
    /// The error of load() with every file path replaced by `<file>`.
    QString loadError() const
    {
        QString text = errorText(load());
        for (const QString &path : m_files)
            text.replace(path, qs("<file>"));
        return text;
    }
    QString dirPath() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QStringList m_files;
    QProcessEnvironment m_env;
};

/// One file's settings; fails the test on a load error.
ServerSettings fromFile(const QByteArray &content)
{
    Sources sources;
    sources.addFile(content);
    const Result<ServerSettings> settings = sources.load();
    if (!settings)
        qFatal("load failed: %s", qPrintable(settings.error().message));
    return *settings;
}

struct DefaultRow
{
    const char *name;
    const char *json;
};

/// The §9 table (plus DATABASE_SCHEMA, SITE_LOGO_URL, CLIPBOARD_TEMPLATE and our own timers), as JSON.
const DefaultRow defaultRows[] = {
    {"DEBUG", "false"},
    {"SECRET_KEY", R"("changeme")"},
    {"BASE_URL", R"("")"},
    {"USE_PROXYFIX", "false"},
    {"DATABASE_URL", R"("mongodb://localhost:27017/monitoring")"},
    {"DATABASE_NAME", "null"},
    {"DATABASE_SCHEMA", R"("public")"},
    {"ALARM_MODEL", R"("ALERTA")"},
    {"DEFAULT_PAGE_SIZE", "50"},
    {"HISTORY_LIMIT", "100"},
    {"HISTORY_ON_VALUE_CHANGE", "true"},
    {"DEFAULT_FIELD", R"("text")"},
    {"AUTH_REQUIRED", "false"},
    {"AUTH_PROVIDER", R"("basic")"},
    {"ADMIN_USERS", "[]"},
    {"DEFAULT_ADMIN_ROLE", R"("admin")"},
    {"ADMIN_ROLES", R"(["admin"])"},
    {"DEFAULT_USER_ROLE", R"("user")"},
    {"USER_ROLES", R"(["user"])"},
    {"USER_DEFAULT_SCOPES", R"(["read","write"])"},
    {"DEFAULT_GUEST_ROLE", R"("guest")"},
    {"GUEST_ROLES", R"(["guest"])"},
    {"GUEST_DEFAULT_SCOPES", R"(["read:alerts"])"},
    {"CUSTOM_SCOPES", "[]"},
    {"DELETE_SCOPES", "[]"},
    {"CUSTOMER_VIEWS", "false"},
    {"ALLOW_READONLY", "false"},
    {"READONLY_SCOPES", R"(["read"])"},
    {"BASIC_AUTH_REALM", R"("Alerta")"},
    {"SIGNUP_ENABLED", "true"},
    {"EMAIL_VERIFICATION", "false"},
    {"ALLOWED_EMAIL_DOMAINS", R"(["*"])"},
    {"AUTH_PROXY", "false"},
    {"AUTH_PROXY_USER_HEADER", R"("X-Proxy-User")"},
    {"AUTH_PROXY_ROLES_HEADER", R"("X-Proxy-Roles")"},
    {"AUTH_PROXY_ROLES_SEPARATOR", R"(",")"},
    {"AUTH_PROXY_AUTO_SIGNUP", "true"},
    {"HMAC_AUTH_CREDENTIALS", "[]"},
    {"TOKEN_EXPIRE_DAYS", "14"},
    {"API_KEY_EXPIRE_DAYS", "365"},
    {"OAUTH2_CLIENT_ID", "null"},
    {"OAUTH2_CLIENT_SECRET", "null"},
    {"SAML2_ENTITY_ID", "null"},
    {"CORS_ORIGINS",
     R"(["http://localhost","http://localhost:8000","https?://\\w*\\.?local\\.alerta\\.io:?\\d*/?.*"])"},
    {"CORS_ALLOW_HEADERS", R"(["Content-Type","Authorization","Access-Control-Allow-Origin","X-Request-ID"])"},
    {"CORS_SUPPORTS_CREDENTIALS", "false"},
    {"SEVERITY_MAP", "{}"},
    {"COLOR_MAP", "{}"},
    {"DEFAULT_NORMAL_SEVERITY", "null"},
    {"DEFAULT_INFORM_SEVERITY", "null"},
    {"DEFAULT_PREVIOUS_SEVERITY", "null"},
    {"ALERT_TIMEOUT", "86400"},
    {"HEARTBEAT_TIMEOUT", "86400"},
    {"HEARTBEAT_MAX_LATENCY", "2000"},
    {"ACK_TIMEOUT", "0"},
    {"SHELVE_TIMEOUT", "7200"},
    {"DELETE_EXPIRED_AFTER", "7200"},
    {"DELETE_INFO_AFTER", "43200"},
    {"PLUGINS", R"(["remote_ip","reject","heartbeat","blackout","forwarder"])"},
    {"PLUGINS_RAISE_ON_ERROR", "true"},
    {"ORIGIN_BLACKLIST", "[]"},
    {"ALLOWED_ENVIRONMENTS", R"(["Production","Development"])"},
    {"HEARTBEAT_EVENTS", R"(["Heartbeat"])"},
    {"BLACKOUT_DURATION", "3600"},
    {"NOTIFICATION_BLACKOUT", "false"},
    {"BLACKOUT_ACCEPT", "[]"},
    {"DEFAULT_ENVIRONMENT", R"("Production")"},
    {"SERVER_VERSION", R"("full")"},
    {"AUTO_REFRESH_INTERVAL", "5000"},
    {"COLUMNS",
     R"(["severity","status","lastReceiveTime","timeoutLeft","duplicateCount","customer","environment",)"
     R"("service","resource","event","value","text"])"},
    {"SORT_LIST_BY", R"(["severity","lastReceiveTime"])"},
    {"DEFAULT_FILTER", R"({"status":["open","ack"]})"},
    {"ACTIONS", "[]"},
    {"CLIPBOARD_TEMPLATE", R"("")"},
    {"SITE_LOGO_URL", R"("")"},
    {"HOUSEKEEPING_INTERVAL", "60"},
    {"HEARTBEAT_ALERT_INTERVAL", "0"},
    {"HEARTBEAT_ALERT_SEVERITY", R"("major")"},
    {"PASSWORD_HASH_COST", "12"},
    {"MAX_CONTENT_LENGTH", "1048576"},
    {"MAX_HEADER_SIZE", "32768"},
    {"MAX_JSON_DEPTH", "64"},
    {"MAX_PAGE_SIZE", "10000"},
    {"KEEP_ALIVE_TIMEOUT", "75"},
    {"REQUEST_TIMEOUT", "30"},
    {"DATABASE_QUERY_TIMEOUT", "30"},
    {"TLS_CERT_FILE", R"("")"},
    {"TLS_KEY_FILE", R"("")"},
};

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldDefaultToUpstreamValues_data();
    void shouldDefaultToUpstreamValues();
    void shouldListEveryNameInTheDefaultsTable();
    void shouldLetFilesAndEnvironmentOverrideProgramDefaults();
    void shouldParseLiterals_data();
    void shouldParseLiterals();
    void shouldReadSettingsFromFile_data();
    void shouldReadSettingsFromFile();
    void shouldReportFileErrors_data();
    void shouldReportFileErrors();
    void shouldSkipMissingFileAndRejectUnreadable();
    void shouldReadEnvironment_data();
    void shouldReadEnvironment();
    void shouldRejectBadIntegerInEnvironment();
    void shouldLetEnvironmentBeatFilesAndLaterFilesBeatEarlier();
    void shouldIgnoreNamesThatAreNotEnvOverridable();
    void shouldListEnvironmentNames();
    void shouldListDefaultFiles();
    void shouldResolveAliases_data();
    void shouldResolveAliases();
    void shouldRejectInvalidSettings_data();
    void shouldRejectInvalidSettings();
    void shouldMapToEngineConfig();
    void shouldKeepBuiltInSeveritiesWithOverriddenDefaults();
};

void TestSettings::initTestCase()
{
    // Every load names the files it reads at info level; the tests read hundreds.
    QLoggingCategory::setFilterRules(qs("alerta.core.settings.info=false"));
}

void TestSettings::shouldDefaultToUpstreamValues_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    for (const DefaultRow &row : defaultRows)
        QTest::newRow(row.name) << qs(row.name) << qs(row.json);
}

void TestSettings::shouldDefaultToUpstreamValues()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    // Given: no file and an empty environment
    // When: settings are loaded
    const Result<ServerSettings> loaded = ServerSettings::load({});
    QVERIFY2(loaded.ok(), qPrintable(errorText(loaded)));
    // Then: the setting has upstream's default, as has a default-constructed object
    QCOMPARE(compact(loaded->value(name)), expected);
    QCOMPARE(compact(ServerSettings().value(name)), expected);
}

void TestSettings::shouldListEveryNameInTheDefaultsTable()
{
    // Given: the names of the defaults table
    QStringList tableNames;
    for (const DefaultRow &row : defaultRows)
        tableNames.append(qs(row.name));
    // Then: they are exactly the settings value() knows, so no setting goes untested
    QCOMPARE(ServerSettings::names(), tableNames);
    // And: aliases and unknown names have no value of their own
    QCOMPARE(compact(ServerSettings().value(qs("DEFAULT_TIMEOUT"))), qs("<undefined>"));
    QCOMPARE(compact(ServerSettings().value(qs("HK_EXPIRED_DELETE_HRS"))), qs("<undefined>"));
    QCOMPARE(compact(ServerSettings().value(qs("NO_SUCH_SETTING"))), qs("<undefined>"));
}

void TestSettings::shouldLetFilesAndEnvironmentOverrideProgramDefaults()
{
    // Given: a program whose default differs from upstream's (alerta-server requires authentication)
    const auto requireAuth = [](ServerSettings &s) { s.authRequired = true; };
    ServerSettings::LoadOptions options;
    options.defaults = requireAuth;
    // Then: with nothing else set, the program's default holds
    QVERIFY(ServerSettings::load(options)->authRequired);

    // When: the environment says otherwise
    options.environment.insert(qs("AUTH_REQUIRED"), qs("false"));
    // Then: the environment wins
    QVERIFY(!ServerSettings::load(options)->authRequired);

    // When: a file says otherwise and the environment is silent
    Sources sources;
    options.files = {sources.addFile("AUTH_REQUIRED = False\n")};
    options.environment.clear();
    // Then: the file wins
    QVERIFY(!ServerSettings::load(options)->authRequired);
}

void TestSettings::shouldParseLiterals_data()
{
    QTest::addColumn<QString>("literal");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *literal, const char *expected) {
        QTest::newRow(name) << qs(literal) << qs(expected);
    };
    row("single quotes", "'abc'", R"("abc")");
    row("double quotes", R"("abc")", R"("abc")");
    row("other quote inside", R"("it's" )", R"("it's")");
    row("escaped quotes", R"('it\'s \"x\"')", R"("it's \"x\"")");
    row("control escapes", R"('a\nb\tc\rd\\e')", R"("a\nb\tc\rd\\e")");
    row("bell and friends", R"('\a\b\f\v')", R"("\u0007\b\f\u000b")");
    row("hex escape", R"('\x41')", R"("A")");
    row("unicode escapes", R"("\u00e9\U0001F600")", "\"\u00e9\U0001F600\"");
    row("octal escape", R"('\101\0')", R"("A\u0000")");
    row("unknown escape kept", R"('\d+')", R"("\\d+")");
    row("raw string", R"(r'\d+\'')", R"("\\d+\\'")");
    row("unicode prefix", R"(u'x')", R"("x")");
    row("non-ASCII text", "'caf\u00e9'", "\"caf\u00e9\"");
    row("triple single", "'''a\n'b'\nc'''", R"("a\n'b'\nc")");
    row("triple double", "\"\"\"x\"y\"\"\"", R"("x\"y")");
    row("line continuation in string", "'a\\\nb'", R"("ab")");
    row("adjacent strings", R"('a' "b" 'c')", R"("abc")");
    row("empty string", "''", R"("")");
    row("int", "42", "42");
    row("zero", "0", "0");
    row("negative int", "-5", "-5");
    row("plus int", "+5", "5");
    row("minus with space", "- 5", "-5");
    row("underscores", "86_400", "86400");
    row("hex", "0xFF", "255");
    row("octal", "0o17", "15");
    row("binary", "0b101", "5");
    row("large int", "9007199254740993", "9007199254740993");
    row("float", "1.5", "1.5");
    row("negative float", "-2.25", "-2.25");
    row("exponent", "1e3", "1000");
    row("negative exponent", "25e-2", "0.25");
    row("leading dot", ".5", "0.5");
    row("trailing dot", "5.", "5");
    row("True", "True", "true");
    row("False", "False", "false");
    row("None", "None", "null");
    row("list", "['a', 1, None]", R"(["a",1,null])");
    row("empty list", "[]", "[]");
    row("list trailing comma", "['a', 'b',]", R"(["a","b"])");
    row("tuple", "('a', 'b')", R"(["a","b"])");
    row("one-element tuple", "('a',)", R"(["a"])");
    row("empty tuple", "()", "[]");
    row("parenthesised value", "('a')", R"("a")");
    row("parenthesised concatenation", "('a'\n 'b')", R"("ab")");
    row("dict", "{'a': 1, \"b\": [True]}", R"({"a":1,"b":[true]})");
    row("empty dict", "{}", "{}");
    row("dict trailing comma", "{'a': 1,}", R"({"a":1})");
    row("nested", "{'s': {'x': [1, (2, 3)]}, 't': []}", R"({"s":{"x":[1,[2,3]]},"t":[]})");
    row("multi-line with comments", "[\n  'a',  # first\n  # nothing\n  'b'\n]", R"(["a","b"])");
    row("surrounding space", "  7  ", "7");

    row("expression", "5*1024", "<none>");
    row("name", "os", "<none>");
    row("call", "os.environ.get('X')", "<none>");
    row("bytes", "b'x'", "<none>");
    row("f-string", "f'x'", "<none>");
    row("leading zero", "0123", "<none>");
    row("double underscore", "1__0", "<none>");
    row("trailing underscore", "10_", "<none>");
    row("complex", "1j", "<none>");
    row("octal digit 8", "0o8", "<none>");
    row("double hex prefix", "0x0x1", "<none>");
    row("two dots", "1.2.3", "<none>");
    row("int key", "{1: 2}", "<none>");
    row("set", "{'a', 'b'}", "<none>");
    row("missing comma", "['a' 1]", "<none>");
    row("lone comma", "[,]", "<none>");
    row("unclosed list", "['a'", "<none>");
    row("unterminated string", "'abc", "<none>");
    row("newline in string", "'a\nb'", "<none>");
    row("named escape", R"('\N{DASH}')", "<none>");
    row("short hex escape", R"('\x4')", "<none>");
    row("two values", "True False", "<none>");
    row("empty", "", "<none>");
}

void TestSettings::shouldParseLiterals()
{
    QFETCH(QString, literal);
    QFETCH(QString, expected);
    // When: the text is read as one Python literal
    // Then: its JSON value, or none when it is not a literal
    QCOMPARE(compact(AlertadConf::parseLiteral(literal)), expected);
}

void TestSettings::shouldReadSettingsFromFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *rowName, const char *content, const char *name, const char *expected) {
        QTest::newRow(rowName) << QByteArray(content) << qs(name) << qs(expected);
    };
    row("string", "SECRET_KEY = 'sekrit'\n", "SECRET_KEY", R"("sekrit")");
    row("double-quoted string", "BASE_URL = \"/api\"", "BASE_URL", R"("/api")");
    row("escapes",
        R"(CLIPBOARD_TEMPLATE = '{{ resource }}\n\t\'x\'')",
        "CLIPBOARD_TEMPLATE",
        R"("{{ resource }}\n\t'x'")");
    row("triple-quoted multi-line",
        "CLIPBOARD_TEMPLATE = '''\n[{{ environment }}]\n'''\n",
        "CLIPBOARD_TEMPLATE",
        R"("\n[{{ environment }}]\n")");
    row("int", "HISTORY_LIMIT = 25", "HISTORY_LIMIT", "25");
    row("int with comment", "ACK_TIMEOUT = 0  # never\n", "ACK_TIMEOUT", "0");
    row("negative int", "ALERT_TIMEOUT = -1", "ALERT_TIMEOUT", "-1");
    row("integral float", "DEFAULT_PAGE_SIZE = 100.0", "DEFAULT_PAGE_SIZE", "100");
    row("True", "AUTH_REQUIRED = True\nADMIN_USERS = ['a']", "AUTH_REQUIRED", "true");
    row("False", "SIGNUP_ENABLED = False", "SIGNUP_ENABLED", "false");
    row("None", "DATABASE_NAME = None", "DATABASE_NAME", "null");
    row("optional string", "DATABASE_NAME = 'monitoring'", "DATABASE_NAME", R"("monitoring")");
    row("list", "PLUGINS = ['reject', 'blackout']", "PLUGINS", R"(["reject","blackout"])");
    row("tuple", "PLUGINS = ('reject',)", "PLUGINS", R"(["reject"])");
    row("empty list", "PLUGINS = []", "PLUGINS", "[]");
    row("multi-line list with comments and trailing comma",
        "CORS_ORIGINS = [\n"
        "    'http://a',  # the UI\n"
        "    # 'http://b',\n"
        "    \"http://c\",\n"
        "]\n",
        "CORS_ORIGINS",
        R"(["http://a","http://c"])");
    row("Hawk credentials, algorithm defaulted",
        "HMAC_AUTH_CREDENTIALS = [\n"
        "    {'key': 'cli', 'secret': 's3cr3t', 'algorithm': 'sha512'},\n"
        "    {'key': 'ci', 'secret': 'other'},\n"
        "]\n",
        "HMAC_AUTH_CREDENTIALS",
        R"([{"algorithm":"sha512","key":"cli","secret":"s3cr3t"},{"algorithm":"sha256","key":"ci","secret":"other"}])");
    row("dict",
        "DEFAULT_FILTER = {'status': ['open'], 'environment': 'Production'}",
        "DEFAULT_FILTER",
        R"({"environment":"Production","status":["open"]})");
    row("multi-line nested dict",
        "COLOR_MAP = {\n  'severity': {\n    'major': 'orange',\n  },\n  'text': 'black'\n}",
        "COLOR_MAP",
        R"({"severity":{"major":"orange"},"text":"black"})");
    row("severity map",
        "SEVERITY_MAP = {'bad': 1, 'fine': 5}\nDEFAULT_NORMAL_SEVERITY = 'fine'\n"
        "DEFAULT_PREVIOUS_SEVERITY = 'fine'",
        "SEVERITY_MAP",
        R"({"bad":1,"fine":5})");
    row("later assignment wins", "HISTORY_LIMIT = 1\nHISTORY_LIMIT = 2", "HISTORY_LIMIT", "2");
    row("semicolons", "HISTORY_LIMIT = 3; ACK_TIMEOUT = 4", "ACK_TIMEOUT", "4");
    row("backslash continuation", "HISTORY_LIMIT = \\\n  7", "HISTORY_LIMIT", "7");
    row("CRLF line ends", "HISTORY_LIMIT = 8\r\nACK_TIMEOUT = 9\r\n", "HISTORY_LIMIT", "8");
    row("unknown names ignored, even expressions",
        "LOG_MAX_BYTES = 5*1024*1024\nLOG_HANDLERS = ['file']\nFOO = os.environ.get('X',\n 'y')\nHISTORY_LIMIT = 11",
        "HISTORY_LIMIT",
        "11");
    row("comments and blank lines", "# alertad.conf\n\n   # indented comment\nDEBUG = True # on\n", "DEBUG", "true");
    row("our own timer", "HOUSEKEEPING_INTERVAL = 0", "HOUSEKEEPING_INTERVAL", "0");
    row("read deadline", "DATABASE_QUERY_TIMEOUT = 5", "DATABASE_QUERY_TIMEOUT", "5");
}

void TestSettings::shouldReadSettingsFromFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    // Given: an alertad.conf
    // When: it is loaded
    const ServerSettings settings = fromFile(content);
    // Then: the setting has the file's value
    QCOMPARE(compact(settings.value(name)), expected);
}

void TestSettings::shouldReportFileErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, const char *content, const char *message) {
        QTest::newRow(name) << QByteArray(content) << qs(message);
    };
    row("unterminated string", "SECRET_KEY = 'abc\n", "400 <file>:1: cannot parse value of SECRET_KEY");
    row("line number after comments",
        "# one\n\nDEBUG = True\nSECRET_KEY = 'a' +\n",
        "400 <file>:4: cannot parse value of SECRET_KEY");
    row("expression for a setting", "HISTORY_LIMIT = 5*10", "400 <file>:1: cannot parse value of HISTORY_LIMIT");
    row("nothing after =", "HISTORY_LIMIT =\nDEBUG = True", "400 <file>:1: cannot parse value of HISTORY_LIMIT");
    row("value on the next line", "HISTORY_LIMIT =\n5", "400 <file>:2: invalid syntax");
    row("unclosed list names its first line",
        "DEBUG = False\nPLUGINS = [\n  'reject',\n",
        "400 <file>:2: cannot parse value of PLUGINS");
    row("unknown name with unclosed string", "FOO = 'x\n", "400 <file>:1: cannot parse value of FOO");
    row("not an assignment", "DEBUG = True\nimport os\n", "400 <file>:2: invalid syntax");
    row("comparison", "DEBUG == True", "400 <file>:1: invalid syntax");
    row("no name", "= 5", "400 <file>:1: invalid syntax");
    row("string for int", "HISTORY_LIMIT = '100'", "400 <file>:1: HISTORY_LIMIT must be an integer");
    row("fraction for int", "ALERT_TIMEOUT = 1.5", "400 <file>:1: ALERT_TIMEOUT must be an integer");
    row("bool for int", "HISTORY_LIMIT = True", "400 <file>:1: HISTORY_LIMIT must be an integer");
    row("int out of range", "HISTORY_LIMIT = 99999999999", "400 <file>:1: HISTORY_LIMIT must be an integer");
    row("string for bool", "AUTH_REQUIRED = 'yes'", "400 <file>:1: AUTH_REQUIRED must be True or False");
    row("None for string", "BASE_URL = None", "400 <file>:1: BASE_URL must be a string");
    row("int for optional string", "DATABASE_NAME = 5", "400 <file>:1: DATABASE_NAME must be a string or None");
    row("string for list", "ADMIN_USERS = 'bob'", "400 <file>:1: ADMIN_USERS must be a list of strings");
    row("Hawk credential without a secret",
        "HMAC_AUTH_CREDENTIALS = [{'key': 'cli'}]",
        "400 <file>:1: HMAC_AUTH_CREDENTIALS must be a list of dicts with 'key', 'secret' and 'algorithm'");
    row("number in list", "\nPLUGINS = ['reject', 1]", "400 <file>:2: PLUGINS must be a list of strings");
    row("list for dict", "DEFAULT_FILTER = []", "400 <file>:1: DEFAULT_FILTER must be a dict");
    row("text level", "SEVERITY_MAP = {'a': 'high'}", "400 <file>:1: SEVERITY_MAP must be a dict of integers");
    row("alias type", "DEFAULT_TIMEOUT = 'x'", "400 <file>:1: DEFAULT_TIMEOUT must be an integer");
}

void TestSettings::shouldReportFileErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    // Given: a broken alertad.conf
    Sources sources;
    sources.addFile(content);
    // When: it is loaded
    // Then: 400 naming the file, the line and the setting
    QCOMPARE(sources.loadError(), message);
}

void TestSettings::shouldSkipMissingFileAndRejectUnreadable()
{
    // Given: a file that does not exist, then one that sets a value
    Sources sources;
    sources.addFilePath(QDir(sources.dirPath()).filePath(qs("missing.conf")));
    sources.addFile("HISTORY_LIMIT = 3");
    // When: they are loaded
    const Result<ServerSettings> loaded = sources.load();
    // Then: the missing one is skipped
    QVERIFY2(loaded.ok(), qPrintable(errorText(loaded)));
    QCOMPARE(loaded->historyLimit, 3);

    // Given: a path that cannot be read as a file
    Sources unreadable;
    unreadable.addFilePath(unreadable.dirPath());
    // When: it is loaded
    const Result<ServerSettings> failed = unreadable.load();
    // Then: 400 naming it
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, 400);
    QVERIFY2(failed.error().message.startsWith(unreadable.dirPath() + qs(": cannot read: ")),
             qPrintable(failed.error().message));

    // Given: the same, followed by a readable file, loaded as the console loads (a server's private file)
    unreadable.addFile("HISTORY_LIMIT = 4");
    // When: it is loaded skipping unreadable files
    const Result<ServerSettings> skipped = unreadable.load(true);
    // Then: the unreadable one is skipped and the next one applies
    QVERIFY2(skipped.ok(), qPrintable(errorText(skipped)));
    QCOMPARE(skipped->historyLimit, 4);
}

void TestSettings::shouldReadEnvironment_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *variable, const char *text, const char *expected) {
        QTest::newRow(name) << qs(variable) << qs(text) << qs(expected);
    };
    row("bool yes", "AUTH_REQUIRED", "yes", "true");
    row("bool on", "DEBUG", "on", "true");
    row("bool true", "USE_PROXYFIX", "true", "true");
    row("bool TRUE", "USE_PROXYFIX", "TRUE", "true");
    row("bool t", "NOTIFICATION_BLACKOUT", "t", "true");
    row("bool 1", "DEBUG", "1", "true");
    row("bool True padded", "DEBUG", " True ", "true");
    row("bool no", "SIGNUP_ENABLED", "no", "false");
    row("bool 0", "SIGNUP_ENABLED", "0", "false");
    row("bool false", "SIGNUP_ENABLED", "false", "false");
    row("bool y is not upstream's", "SIGNUP_ENABLED", "y", "false");
    row("bool empty", "SIGNUP_ENABLED", "", "false");
    row("list", "PLUGINS", "reject,blackout", R"(["reject","blackout"])");
    row("list trimmed", "CORS_ORIGINS", " http://a , http://b ,http://c", R"(["http://a","http://b","http://c"])");
    row("list one", "ADMIN_USERS", "admin@example.com", R"(["admin@example.com"])");
    row("list empty", "ORIGIN_BLACKLIST", "", "[]");
    row("list empty items dropped", "BLACKOUT_ACCEPT", "normal,,ok,", R"(["normal","ok"])");
    row("int", "BLACKOUT_DURATION", "86400", "86400");
    row("int padded", "DELETE_INFO_AFTER", " 60 ", "60");
    row("negative int", "DELETE_EXPIRED_AFTER", "-1", "-1");
    row("string", "SECRET_KEY", "s3cr3t, with comma", R"("s3cr3t, with comma")");
    row("optional string", "DATABASE_NAME", "monitoring", R"("monitoring")");
    row("client secret", "OAUTH2_CLIENT_SECRET", "x", R"("x")");
    row("multi-line string", "CLIPBOARD_TEMPLATE", "a\nb", R"("a\nb")");
    row("default environment", "DEFAULT_ENVIRONMENT", "Development", R"("Development")");
}

void TestSettings::shouldReadEnvironment()
{
    QFETCH(QString, variable);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    // Given: an environment variable
    Sources sources;
    sources.setEnv({variable + u'=' + text});
    // When: settings are loaded
    const Result<ServerSettings> loaded = sources.load();
    // Then: the setting has its converted value
    QVERIFY2(loaded.ok(), qPrintable(errorText(loaded)));
    QCOMPARE(compact(loaded->value(variable)), expected);
}

void TestSettings::shouldRejectBadIntegerInEnvironment()
{
    // Given: an integer setting in the environment that is not one
    for (const char *text : {"abc", "", "1.5", "12x"}) {
        Sources sources;
        sources.setEnv({qs("BLACKOUT_DURATION=") + qs(text)});
        // Then: 400 naming the variable
        QCOMPARE(sources.loadError(), qs("400 environment variable BLACKOUT_DURATION must be an integer"));
    }
}

void TestSettings::shouldLetEnvironmentBeatFilesAndLaterFilesBeatEarlier()
{
    // Given: two files and an environment that overlap
    Sources sources;
    sources.addFile("BASE_URL = '/first'\nHISTORY_LIMIT = 1\nPLUGINS = ['one']\nSECRET_KEY = 'file'\n");
    sources.addFile("HISTORY_LIMIT = 2\nPLUGINS = ['two']\n");
    sources.setEnv({qs("PLUGINS=env"), qs("SECRET_KEY=env")});
    // When: they are loaded
    const Result<ServerSettings> loaded = sources.load();
    QVERIFY2(loaded.ok(), qPrintable(errorText(loaded)));
    // Then: what only the first file sets stays
    QCOMPARE(loaded->baseUrl, qs("/first"));
    // And: the second file beats the first
    QCOMPARE(loaded->historyLimit, 2);
    // And: the environment beats both
    QCOMPARE(loaded->plugins, qsl({"env"}));
    QCOMPARE(loaded->secretKey, qs("env"));
}

void TestSettings::shouldIgnoreNamesThatAreNotEnvOverridable()
{
    // Given: settings in the environment that upstream reads only from files, and junk that is no setting
    Sources sources;
    sources.setEnv({qs("HISTORY_LIMIT=5"),
                    qs("ALERT_TIMEOUT=not a number"),
                    qs("DEFAULT_TIMEOUT=1"),
                    qs("CUSTOM_SCOPES=bad"),
                    qs("SEVERITY_MAP={"),
                    qs("HOUSEKEEPING_INTERVAL=1"),
                    qs("PATH=/usr/bin")});
    // When: settings are loaded
    const Result<ServerSettings> loaded = sources.load();
    // Then: none of them is read
    QVERIFY2(loaded.ok(), qPrintable(errorText(loaded)));
    QCOMPARE(loaded->historyLimit, 100);
    QCOMPARE(loaded->alertTimeout, ServerSettings::Seconds(86400));
    QVERIFY(loaded->customScopes.isEmpty());
    QVERIFY(loaded->severityMap.isEmpty());
    QCOMPARE(loaded->housekeepingInterval, ServerSettings::Seconds(60));

    // Given: HK_*_DELETE_HRS, which upstream reads only from the environment, in a file
    // Then: the file's is ignored
    QCOMPARE(fromFile("HK_EXPIRED_DELETE_HRS = 5").deleteExpiredAfter, ServerSettings::Seconds(7200));
}

void TestSettings::shouldListEnvironmentNames()
{
    // Then: the §9 list of env-overridable names
    const QStringList expected = qsl({"DEBUG",
                                      "SECRET_KEY",
                                      "BASE_URL",
                                      "USE_PROXYFIX",
                                      "DATABASE_URL",
                                      "DATABASE_NAME",
                                      "DATABASE_SCHEMA",
                                      "AUTH_REQUIRED",
                                      "AUTH_PROVIDER",
                                      "ADMIN_USERS",
                                      "CUSTOMER_VIEWS",
                                      "SIGNUP_ENABLED",
                                      "ALLOWED_EMAIL_DOMAINS",
                                      "OAUTH2_CLIENT_ID",
                                      "OAUTH2_CLIENT_SECRET",
                                      "CORS_ORIGINS",
                                      "DELETE_EXPIRED_AFTER",
                                      "DEFAULT_EXPIRED_DELETE_HRS",
                                      "HK_EXPIRED_DELETE_HRS",
                                      "DELETE_INFO_AFTER",
                                      "DEFAULT_INFO_DELETE_HRS",
                                      "HK_INFO_DELETE_HRS",
                                      "PLUGINS",
                                      "ORIGIN_BLACKLIST",
                                      "ALLOWED_ENVIRONMENTS",
                                      "BLACKOUT_DURATION",
                                      "NOTIFICATION_BLACKOUT",
                                      "BLACKOUT_ACCEPT",
                                      "DEFAULT_ENVIRONMENT",
                                      "CLIPBOARD_TEMPLATE",
                                      "MAX_CONTENT_LENGTH",
                                      "MAX_HEADER_SIZE",
                                      "MAX_JSON_DEPTH",
                                      "MAX_PAGE_SIZE",
                                      "KEEP_ALIVE_TIMEOUT",
                                      "REQUEST_TIMEOUT",
                                      "DATABASE_QUERY_TIMEOUT",
                                      "TLS_CERT_FILE",
                                      "TLS_KEY_FILE"});
    QStringList actual = ServerSettings::environmentNames();
    QStringList sortedExpected = expected;
    actual.sort();
    sortedExpected.sort();
    QCOMPARE(actual, sortedExpected);
}

void TestSettings::shouldListDefaultFiles()
{
    // Given: no ALERTA_SVR_CONF_FILE
    // Then: only /etc/alertad.conf
    QCOMPARE(ServerSettings::LoadOptions::defaultFiles({}), qsl({"/etc/alertad.conf"}));
    // Given: ALERTA_SVR_CONF_FILE
    QProcessEnvironment env;
    env.insert(qs("ALERTA_SVR_CONF_FILE"), qs("/home/me/alertad.conf"));
    // Then: it is read after /etc/alertad.conf, so it wins
    QCOMPARE(ServerSettings::LoadOptions::defaultFiles(env), qsl({"/etc/alertad.conf", "/home/me/alertad.conf"}));
}

void TestSettings::shouldResolveAliases_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<qint64>("expiredAfter");
    QTest::addColumn<qint64>("infoAfter");
    QTest::addColumn<qint64>("alertTimeout");
    const auto row = [](const char *name,
                        const char *content,
                        const QStringList &env,
                        qint64 expiredAfter,
                        qint64 infoAfter,
                        qint64 alertTimeout) {
        QTest::newRow(name) << QByteArray(content) << env << expiredAfter << infoAfter << alertTimeout;
    };
    row("defaults", "", {}, 7200, 43200, 86400);
    row("seconds in file", "DELETE_EXPIRED_AFTER = 60\nDELETE_INFO_AFTER = 0", {}, 60, 0, 86400);
    row("hours in file", "DEFAULT_EXPIRED_DELETE_HRS = 3\nDEFAULT_INFO_DELETE_HRS = 1", {}, 10800, 3600, 86400);
    row("hours in env", "", qsl({"DEFAULT_EXPIRED_DELETE_HRS=4", "DEFAULT_INFO_DELETE_HRS=5"}), 14400, 18000, 86400);
    row("HK hours in env", "", qsl({"HK_EXPIRED_DELETE_HRS=6", "HK_INFO_DELETE_HRS=7"}), 21600, 25200, 86400);
    row("hours beat seconds",
        "DELETE_EXPIRED_AFTER = 60\nDEFAULT_EXPIRED_DELETE_HRS = 2",
        qsl({"DELETE_INFO_AFTER=5"}),
        7200,
        5,
        86400);
    row("hours beat seconds from env", "DEFAULT_INFO_DELETE_HRS = 2", qsl({"DELETE_INFO_AFTER=5"}), 7200, 7200, 86400);
    row("DEFAULT_ beats HK_", "DEFAULT_EXPIRED_DELETE_HRS = 1", qsl({"HK_EXPIRED_DELETE_HRS=9"}), 3600, 43200, 86400);
    row("HK_ beats seconds", "DELETE_EXPIRED_AFTER = 60", qsl({"HK_EXPIRED_DELETE_HRS=9"}), 32400, 43200, 86400);
    row("env hours beat file hours",
        "DEFAULT_EXPIRED_DELETE_HRS = 1",
        qsl({"DEFAULT_EXPIRED_DELETE_HRS=2"}),
        7200,
        43200,
        86400);
    row("zero hours fall through to HK_",
        "DEFAULT_EXPIRED_DELETE_HRS = 0",
        qsl({"HK_EXPIRED_DELETE_HRS=3"}),
        10800,
        43200,
        86400);
    row("zero hours fall through to seconds",
        "DEFAULT_INFO_DELETE_HRS = 0\nDELETE_INFO_AFTER = 90",
        qsl({"HK_INFO_DELETE_HRS=0"}),
        7200,
        90,
        86400);
    row("zero hours alone keep the default", "DEFAULT_EXPIRED_DELETE_HRS = 0", {}, 7200, 43200, 86400);
    row("zero seconds switch off", "", qsl({"DELETE_EXPIRED_AFTER=0"}), 0, 43200, 86400);
    row("DEFAULT_TIMEOUT", "DEFAULT_TIMEOUT = 60", {}, 7200, 43200, 60);
    row("ALERT_TIMEOUT beats DEFAULT_TIMEOUT", "ALERT_TIMEOUT = 30\nDEFAULT_TIMEOUT = 60", {}, 7200, 43200, 30);
    row("ALERT_TIMEOUT 0 beats DEFAULT_TIMEOUT", "DEFAULT_TIMEOUT = 60\nALERT_TIMEOUT = 0", {}, 7200, 43200, 0);
}

void TestSettings::shouldResolveAliases()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, env);
    QFETCH(qint64, expiredAfter);
    QFETCH(qint64, infoAfter);
    QFETCH(qint64, alertTimeout);
    // Given: a file and an environment with aliases
    Sources sources;
    sources.addFile(content);
    sources.setEnv(env);
    // When: settings are loaded
    const Result<ServerSettings> loaded = sources.load();
    QVERIFY2(loaded.ok(), qPrintable(errorText(loaded)));
    // Then: the seconds settings come from the source of highest priority
    QCOMPARE(qint64(loaded->deleteExpiredAfter.count()), expiredAfter);
    QCOMPARE(qint64(loaded->deleteInfoAfter.count()), infoAfter);
    QCOMPARE(qint64(loaded->alertTimeout.count()), alertTimeout);
}

void TestSettings::shouldRejectInvalidSettings_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, const char *content, const QStringList &env, const char *message) {
        QTest::newRow(name) << QByteArray(content) << env << qs(message);
    };
    row("default environment not allowed",
        "ALLOWED_ENVIRONMENTS = ['Foo', 'Bar']",
        {},
        R"(400 Default environment "Production" not in list of allowed environments)");
    row("default environment from env",
        "",
        qsl({"DEFAULT_ENVIRONMENT=Staging"}),
        R"(400 Default environment "Staging" not in list of allowed environments)");
    row("membership, not regex",
        "ALLOWED_ENVIRONMENTS = ['Prod.*']\nDEFAULT_ENVIRONMENT = 'Production'",
        {},
        R"(400 Default environment "Production" not in list of allowed environments)");
    row("allowed default environment", "ALLOWED_ENVIRONMENTS = ['Foo']\nDEFAULT_ENVIRONMENT = 'Foo'", {}, "");
    row("customer views without auth",
        "CUSTOMER_VIEWS = True\nADMIN_USERS = ['admin']",
        {},
        "400 Must enable authentication to use customer views");
    row("customer views without admins",
        "CUSTOMER_VIEWS = True\nAUTH_REQUIRED = True",
        {},
        "400 Customer views is enabled but there are no admin users");
    row("customer views from env",
        "",
        qsl({"CUSTOMER_VIEWS=yes", "AUTH_REQUIRED=yes"}),
        "400 Customer views is enabled but there are no admin users");
    row("customer views complete", "CUSTOMER_VIEWS = True\nAUTH_REQUIRED = True\nADMIN_USERS = ['admin']", {}, "");
    row("custom scope without resource", "CUSTOM_SCOPES = ['read']", {}, "400 'read' is not a valid Scope");
    row("custom scope bad action",
        "CUSTOM_SCOPES = ['read:a', 'list:alerts']",
        {},
        "400 'list:alerts' is not a valid Scope");
    row("custom scope trailing junk", "CUSTOM_SCOPES = ['read:a.b.c']", {}, "400 'read:a.b.c' is not a valid Scope");
    row("custom scope space", "CUSTOM_SCOPES = ['write:a b']", {}, "400 'write:a b' is not a valid Scope");
    row("custom scopes valid", "CUSTOM_SCOPES = ['read:foo', 'write:foo.bar', 'admin:x_1', 'delete:y']", {}, "");
    row("normal severity not in map",
        "DEFAULT_NORMAL_SEVERITY = 'fine'",
        {},
        "400 DEFAULT_NORMAL_SEVERITY (fine) is not one of security, critical, major, minor, warning, indeterminate, "
        "informational, normal, ok, cleared, debug, trace, unknown");
    row("previous severity not in custom map",
        "SEVERITY_MAP = {'bad': 1, 'normal': 5}",
        {},
        "400 DEFAULT_PREVIOUS_SEVERITY (indeterminate) is not one of bad, normal");
    row("heartbeat alert severity not in map",
        "HEARTBEAT_ALERT_INTERVAL = 60\nHEARTBEAT_ALERT_SEVERITY = 'bad'",
        {},
        "400 HEARTBEAT_ALERT_SEVERITY (bad) is not one of security, critical, major, minor, warning, indeterminate, "
        "informational, debug, trace, unknown");
    row("heartbeat alert severity normal",
        "HEARTBEAT_ALERT_INTERVAL = 60\nHEARTBEAT_ALERT_SEVERITY = 'ok'",
        {},
        "400 HEARTBEAT_ALERT_SEVERITY (ok) is not one of security, critical, major, minor, warning, indeterminate, "
        "informational, debug, trace, unknown");
    row("heartbeat alert severity unchecked when off", "HEARTBEAT_ALERT_SEVERITY = 'bad'", {}, "");
    row("Hawk algorithm unknown",
        "HMAC_AUTH_CREDENTIALS = [{'key': 'cli', 'secret': 's', 'algorithm': 'md5'}]",
        {},
        "400 HMAC_AUTH_CREDENTIALS: algorithm 'md5' of key 'cli' is not sha1, sha256, sha384 or sha512");
    row("Hawk secret empty",
        "HMAC_AUTH_CREDENTIALS = [{'key': 'cli', 'secret': ''}]",
        {},
        "400 HMAC_AUTH_CREDENTIALS: every entry needs a 'key' and a 'secret'");
    row("hash cost too low", "PASSWORD_HASH_COST = 3", {}, "400 PASSWORD_HASH_COST must be between 4 and 31");
    row("hash cost too high", "PASSWORD_HASH_COST = 32", {}, "400 PASSWORD_HASH_COST must be between 4 and 31");
    for (const char *limit : {"MAX_CONTENT_LENGTH",
                              "MAX_HEADER_SIZE",
                              "MAX_JSON_DEPTH",
                              "MAX_PAGE_SIZE",
                              "KEEP_ALIVE_TIMEOUT",
                              "REQUEST_TIMEOUT"})
        row(qPrintable(QStringLiteral("negative ") + QLatin1String(limit)),
            qPrintable(QLatin1String(limit) + QStringLiteral(" = -1")),
            {},
            qPrintable(QStringLiteral("400 ") + QLatin1String(limit) + QStringLiteral(" must not be negative")));
    row("negative housekeeping interval",
        "HOUSEKEEPING_INTERVAL = -1",
        {},
        "400 HOUSEKEEPING_INTERVAL must not be negative");
    row("negative heartbeat alert interval",
        "HEARTBEAT_ALERT_INTERVAL = -5",
        {},
        "400 HEARTBEAT_ALERT_INTERVAL must not be negative");
    row("negative read deadline", "DATABASE_QUERY_TIMEOUT = -1", {}, "400 DATABASE_QUERY_TIMEOUT must not be negative");
    row("read deadline past PostgreSQL's statement_timeout",
        "DATABASE_QUERY_TIMEOUT = 2147484",
        {},
        "400 DATABASE_QUERY_TIMEOUT must be at most 2147483 seconds");
}

void TestSettings::shouldRejectInvalidSettings()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, env);
    QFETCH(QString, message);
    // Given: settings that break (or just pass) a start-up check
    Sources sources;
    sources.addFile(content);
    sources.setEnv(env);
    // When: they are loaded
    // Then: the check's message, or success
    QCOMPARE(sources.loadError(), message);
}

void TestSettings::shouldMapToEngineConfig()
{
    // Given: settings for everything the engine reads
    const ServerSettings settings = fromFile("SEVERITY_MAP = {'fatal': 0, 'bad': 1, 'fine': 5, 'good': 5}\n"
                                             "DEFAULT_NORMAL_SEVERITY = 'good'\n"
                                             "DEFAULT_PREVIOUS_SEVERITY = 'bad'\n"
                                             "DEFAULT_INFORM_SEVERITY = 'fine'\n"
                                             "HISTORY_LIMIT = 7\n"
                                             "HISTORY_ON_VALUE_CHANGE = False\n"
                                             "ALERT_TIMEOUT = 10\n"
                                             "ACK_TIMEOUT = 11\n"
                                             "SHELVE_TIMEOUT = 12\n"
                                             "DEFAULT_PAGE_SIZE = 13\n"
                                             "DEFAULT_FIELD = 'resource'\n"
                                             "BASE_URL = 'https://alerta.example.com/api//'\n"
                                             "DELETE_EXPIRED_AFTER = 14\n"
                                             "DEFAULT_INFO_DELETE_HRS = 2\n"
                                             "HEARTBEAT_TIMEOUT = 15\n"
                                             "HEARTBEAT_MAX_LATENCY = 16\n");
    // When: the engine's part is taken
    const EngineConfig config = settings.engineConfig();
    // Then: the custom severity map with its defaults
    QCOMPARE(config.severities.ordered(), qsl({"fatal", "bad", "fine", "good"}));
    QCOMPARE(config.severities.level(qs("fine")), 5);
    QVERIFY(!config.severities.contains(qs("major")));
    QCOMPARE(config.severities.normalSeverity(), qs("good"));
    QCOMPARE(config.severities.previousSeverity(), qs("bad"));
    QCOMPARE(config.severities.informSeverity(), qs("fine"));
    // And: every other field, BASE_URL without trailing slashes and hours converted to seconds
    QCOMPARE(config.historyLimit, 7);
    QCOMPARE(config.historyOnValueChange, false);
    QCOMPARE(config.alertTimeout, qint64(10));
    QCOMPARE(config.ackTimeout, qint64(11));
    QCOMPARE(config.shelveTimeout, qint64(12));
    QCOMPARE(config.defaultPageSize, 13);
    QCOMPARE(config.defaultField, qs("resource"));
    QCOMPARE(config.baseUrl, qs("https://alerta.example.com/api"));
    QCOMPARE(config.deleteExpiredAfter, qint64(14));
    QCOMPARE(config.deleteInfoAfter, qint64(7200));
    QCOMPARE(config.heartbeatTimeout, qint64(15));
    QCOMPARE(config.heartbeatMaxLatency, qint64(16));
    // And: the default origin is the engine's own
    QCOMPARE(config.defaultOrigin, EngineConfig::defaultOriginName());

    // Given: default settings
    const EngineConfig defaults = ServerSettings().engineConfig();
    const EngineConfig engineDefaults;
    // Then: the same as the engine's own defaults
    QCOMPARE(defaults.severities.levels(), engineDefaults.severities.levels());
    QCOMPARE(defaults.severities.normalSeverity(), qs("normal"));
    QCOMPARE(defaults.severities.previousSeverity(), qs("indeterminate"));
    QCOMPARE(defaults.severities.informSeverity(), qs("informational"));
    QCOMPARE(defaults.historyLimit, engineDefaults.historyLimit);
    QCOMPARE(defaults.historyOnValueChange, engineDefaults.historyOnValueChange);
    QCOMPARE(defaults.alertTimeout, engineDefaults.alertTimeout);
    QCOMPARE(defaults.ackTimeout, engineDefaults.ackTimeout);
    QCOMPARE(defaults.shelveTimeout, engineDefaults.shelveTimeout);
    QCOMPARE(defaults.defaultPageSize, engineDefaults.defaultPageSize);
    QCOMPARE(defaults.defaultField, engineDefaults.defaultField);
    QCOMPARE(defaults.baseUrl, engineDefaults.baseUrl);
    QCOMPARE(defaults.deleteExpiredAfter, engineDefaults.deleteExpiredAfter);
    QCOMPARE(defaults.deleteInfoAfter, engineDefaults.deleteInfoAfter);
    QCOMPARE(defaults.heartbeatTimeout, engineDefaults.heartbeatTimeout);
    QCOMPARE(defaults.heartbeatMaxLatency, engineDefaults.heartbeatMaxLatency);
}

void TestSettings::shouldKeepBuiltInSeveritiesWithOverriddenDefaults()
{
    // Given: no SEVERITY_MAP but other default severities
    const ServerSettings settings = fromFile("DEFAULT_NORMAL_SEVERITY = 'ok'\n"
                                             "DEFAULT_PREVIOUS_SEVERITY = 'unknown'\n"
                                             "DEFAULT_INFORM_SEVERITY = 'debug'\n");
    // When: the engine's part is taken
    const SeverityMap map = settings.engineConfig().severities;
    // Then: the built-in levels with those defaults
    QCOMPARE(map.levels(), SeverityMap::alertaDefault().levels());
    QCOMPARE(map.normalSeverity(), qs("ok"));
    QCOMPARE(map.previousSeverity(), qs("unknown"));
    QCOMPARE(map.informSeverity(), qs("debug"));

    // Given: settings built in code that do not validate
    ServerSettings invalid;
    invalid.defaultNormalSeverity = qs("nonsense");
    // Then: validate() says so and the engine falls back to the built-in map
    QCOMPARE(errorText(invalid.validate()),
             qs("400 DEFAULT_NORMAL_SEVERITY (nonsense) is not one of security, critical, major, minor, warning, "
                "indeterminate, informational, normal, ok, cleared, debug, trace, unknown"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(qs("Using the built-in severity map")));
    QCOMPARE(invalid.engineConfig().severities.normalSeverity(), qs("normal"));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "testsettings.moc"
