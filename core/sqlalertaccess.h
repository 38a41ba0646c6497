// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alertquery.h"
#include "core/alertrow.h"
#include "core/alertrowcache.h"
#include "core/alertstore.h"
#include "core/querysql.h"
#include "core/sqldialect.h"
#include "core/sqlvalues.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <utility>

/// How a store's writers keep out of each other's way, for SqlAlertAccess.
struct SqlAlertAccessOptions
{
    /// Appended to the SELECTs that load an alert to change it (" FOR UPDATE" when several writers run at once;
    /// empty for SQLite's single writer).
    QString rowLock;
    /// A statement that takes a transaction-long lock on one text key bound as its only parameter, or empty.
    QString keyLock;
    /// The store keeps `alert_counts` up to date (SQLite's triggers), so counts by environment and status read it.
    bool runningCounts = false;
    /// A cache of alert rows that findByKey() reads before the database, told of every write: the SQLite writer's
    /// own, or a PostgreSQL writer's for one transaction (PgAlertPreload); null for readers.
    AlertRowCache *rowCache = nullptr;
    /// How many of an alert's newest history entries the writer's look-ups load (findByKey, findCorrelated), -1 for
    /// all. SQLite loads the head the receive rules read: its single writer's time is what limits, and its row cache
    /// keeps that head; an answer that needs the other entries reads them afterwards (AlertEngine::receive() in the
    /// same transaction). PostgreSQL loads all: its statements are what limit, and the same SELECT with a larger LIMIT
    /// spares the answer a statement.
    int lookUpHistory = AlertTransaction::HistoryHead;
};

/// SqlSession over one connection of either store (see SqlAlertAccess for `Db`).
template<typename Db>
class SqlStatementSession final : public SqlSession
{
public:
    SqlStatementSession(Db &db, const SqlDialect &dialect)
        : m_db(db)
        , m_dialect(dialect)
    {}

    const SqlDialect &dialect() const override { return m_dialect; }

    QList<QVariantList> select(const QString &sql, const QVariantList &binds, Reuse reuse) override
    {
        auto s = statement(sql, reuse);
        s.bindAll(binds);
        QList<QVariantList> rows;
        while (s.next()) {
            const int columns = s.columnCount();
            QVariantList row;
            row.reserve(columns);
            for (int c = 0; c < columns; ++c)
                row.append(s.value(c));
            rows.append(std::move(row));
        }
        return rows;
    }

    qint64 execute(const QString &sql, const QVariantList &binds, Reuse reuse) override
    {
        auto s = statement(sql, reuse);
        s.bindAll(binds);
        s.exec();
        ++m_executed;
        return s.rowsAffected();
    }

    /// Statements run through execute() so far.
    qint64 executed() const { return m_executed; }

private:
    auto statement(const QString &sql, Reuse reuse)
    {
        return reuse == Reuse::Cached ? m_db.prepare(sql) : m_db.prepareTransient(sql);
    }

    Db &m_db;
    const SqlDialect &m_dialect;
    qint64 m_executed = 0;
};

using AlertRow::AlertColumns;
using AlertRow::AlertColumnsNoRaw;
using AlertRow::HeartbeatColumns;
using AlertRow::HistoryColumns;
using AlertRow::NoteColumns;

/// Both the reader and the writer of a store: the alert SQL for one connection inside the caller's transaction,
/// written once for SQLite and PostgreSQL. `Db` is SqliteConnection or PgConnection: prepare() (a cached statement),
/// prepareTransient() (one built per request) and scalar(); the statements share the AlertRow interface. What
/// the two engines spell differently comes from the SqlDialect, and how a writer keeps concurrent writers apart
/// from SqlAlertAccessOptions.
template<typename Db>
class SqlAlertAccess final : public AlertTransaction
{
public:
    using Statement = decltype(std::declval<Db &>().prepare(QString()));

    SqlAlertAccess(Db &db, SqlSession &session, const SqlDialect &dialect, const SqlAlertAccessOptions &options)
        : m_db(db)
        , m_session(session)
        , m_dialect(dialect)
        , m_options(options)
    {}

