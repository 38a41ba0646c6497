// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/configjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

QJsonValue nullable(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue nullable(const std::optional<QString> &s)
{
    return s ? QJsonValue(*s) : QJsonValue(QJsonValue::Null);
}

// A setting this server may not model: its value when ServerSettings knows the name, else upstream's default.
QJsonValue settingOr(const ServerSettings &settings, const char *name, const QJsonValue &fallback)
{
    const QJsonValue v = settings.value(QString::fromLatin1(name));
    return v.isUndefined() ? fallback : v;
}

QJsonObject builtinColors()
{
    const QString green = QStringLiteral("#00CC00");
    return {
        {QStringLiteral("severity"),
         QJsonObject{{QStringLiteral("security"), QStringLiteral("blue")},
                     {QStringLiteral("critical"), QStringLiteral("red")},
                     {QStringLiteral("major"), QStringLiteral("orange")},
                     {QStringLiteral("minor"), QStringLiteral("yellow")},
                     {QStringLiteral("warning"), QStringLiteral("dodgerblue")},
                     {QStringLiteral("indeterminate"), QStringLiteral("lightblue")},
                     {QStringLiteral("informational"), green},
                     {QStringLiteral("normal"), green},
                     {QStringLiteral("ok"), green},
                     {QStringLiteral("cleared"), green},
                     {QStringLiteral("debug"), QStringLiteral("#9D006D")},
                     {QStringLiteral("trace"), QStringLiteral("#7554BF")},
                     {QStringLiteral("unknown"), QStringLiteral("silver")}}},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("ack"), QStringLiteral("skyblue")},
                     {QStringLiteral("shelved"), QStringLiteral("skyblue")}}},
        {QStringLiteral("text"), QStringLiteral("black")},
    };
}

QJsonObject severityLevels(const SeverityMap &severities)
{
    QJsonObject levels;
    for (const auto &[severity, level] : severities.levels())
        levels.insert(severity, level);
    return levels;
}

// Upstream's defaults for the UI settings this server passes through without modelling them (spec §9).
QJsonObject defaultFont()
{
    return {{QStringLiteral("font-family"), QStringLiteral("\"Sintony\", Arial, sans-serif")},
            {QStringLiteral("font-size"), QStringLiteral("13px")},
            {QStringLiteral("font-weight"), 500}};
}

QJsonArray defaultIndicatorQueries()
{
    const auto environment = [](const char *name) {
        return QJsonObject{{QStringLiteral("text"), QString::fromLatin1(name)},
                           {QStringLiteral("query"),
                            QJsonArray{QJsonArray{QStringLiteral("environment"), QString::fromLatin1(name)}}}};
    };
    return {
        environment("Production"),
        environment("Development"),
        QJsonObject{{QStringLiteral("text"), QStringLiteral("Heartbeats")},
                    {QStringLiteral("query"), QJsonObject{{QStringLiteral("q"), QStringLiteral("event:Heartbeat")}}}},
        QJsonObject{{QStringLiteral("text"), QStringLiteral("Misc.")},
                    {QStringLiteral("query"), QStringLiteral("group=Misc")}}};
}

bool isSecretName(const QString &name)
{
    return name == QLatin1StringView("SECRET_KEY") || name.endsWith(QLatin1StringView("_SECRET"))
        || name.endsWith(QLatin1StringView("_PASSWORD")) || name.endsWith(QLatin1StringView("_CREDENTIALS"))
        || name.endsWith(QLatin1StringView("_TOKEN"));
}

// `scheme://user:password@host` → `scheme://user:********@host`.
QString redactUrlPasswords(QString text)
{
    static const QRegularExpression userinfo(QStringLiteral("([A-Za-z][A-Za-z0-9+.-]*://[^/:@\\s]*):([^/@\\s]*)@"));
    text.replace(userinfo, QStringLiteral("\\1:********@"));
    return text;
}

// True for a non-empty text, list or object: what a secret can be.
bool holdsSomething(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return false;
    case QJsonValue::String:
        return !v.toString().isEmpty();
    case QJsonValue::Array:
        return !v.toArray().isEmpty();
    case QJsonValue::Object:
        return !v.toObject().isEmpty();
    default: // a flag or a number (CORS_SUPPORTS_CREDENTIALS) is no secret
        return false;
    }
}

