// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
//
// Fuzz target: the query string of `GET /alerts` as the API reads it — ApiRequest::parseQuery (Flask's splitting
// and decoding), then AlertQuery::fromParameters, which compiles the field filters, sorting, paging and the `q`
// search syntax (QueryString) to SQL. Both dialects are compiled: they quote and cast differently.
#include "core/alertquery.h"
#include "core/api/apirequest.h"
#include "core/sqldialect.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QPair<QString, QString>> params =
        ApiRequest::parseQuery(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    QueryContext context;
    context.now = 1714521600000; // fixed, for reproducible runs
    for (const SqlDialect *dialect : {&SqlDialect::sqlite(), &SqlDialect::postgres()}) {
        context.dialect = dialect;
        (void)AlertQuery::fromParameters(params, context);
    }
    return 0;
}