    /// Alert-table writes so far (not counting the SqlSession's).
    qint64 writes() const { return m_writes; }

    /// Records that the transaction already holds the key lock of `key` (an AlertStore::alertLockKey()).
    void holdKey(const QString &key) { m_heldKeys.insert(key); }

    SqlSession &sql() override { return m_session; }

    // AlertReader
    std::optional<StoredAlert> findById(const QString &prefix,
                                        const SqlFragment &restriction,
                                        int historyLimit) override
    {
        if (prefix.isEmpty())
            return std::nullopt;
        SqlFragment where = AlertQuery::idMatch(prefix, m_dialect);
        where.andWith(restriction);
        // An exact id wins over alerts that merely start with it; otherwise the oldest match, as upstream's
        // first row. Cached: the text varies only with the number of customers a caller has.
        Statement s = m_db.prepare(u"SELECT " + AlertColumns + u" FROM alerts WHERE " + where.sql
                                   + u" ORDER BY lower(id) = ? DESC, rid LIMIT 1" + m_options.rowLock);
        s.bindAll(where.binds);
        s.bind(static_cast<int>(where.binds.size()) + 1, prefix.toLower());
        if (!s.next())
            return std::nullopt;
        StoredAlert row = StoredAlert{s.integer(0), 0, AlertRow::readAlertAt(s, 0)};
        s.reset();
        loadHistory(row, historyLimit);
        return row;
    }

    QList<Alert> select(const AlertSelection &sel) override
    {
        // Two steps: the page's row ids first, from the indexes where the filter and sort allow it, then the
        // 50-odd rows themselves. Sorting whole rows would read every matching alert from the table.
        Statement ids = m_db.prepareTransient(u"SELECT rid FROM alerts WHERE " + sel.where.whereSql() + u" ORDER BY "
                                              + (sel.orderBy.isEmpty() ? QStringLiteral("rid") : sel.orderBy)
                                              + u" LIMIT ? OFFSET ?");
        ids.bindAll(sel.where.binds);
        bindLimit(ids, static_cast<int>(sel.where.binds.size()) + 1, sel.limit);
        ids.bind(static_cast<int>(sel.where.binds.size()) + 2, static_cast<qint64>(sel.offset));
        QList<qint64> rowIds;
        while (ids.next())
            rowIds.append(ids.integer(0));

        QList<Alert> result;
        result.reserve(rowIds.size());
        const QString sql =
            u"SELECT " + (sel.withRawData ? AlertColumns : AlertColumnsNoRaw) + u" FROM alerts WHERE rid = ?";
        for (const qint64 rowId : std::as_const(rowIds)) {
            Statement s = m_db.prepare(sql);
            s.bind(1, rowId);
            if (!s.next())
                continue;
            StoredAlert row = StoredAlert{s.integer(0), 0, AlertRow::readAlertAt(s, 0)};
            if (sel.withHistory)
                loadHistory(row, -1);
            result.append(std::move(row.alert));
        }
        return result;
    }

    QList<SeverityStatusCount> countBySeverityStatus(const SqlFragment &where) override
    {
        Statement s = m_db.prepareTransient(u"SELECT severity, status, COUNT(*) FROM alerts WHERE " + where.whereSql()
                                            + u" GROUP BY severity, status");
        s.bindAll(where.binds);
        QList<SeverityStatusCount> result;
        while (s.next())
            result.append({s.text(0), s.text(1), s.integer(2)});
        return result;
    }

    QList<SeverityStatusCount> countFromTotals(const TotalsFilter &filter, const SqlFragment &where) override
    {
        if (!m_options.runningCounts)
            return countBySeverityStatus(where);
        if (!m_db.scalar(QStringLiteral("SELECT 1 FROM alerts WHERE last_receive_time > ? LIMIT 1"),
                         {qint64(filter.upTo)})
                 .isNull())
            return countBySeverityStatus(where);
        SqlFragment which;
        if (!filter.environments.isEmpty())
            which.andWith(SqlFragment::in(QStringLiteral("environment"), filter.environments));
        if (!filter.statuses.isEmpty())
            which.andWith(SqlFragment::in(QStringLiteral("status"), filter.statuses));
        Statement s = m_db.prepareTransient(u"SELECT severity, status, SUM(n) FROM alert_counts WHERE "
                                            + which.whereSql() + u" GROUP BY severity, status HAVING SUM(n) > 0");
        s.bindAll(which.binds);
        QList<SeverityStatusCount> result;
        while (s.next())
            result.append({s.text(0), s.text(1), s.integer(2)});
        return result;
    }

