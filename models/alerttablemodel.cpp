// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "models/alerttablemodel.h"

#include "models/alertvaluetext.h"
#include "models/timeformat.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <utility>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include "core/timestamp.h"

namespace {

using Column = AlertTableModel::Column;

constexpr int builtInColumns = static_cast<int>(Column::Count);
/// Sort level of a severity outside the alarm model: after every known one.
constexpr int unknownLevel = std::numeric_limits<int>::max();
/// Deadline of an alert without a timeout: after every real one.
constexpr Timestamp noDeadline = std::numeric_limits<Timestamp>::max();

constexpr QLatin1StringView attributePrefix("attributes.");

/// Upstream's field names, in Column order: the stable keys of columnKey().
constexpr QLatin1StringView columnKeys[] = {
    QLatin1StringView("severity"),
    QLatin1StringView("status"),
    QLatin1StringView("trendIndication"),
    QLatin1StringView("lastReceiveTime"),
    QLatin1StringView("age"),
    QLatin1StringView("duplicateCount"),
    QLatin1StringView("environment"),
    QLatin1StringView("service"),
    QLatin1StringView("resource"),
    QLatin1StringView("event"),
    QLatin1StringView("group"),
    QLatin1StringView("value"),
    QLatin1StringView("text"),
    QLatin1StringView("tags"),
    QLatin1StringView("attributes"),
    QLatin1StringView("origin"),
    QLatin1StringView("type"),
    QLatin1StringView("customer"),
    QLatin1StringView("correlate"),
    QLatin1StringView("createTime"),
    QLatin1StringView("receiveTime"),
    QLatin1StringView("updateTime"),
    QLatin1StringView("timeout"),
    QLatin1StringView("timeoutLeft"),
    QLatin1StringView("repeat"),
    QLatin1StringView("previousSeverity"),
    QLatin1StringView("lastReceiveId"),
    QLatin1StringView("id"),
};
static_assert(std::size(columnKeys) == builtInColumns, "one key per built-in column");

const QString listSeparator = QStringLiteral(", ");

/// WCAG relative luminance of an sRGB colour.
double luminance(const QColor &colour)
{
    const auto linear = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF());
}

/// WCAG contrast ratio of two colours (1 .. 21).
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// The text colour on a coloured cell: the server's text colour (upstream paints black) when it is readable there
/// (WCAG AA, 4.5:1), otherwise black or white, whichever contrasts more — white on security blue, debug and trace.
QColor textColourOn(const QColor &background, const QColor &preferred)
{
    if (preferred.isValid() && contrast(preferred, background) >= 4.5)
        return preferred;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrast(black, background) >= contrast(white, background) ? black : white;
}

/// Sort rank of a status: spec §2.3 letters A..H as 0..7, statuses outside the model after them.
int statusRank(const QString &status)
{
    const QString *const order[] = {&AlertStatus::Open,
                                    &AlertStatus::Assign,
                                    &AlertStatus::Ack,
                                    &AlertStatus::Shelved,
                                    &AlertStatus::Blackout,
                                    &AlertStatus::Closed,
                                    &AlertStatus::Expired,
                                    &AlertStatus::Unknown};
    for (int rank = 0; rank < static_cast<int>(std::size(order)); ++rank) {
        if (status == *order[rank])
            return rank;
    }
    return static_cast<int>(std::size(order));
}

/// Sort rank of a trend: more severe first, like the severity column.
int trendRank(const QString &trend)
{
    if (trend == QLatin1StringView("moreSevere"))
        return 0;
    if (trend == QLatin1StringView("noChange"))
        return 1;
    if (trend == QLatin1StringView("lessSevere"))
        return 2;
    return 3;
}

template<typename T>
int compareValues(const T &left, const T &right)
{
    return left < right ? -1 : (right < left ? 1 : 0);
}

/// QString::compare(Qt::CaseInsensitive) with an ASCII fast path: Qt folds every character through the Unicode
/// tables, which was most of the time of a 100,000-row sort on Resource. Same result; anything non-ASCII goes to Qt.
int compareStrings(const QString &left, const QString &right)
{
    const QChar *l = left.constData();
    const QChar *r = right.constData();
    const qsizetype common = std::min(left.size(), right.size());
    const auto lower = [](char16_t c) { return c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c + 32) : c; };
    for (qsizetype i = 0; i < common; ++i) {
        const char16_t a = l[i].unicode();
        const char16_t b = r[i].unicode();
        if (a == b)
            continue;
        if (a >= 0x80 || b >= 0x80)
            return QString::compare(left, right, Qt::CaseInsensitive);
        const char16_t la = lower(a);
        const char16_t lb = lower(b);
        if (la != lb)
            return la < lb ? -1 : 1;
    }
    return compareValues(left.size(), right.size());
}

/// Element by element, so that sorting on Service or Tags does not join (allocate) per comparison.
int compareLists(const QStringList &left, const QStringList &right)
{
    const qsizetype common = std::min(left.size(), right.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (const int result = compareStrings(left.at(i), right.at(i)); result != 0)
            return result;
    }
    return compareValues(left.size(), right.size());
}

