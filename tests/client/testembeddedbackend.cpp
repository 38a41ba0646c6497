// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QSignalSpy>
#include <QTest>

#include "core/client/embeddedbackend.h"
#include "tests/support/backendmirror.h"
#include "tests/support/enginefixture.h"
#include "tests/support/testtext.h"

// EmbeddedBackend over a real engine and store: the list, its live changes under a filter, commands.

class TestEmbeddedBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldDeliverTheListThenItsChanges();
    void shouldFoldChangesOfOneBatch();
    void shouldFollowTheFilter();
    void shouldReportCommandFailuresPerAlert();
    void shouldCountAndListWhatMatches();
};

void TestEmbeddedBackend::shouldDeliverTheListThenItsChanges()
{
    // Given: an engine with two alerts and a backend acting as "alice"
    EngineFixture f;
    const QString web01 = f.engine->receive(f.makeAlert(qs("web01"), qs("HighLoad"), qs("major")))->alert.id;
    const QString web02 = f.engine->receive(f.makeAlert(qs("web02"), qs("HighLoad"), qs("minor")))->alert.id;
    EmbeddedBackend backend(*f.engine, ServerAlarmModel::alertaDefault(), Caller::internal(qs("alice")));
    backend.setBatchInterval(std::chrono::milliseconds(5));
    BackendMirror mirror(backend);

    // When: it starts
    backend.start();
    // Then: the list arrives once, and the backend is live
    QTRY_COMPARE(backend.state(), AlertBackend::State::Live);
    QCOMPARE(mirror.resets, 1);
    QCOMPARE(mirror.shown.size(), 2);
    QVERIFY(backend.syncedAt().isValid());

    // When: an alert arrives, and this console closes another
    const QString web03 = f.engine->receive(f.makeAlert(qs("web03"), qs("HighLoad"), qs("critical")))->alert.id;
    auto closed = backend.run(AlertCommand::act(qs("close"), qs("fixed")), {web01});
    QTRY_VERIFY(closed.isFinished());
    QCOMPARE(closed.result()->succeeded, QStringList{web01});

    // Then: the new one is added and the closed one leaves the default view (open + ack), without a reset
    QTRY_VERIFY(mirror.shown.contains(web03) && !mirror.shown.contains(web01));
    QVERIFY(mirror.shown.contains(web02));
    QCOMPARE(mirror.resets, 1);
    // And: the engine recorded who did it
    const Alert stored = f.engine->alert(web01).value();
    QCOMPARE(stored.status, qs("closed"));
    QCOMPARE(stored.history.first().user, qs("alice"));
    QCOMPARE(stored.history.first().text, qs("fixed"));
}

void TestEmbeddedBackend::shouldFoldChangesOfOneBatch()
{
    // Given: a live backend with a long batch interval
    EngineFixture f;
    EmbeddedBackend backend(*f.engine, ServerAlarmModel::alertaDefault(), Caller::internal());
    backend.setBatchInterval(std::chrono::milliseconds(200));
    BackendMirror mirror(backend);
    backend.start();
    QTRY_COMPARE(backend.state(), AlertBackend::State::Live);

    // When: fifty changes happen within the interval, ten of them duplicates of one alert
    for (int i = 0; i < 40; ++i)
        f.engine->receive(f.makeAlert(u"host" + QString::number(i), qs("Down"), qs("major")));
    for (int i = 0; i < 10; ++i)
        f.engine->receive(f.makeAlert(qs("host0"), qs("Down"), qs("major")));

    // Then: they come as one batch with each alert once, at its latest state
    QTRY_COMPARE(mirror.shown.size(), 40);
    QCOMPARE(mirror.batches, QList<qsizetype>{40});
    const auto host0 = std::find_if(mirror.shown.cbegin(), mirror.shown.cend(), [](const Alert &a) {
        return a.resource == qs("host0");
    });
    QCOMPARE(host0->duplicateCount, 10);
}