    QList<Note> notes(const QString &alertId) override
    {
        Statement s = m_db.prepare(u"SELECT " + NoteColumns + u" FROM notes WHERE alert = ? ORDER BY create_time, "
                                   + m_dialect.insertionOrder());
        s.bind(1, alertId);
        QList<Note> result;
        while (s.next())
            result.append(AlertRow::readNote(s));
        return result;
    }

    std::optional<Note> note(const QString &noteId) override
    {
        Statement s = m_db.prepare(u"SELECT " + NoteColumns + u" FROM notes WHERE id = ?");
        s.bind(1, noteId);
        if (!s.next())
            return std::nullopt;
        return AlertRow::readNote(s);
    }

    QList<HistoryRow> history(const SqlFragment &where, int limit, int offset) override
    {
        // The filter names alert columns unqualified; a subquery keeps them apart from history's own columns.
        Statement s = m_db.prepareTransient(u"SELECT h.id, h.event, h.severity, h.status, h.value, h.text, "
                                            u"h.type, h.update_time, h.\"user\", h.timeout, a.* FROM history h "
                                            u"JOIN (SELECT "
                                            + AlertColumnsNoRaw + u" FROM alerts WHERE " + where.whereSql()
                                            + u") a ON a.rid = h.alert_rid ORDER BY h.update_time DESC, "
                                              u"h.alert_rid DESC, h.seq DESC LIMIT ? OFFSET ?");
        s.bindAll(where.binds);
        bindLimit(s, static_cast<int>(where.binds.size()) + 1, limit);
        s.bind(static_cast<int>(where.binds.size()) + 2, static_cast<qint64>(offset));
        QList<HistoryRow> result;
        while (s.next()) {
            HistoryRow row{AlertRow::readHistory(s, 0), {}};
            row.alert = AlertRow::readAlertAt(s, 10);
            result.append(std::move(row));
        }
        return result;
    }

    QList<GroupedCount> grouped(Grouping grouping, const SqlFragment &where) override
    {
        QString key;
        QString from = u"(SELECT * FROM alerts WHERE " + where.whereSql() + u") a";
        switch (grouping) {
        case Grouping::Environment:
            key = QStringLiteral("''");
            break;
        case Grouping::Service:
            key = QStringLiteral("j.value");
            from += u", " + m_dialect.arrayElements(QStringLiteral("a.service"), QStringLiteral("j"));
            break;
        case Grouping::Group:
            key = QStringLiteral("a.\"group\"");
            break;
        case Grouping::Tag:
            key = QStringLiteral("j.value");
            from += u", " + m_dialect.arrayElements(QStringLiteral("a.tags"), QStringLiteral("j"));
            break;
        }
        Statement s = m_db.prepareTransient(u"SELECT a.environment, " + key + u", a.severity, a.status, COUNT(*) FROM "
                                            + from + u" GROUP BY 1, 2, 3, 4 ORDER BY 1, 2");
        s.bindAll(where.binds);
        QList<GroupedCount> result;
        while (s.next()) {
            const QString environment = s.text(0);
            const QString k = s.text(1);
            if (result.isEmpty() || result.last().environment != environment || result.last().key != k)
                result.append({environment, k, 0, {}});
            GroupedCount &g = result.last();
            g.count += s.integer(4);
            g.buckets.append({s.text(2), s.text(3), s.integer(4)});
        }
        return result;
    }

