// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "models/alerttablemodel.h"

#include <cmath>
#include <limits>

#include <QColor>
#include <QDateTime>

namespace {

using Column = AlertTableModel::Column;

constexpr int columnCountValue = static_cast<int>(Column::Count);

/// Severity colours of the ALERTA model (spec §2.1, `/config` `colors.severity`).
QColor severityColour(const QString &severity)
{
    static const QHash<QString, QColor> colours = {
        {QStringLiteral("security"), QColor::fromString("blue")},
        {QStringLiteral("critical"), QColor::fromString("red")},
        {QStringLiteral("major"), QColor::fromString("orange")},
        {QStringLiteral("minor"), QColor::fromString("yellow")},
        {QStringLiteral("warning"), QColor::fromString("dodgerblue")},
        {QStringLiteral("indeterminate"), QColor::fromString("lightblue")},
        {QStringLiteral("informational"), QColor::fromString("#00CC00")},
        {QStringLiteral("normal"), QColor::fromString("#00CC00")},
        {QStringLiteral("ok"), QColor::fromString("#00CC00")},
        {QStringLiteral("cleared"), QColor::fromString("#00CC00")},
        {QStringLiteral("debug"), QColor::fromString("#9D006D")},
        {QStringLiteral("trace"), QColor::fromString("#7554BF")},
        {QStringLiteral("unknown"), QColor::fromString("silver")},
    };
    return colours.value(severity);
}

/// Status colours (spec §2.1, `colors.status`); other statuses keep the view's background.
QColor statusColour(const QString &status)
{
    if (status == AlertStatus::Ack || status == AlertStatus::Shelved)
        return QColor::fromString("skyblue");
    return {};
}

/// WCAG relative luminance of an sRGB colour.
double luminance(const QColor &colour)
{
    const auto linear = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF());
}

/// The text colour on a coloured cell: black as the spec's `colors.text`, except on the dark backgrounds
/// (security blue, debug, trace) where black is unreadable and white has the better WCAG contrast.
QColor textColourOn(const QColor &background)
{
    const double l = luminance(background);
    const double contrastBlack = (l + 0.05) / 0.05;
    const double contrastWhite = 1.05 / (l + 0.05);
    return contrastBlack >= contrastWhite ? QColor(Qt::black) : QColor(Qt::white);
}

/// Sort key of a status: spec §2.3 letters A..H as 0..7, statuses outside the model after them.
int statusSortKey(const QString &status)
{
    static const QStringList order = {AlertStatus::Open,
                                      AlertStatus::Assign,
                                      AlertStatus::Ack,
                                      AlertStatus::Shelved,
                                      AlertStatus::Blackout,
                                      AlertStatus::Closed,
                                      AlertStatus::Expired,
                                      AlertStatus::Unknown};
    const qsizetype key = order.indexOf(status);
    return key < 0 ? static_cast<int>(order.size()) : static_cast<int>(key);
}

QDateTime localTime(Timestamp ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
}

} // namespace

AlertTableModel::AlertTableModel(SeverityMap severities, QObject *parent)
    : QAbstractTableModel(parent)
    , m_severities(std::move(severities))
{}

AlertTableModel::AlertTableModel(QObject *parent)
    : AlertTableModel(SeverityMap::alertaDefault(), parent)
{}

void AlertTableModel::setAlerts(const QList<Alert> &alerts)
{
    // Position of each id in `alerts`; of repeated ids the first wins.
    QHash<QString, qsizetype> incoming;
    incoming.reserve(alerts.size());
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        if (!incoming.contains(alerts.at(i).id))
            incoming.insert(alerts.at(i).id, i);
    }

    // 1. Remove the rows of vanished alerts, one removal per run, from the bottom so row numbers above stay valid.
    bool removed = false;
    for (int row = rowCount() - 1; row >= 0;) {
        if (incoming.contains(m_alerts.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_alerts.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_alerts.remove(first, row - first + 1);
        endRemoveRows();
        removed = true;
        row = first - 1;
    }
    if (removed)
        rebuildIndex();

    // 2. Update changed rows. One dataChanged per run of adjacent changed rows rather than one over first..last
    // changed row: a sorting proxy re-sorts every row of the range, and a refresh usually touches a few far apart.
    int runStart = -1;
    const int rows = rowCount();
    for (int row = 0; row <= rows; ++row) {
        bool changed = false;
        if (row < rows) {
            const Alert &next = alerts.at(incoming.value(m_alerts.at(row).id));
            if (next != m_alerts.at(row)) {
                m_alerts[row] = next;
                changed = true;
            }
        }
        if (changed && runStart < 0) {
            runStart = row;
        } else if (!changed && runStart >= 0) {
            Q_EMIT dataChanged(index(runStart, 0), index(row - 1, columnCountValue - 1));
            runStart = -1;
        }
    }

    // 3. Append the new alerts as one insertion.
    QList<Alert> added;
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        const Alert &alert = alerts.at(i);
        if (incoming.value(alert.id) == i && !m_rowById.contains(alert.id))
            added.append(alert);
    }
    if (!added.isEmpty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        for (Alert &alert : added) {
            m_rowById.insert(alert.id, rowCount());
            m_alerts.append(std::move(alert));
        }
        endInsertRows();
    }
}

int AlertTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_alerts.size());
}

int AlertTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columnCountValue;
}

QVariant AlertTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &alert = m_alerts.at(index.row());
    const auto column = static_cast<Column>(index.column());

    switch (role) {
    case Qt::DisplayRole:
        return displayValue(alert, column);
    case Qt::ToolTipRole:
        if (column == Column::LastReceiveTime)
            return localTime(alert.lastReceiveTime).toString(Qt::ISODateWithMs);
        if (column == Column::Text || column == Column::Service || column == Column::Value)
            return displayValue(alert, column);
        return {};
    case Qt::BackgroundRole: {
        QColor colour;
        if (column == Column::Severity)
            colour = severityColour(alert.severity);
        else if (column == Column::Status)
            colour = statusColour(alert.status);
        return colour.isValid() ? QVariant(colour) : QVariant();
    }
    case Qt::ForegroundRole: {
        QColor background;
        if (column == Column::Severity)
            background = severityColour(alert.severity);
        else if (column == Column::Status)
            background = statusColour(alert.status);
        return background.isValid() ? QVariant(textColourOn(background)) : QVariant();
    }
    case Qt::TextAlignmentRole:
        if (column == Column::DuplicateCount)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        return rawValue(alert, column);
    case AlertIdRole:
        return alert.id;
    default:
        return {};
    }
}

QVariant AlertTableModel::displayValue(const Alert &alert, Column column) const
{
    switch (column) {
    case Column::Severity:
        return alert.severity;
    case Column::Status:
        return alert.status;
    case Column::LastReceiveTime:
        if (alert.lastReceiveTime == 0)
            return QString();
        return localTime(alert.lastReceiveTime).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Column::DuplicateCount:
        return alert.duplicateCount;
    case Column::Environment:
        return alert.environment;
    case Column::Service:
        return alert.service.join(QStringLiteral(", "));
    case Column::Resource:
        return alert.resource;
    case Column::Event:
        return alert.event;
    case Column::Value:
        return alert.value;
    case Column::Text:
        return alert.text;
    case Column::Count:
        break;
    }
    return {};
}

QVariant AlertTableModel::rawValue(const Alert &alert, Column column) const
{
    switch (column) {
    case Column::Severity: {
        const int level = m_severities.level(alert.severity);
        return level < 0 ? std::numeric_limits<int>::max() : level;
    }
    case Column::Status:
        return statusSortKey(alert.status);
    case Column::LastReceiveTime:
        return alert.lastReceiveTime;
    case Column::DuplicateCount:
        return alert.duplicateCount;
    default:
        return displayValue(alert, column);
    }
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCountValue)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = static_cast<Column>(section);
    if (role == Qt::ToolTipRole && column == Column::DuplicateCount)
        return tr("Number of duplicates received");
    if (role == Qt::ToolTipRole && column == Column::LastReceiveTime)
        return tr("When the alert was last received, local time");
    if (role == Qt::TextAlignmentRole && column == Column::DuplicateCount)
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter); // over its right-aligned numbers
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Severity:
        return tr("Severity");
    case Column::Status:
        return tr("Status");
    case Column::LastReceiveTime:
        return tr("Last Received");
    case Column::DuplicateCount:
        return tr("Dupl.");
    case Column::Environment:
        return tr("Environment");
    case Column::Service:
        return tr("Service");
    case Column::Resource:
        return tr("Resource");
    case Column::Event:
        return tr("Event");
    case Column::Value:
        return tr("Value");
    case Column::Text:
        return tr("Text");
    case Column::Count:
        break;
    }
    return {};
}

QHash<int, QByteArray> AlertTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, QByteArrayLiteral("rawValue"));
    names.insert(AlertIdRole, QByteArrayLiteral("alertId"));
    return names;
}

void AlertTableModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_alerts.size());
    for (qsizetype row = 0; row < m_alerts.size(); ++row)
        m_rowById.insert(m_alerts.at(row).id, static_cast<int>(row));
}