/// The two largest units of a duration: `45s`, `3m 12s`, `2h 5m`, `4d 3h`. Negative durations (clock skew) read 0s.
QString durationText(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms / 1000);
    if (seconds < 60)
        return AlertTableModel::tr("%1s").arg(seconds);
    if (seconds < 3600)
        return AlertTableModel::tr("%1m %2s").arg(seconds / 60).arg(seconds % 60);
    if (seconds < 86400)
        return AlertTableModel::tr("%1h %2m").arg(seconds / 3600).arg(seconds % 3600 / 60);
    return AlertTableModel::tr("%1d %2h").arg(seconds / 86400).arg(seconds % 86400 / 3600);
}

/// An attribute value as shown: strings as they are, anything else as compact JSON; nothing for a missing key.
QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::String:
        return value.toString();
    default:
        break;
    }
    // QJsonDocument only serialises arrays and objects: wrap the value and cut the brackets off again.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

/// All attributes as `k=v, k2=v2`, keys in QJsonObject's (sorted) order.
QString attributesText(const QJsonObject &attributes)
{
    QStringList pairs;
    pairs.reserve(attributes.size());
    for (auto it = attributes.begin(); it != attributes.end(); ++it)
        pairs.append(it.key() + u'=' + jsonText(it.value()));
    return pairs.join(listSeparator);
}

QString trendArrow(const QString &trend)
{
    switch (trendRank(trend)) {
    case 0:
        return QStringLiteral("▲");
    case 1:
        return QStringLiteral("–");
    case 2:
        return QStringLiteral("▼");
    default:
        return {};
    }
}

QString trendDescription(const QString &trend)
{
    switch (trendRank(trend)) {
    case 0:
        return AlertTableModel::tr("More severe");
    case 1:
        return AlertTableModel::tr("No change");
    case 2:
        return AlertTableModel::tr("Less severe");
    default:
        return {};
    }
}

/// The first 18 characters of a text, ASCII case-folded at 7 bits each: most comparisons of a sort on a text column
/// then compare two integers from a packed array instead of reading two strings from all over the heap (a
/// 100,000-row sort on Resource took 600 ms that way). Ordered like compareStrings(); equal keys, or a non-ASCII
/// character among the first 18, leave the decision to compareStrings().
struct TextKey
{
    static constexpr int charsPerWord = 9; // 9 x 7 bits; bit 63 of `high` marks a key that cannot decide
    quint64 high = 0;
    quint64 low = 0;

    static TextKey of(const QString &text)
    {
        TextKey key;
        const QChar *chars = text.constData();
        for (qsizetype i = 0; i < 2 * charsPerWord; ++i) {
            quint64 c = 0; // shorter texts pad with 0, below every character: shorter sorts first
            if (i < text.size()) {
                const char16_t u = chars[i].unicode();
                if (u >= 0x80) {
                    key.high = quint64(1) << 63;
                    return key;
                }
                c = u >= u'A' && u <= u'Z' ? u + 32 : u;
            }
            quint64 &word = i < charsPerWord ? key.high : key.low;
            word = word << 7 | c;
        }
        return key;
    }

    bool decides() const { return !(high >> 63); }
};

/// The sort keys of the common columns, packed per row in a vector parallel to the rows: a sort over 100,000 rows
/// then reads a 4 MB array that stays in cache instead of chasing a pointer into every alert (chasing them made
/// a severity + time sort of 100,000 rows take 400 ms).
struct SortKeys
{
    Timestamp lastReceiveTime = 0;
    Timestamp createTime = 0;
    Timestamp deadline = noDeadline; ///< lastReceiveTime + timeout
    int severityLevel = unknownLevel;
    int statusRank = 0;
    int duplicateCount = 0;
    int slot = -1; ///< the row's stable slot (Private::rowOfSlot)
};

} // namespace

/// One alert, and what the rarely sorted columns need, computed when the row is stored so that compareRows()
/// neither looks anything up nor allocates.
struct AlertTableModel::Row
{
    Alert alert;
    int previousSeverityLevel = unknownLevel;
    int trendRank = 0;
    Timestamp changedAt = 0; ///< last insert or change by applyChanges(); 0 = never (rows of a reset)
};

struct AlertTableModel::Private
{
    struct CellColours
    {
        QColor background;
        QColor foreground;
    };

    /// Rows by position. Pointers, so that removing a row moves pointers rather than alerts.
    std::vector<std::unique_ptr<Row>> rows;
    /// Parallel to rows.
    std::vector<SortKeys> keys;
    /// Where an id's row is: id -> slot -> row. A slot stays with its alert while rows shift, so a removal renumbers
    /// a packed int array (rowOfSlot[keys[i].slot] = i) instead of rewriting the hash or touching every alert.
    QHash<QString, int> slotById;
    std::vector<int> rowOfSlot;
    std::vector<int> freeSlots;
    QHash<QString, int> environmentCounts;
    ServerAlarmModel alarmModel = ServerAlarmModel::alertaDefault();
    QHash<QString, CellColours> severityColours;
    QHash<QString, CellColours> statusColours;
    QStringList attributeColumns;
    int highlightDuration = 3000;
    std::function<qint64()> now = [] { return QDateTime::currentMSecsSinceEpoch(); };