QJsonValue redactUrls(const QJsonValue &value)
{
    if (value.isString())
        return redactUrlPasswords(value.toString());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(redactUrls(v));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), redactUrls(it.value()));
        return out;
    }
    return value;
}

} // namespace

namespace ConfigJson {

QString serverVersion(const ServerSettings &settings)
{
    const QString version(UpstreamVersion);
    if (settings.serverVersion == QLatin1StringView("full"))
        return version;
    if (settings.serverVersion == QLatin1StringView("major"))
        return version.section(u'.', 0, 0);
    return {};
}

QJsonObject colors(const ServerSettings &settings)
{
    return settings.colorMap.isEmpty() ? builtinColors() : settings.colorMap;
}

QJsonObject statusLetters()
{
    return {{QStringLiteral("open"), QStringLiteral("A")},
            {QStringLiteral("assign"), QStringLiteral("B")},
            {QStringLiteral("ack"), QStringLiteral("C")},
            {QStringLiteral("shelved"), QStringLiteral("D")},
            {QStringLiteral("blackout"), QStringLiteral("E")},
            {QStringLiteral("closed"), QStringLiteral("F")},
            {QStringLiteral("expired"), QStringLiteral("G")},
            {QStringLiteral("unknown"), QStringLiteral("H")}};
}

QJsonObject alarmModel(const ServerSettings &settings, const SeverityMap &severities)
{
    return {
        {QStringLiteral("name"), QString(QStringLiteral("Alerta ") + QString(UpstreamVersion))},
        {QStringLiteral("severity"), severityLevels(severities)},
        {QStringLiteral("colors"), colors(settings)},
        {QStringLiteral("status"), statusLetters()},
        {QStringLiteral("defaults"),
         QJsonObject{{QStringLiteral("status"), QStringLiteral("open")},
                     {QStringLiteral("normal_severity"), severities.normalSeverity()},
                     {QStringLiteral("previous_severity"), severities.previousSeverity()}}},
    };
}

QJsonObject config(const ServerSettings &s, const SeverityMap &severities, const QString &endpoint)
{
    const QJsonValue none(QJsonValue::Null);
    QJsonObject o;
    o.insert(QStringLiteral("debug"), s.debug);
    o.insert(QStringLiteral("endpoint"), endpoint);
    o.insert(QStringLiteral("alarm_model"), alarmModel(s, severities));
    o.insert(QStringLiteral("auth_required"), s.authRequired);
    o.insert(QStringLiteral("allow_readonly"), s.allowReadonly);
    o.insert(QStringLiteral("readonly_scopes"), QJsonArray::fromStringList(s.readonlyScopes));
    o.insert(QStringLiteral("provider"), s.authProvider);
    o.insert(QStringLiteral("customer_views"), s.customerViews);
    // Sign-up exists for the basic provider only.
    o.insert(QStringLiteral("signup_enabled"), s.signupEnabled && s.authProvider == QLatin1StringView("basic"));
    o.insert(QStringLiteral("email_verification"), s.emailVerification);
    o.insert(QStringLiteral("client_id"), nullable(s.oauth2ClientId));
    o.insert(QStringLiteral("azure_tenant"), settingOr(s, "AZURE_TENANT", QStringLiteral("common")));
    o.insert(QStringLiteral("aws_region"), settingOr(s, "AWS_REGION", QStringLiteral("us-east-1")));
    o.insert(QStringLiteral("cognito_domain"), settingOr(s, "COGNITO_DOMAIN", none));
    o.insert(QStringLiteral("github_url"), settingOr(s, "GITHUB_URL", QStringLiteral("https://github.com")));
    o.insert(QStringLiteral("gitlab_url"), settingOr(s, "GITLAB_URL", QStringLiteral("https://gitlab.com")));
    o.insert(QStringLiteral("keycloak_url"), settingOr(s, "KEYCLOAK_URL", none));
    o.insert(QStringLiteral("keycloak_realm"), settingOr(s, "KEYCLOAK_REALM", none));
    o.insert(QStringLiteral("oidc_auth_url"), settingOr(s, "OIDC_AUTH_URL", none));
    o.insert(QStringLiteral("site_logo_url"), s.siteLogoUrl); // a null QString is "" in JSON
    // Upstream still serves these two at the top level as well as in alarm_model.
    o.insert(QStringLiteral("severity"), severityLevels(severities));
    o.insert(QStringLiteral("colors"), colors(s));
    o.insert(QStringLiteral("timeouts"),
             QJsonObject{{QStringLiteral("alert"), qint64(s.alertTimeout.count())},
                         {QStringLiteral("heartbeat"), qint64(s.heartbeatTimeout.count())},
                         {QStringLiteral("ack"), qint64(s.ackTimeout.count())},
                         {QStringLiteral("shelve"), qint64(s.shelveTimeout.count())}});
    o.insert(QStringLiteral("blackouts"),
             QJsonObject{{QStringLiteral("duration"), qint64(s.blackoutDuration.count())}});
    o.insert(QStringLiteral("dates"),
             QJsonObject{{QStringLiteral("shortTime"), settingOr(s, "DATE_FORMAT_SHORT_TIME", QStringLiteral("HH:mm"))},
                         {QStringLiteral("mediumDate"),
                          settingOr(s, "DATE_FORMAT_MEDIUM_DATE", QStringLiteral("ddd D MMM HH:mm"))},
                         {QStringLiteral("longDate"),
                          settingOr(s, "DATE_FORMAT_LONG_DATE", QStringLiteral("ddd D MMM, YYYY HH:mm:ss.SSS Z"))}});
    o.insert(QStringLiteral("font"), settingOr(s, "DEFAULT_FONT", defaultFont()));
    o.insert(QStringLiteral("audio"), QJsonObject{{QStringLiteral("new"), settingOr(s, "DEFAULT_AUDIO_FILE", none)}});
    o.insert(QStringLiteral("columns"), QJsonArray::fromStringList(s.columns));
    o.insert(QStringLiteral("sort_by"), QJsonArray::fromStringList(s.sortListBy));
    o.insert(QStringLiteral("filter"), s.defaultFilter);
    o.insert(QStringLiteral("indicators"),
             QJsonObject{{QStringLiteral("severity"),
                          settingOr(s,
                                    "ASI_SEVERITY",
                                    QJsonArray{QStringLiteral("critical"),
                                               QStringLiteral("major"),
                                               QStringLiteral("minor"),
                                               QStringLiteral("warning"),
                                               QStringLiteral("indeterminate"),
                                               QStringLiteral("informational")})},
                         {QStringLiteral("queries"), settingOr(s, "ASI_QUERIES", defaultIndicatorQueries())}});
    o.insert(QStringLiteral("actions"), QJsonArray::fromStringList(s.actions));
    o.insert(QStringLiteral("tracking_id"), settingOr(s, "GOOGLE_TRACKING_ID", none));
    o.insert(QStringLiteral("refresh_interval"), qint64(s.autoRefreshInterval.count()));
    o.insert(QStringLiteral("environments"), QJsonArray::fromStringList(s.allowedEnvironments));
    o.insert(QStringLiteral("clipboard_template"), nullable(s.clipboardTemplate));
    return o;
}

QJsonValue redacted(const QString &name, const QJsonValue &value)
{
    if (isSecretName(name) && holdsSomething(value))
        return QStringLiteral("********");
    return redactUrls(value);
}

QByteArray propertiesText(const ServerSettings &settings)
{
    // Upstream dumps its whole configuration here, secrets included. This project forbids secrets in plain
    // outputs (logs, text endpoints): every value goes through redacted() first.
    QByteArray out;
    for (const QString &name : ServerSettings::names()) {
        const QJsonValue v = redacted(name, settings.value(name));
        QByteArray text;
        if (v.isString())
            text = v.toString().toUtf8();
        else if (v.isArray())
            text = QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
        else if (v.isObject())
            text = QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
        else if (v.isBool())
            text = v.toBool() ? "true" : "false";
        else if (v.isDouble())
            text = QByteArray::number(v.toInteger(), 10);
        else
            text = "null";
        if (v.isDouble() && double(v.toInteger()) != v.toDouble())
            text = QByteArray::number(v.toDouble());
        out += name.toUtf8() + ": " + text + '\n';
    }
    return out;
}

} // namespace ConfigJson