    QList<TopRow> top(TopKind kind, const QString &groupColumn, const SqlFragment &where, int limit) override
    {
        // Aggregated here rather than in SQL so that the same code serves every SQL dialect; top-N reports are
        // occasional, unlike the alert list.
        QString measure;
        switch (kind) {
        case TopKind::Count:
            measure = QStringLiteral("1");
            break;
        case TopKind::Flapping:
            measure = QStringLiteral(
                "(SELECT COUNT(*) FROM history h WHERE h.alert_rid = alerts.rid AND h.type = 'severity')");
            break;
        case TopKind::Standing:
            measure = QStringLiteral("(last_receive_time - create_time)");
            break;
        }
        Statement s =
            m_db.prepareTransient(u"SELECT " + groupColumn + u", id, resource, environment, service, duplicate_count, "
                                  + measure + u" FROM alerts WHERE " + where.whereSql() + u" ORDER BY rid");
        s.bindAll(where.binds);
        QMap<QString, TopRow> rows;
        QHash<QString, qint64> score;
        while (s.next()) {
            // Upstream unnests `service`, so alerts without a service drop out of every top-N report.
            const QStringList services = SqlValues::stringList(s.utf8(4));
            if (services.isEmpty())
                continue;
            const QString value = s.text(0);
            TopRow &row = rows[value];
            row.value = value;
            // Flapping counts severity changes; the other reports count alerts.
            row.count += kind == TopKind::Flapping ? s.integer(6) : 1;
            row.duplicateCount += s.integer(5);
            const QString environment = s.text(3);
            if (!row.environments.contains(environment))
                row.environments.append(environment);
            for (const QString &service : services) {
                if (!row.services.contains(service))
                    row.services.append(service);
            }
            row.resources.append({s.text(1), s.text(2)});
            score[value] += s.integer(6);
        }
        QList<TopRow> result = rows.values();
        std::stable_sort(result.begin(), result.end(), [&score](const TopRow &a, const TopRow &b) {
            return score.value(a.value) > score.value(b.value);
        });
        if (kind == TopKind::Flapping) {
            // A group whose alerts never changed severity is not flapping.
            result.erase(std::remove_if(result.begin(),
                                        result.end(),
                                        [&score](const TopRow &r) { return score.value(r.value) == 0; }),
                         result.end());
        }
        if (result.size() > limit)
            result.resize(limit);
        return result;
    }

    std::optional<StoredAlert> findByRowId(qint64 rowId, int historyLimit) override
    {
        Statement s = m_db.prepare(u"SELECT " + AlertColumns + u" FROM alerts WHERE rid = ?" + m_options.rowLock);
        s.bind(1, rowId);
        if (!s.next())
            return std::nullopt;
        StoredAlert row = StoredAlert{s.integer(0), 0, AlertRow::readAlertAt(s, 0)};
        s.reset();
        loadHistory(row, historyLimit);
        return row;
    }

    QList<qint64> expiringRows(Timestamp now, qint64 defaultTimeout, std::optional<qint64> onlyRow) override
    {
        // No index covers the alert's own timeout, so this reads every alert (about 30 ms over 100,000 alerts on
        // the development machine), but no history.
        Statement s = m_db.prepare(u"SELECT rid FROM alerts WHERE status <> ?1 AND COALESCE(timeout, ?2) <> 0 "
                                   u"AND last_receive_time + COALESCE(timeout, ?2) * 1000 < ?3"
                                   + QString::fromLatin1(onlyRow ? " AND rid = ?4" : " ORDER BY rid"));
        s.bind(1, AlertStatus::Expired).bind(2, defaultTimeout).bind(3, now);
        if (onlyRow)
            s.bind(4, *onlyRow);
        return rowIds(s);
    }

    QList<qint64> timedOutRows(const QString &status,
                               const QString &entryType,
                               Timestamp now,
                               std::optional<qint64> onlyRow) override
    {
        // alerts_status narrows this to the alerts in `status`; only their newest matching entry is looked at,
        // through the history primary key.
        Statement s =
            m_db.prepare(u"SELECT rid FROM (SELECT a.rid, a.update_time, (SELECT h.timeout FROM history h "
                         u"WHERE h.alert_rid = a.rid AND h.type = ?2 AND h.status = ?1 ORDER BY h.seq DESC LIMIT 1) "
                         u"AS timeout FROM alerts a WHERE a.status = ?1"
                         + QString::fromLatin1(onlyRow ? " AND a.rid = ?4" : "")
                         + u") t WHERE COALESCE(timeout, 0) <> 0 AND update_time + timeout * 1000 < ?3 ORDER BY rid");
        s.bind(1, status).bind(2, entryType).bind(3, now);
        if (onlyRow)
            s.bind(4, *onlyRow);
        return rowIds(s);
    }

