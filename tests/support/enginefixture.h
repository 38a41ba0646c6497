// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alertengine.h"
#include "core/clock.h"
#include "core/engineconfig.h"
#include "tests/support/teststore.h"

#include <QTemporaryDir>
#include <QUuid>

#include <memory>

/// A fresh engine over its own store for one test function: a store location of its own (a SQLite file in a
/// QTemporaryDir, or a PostgreSQL schema, see TestStore), a ManualClock and an AlertEngine. Build one per test so
/// that tests never share state. reopen() closes the store and opens the same location again, for durability tests.
class EngineFixture
{
public:
    /// 2024-05-01T09:30:00.000Z, the spec's example time.
    static constexpr Timestamp Start = 1714555800000;

    explicit EngineFixture(EngineConfig config = defaultConfig())
        : clock(std::make_shared<ManualClock>(Start))
        , m_config(std::move(config))
        , m_location(TestStore::freshLocation(dir))
    {
        reopen();
    }

    /// Engine defaults with a fixed origin, so that nothing depends on the host name.
    static EngineConfig defaultConfig()
    {
        EngineConfig config;
        config.defaultOrigin = QStringLiteral("test/host");
        return config;
    }

    /// The SQLite file (SQLite-only tests) or the PostgreSQL URL of the store.
    QString databasePath() const { return m_location; }

    /// Destroys the engine and the store (draining queued writes) and opens both again on the same file.
    void reopen()
    {
        engine.reset();
        store.reset();
        store = StoreFactory::open(m_location);
        engine = std::make_unique<AlertEngine>(store, m_config, clock);
    }

    /// A validated incoming alert with the spec §1.1 defaults filled in, as the parser would hand it to the engine.
    Alert makeAlert(const QString &resource, const QString &event, const QString &severity) const
    {
        Alert a;
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.resource = resource;
        a.event = event;
        a.environment = QStringLiteral("Production");
        a.severity = severity;
        a.status = QStringLiteral("open");
        a.service = QStringList{QStringLiteral("Web")};
        a.group = QStringLiteral("Misc");
        a.value = QStringLiteral("n/a");
        a.text = QStringLiteral("%1 on %2").arg(event, resource);
        a.origin = QStringLiteral("test/host");
        a.type = QStringLiteral("exceptionAlert");
        a.createTime = clock->now();
        a.timeout = 86400;
        return a;
    }

    /// Number of alerts in the store, read straight from it (not through the query engine).
    qsizetype alertCount() const
    {
        qsizetype count = 0;
        store->read([&count](AlertReader &reader) {
            AlertSelection all;
            all.limit = -1; // no limit
            count = reader.select(all).size();
        });
        return count;
    }

    /// Drives the alert `base` (already stored) through `steps`, one second apart. A step is one of
    /// - an action name (`ack`, `shelve`, `close`, `expired`, ...), applied with engine->action();
    /// - `recv <severity> [<status>] [value=<v>] [timeout=<s>]`: a new submission of `base` with those fields;
    /// - `note <text>`: engine->addNote().
    /// Returns an empty string, or what failed.
    QString applySteps(const Alert &base, const QStringList &steps, const Caller &caller = {})
    {
        for (const QString &step : steps) {
            clock->advanceSeconds(1);
            const QStringList words = step.split(u' ', Qt::SkipEmptyParts);
            const QString verb = words.value(0);
            if (verb == QLatin1StringView("recv")) {
                Alert again = base;
                again.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                again.severity = words.value(1);
                again.status = QStringLiteral("open");
                again.createTime = clock->now();
                for (const QString &word : words.mid(2)) {
                    if (word.startsWith(QLatin1StringView("value=")))
                        again.value = word.mid(6);
                    else if (word.startsWith(QLatin1StringView("timeout=")))
                        again.timeout = word.mid(8).toLongLong();
                    else
                        again.status = word;
                }
                const Result<ReceiveResult> r = engine->receive(again, caller);
                if (!r)
                    return step + QStringLiteral(": ") + r.error().message;
            } else if (verb == QLatin1StringView("note")) {
                const Result<Note> r = engine->addNote(base.id, words.mid(1).join(u' '), caller);
                if (!r)
                    return step + QStringLiteral(": ") + r.error().message;
            } else {
                const VoidResult s = engine->action(base.id, step, {}, {}, caller);
                if (!s)
                    return step + QStringLiteral(": ") + s.error().message;
            }
        }
        return {};
    }

    QTemporaryDir dir;
    std::shared_ptr<ManualClock> clock;
    std::shared_ptr<AlertStore> store;
    std::unique_ptr<AlertEngine> engine;

private:
    EngineConfig m_config;
    QString m_location;
};