void TestEmbeddedBackend::shouldFollowTheFilter()
{
    // Given: a critical and a major alert, and a backend filtered on critical
    EngineFixture f;
    const QString db01 = f.engine->receive(f.makeAlert(qs("db01"), qs("Down"), qs("critical")))->alert.id;
    f.engine->receive(f.makeAlert(qs("db02"), qs("Down"), qs("major")));
    EmbeddedBackend backend(*f.engine, ServerAlarmModel::alertaDefault(), Caller::internal());
    backend.setBatchInterval(std::chrono::milliseconds(5));
    BackendMirror mirror(backend);
    AlertFilter critical;
    critical.severities = {qs("critical")};
    backend.setFilter(critical);
    backend.start();
    QTRY_COMPARE(mirror.resets, 1);
    QCOMPARE(mirror.shown.keys(), QStringList{db01});

    // When: another major alert arrives, and db01 turns major
    f.engine->receive(f.makeAlert(qs("db03"), qs("Down"), qs("major")));
    f.engine->receive(f.makeAlert(qs("db01"), qs("Down"), qs("major")));
    // Then: neither matches: db01 leaves the list, db03 never enters it
    QTRY_VERIFY(mirror.shown.isEmpty());

    // When: the filter changes to major
    AlertFilter major;
    major.severities = {qs("major")};
    backend.setFilter(major);
    // Then: a new list with the three majors
    QTRY_COMPARE(mirror.resets, 2);
    QCOMPARE(mirror.shown.size(), 3);
}

void TestEmbeddedBackend::shouldReportCommandFailuresPerAlert()
{
    // Given: one alert
    EngineFixture f;
    const QString app01 = f.engine->receive(f.makeAlert(qs("app01"), qs("Slow"), qs("minor")))->alert.id;
    EmbeddedBackend backend(*f.engine, ServerAlarmModel::alertaDefault(), Caller::internal());

    // When: it and an unknown id are tagged
    const QString missing = qs("00000000-0000-0000-0000-000000000000");
    auto tagged = backend.run(AlertCommand::tag({qs("watch:alice")}), {missing, app01});
    QTRY_VERIFY(tagged.isFinished());

    // Then: one succeeded, one failed with the engine's error
    QCOMPARE(tagged.result()->succeeded, QStringList{app01});
    QCOMPARE(tagged.result()->failed.size(), 1);
    QCOMPARE(tagged.result()->failed.at(0).second.code, 404);
    QCOMPARE(f.engine->alert(app01)->tags, QStringList{qs("watch:alice")});

    // And: notes and the full alert come back
    auto noted = backend.run(AlertCommand::note(qs("looking")), {app01});
    QTRY_VERIFY(noted.isFinished());
    auto notes = backend.fetchNotes(app01);
    auto full = backend.fetchAlert(app01);
    QTRY_VERIFY(notes.isFinished() && full.isFinished());
    QCOMPARE(notes.result()->size(), 1);
    QCOMPARE(full.result()->resource, qs("app01"));
}

void TestEmbeddedBackend::shouldCountAndListWhatMatches()
{
    // Given: alerts in two environments
    EngineFixture f;
    QStringList production;
    for (int i = 0; i < 3; ++i)
        production.append(f.engine->receive(f.makeAlert(u"p" + QString::number(i), qs("Down"), qs("major")))->alert.id);
    Alert dev = f.makeAlert(qs("d1"), qs("Down"), qs("major"));
    dev.environment = qs("Development");
    f.engine->receive(dev);
    EmbeddedBackend backend(*f.engine, ServerAlarmModel::alertaDefault(), Caller::internal());

    // When: the console asks what "everything matching" Production means
    AlertFilter filter;
    filter.environments = {qs("Production")};
    auto count = backend.countMatching(filter);
    auto ids = backend.idsMatching(filter);
    QTRY_VERIFY(count.isFinished() && ids.isFinished());

    // Then: three, and their ids
    QCOMPARE(count.result().value(), 3);
    QStringList got = ids.result().value();
    got.sort();
    production.sort();
    QCOMPARE(got, production);
}

QTEST_GUILESS_MAIN(TestEmbeddedBackend)
#include "testembeddedbackend.moc"