    std::optional<Heartbeat> findHeartbeat(const QString &prefix, const SqlFragment &restriction) override
    {
        if (prefix.isEmpty())
            return std::nullopt;
        SqlFragment where = QuerySql::startsWithIgnoringCase(m_dialect, QStringLiteral("id"), prefix);
        where.andWith(restriction);
        // An exact id wins over heartbeats that merely start with it, as for alerts.
        Statement s = m_db.prepare(u"SELECT " + HeartbeatColumns + u" FROM heartbeats WHERE " + where.sql
                                   + u" ORDER BY lower(id) = ? DESC, " + m_dialect.insertionOrder() + u" LIMIT 1");
        s.bindAll(where.binds);
        s.bind(static_cast<int>(where.binds.size()) + 1, prefix.toLower());
        if (!s.next())
            return std::nullopt;
        Heartbeat h = AlertRow::readHeartbeat(s);
        s.reset();
        return h;
    }

    QList<Heartbeat> selectHeartbeats(const HeartbeatSelection &sel) override
    {
        Statement s = m_db.prepareTransient(u"SELECT " + HeartbeatColumns + u" FROM " + heartbeatsWithComputed()
                                            + u" WHERE " + sel.where.whereSql() + u" ORDER BY "
                                            + (sel.orderBy.isEmpty() ? QStringLiteral("rid") : sel.orderBy + u", rid")
                                            + u" LIMIT ? OFFSET ?");
        int i = 1;
        s.bind(i++, sel.now);
        s.bindAll(sel.where.binds, i);
        i += static_cast<int>(sel.where.binds.size());
        bindLimit(s, i++, sel.limit);
        s.bind(i++, static_cast<qint64>(sel.offset));
        QList<Heartbeat> result;
        while (s.next())
            result.append(AlertRow::readHeartbeat(s));
        return result;
    }

    qint64 countHeartbeats(const HeartbeatSelection &sel) override
    {
        Statement s = m_db.prepareTransient(u"SELECT COUNT(*) FROM " + heartbeatsWithComputed() + u" WHERE "
                                            + sel.where.whereSql());
        s.bind(1, sel.now);
        s.bindAll(sel.where.binds, 2);
        return s.next() ? s.integer(0) : 0;
    }

    // AlertTransaction
    std::optional<StoredAlert> findByKey(const QString &environment,
                                         const QString &resource,
                                         const QString &event,
                                         const QString &customer) override
    {
        lockKey(environment, resource, customer);
        if (m_options.rowCache) {
            if (std::optional<StoredAlert> kept = m_options.rowCache->find(environment, resource, event, customer))
                return kept;
        }
        // Built once per store type: only writers call this, and a store's writers all share one set of options.
        static const QString sql = u"SELECT " + AlertColumns
            + u" FROM alerts WHERE environment = ? AND resource = ? AND event = ? AND " + sameCustomer()
            + m_options.rowLock;
        Statement s = m_db.prepare(sql);
        s.bind(1, environment).bind(2, resource).bind(3, event);
        bindSameCustomer(s, 4, customer);
        return loadOne(s);
    }

    std::optional<StoredAlert> findCorrelated(const QString &environment,
                                              const QString &resource,
                                              const QString &event,
                                              const QString &customer) override
    {
        lockKey(environment, resource, customer);
        static const QString sql = u"SELECT " + AlertColumns
            + u" FROM alerts WHERE environment = ? AND resource = ? AND " + sameCustomer()
            + u" AND event <> ? AND EXISTS (SELECT 1 FROM "
            + m_dialect.arrayElements(QStringLiteral("alerts.correlate"), QStringLiteral("c"))
            + u" WHERE c.value = ?) ORDER BY rid LIMIT 1" + m_options.rowLock;
        Statement s = m_db.prepare(sql);
        s.bind(1, environment).bind(2, resource);
        bindSameCustomer(s, 3, customer);
        s.bind(5, event).bind(6, event);
        return loadOne(s);
    }

