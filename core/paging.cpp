// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/paging.h"

#include <optional>

namespace {
std::optional<QString> firstValue(const QList<QPair<QString, QString>> &params, QStringView name)
{
    for (const auto &[key, value] : params) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

// Upstream silently falls back to the default on a non-integer; answering 400 tells the client its mistake.
Result<int> integerParameter(const QList<QPair<QString, QString>> &params, QStringView name, int fallback)
{
    const std::optional<QString> text = firstValue(params, name);
    if (!text)
        return fallback;
    bool ok = false;
    const int value = text->toInt(&ok);
    if (!ok)
        return ApiError::badRequest(QStringLiteral("Invalid %1 parameter: '%2' is not an integer").arg(name, *text));
    return value;
}
} // namespace

Paging::Paging(int page, int pageSize, qint64 total)
    : m_page(page)
    , m_pageSize(pageSize)
    , m_total(total)
    , m_pages(total > 0 ? (total - 1) / pageSize + 1 : 0)
{}

Result<Paging> Paging::fromParameters(const QList<QPair<QString, QString>> &params, int defaultPageSize)
{
    const Result<int> page = integerParameter(params, u"page", 1);
    if (!page)
        return page.error();
    const Result<int> limit = integerParameter(params, u"limit", 0);
    if (!limit)
        return limit.error();
    const Result<int> pageSize = integerParameter(params, u"page-size", *limit);
    if (!pageSize)
        return pageSize.error();
    if (*pageSize < 0) {
        const QStringView name = firstValue(params, u"page-size") ? u"page-size" : u"limit";
        return ApiError::badRequest(QStringLiteral("Invalid %1 parameter: '%2' is negative").arg(name).arg(*pageSize));
    }
    return Paging(*page, *pageSize == 0 ? defaultPageSize : *pageSize, 0);
}

Result<Paging> Paging::compute(int page, int pageSize, qint64 total)
{
    const Paging paging(page, qMax(pageSize, 1), total);
    if ((total > 0 && page > paging.pages()) || page < 1)
        return ApiError{416, QStringLiteral("page out of range: 1-%1").arg(paging.pages()), {}};
    return paging;
}