    int levelOf(const QString &severity) const
    {
        const int level = alarmModel.severities.level(severity);
        return level < 0 ? unknownLevel : level;
    }

    static Timestamp deadlineOf(const Alert &alert)
    {
        return alert.timeout.value_or(0) > 0 ? alert.lastReceiveTime + *alert.timeout * 1000 : noDeadline;
    }

    /// Text keys of the text columns sorted on so far, each parallel to rows: built on a column's first comparison
    /// (compare() is const, hence mutable), then kept up to date. At most 1.6 MB per column for 100,000 rows.
    mutable std::vector<TextKey> textKeys[builtInColumns];

    /// The text a column's TextKey is made of: the field, or the first element of a list field. Null for columns
    /// that are not compared as text.
    static const QString *keyText(const Alert &alert, int column)
    {
        static const QString none;
        const auto first = [](const QStringList &list) { return list.isEmpty() ? &none : &list.constFirst(); };
        switch (static_cast<Column>(column)) {
        case Column::Environment:
            return &alert.environment;
        case Column::Service:
            return first(alert.service);
        case Column::Resource:
            return &alert.resource;
        case Column::Event:
            return &alert.event;
        case Column::Group:
            return &alert.group;
        case Column::Value:
            return &alert.value;
        case Column::Text:
            return &alert.text;
        case Column::Tags:
            return first(alert.tags);
        case Column::Origin:
            return &alert.origin;
        case Column::Type:
            return &alert.type;
        case Column::Customer:
            return &alert.customer;
        case Column::Correlate:
            return first(alert.correlate);
        case Column::LastReceiveId:
            return &alert.lastReceiveId;
        case Column::Id:
            return &alert.id;
        default:
            return nullptr;
        }
    }

    static bool hasTextKey(int column)
    {
        static const Alert none;
        return column < builtInColumns && keyText(none, column);
    }

    /// The TextKeys of `column` (one with hasTextKey()), built if needed. Empty means not built: a built cache always
    /// has one key per row.
    const std::vector<TextKey> &textKeysOf(int column) const
    {
        std::vector<TextKey> &cache = textKeys[column];
        if (cache.size() != rows.size()) {
            cache.resize(rows.size());
            for (size_t index = 0; index < rows.size(); ++index)
                cache[index] = TextKey::of(*keyText(rows[index]->alert, column));
        }
        return cache;
    }

    /// Recomputes the sort keys of `index` from its alert.
    void updateKeys(size_t index)
    {
        Row &row = *rows[index];
        const Alert &alert = row.alert;
        SortKeys &k = keys[index];
        k.lastReceiveTime = alert.lastReceiveTime;
        k.createTime = alert.createTime;
        k.deadline = deadlineOf(alert);
        k.severityLevel = levelOf(alert.severity);
        k.statusRank = ::statusRank(alert.status);
        k.duplicateCount = alert.duplicateCount;
        row.previousSeverityLevel = levelOf(alert.previousSeverity);
        row.trendRank = ::trendRank(alert.trendIndication);
        for (int column = 0; column < builtInColumns; ++column) {
            if (!textKeys[column].empty())
                textKeys[column][index] = TextKey::of(*keyText(alert, column));
        }
    }

    void assign(int index, const Alert &alert, Timestamp changedAt)
    {
        Row &row = *rows[static_cast<size_t>(index)];
        if (row.alert.environment != alert.environment) {
            countEnvironment(row.alert.environment, -1);
            countEnvironment(alert.environment, 1);
        }
        row.alert = alert;
        row.changedAt = changedAt;
        updateKeys(static_cast<size_t>(index));
    }

    /// Appends a row for an alert whose id is not shown yet.
    void append(const Alert &alert, Timestamp changedAt)
    {
        auto row = std::make_unique<Row>();
        row->alert = alert;
        row->changedAt = changedAt;
        int slot = 0;
        if (freeSlots.empty()) {
            slot = static_cast<int>(rowOfSlot.size());
            rowOfSlot.push_back(0);
        } else {
            slot = freeSlots.back();
            freeSlots.pop_back();
        }
        const size_t index = rows.size();
        rowOfSlot[static_cast<size_t>(slot)] = static_cast<int>(index);
        slotById.insert(alert.id, slot);
        countEnvironment(alert.environment, 1);
        rows.push_back(std::move(row));
        for (std::vector<TextKey> &cache : textKeys) {
            if (!cache.empty())
                cache.emplace_back();
        }
        keys.push_back({});
        keys.back().slot = slot;
        updateKeys(index);
    }

