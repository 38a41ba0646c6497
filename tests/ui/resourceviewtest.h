// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the tests of the server lists (ResourcePage: heartbeats, blackouts...) read from a view: a table found by
// object name, its cells by column title, its buttons, and the optional screenshot.

#include <QAbstractItemModel>
#include <QPushButton>
#include <QString>
#include <QTableView>
#include <QWidget>

namespace ResourceViewTest {

/// The table named `name` under `view`.
inline QTableView *table(QWidget &view, const QString &name)
{
    return view.findChild<QTableView *>(name);
}

/// The column with the header `title`; -1 when there is none.
inline int columnOf(const QAbstractItemModel *model, const QString &title)
{
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal).toString() == title)
            return c;
    }
    return -1;
}

/// The text `table` shows in `row` (as sorted on screen) of the column titled `column`.
inline QString cell(const QTableView *table, int row, const QString &column)
{
    const QAbstractItemModel *model = table->model();
    return model->index(row, columnOf(model, column)).data().toString();
}

inline QPushButton *button(QWidget &view, const char *name)
{
    return view.findChild<QPushButton *>(QString::fromLatin1(name));
}

/// Saves `widget` as `$ALERTA_SCREENSHOT_DIR/<name>.png` when that variable is set.
inline void saveScreenshot(QWidget &widget, const char *name)
{
    const QString dir = qEnvironmentVariable("ALERTA_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget.grab().save(dir + u'/' + QString::fromLatin1(name) + QStringLiteral(".png"));
}

} // namespace ResourceViewTest
