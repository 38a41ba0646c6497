// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include "core/result.h"
#include "core/sqldialect.h"
#include "core/sqlfragment.h"

class FieldTable;

/// The Lucene-like `q` search syntax (spec §4.1 "q syntax") compiled to a WHERE fragment.
///
/// Field names are storage column names (`last_receive_time`) or API names (`lastReceiveTime`). `field:word` is a
/// case-insensitive substring match on text, exact membership on arrays and equality on numbers, times and
/// booleans; phrases, wildcards and `/regex/` are case-insensitive regexes; ranges compare as strings on text and
/// numerically on integers and times (times accept the wire format and plain ISO 8601 such as `2024-05-01`);
/// `_.key:` / `<object>.key:` match one value of the JSON object field and `_exists_:key` tests for the key.
/// `+`/`-` mark a clause required/prohibited among its OR-ed neighbours as in Lucene (`a -b` = a AND NOT b);
/// NOT treats a NULL field as not matching, so `NOT group:x` includes alerts without a group.
class QueryString
{
public:
    /// Compiles `query`; bare words search `defaultField` (API or storage name). A blank query selects everything
    /// (empty fragment). Any failure is 400 `Failed to parse query string.` with the reason in `errors`.
    static Result<SqlFragment> parse(const QString &query,
                                     const FieldTable &fields,
                                     const QString &defaultField,
                                     const SqlDialect &dialect = SqlDialect::sqlite());
};