    /// Removes rows first..last (inclusive) and renumbers the rows after them.
    void erase(int first, int last)
    {
        for (int index = first; index <= last; ++index) {
            const Alert &alert = rows[static_cast<size_t>(index)]->alert;
            const int slot = keys[static_cast<size_t>(index)].slot;
            slotById.remove(alert.id);
            freeSlots.push_back(slot);
            countEnvironment(alert.environment, -1);
        }
        rows.erase(rows.begin() + first, rows.begin() + last + 1);
        keys.erase(keys.begin() + first, keys.begin() + last + 1);
        for (std::vector<TextKey> &cache : textKeys) {
            if (!cache.empty())
                cache.erase(cache.begin() + first, cache.begin() + last + 1);
        }
        for (size_t index = static_cast<size_t>(first); index < keys.size(); ++index)
            rowOfSlot[static_cast<size_t>(keys[index].slot)] = static_cast<int>(index);
    }

    void clear()
    {
        rows.clear();
        keys.clear();
        for (std::vector<TextKey> &cache : textKeys)
            cache = {}; // rebuilt on the next comparison, and meanwhile no memory
        slotById.clear();
        rowOfSlot.clear();
        freeSlots.clear();
        environmentCounts.clear();
    }

    int rowOf(const QString &id) const
    {
        const int slot = slotById.value(id, -1);
        return slot < 0 ? -1 : rowOfSlot[static_cast<size_t>(slot)];
    }

    void countEnvironment(const QString &environment, int delta)
    {
        auto it = environmentCounts.find(environment);
        if (it == environmentCounts.end())
            it = environmentCounts.insert(environment, 0);
        *it += delta;
        if (*it <= 0)
            environmentCounts.erase(it);
    }

    const Row &rowAt(int row) const { return *rows[static_cast<size_t>(row)]; }

    /// The attribute key of an attribute column; empty for a built-in column.
    QString attributeKey(int column) const
    {
        return column >= builtInColumns ? attributeColumns.value(column - builtInColumns) : QString();
    }

    void rebuildColours()
    {
        const QColor preferredText = QColor::fromString(alarmModel.textColor);
        const auto table = [&preferredText](const QHash<QString, QString> &css) {
            QHash<QString, CellColours> colours;
            for (auto it = css.begin(); it != css.end(); ++it) {
                const QColor background = QColor::fromString(it.value());
                if (background.isValid())
                    colours.insert(it.key(), {background, textColourOn(background, preferredText)});
            }
            return colours;
        };
        severityColours = table(alarmModel.severityColors);
        statusColours = table(alarmModel.statusColors);
    }

    const CellColours *cellColours(const Row &row, int column) const
    {
        const QHash<QString, CellColours> *table = nullptr;
        const QString *key = nullptr;
        if (column == static_cast<int>(Column::Severity)) {
            table = &severityColours;
            key = &row.alert.severity;
        } else if (column == static_cast<int>(Column::Status)) {
            table = &statusColours;
            key = &row.alert.status;
        } else {
            return nullptr;
        }
        const auto it = table->constFind(*key);
        return it == table->cend() ? nullptr : &*it;
    }

    bool isNumeric(const Row &row, int column) const
    {
        if (column >= builtInColumns)
            return row.alert.attributes.value(attributeKey(column)).isDouble();
        switch (static_cast<Column>(column)) {
        case Column::Age:
        case Column::DuplicateCount:
        case Column::Timeout:
        case Column::TimeoutLeft:
            return true;
        default:
            return false;
        }
    }

    qint64 changedAgo(const Row &row) const
    {
        if (row.changedAt == 0)
            return -1;
        const qint64 ago = std::max<qint64>(0, now() - row.changedAt);
        return ago <= highlightDuration ? ago : -1;
    }

    QVariant display(int index, int column) const;
    QVariant toolTip(int index, int column) const;
    QVariant rawValue(int index, int column) const;
    int compare(int leftIndex, int rightIndex, int column) const;
};

QVariant AlertTableModel::Private::display(int index, int column) const
{
    const Alert &alert = rowAt(index).alert;
    const SortKeys &k = keys[static_cast<size_t>(index)];
    if (column >= builtInColumns)
        return jsonText(alert.attributes.value(attributeKey(column)));
    switch (static_cast<Column>(column)) {
    case Column::Severity:
        return AlertValueText::severity(alert.severity);
    case Column::Status:
        return AlertValueText::status(alert.status);
    case Column::TrendIndication:
        return trendArrow(alert.trendIndication);
    case Column::LastReceiveTime:
        return TimeFormat::local(alert.lastReceiveTime);
    case Column::Age:
        return alert.createTime == 0 ? QString() : durationText(now() - alert.createTime);
    case Column::DuplicateCount:
        return alert.duplicateCount;
    case Column::Environment:
        return alert.environment;
    case Column::Service:
        return alert.service.join(listSeparator);
    case Column::Resource:
        return alert.resource;
    case Column::Event:
        return alert.event;
    case Column::Group:
        return alert.group;
    case Column::Value:
        return alert.value;
    case Column::Text:
        return alert.text;
    case Column::Tags:
        return alert.tags.join(listSeparator);
    case Column::Attributes:
        return attributesText(alert.attributes);
    case Column::Origin:
        return alert.origin;
    case Column::Type:
        return alert.type;
    case Column::Customer:
        return alert.customer;
    case Column::Correlate:
        return alert.correlate.join(listSeparator);
    case Column::CreateTime:
        return TimeFormat::local(alert.createTime);
    case Column::ReceiveTime:
        return TimeFormat::local(alert.receiveTime);
    case Column::UpdateTime:
        return TimeFormat::local(alert.updateTime);
    case Column::Timeout:
        return alert.timeout ? QVariant(*alert.timeout) : QVariant();
    case Column::TimeoutLeft:
        return k.deadline == noDeadline ? QString() : durationText(k.deadline - now());
    case Column::Repeat:
        return alert.repeat ? AlertTableModel::tr("yes") : AlertTableModel::tr("no");
    case Column::PreviousSeverity:
        return AlertValueText::severity(alert.previousSeverity);
    case Column::LastReceiveId:
        return alert.lastReceiveId;
    case Column::Id:
        return alert.id;
    case Column::Count:
        break;
    }
    return {};
}