    std::optional<StoredAlert> insert(const Alert &alert) override
    {
        Statement s = m_db.prepare(u"INSERT INTO alerts (" + AlertColumns.mid(5)
                                   + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                     u"?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING rid");
        AlertRow::bindAlert(s, alert, 1);
        if (!s.next()) {
            s.reset();
            return std::nullopt; // the id is taken: nothing was written
        }
        ++m_writes;
        StoredAlert row{s.integer(0), 0, alert};
        s.reset();
        row.alert.history.clear();
        for (auto it = alert.history.crbegin(); it != alert.history.crend(); ++it)
            prependHistory(row, *it, std::numeric_limits<int>::max());
        if (m_options.rowCache)
            m_options.rowCache->remember(row);
        return row;
    }

    void update(const StoredAlert &row, const Alert &after) override
    {
        ++m_writes;
        // Only the columns whose values change: SQLite then skips the indexes and the triggers on the others (a
        // duplicate keeps its severity and status, so neither the count trigger nor its statement journal run),
        // and nothing converts the unchanged lists and attributes to JSON. A handful of column sets occur, so the
        // statements stay few in the connection's cache.
        const AlertRow::ColumnSet changed = AlertRow::changedColumns(row.alert, after);
        if (changed != 0) {
            Statement s = m_db.prepare(AlertRow::updateSql(changed));
            s.bind(AlertRow::bindChanged(s, changed, after), row.rowId);
            s.execDeferred(); // nothing reads its outcome: PostgreSQL sends it with the next statement
        }
        if (m_options.rowCache)
            m_options.rowCache->updated(row.rowId, after);
    }

    QList<HistoryEntry> alertHistory(qint64 rowId, int limit) override
    {
        StoredAlert row{rowId, 0, {}};
        loadHistory(row, limit);
        return row.alert.history;
    }

    QList<HistoryEntry> historyUpTo(qint64 rowId, const QString &alertId, qint64 upToSeq, int limit) override
    {
        Statement s = m_db.prepare(u"SELECT " + HistoryColumns
                                   + u" FROM history WHERE alert_rid = ? AND seq <= ? AND EXISTS (SELECT 1 FROM alerts "
                                     u"WHERE rid = ? AND id = ?) ORDER BY seq DESC LIMIT ?");
        s.bind(1, rowId).bind(2, upToSeq).bind(3, rowId).bind(4, alertId);
        bindLimit(s, 5, limit);
        QList<HistoryEntry> result;
        while (s.next())
            result.append(AlertRow::readHistory(s, 0));
        return result;
    }

