// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/alertacore.h"
#include "core/alertengine.h"
#include "core/api/routes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <optional>

// Embedding alert counts in other web pages (spec §4.10): `GET /oembed` answers an oEmbed "rich" object whose HTML
// shows the counts by severity of an `…/alerts/count?<filters>` URL, and `GET /embed.js` is a jQuery plugin that
// fetches it into a page element.

namespace {

using namespace Routes;

// The severities the widget shows, most severe first; its `alerta-severity-<name>` classes are what embedding
// pages style, as with upstream's widget.
constexpr const char *WidgetSeverities[] = {"critical", "major", "minor", "warning", "informational"};

// Stand-alone colours, so that the widget reads well in any page.
QByteArray widgetStyle()
{
    return "<style>"
           ".alerta-div{font-family:sans-serif}"
           ".alerta-table{border-collapse:collapse}"
           ".alerta-table td,.alerta-table th{padding:2px 8px;text-align:center}"
           ".alerta-table td{min-width:1.5em;border:1px solid #ccc}"
           "td.alerta-severity-critical{background-color:#d00;color:#fff}"
           "td.alerta-severity-major{background-color:#f80}"
           "td.alerta-severity-minor{background-color:#fd0}"
           "td.alerta-severity-warning{background-color:#1e90ff;color:#fff}"
           "td.alerta-severity-informational{background-color:#0c0}"
           "</style>";
}

// The most severe of the widget's severities that has alerts, or "none".
QByteArray mostSevere(const AlertCounts &counts)
{
    for (const char *severity : WidgetSeverities) {
        if (counts.severityCounts.value(QString::fromLatin1(severity)) > 0)
            return severity;
    }
    return "none";
}

// One row of counts, each cell classed with its severity when it has alerts; the title above them when given.
QByteArray countsHtml(const QString &title, const AlertCounts &counts)
{
    QByteArray html =
        "<div class=\"alerta-div alerta-severity-" + mostSevere(counts) + "\"><table class=\"alerta-table\">";
    const int columns = static_cast<int>(std::size(WidgetSeverities));
    if (!title.isEmpty())
        html +=
            "<tr><th colspan=\"" + QByteArray::number(columns) + "\">" + title.toHtmlEscaped().toUtf8() + "</th></tr>";
    html += "<tr>";
    for (const char *severity : WidgetSeverities) {
        const qint64 count = counts.severityCounts.value(QString::fromLatin1(severity));
        const QByteArray cssClass = count > 0 ? QByteArray(" class=\"alerta-severity-") + severity + '"' : QByteArray();
        html += "<td" + cssClass + " title=\"" + severity + "\"><b>" + QByteArray::number(count) + "</b></td>";
    }
    html += "</tr></table>" + widgetStyle() + "</div>";
    return html;
}

// A positive integer parameter (maxwidth, maxheight), nullopt when absent; an error when it is something else.
Result<std::optional<int>> dimension(const ApiContext &ctx, const QString &name)
{
    const QString text = ctx.request.param(name);
    if (text.isNull())
        return std::optional<int>();
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value <= 0)
        return ApiError::badRequest(QStringLiteral("%1 must be a positive integer").arg(name));
    return std::optional<int>(value);
}