QVariant AlertTableModel::Private::toolTip(int index, int column) const
{
    const Alert &alert = rowAt(index).alert;
    const SortKeys &k = keys[static_cast<size_t>(index)];
    const auto isoTime = [](Timestamp ms) { return ms == 0 ? QVariant() : QVariant(IsoTime::format(ms)); };
    if (column >= builtInColumns)
        return display(index, column);
    switch (static_cast<Column>(column)) {
    case Column::TrendIndication:
        return trendDescription(alert.trendIndication);
    case Column::LastReceiveTime:
        return isoTime(alert.lastReceiveTime);
    case Column::Age:
    case Column::CreateTime:
        return isoTime(alert.createTime);
    case Column::ReceiveTime:
        return isoTime(alert.receiveTime);
    case Column::UpdateTime:
        return isoTime(alert.updateTime);
    case Column::TimeoutLeft:
        return k.deadline == noDeadline ? QVariant() : QVariant(IsoTime::format(k.deadline));
    case Column::Service:
    case Column::Value:
    case Column::Text:
    case Column::Tags:
    case Column::Attributes:
    case Column::Correlate:
        // Long cells are elided; the tooltip shows all of it.
        return display(index, column);
    default:
        return {};
    }
}

QVariant AlertTableModel::Private::rawValue(int index, int column) const
{
    const Row &row = rowAt(index);
    const Alert &alert = row.alert;
    const SortKeys &k = keys[static_cast<size_t>(index)];
    if (column >= builtInColumns)
        return display(index, column);
    switch (static_cast<Column>(column)) {
    case Column::Severity:
        return k.severityLevel;
    case Column::Status:
        return k.statusRank;
    case Column::TrendIndication:
        return row.trendRank;
    case Column::LastReceiveTime:
        return alert.lastReceiveTime;
    case Column::Age:
        return static_cast<qint64>(now() - alert.createTime);
    case Column::DuplicateCount:
        return static_cast<qint64>(alert.duplicateCount);
    case Column::CreateTime:
        return alert.createTime;
    case Column::ReceiveTime:
        return alert.receiveTime;
    case Column::UpdateTime:
        return alert.updateTime;
    case Column::Timeout:
        return alert.timeout ? QVariant(*alert.timeout) : QVariant();
    case Column::TimeoutLeft:
        return k.deadline == noDeadline ? QVariant() : QVariant(static_cast<qint64>(k.deadline - now()));
    case Column::Repeat:
        return alert.repeat;
    case Column::PreviousSeverity:
        return row.previousSeverityLevel;
    default:
        return display(index, column);
    }
}

