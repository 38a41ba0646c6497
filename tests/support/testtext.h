// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <initializer_list>

/// Short spellings for the tables of data-driven tests: `qs("major")`, `qsl({"open", "ack"})`.
inline QString qs(const char *text)
{
    return QString::fromUtf8(text);
}

inline QStringList qsl(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}