    void prependHistory(StoredAlert &row, const HistoryEntry &entry, int limit) override
    {
        ++m_writes;
        const qint64 seq = row.newestSeq + 1;
        Statement s = m_db.prepare(u"INSERT INTO history (alert_rid, seq, " + HistoryColumns
                                   + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        s.bind(1, row.rowId).bind(2, seq);
        AlertRow::bindHistory(s, entry, 3);
        s.execDeferred();
        row.newestSeq = seq;
        row.alert.history.prepend(entry);
        if (seq > limit) {
            Statement trim = m_db.prepare(QStringLiteral("DELETE FROM history WHERE alert_rid = ? AND seq <= ?"));
            trim.bind(1, row.rowId).bind(2, seq - limit);
            trim.execDeferred();
            if (row.alert.history.size() > limit)
                row.alert.history.resize(limit);
        }
        if (m_options.rowCache)
            m_options.rowCache->historyPrepended(row.rowId, entry, seq, limit);
    }

    void remove(const StoredAlert &row) override
    {
        ++m_writes;
        m_db.prepare(QStringLiteral("DELETE FROM history WHERE alert_rid = ?")).bind(1, row.rowId).exec();
        m_db.prepare(QStringLiteral("DELETE FROM notes WHERE alert = ?")).bind(1, row.alert.id).exec();
        m_db.prepare(QStringLiteral("DELETE FROM alerts WHERE rid = ?")).bind(1, row.rowId).exec();
        if (m_options.rowCache)
            m_options.rowCache->removed(row.rowId);
    }

    QStringList removeWhere(const SqlFragment &where) override
    {
        ++m_writes;
        if (m_options.rowCache)
            m_options.rowCache->clear(); // rare (housekeeping, bulk deletes): cheaper to reload than to pick
        // The alerts first, then the history and notes of exactly those: on a shared database another instance may
        // change a matching alert meanwhile (receive it again, reopening it), and PostgreSQL then re-checks the
        // filter on the row it waited for; history deleted by the filter beforehand would be gone from a live alert.
        Statement alerts =
            m_db.prepareTransient(u"DELETE FROM alerts WHERE " + where.whereSql() + u" RETURNING rid, id");
        alerts.bindAll(where.binds);
        QVariantList rowIds;
        QStringList ids;
        while (alerts.next()) {
            rowIds.append(alerts.integer(0));
            ids.append(alerts.text(1));
        }
        // In slices, within every engine's limit on bound values.
        constexpr qsizetype Slice = 500;
        for (qsizetype at = 0; at < rowIds.size(); at += Slice) {
            const SqlFragment rows =
                SqlFragment::in(SqlFragment{QStringLiteral("alert_rid"), {}}, rowIds.mid(at, Slice));
            Statement history = m_db.prepareTransient(u"DELETE FROM history WHERE " + rows.sql);
            history.bindAll(rows.binds);
            history.exec();
            const SqlFragment alertIds = SqlFragment::in(QStringLiteral("alert"), ids.mid(at, Slice));
            Statement notes = m_db.prepareTransient(u"DELETE FROM notes WHERE " + alertIds.sql);
            notes.bindAll(alertIds.binds);
            notes.exec();
        }
        return ids;
    }

    void insertNote(const Note &n) override
    {
        ++m_writes;
        Statement s = m_db.prepare(u"INSERT INTO notes (" + NoteColumns + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        AlertRow::bindNote(s, n);
        s.exec();
    }

    void updateNote(const Note &n) override
    {
        ++m_writes;
        Statement s = m_db.prepare(QStringLiteral(
            "UPDATE notes SET id = ?, text = ?, \"user\" = ?, attributes = ?, type = ?, create_time = ?, "
            "update_time = ?, alert = ?, customer = ? WHERE id = ?"));
        AlertRow::bindNote(s, n);
        s.bind(10, n.id);
        s.exec();
    }

    void removeNote(const QString &noteId) override
    {
        ++m_writes;
        m_db.prepare(QStringLiteral("DELETE FROM notes WHERE id = ?")).bind(1, noteId).exec();
    }

    std::optional<Heartbeat> upsertHeartbeat(const Heartbeat &h) override
    {
        static const QString idOfAnother =
            u"SELECT 1 FROM heartbeats WHERE id = ? AND NOT (origin = ? AND " + sameCustomer() + u")";
        Statement taken = m_db.prepare(idOfAnother);
        taken.bind(1, h.id).bind(2, h.origin);
        bindSameCustomer(taken, 3, h.customer);
        const bool idOfAnotherHeartbeat = taken.next();
        taken.reset();
        if (idOfAnotherHeartbeat)
            return std::nullopt;
        ++m_writes;
        // The conflict target is the unique index on (origin, customer with NULL as ''); the row keeps its id.
        Statement s = m_db.prepare(
            u"INSERT INTO heartbeats (" + HeartbeatColumns
            + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (origin, "
            + m_dialect.nullAsEmpty(QStringLiteral("customer"))
            + u") DO UPDATE SET "
              u"tags = excluded.tags, attributes = excluded.attributes, create_time = excluded.create_time, "
              u"timeout = excluded.timeout, receive_time = excluded.receive_time RETURNING "
            + HeartbeatColumns);
        s.bind(1, h.id).bind(2, h.origin).bind(3, SqlValues::jsonText(h.tags)).bind(4, h.type).bind(5, h.createTime);
        s.bind(6, h.timeout).bind(7, h.receiveTime).bind(8, h.customer).bind(9, SqlValues::jsonText(h.attributes));
        Heartbeat stored = h;
        if (s.next())
            stored = AlertRow::readHeartbeat(s);
        s.reset(); // the upsert is done by the first step; RETURNING yields one row
        stored.maxLatency = h.maxLatency;
        return stored;
    }

    void removeHeartbeat(const QString &id) override
    {
        ++m_writes;
        m_db.prepare(QStringLiteral("DELETE FROM heartbeats WHERE id = ?")).bind(1, id).exec();
    }

private:
    // The customer condition of the match key, in the form the unique index on it can serve.
    QString sameCustomer() const
    {
        return m_dialect.nullAsEmpty(QStringLiteral("customer")) + u" = ? AND customer " + m_dialect.isSameAs() + u" ?";
    }

    // The two values sameCustomer() asks for, from parameter `index` on.
    static void bindSameCustomer(Statement &s, int index, const QString &customer)
    {
        s.bind(index, customer.isNull() ? QStringLiteral("") : customer).bind(index + 1, customer);
    }

    // Serialises writers that could create or correlate the same alert: the row lock alone cannot, because the
    // row may not exist yet. Locks last until the transaction ends, so each key is locked once per transaction.
    void lockKey(const QString &environment, const QString &resource, const QString &customer)
    {
        if (m_options.keyLock.isEmpty())
            return;
        QString key = AlertStore::alertLockKey(environment, resource, customer);
        if (m_heldKeys.contains(key))
            return;
        Statement s = m_db.prepare(m_options.keyLock);
        s.bind(1, key);
        s.exec();
        m_heldKeys.insert(std::move(key));
    }

    void bindLimit(Statement &s, int index, int limit)
    {
        if (limit < 0)
            s.bind(index, m_dialect.noLimit());
        else
            s.bind(index, static_cast<qint64>(limit));
    }

    QString heartbeatsWithComputed() const
    {
        // `now` is bound first.
        return u"(SELECT " + m_dialect.insertionOrder() + u" AS rid, " + HeartbeatColumns
            + u", receive_time - create_time AS latency, (? - receive_time) / 1000 AS since FROM heartbeats) hb";
    }

    static QList<qint64> rowIds(Statement &s)
    {
        QList<qint64> ids;
        while (s.next())
            ids.append(s.integer(0));
        return ids;
    }

    std::optional<StoredAlert> loadOne(Statement &s)
    {
        if (!s.next())
            return std::nullopt;
        StoredAlert row = StoredAlert{s.integer(0), 0, AlertRow::readAlertAt(s, 0)};
        s.reset();
        loadHistory(row, m_options.lookUpHistory);
        if (m_options.rowCache)
            m_options.rowCache->remember(row);
        return row;
    }

    void loadHistory(StoredAlert &row, int limit)
    {
        Statement s = m_db.prepare(u"SELECT seq, " + HistoryColumns
                                   + u" FROM history WHERE alert_rid = ? ORDER BY seq DESC LIMIT ?");
        s.bind(1, row.rowId);
        bindLimit(s, 2, limit);
        row.alert.history.clear();
        bool first = true;
        while (s.next()) {
            if (first) {
                row.newestSeq = s.integer(0);
                first = false;
            }
            row.alert.history.append(AlertRow::readHistory(s, 1));
        }
        if (first)
            row.newestSeq = newestSeq(row.rowId);
    }

    qint64 newestSeq(qint64 rowId)
    {
        return m_db.scalar(QStringLiteral("SELECT MAX(seq) FROM history WHERE alert_rid = ?"), {rowId}).toLongLong();
    }

    Db &m_db;
    SqlSession &m_session;
    const SqlDialect &m_dialect;
    const SqlAlertAccessOptions &m_options;
    QSet<QString> m_heldKeys;
    qint64 m_writes = 0;
};