int AlertTableModel::Private::compare(int leftIndex, int rightIndex, int column) const
{
    // The packed keys first: the alerts themselves are only touched for the other columns.
    const SortKeys &lk = keys[static_cast<size_t>(leftIndex)];
    const SortKeys &rk = keys[static_cast<size_t>(rightIndex)];
    switch (column) {
    case static_cast<int>(Column::Severity):
        return compareValues(lk.severityLevel, rk.severityLevel);
    case static_cast<int>(Column::Status):
        return compareValues(lk.statusRank, rk.statusRank);
    case static_cast<int>(Column::LastReceiveTime):
        return compareValues(lk.lastReceiveTime, rk.lastReceiveTime);
    case static_cast<int>(Column::Age):
        return compareValues(rk.createTime, lk.createTime); // younger = created later
    case static_cast<int>(Column::CreateTime):
        return compareValues(lk.createTime, rk.createTime);
    case static_cast<int>(Column::DuplicateCount):
        return compareValues(lk.duplicateCount, rk.duplicateCount);
    case static_cast<int>(Column::TimeoutLeft):
        return compareValues(lk.deadline, rk.deadline);
    default:
        break;
    }
    if (hasTextKey(column)) {
        const std::vector<TextKey> &cache = textKeysOf(column);
        const TextKey &l = cache[static_cast<size_t>(leftIndex)];
        const TextKey &r = cache[static_cast<size_t>(rightIndex)];
        if (l.decides() && r.decides() && (l.high != r.high || l.low != r.low))
            return l.high != r.high ? compareValues(l.high, r.high) : compareValues(l.low, r.low);
    }

    const Row &left = rowAt(leftIndex);
    const Row &right = rowAt(rightIndex);
    const Alert &l = left.alert;
    const Alert &r = right.alert;
    if (column >= builtInColumns) {
        // Rare (a custom column), so allocating here is fine. Numbers compare as numbers, anything else as text.
        const QString key = attributeKey(column);
        const QJsonValue lv = l.attributes.value(key);
        const QJsonValue rv = r.attributes.value(key);
        if (lv.isDouble() && rv.isDouble())
            return compareValues(lv.toDouble(), rv.toDouble());
        return compareStrings(jsonText(lv), jsonText(rv));
    }
    switch (static_cast<Column>(column)) {
    case Column::TrendIndication:
        return compareValues(left.trendRank, right.trendRank);
    case Column::Environment:
        return compareStrings(l.environment, r.environment);
    case Column::Service:
        return compareLists(l.service, r.service);
    case Column::Resource:
        return compareStrings(l.resource, r.resource);
    case Column::Event:
        return compareStrings(l.event, r.event);
    case Column::Group:
        return compareStrings(l.group, r.group);
    case Column::Value:
        return compareStrings(l.value, r.value);
    case Column::Text:
        return compareStrings(l.text, r.text);
    case Column::Tags:
        return compareLists(l.tags, r.tags);
    case Column::Attributes:
        return compareStrings(attributesText(l.attributes), attributesText(r.attributes));
    case Column::Origin:
        return compareStrings(l.origin, r.origin);
    case Column::Type:
        return compareStrings(l.type, r.type);
    case Column::Customer:
        return compareStrings(l.customer, r.customer);
    case Column::Correlate:
        return compareLists(l.correlate, r.correlate);
    case Column::ReceiveTime:
        return compareValues(l.receiveTime, r.receiveTime);
    case Column::UpdateTime:
        return compareValues(l.updateTime, r.updateTime);
    case Column::Timeout:
        return compareValues(l.timeout.value_or(-1), r.timeout.value_or(-1)); // no timeout first
    case Column::Repeat:
        return compareValues(l.repeat, r.repeat);
    case Column::PreviousSeverity:
        return compareValues(left.previousSeverityLevel, right.previousSeverityLevel);
    case Column::LastReceiveId:
        return compareStrings(l.lastReceiveId, r.lastReceiveId);
    case Column::Id:
        return compareStrings(l.id, r.id);
    case Column::Severity: // compared above from the packed keys
    case Column::Status:
    case Column::LastReceiveTime:
    case Column::Age:
    case Column::DuplicateCount:
    case Column::CreateTime:
    case Column::TimeoutLeft:
    case Column::Count:
        break;
    }
    return 0;
}

AlertTableModel::AlertTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , d(std::make_unique<Private>())
{
    d->rebuildColours();
}

AlertTableModel::~AlertTableModel() = default;

