// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

/// A named view: the part of a main window's viewState() that says what is shown — filters, columns and their
/// order, sort keys, environment tab — without what belongs to one screen (geometry, splitter) or to the console
/// (theme).
struct SavedView
{
    QString name;
    QVariantMap state;

    bool operator==(const SavedView &) const = default;
};

/// The operator's saved views, in the order of the View menu (the first nine get Alt+1…Alt+9). Kept in the
/// console's settings and shared as a JSON file (`{"format": "alerta-console-views", "version": 1, "views":
/// [{"name": …, "view": {…}}]}`), so a team can hand its views around.
class SavedViews
{
    Q_DECLARE_TR_FUNCTIONS(SavedViews)

public:
    static constexpr int fileVersion = 1;

    QList<SavedView> views;

    /// The saved part of a viewState() (see SavedView).
    static QVariantMap viewPart(const QVariantMap &viewState);

    /// Saves `state` (its viewPart()) under `name`: replaces a view of that name in place, else appends.
    void put(const QString &name, const QVariantMap &state);
    bool remove(const QString &name);
    /// The view named `name`, or nullptr.
    const SavedView *find(const QString &name) const;
    /// Adds or replaces every view of `other` (an import); returns how many.
    int merge(const SavedViews &other);

    /// For QSettings: a list of {name, state} maps.
    QVariant toSettings() const;
    static SavedViews fromSettings(const QVariant &value);

    /// The file form. Binary parts (the column header's layout) are written as base64.
    QByteArray toJson() const;
    /// Reads the file form; a file that is not one says why (400-style error, translated message).
    static Result<SavedViews> fromJson(const QByteArray &json);

    bool operator==(const SavedViews &) const = default;
};
