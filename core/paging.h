// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/result.h"

#include <QList>
#include <QPair>
#include <QString>

/// Paging of every list endpoint (spec §4.1): `page` (from 1), `page-size` and its deprecated alias `limit`.
///
/// Read the request with fromParameters() before querying, then call withTotal() with the number of matching
/// items: that is where an out-of-range page is refused, because the message names the last page.
class Paging
{
public:
    /// Reads `page` (default 1), `page-size` (else `limit`; absent or 0 → `defaultPageSize`, no upper cap).
    /// The first occurrence of each parameter counts. 400 `Invalid <name> parameter: '<v>'` when a value is not
    /// an integer or the page size is negative. The result has total 0 until withTotal().
    static Result<Paging> fromParameters(const QList<QPair<QString, QString>> &params, int defaultPageSize);

    /// pages = floor((total - 1) / pageSize) + 1 (0 when total is 0), more = page < pages.
    /// 416 `page out of range: 1-<pages>` when page < 1, or when total > 0 and page > pages.
    /// `pageSize` < 1 is taken as 1.
    static Result<Paging> compute(int page, int pageSize, qint64 total);

    /// compute() with this request's page and page size.
    Result<Paging> withTotal(qint64 total) const { return compute(m_page, m_pageSize, total); }

    int page() const { return m_page; }
    int pageSize() const { return m_pageSize; }
    qint64 total() const { return m_total; }
    qint64 pages() const { return m_pages; }
    bool more() const { return m_page < m_pages; }
    /// Rows to skip for this page (for SQL OFFSET).
    qint64 offset() const { return static_cast<qint64>(m_page - 1) * m_pageSize; }

private:
    Paging(int page, int pageSize, qint64 total);

    int m_page;
    int m_pageSize;
    qint64 m_total;
    qint64 m_pages;
};

/// The page fields every list answer carries (`page`, `pageSize`, `pages`, `more`), filled from a checked Paging.
struct PageInfo
{
    int page = 1;
    int pageSize = 50;
    int pages = 0;
    bool more = false;

    void setFrom(const Paging &paging)
    {
        page = paging.page();
        pageSize = paging.pageSize();
        pages = static_cast<int>(paging.pages());
        more = paging.more();
    }
};