void AlertTableModel::setAlarmModel(const ServerAlarmModel &model)
{
    d->alarmModel = model;
    d->rebuildColours();
    for (size_t index = 0; index < d->rows.size(); ++index)
        d->updateKeys(index);
    // Levels, and so the sort order, may have changed everywhere: one range over everything, as for a reset.
    if (!d->rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

const ServerAlarmModel &AlertTableModel::alarmModel() const
{
    return d->alarmModel;
}

void AlertTableModel::setAttributeColumns(const QStringList &keys)
{
    QStringList columns = keys;
    columns.removeAll(QString());
    columns.removeDuplicates();
    if (columns == d->attributeColumns)
        return;
    // Remove and insert rather than reset: the rows, and with them the views' selection, stay.
    if (!d->attributeColumns.isEmpty()) {
        beginRemoveColumns({}, builtInColumns, columnCount() - 1);
        d->attributeColumns.clear();
        endRemoveColumns();
    }
    if (!columns.isEmpty()) {
        beginInsertColumns({}, builtInColumns, builtInColumns + static_cast<int>(columns.size()) - 1);
        d->attributeColumns = columns;
        endInsertColumns();
    }
}

QStringList AlertTableModel::attributeColumns() const
{
    return d->attributeColumns;
}

QString AlertTableModel::columnKey(int column) const
{
    if (column < 0 || column >= columnCount())
        return {};
    if (column < builtInColumns)
        return QString(columnKeys[column]);
    return attributePrefix + d->attributeKey(column);
}

int AlertTableModel::columnForKey(const QString &key) const
{
    if (key.startsWith(attributePrefix)) {
        const qsizetype position = d->attributeColumns.indexOf(key.mid(attributePrefix.size()));
        return position < 0 ? -1 : builtInColumns + static_cast<int>(position);
    }
    const auto it = std::find(std::begin(columnKeys), std::end(columnKeys), key);
    return it == std::end(columnKeys) ? -1 : static_cast<int>(it - std::begin(columnKeys));
}

void AlertTableModel::resetAlerts(const QList<Alert> &alerts)
{
    const QHash<QString, int> countsBefore = d->environmentCounts;
    beginResetModel();
    d->clear();
    d->rows.reserve(static_cast<size_t>(alerts.size()));
    d->keys.reserve(static_cast<size_t>(alerts.size()));
    d->rowOfSlot.reserve(static_cast<size_t>(alerts.size()));
    d->slotById.reserve(alerts.size());
    for (const Alert &alert : alerts) {
        // An id listed twice keeps its first position and its last version, as applyChanges() would.
        if (const int known = d->rowOf(alert.id); known >= 0)
            d->assign(known, alert, 0);
        else
            d->append(alert, 0);
    }
    endResetModel();
    if (d->environmentCounts != countsBefore)
        Q_EMIT environmentCountsChanged();
}

void AlertTableModel::applyChanges(const QList<Alert> &upserted, const QStringList &removedIds)
{
    if (upserted.isEmpty() && removedIds.isEmpty())
        return;
    const QHash<QString, int> countsBefore = d->environmentCounts;
    const qint64 now = d->now();
    Q_EMIT changesAboutToBeApplied(static_cast<int>(upserted.size() + removedIds.size()));
    const QList<Alert> fresh = replaceKnownRows(upserted, now);
    appendRows(fresh, now);
    removeRowsOf(removedIds);
    Q_EMIT changesApplied();
    if (d->environmentCounts != countsBefore)
        Q_EMIT environmentCountsChanged();
}

QList<Alert> AlertTableModel::replaceKnownRows(const QList<Alert> &upserted, qint64 now)
{
    QList<Alert> fresh;
    QHash<QString, qsizetype> freshPosition;
    std::vector<std::pair<int, const Alert *>> changes; // (row, its new version)
    changes.reserve(static_cast<size_t>(upserted.size()));
    for (const Alert &alert : upserted) {
        if (const int row = d->rowOf(alert.id); row >= 0) {
            changes.emplace_back(row, &alert);
        } else if (const auto it = freshPosition.constFind(alert.id); it != freshPosition.cend()) {
            fresh[*it] = alert; // new and listed twice: the later version wins
        } else {
            freshPosition.insert(alert.id, fresh.size());
            fresh.append(alert);
        }
    }

    // By row; of an id listed twice the later version wins: the stable sort keeps input order within a row, and
    // std::unique over the reversed list keeps the last of each group.
    std::stable_sort(changes.begin(), changes.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    const auto sameRow = [](const auto &a, const auto &b) { return a.first == b.first; };
    changes.erase(changes.begin(), std::unique(changes.rbegin(), changes.rend(), sameRow).base());
    // Unchanged alerts (a backend re-sending what we have) are no change: no signal, no highlight, no re-sort.
    std::erase_if(changes, [this](const auto &change) { return d->rowAt(change.first).alert == *change.second; });

    // Replace and announce one run at a time, not all rows first: a dynamically sorting proxy places a changed row
    // by binary search over its current order, which is only sorted if no other row has changed unannounced.
    for (size_t first = 0; first < changes.size();) {
        size_t end = first + 1;
        while (end < changes.size() && changes[end].first == changes[end - 1].first + 1)
            ++end;
        for (size_t i = first; i < end; ++i)
            d->assign(changes[i].first, *changes[i].second, now);
        Q_EMIT dataChanged(index(changes[first].first, 0), index(changes[end - 1].first, columnCount() - 1));
        first = end;
    }
    return fresh;
}

void AlertTableModel::appendRows(const QList<Alert> &alerts, qint64 now)
{
    if (alerts.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(alerts.size()) - 1);
    // No reserve(size() + n) here: an exact reserve reallocates (and copies every row) on each batch, while
    // push_back grows geometrically.
    for (const Alert &alert : alerts)
        d->append(alert, now);
    endInsertRows();
}

void AlertTableModel::removeRowsOf(const QStringList &ids)
{
    std::vector<int> doomed;
    doomed.reserve(static_cast<size_t>(ids.size()));
    for (const QString &id : ids) {
        if (const int row = d->rowOf(id); row >= 0)
            doomed.push_back(row);
    }
    std::sort(doomed.begin(), doomed.end(), std::greater<>());
    doomed.erase(std::unique(doomed.begin(), doomed.end()), doomed.end());

    // Bottom up, so that the row numbers of the runs still to go stay valid.
    for (size_t i = 0; i < doomed.size();) {
        const int last = doomed[i];
        int first = last;
        while (++i < doomed.size() && doomed[i] == first - 1)
            --first;
        beginRemoveRows({}, first, last);
        // Renumbered before endRemoveRows: whoever reacts to it may already ask rowOf().
        d->erase(first, last);
        endRemoveRows();
    }
}

const Alert &AlertTableModel::alertAt(int row) const
{
    Q_ASSERT(row >= 0 && row < rowCount());
    return d->rowAt(row).alert;
}

int AlertTableModel::rowOf(const QString &id) const
{
    return d->rowOf(id);
}

const QHash<QString, int> &AlertTableModel::environmentCounts() const
{
    return d->environmentCounts;
}

QStringList AlertTableModel::customers() const
{
    QSet<QString> seen;
    for (int row = 0; row < rowCount(); ++row) {
        if (const QString &customer = alertAt(row).customer; !customer.isEmpty())
            seen.insert(customer);
    }
    QStringList out(seen.cbegin(), seen.cend());
    out.sort(Qt::CaseInsensitive);
    return out;
}

void AlertTableModel::setHighlightDuration(int ms)
{
    d->highlightDuration = std::max(0, ms);
}

int AlertTableModel::highlightDuration() const
{
    return d->highlightDuration;
}

void AlertTableModel::setClock(std::function<qint64()> nowMs)
{
    d->now = nowMs ? std::move(nowMs) : [] { return QDateTime::currentMSecsSinceEpoch(); };
}

int AlertTableModel::compareRows(int leftRow, int rightRow, int column) const
{
    if (column < 0 || column >= builtInColumns + d->attributeColumns.size())
        return 0;
    return d->compare(leftRow, rightRow, column);
}

QModelIndex AlertTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= static_cast<int>(d->rows.size())
        || column >= builtInColumns + d->attributeColumns.size())
        return {};
    return createIndex(row, column);
}

int AlertTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(d->rows.size());
}

int AlertTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : builtInColumns + static_cast<int>(d->attributeColumns.size());
}

QVariant AlertTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = d->rowAt(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        return d->display(index.row(), column);
    case Qt::ToolTipRole:
        return d->toolTip(index.row(), column);
    case Qt::BackgroundRole:
    case Qt::ForegroundRole: {
        const Private::CellColours *colours = d->cellColours(row, column);
        if (!colours)
            return {};
        return role == Qt::BackgroundRole ? colours->background : colours->foreground;
    }
    case Qt::TextAlignmentRole:
        if (d->isNumeric(row, column))
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case RawValueRole:
        return d->rawValue(index.row(), column);
    case AlertIdRole:
        return row.alert.id;
    case SeverityRole:
        return row.alert.severity;
    case StatusRole:
        return row.alert.status;
    case EnvironmentRole:
        return row.alert.environment;
    case ChangedAgoRole:
        return d->changedAgo(row);
    default:
        return {};
    }
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= builtInColumns) {
        if (role == Qt::DisplayRole)
            return d->attributeKey(section);
        if (role == Qt::ToolTipRole)
            return tr("Custom attribute %1").arg(d->attributeKey(section));
        return {};
    }

    const auto column = static_cast<Column>(section);
    if (role == Qt::TextAlignmentRole) {
        // Over right-aligned numbers, the title too.
        switch (column) {
        case Column::Age:
        case Column::DuplicateCount:
        case Column::Timeout:
        case Column::TimeoutLeft:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::TrendIndication:
            return tr("Severity trend: ▲ more severe, ▼ less severe, – no change");
        case Column::LastReceiveTime:
            return tr("When the alert was last received, local time");
        case Column::Age:
            return tr("Time since the alert was created");
        case Column::DuplicateCount:
            return tr("Number of duplicates received");
        case Column::Timeout:
            return tr("Timeout in seconds");
        case Column::TimeoutLeft:
            return tr("Time until the alert expires");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};

    switch (column) {
    case Column::Severity:
        return tr("Severity");
    case Column::Status:
        return tr("Status");
    case Column::TrendIndication:
        return tr("Trend");
    case Column::LastReceiveTime:
        return tr("Last Receive Time");
    case Column::Age:
        return tr("Age");
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
    case Column::Group:
        return tr("Group");
    case Column::Value:
        return tr("Value");
    case Column::Text:
        return tr("Text");
    case Column::Tags:
        return tr("Tags");
    case Column::Attributes:
        return tr("Attributes");
    case Column::Origin:
        return tr("Origin");
    case Column::Type:
        return tr("Type");
    case Column::Customer:
        return tr("Customer");
    case Column::Correlate:
        return tr("Correlate");
    case Column::CreateTime:
        return tr("Create Time");
    case Column::ReceiveTime:
        return tr("Receive Time");
    case Column::UpdateTime:
        return tr("Update Time");
    case Column::Timeout:
        return tr("Timeout");
    case Column::TimeoutLeft:
        return tr("Timeout Left");
    case Column::Repeat:
        return tr("Repeat");
    case Column::PreviousSeverity:
        return tr("Previous Severity");
    case Column::LastReceiveId:
        return tr("Last Receive Id");
    case Column::Id:
        return tr("Id");
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
    names.insert(SeverityRole, QByteArrayLiteral("severity"));
    names.insert(StatusRole, QByteArrayLiteral("status"));
    names.insert(EnvironmentRole, QByteArrayLiteral("environment"));
    names.insert(ChangedAgoRole, QByteArrayLiteral("changedAgo"));
    return names;
}