// `GET /oembed?url=<…/alerts/count?filters>&title=<t>[&maxwidth=&maxheight=]`. The counts are the caller's: a key
// of a customer counts that customer's alerts only (upstream counts everyone's).
ApiResponse oembed(ApiContext &ctx)
{
    const QString url = ctx.request.param(QStringLiteral("url"));
    if (url.isEmpty())
        return fail(ctx, ApiError::badRequest(QStringLiteral("missing parameter: url")));
    const QUrl target(url, QUrl::StrictMode);
    if (!target.isValid())
        return fail(ctx, ApiError::badRequest(QStringLiteral("invalid url: %1").arg(target.errorString())));
    if (!target.path().endsWith(QLatin1StringView("/alerts/count")))
        return fail(ctx, ApiError::badRequest(QStringLiteral("unsupported oEmbed URL scheme")));
    const Result<std::optional<int>> width = dimension(ctx, QStringLiteral("maxwidth"));
    if (!width)
        return fail(ctx, width.error());
    const Result<std::optional<int>> height = dimension(ctx, QStringLiteral("maxheight"));
    if (!height)
        return fail(ctx, height.error());

    const QueryParams filters = ApiRequest::parseQuery(target.query(QUrl::FullyEncoded).toUtf8());
    const Result<AlertCounts> counts = ctx.core.engine().count(filters, ctx.caller);
    if (!counts)
        return fail(ctx, counts.error());

    const QString title = ctx.request.param(QStringLiteral("title"));
    QJsonObject answer{{QStringLiteral("version"), QStringLiteral("1.0")},
                       {QStringLiteral("type"), QStringLiteral("rich")},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("provider_name"), QStringLiteral("Alerta")},
                       {QStringLiteral("provider_url"), QString(ctx.request.root + u'/')},
                       {QStringLiteral("html"), QString::fromUtf8(countsHtml(title, *counts))}};
    // oEmbed's rich type has a size; the widget takes what the consumer allows.
    if (*width)
        answer.insert(QStringLiteral("width"), **width);
    if (*height)
        answer.insert(QStringLiteral("height"), **height);
    ApiResponse response = ApiResponse::json(answer);
    // Any page may embed the widget (as upstream's); the data is what the key in the request may read.
    response.addHeader("Access-Control-Allow-Origin", "*");
    return response;
}

// `GET /embed.js`: `$('#el').alerta('<root>/alerts/count?environment=Production', {title: 'Production', key: '…'})`
// fills the element with the widget through JSONP. `endpoint` defaults to this server's API root.
ApiResponse embedScript(ApiContext &ctx)
{
    // The root comes from the request's Host and X-Forwarded-* headers: a JSON string with `/` escaped as well, so
    // that nothing in them can end the string, or a comment.
    QByteArray endpoint = QJsonDocument(QJsonArray{ctx.request.root}).toJson(QJsonDocument::Compact);
    endpoint = endpoint.mid(1, endpoint.size() - 2).replace("/", "\\/");
    const QByteArray script =
        "/* Alerta alert counts for web pages (needs jQuery).\n"
        " *   $.alerta.defaults = {key: '<API key with scope read:oembed>'};\n"
        " *   $('#alerts').alerta('https://alerta.example.com/api/alerts/count?environment=Production',\n"
        " *                       {title: 'Production'});\n"
        " * Options: endpoint (this API's root), key, title, maxwidth, maxheight. */\n"
        "(function ($, window) {\n"
        "  'use strict';\n"
        "  function Alerta() { this.defaults = {}; }\n"
        "  $.alerta = new Alerta();\n"
        "  $.fn.alerta = function (url, options) {\n"
        "    var o = $.extend({endpoint: "
        + endpoint
        + ", key: null, title: null, maxwidth: 200, "
          "maxheight: 200}, $.alerta.defaults, options);\n"
          "    var request = o.endpoint + '/oembed.json?url=' + encodeURIComponent(url) +\n"
          "      '&maxwidth=' + encodeURIComponent(o.maxwidth) + '&maxheight=' + "
          "encodeURIComponent(o.maxheight) +\n"
          "      (o.key ? '&api-key=' + encodeURIComponent(o.key) : '') +\n"
          "      (o.title ? '&title=' + encodeURIComponent(o.title) : '');\n"
          "    return this.each(function () {\n"
          "      var element = this;\n"
          "      $.ajax({url: request, dataType: 'jsonp'}).done(function (answer) {\n"
          "        $(element).html(answer.html);\n"
          "      });\n"
          "    });\n"
          "  };\n"
          "  window.Alerta = Alerta;\n"
          "}(jQuery, window));\n";
    return ApiResponse::text(script, 200, QByteArrayLiteral("application/javascript; charset=utf-8"));
}

} // namespace

void Routes::addEmbedRoutes(ApiRouter &router)
{
    for (const QString &path : {QStringLiteral("/oembed"), QStringLiteral("/oembed.json")})
        router.add("GET", path, QStringLiteral("read:oembed"), oembed);
    router.add(ApiRoute::unscoped(ApiRoute::Access::Public, "GET", QStringLiteral("/embed.js"), embedScript));
}
