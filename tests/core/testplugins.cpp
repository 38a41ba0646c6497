// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include <stdexcept>

#include "core/blackoutservice.h"
#include "core/builtinplugins.h"
#include "core/heartbeatservice.h"
#include "core/metrics.h"
#include "core/pluginchain.h"
#include "core/receivepipeline.h"
#include "tests/support/enginefixture.h"
#include "tests/support/testtext.h"

#include <mutex>
#include <utility>

// Receive plugins (spec §3.1, §3.6-§3.9, §8): each built-in plugin on its own (remote_ip, reject, heartbeat,
// blackout, and acked_by and timeout through the engine so that their changes are stored); the PluginChain rules
// (order, first verdict wins, `blackout` alerts skip the later pre-receive, the post-receive and the take_action
// hooks but not status_change, delete veto, take_note); and the ReceivePipeline end to end with the default PLUGINS,
// its 201/202/403/400 outcomes, and the counters and timers it and the engine keep.

namespace {

template<typename T>
QString errorText(const Result<T> &r)
{
    return r.ok() ? QString() : QString::number(r.error().code) + u' ' + r.error().message;
}

/// A token that stands for "no value" (null QString) in the data tables.
const char *const Null = "<null>";

QString orNull(const QString &text)
{
    return text == QLatin1StringView(Null) ? QString() : text;
}

/// The count of the counter or timer `alerts.<name>` (0 before its first use).
qint64 metricCount(const Metrics &metrics, const char *name)
{
    for (const MetricValue &v : metrics.snapshot()) {
        if (v.group == QLatin1StringView("alerts") && v.name == QLatin1StringView(name))
            return v.count;
    }
    return 0;
}

/// The hooks called, in order, across every RecordingPlugin sharing it. Hooks run on the store's writer thread.
class CallLog
{
public:
    void add(const QString &entry)
    {
        std::lock_guard lock(m_mutex);
        m_entries.append(entry);
    }
    QString take()
    {
        std::lock_guard lock(m_mutex);
        return std::exchange(m_entries, {}).join(u',');
    }

private:
    std::mutex m_mutex;
    QStringList m_entries;
};

/// A plugin that records each hook as `<name>:<hook>[:<argument>]` and does what it is told.
class RecordingPlugin final : public AlertPlugin
{
public:
    RecordingPlugin(const char *name, CallLog &log)
        : m_name(qs(name))
        , m_log(log)
    {}

    PreReceiveVerdict verdict;  ///< what preReceive returns
    bool setsBlackout = false;  ///< preReceive sets the alert's status to `blackout`
    bool vetoesDelete = false;  ///< allowDelete says no
    bool refusesStatus = false; ///< statusChange refuses with 400
    QString notePrefix;         ///< takeNote prepends this to the text
    QString postTag;            ///< postReceive adds this tag and attribute `seen`
    bool postThrows = false;    ///< postReceive throws

    QString name() const override { return m_name; }
    PreReceiveVerdict preReceive(Alert &alert, const ReceiveContext &) override
    {
        m_log.add(m_name + u":pre");
        if (setsBlackout)
            alert.status = AlertStatus::Blackout;
        return verdict;
    }
    bool postReceive(Alert &alert, const ReceiveContext &) override
    {
        m_log.add(m_name + u":post");
        if (postThrows)
            throw std::runtime_error("post-receive broke");
        if (postTag.isEmpty())
            return false;
        alert.tags.append(postTag);
        alert.attributes.insert(QStringLiteral("seen"), m_name);
        return true;
    }
    VoidResult statusChange(Alert &, QString &status, QString &, const Caller &) override
    {
        m_log.add(m_name + u":status:" + status);
        if (refusesStatus)
            return ApiError::badRequest(QStringLiteral("status refused by ") + m_name);
        return Ok{};
    }
    VoidResult takeAction(Alert &, ActionRequest &request, const Caller &) override
    {
        m_log.add(m_name + u":action:" + request.action);
        return Ok{};
    }
    void postAction(const Alert &alert, const ActionRequest &request, const Caller &) override
    {
        m_log.add(m_name + u":posted:" + request.action + u':' + alert.status);
    }
    VoidResult takeNote(Alert &, QString &text, const Caller &) override
    {
        m_log.add(m_name + u":note");
        text = notePrefix + text;
        return Ok{};
    }
    bool allowDelete(const Alert &, const Caller &) override
    {
        m_log.add(m_name + u":delete");
        return !vetoesDelete;
    }

private:
    QString m_name;
    CallLog &m_log;
};

/// The warning BuiltInPlugins::chain() logs for PLUGINS' default, which names the federation plugin.
void expectForwarderSkipped()
{
    QTest::ignoreMessage(QtWarningMsg, R"(plugin "forwarder" is not available in this server; skipped)");
}

/// An engine over a temporary store with the heartbeat and blackout services on the same store and clock, and a
/// ReceivePipeline over the engine.
struct Server
{
    explicit Server(EngineConfig config = EngineFixture::defaultConfig())
        : f(config)
        , heartbeats(f.store, config, f.clock)
        , blackouts(f.store, config, f.clock)
        , pipeline(*f.engine)
    {}

    /// Installs the named built-in plugins.
    void usePlugins(const QStringList &names, const BuiltInPlugins::Settings &settings = {})
    {
        if (names.contains(QStringLiteral("forwarder")))
            expectForwarderSkipped();
        skipped.clear();
        f.engine->setPlugins(
            std::make_shared<PluginChain>(BuiltInPlugins::chain(names, settings, heartbeats, blackouts, &skipped)));
    }

    /// Installs recording plugins `a`, `b`, `c` in that order and returns them.
    QList<std::shared_ptr<RecordingPlugin>> useRecorders()
    {
        QList<std::shared_ptr<RecordingPlugin>> recorders{std::make_shared<RecordingPlugin>("a", log),
                                                          std::make_shared<RecordingPlugin>("b", log),
                                                          std::make_shared<RecordingPlugin>("c", log)};
        f.engine->setPlugins(
            std::make_shared<PluginChain>(QList<std::shared_ptr<AlertPlugin>>(recorders.cbegin(), recorders.cend())));
        return recorders;
    }

    /// A blackout of `environment` (and `resource` unless null) from now for an hour.
    void blackout(const QString &environment, const QString &resource = {})
    {
        Blackout b;
        b.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        b.environment = environment;
        b.resource = resource;
        b.startTime = f.clock->now();
        b.duration = 3600;
        b.endTime = b.startTime + 3600 * 1000;
        b.createTime = b.startTime;
        QVERIFY(blackouts.create(b).ok());
    }

    /// Stores `alert` through the engine (no pre-receive plugins) and returns its id.
    QString store(const Alert &alert, const Caller &caller = {})
    {
        const Result<ReceiveResult> r = f.engine->receive(alert, caller);
        if (!r)
            qFatal("receive failed: %s", qPrintable(r.error().message));
        return r->alert.id;
    }

    Alert stored(const QString &id) { return *f.engine->alert(id); }

    EngineFixture f;
    HeartbeatService heartbeats;
    BlackoutService blackouts;
    ReceivePipeline pipeline;
    QStringList skipped;
    CallLog log;
};

Caller user(const char *login)
{
    return Caller{qs(login), {}, {qs("write:alerts")}};
}

} // namespace

class TestPlugins : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRecordRemoteIp_data();
    void shouldRecordRemoteIp();
    void shouldRejectByPolicy_data();
    void shouldRejectByPolicy();
    void shouldConvertHeartbeatEvents_data();
    void shouldConvertHeartbeatEvents();
    void shouldSuppressOrMarkDuringBlackout_data();
    void shouldSuppressOrMarkDuringBlackout();
    void shouldRecordAckedByOnLoggedInAck();
    void shouldRemoveAckedBy_data();
    void shouldRemoveAckedBy();
    void shouldForceServerTimeouts_data();
    void shouldForceServerTimeouts();

    void shouldCallPreReceiveInOrderUntilVerdict_data();
    void shouldCallPreReceiveInOrderUntilVerdict();
    void shouldSkipPostReceiveForBlackout();
    void shouldSkipTakeActionButNotStatusChangeForBlackout();
    void shouldRunStatusChangeOnEveryPath();
    void shouldVetoDelete();
    void shouldLetTakeNoteChangeText();

    void shouldBuildDefaultChain();
    void shouldStoreAcceptedAlert();
    void shouldRejectAndCount();
    void shouldConvertHeartbeatWithoutStoring();
    void shouldSuppressDuringBlackoutAndCount();
    void shouldStoreBlackoutStatusWithNotificationBlackout();
    void shouldAssignCustomerBeforePlugins();
    void shouldSaveTagsAndAttributesFromPostReceive();
    void shouldAnswerAnErrorWhenAPostReceiveHookThrows();
    void shouldCountEngineTimersOnSuccessOnly();
};

void TestPlugins::shouldRecordRemoteIp_data()
{
    QTest::addColumn<QString>("forwardedFor");
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QString>("ip");
    QTest::newRow("first hop") << qs("203.0.113.7, 10.0.0.1") << qs("127.0.0.1") << qs("203.0.113.7");
    QTest::newRow("spaces and commas") << qs("  203.0.113.7  ,10.0.0.1 , 10.0.0.2") << qs("127.0.0.1")
                                       << qs("203.0.113.7");
    QTest::newRow("one hop, no peer") << qs("198.51.100.2") << QString() << qs("198.51.100.2");
    QTest::newRow("peer fallback") << QString() << qs("192.0.2.1") << qs("192.0.2.1");
    QTest::newRow("blank header, peer") << qs("   ") << qs("192.0.2.1") << qs("192.0.2.1");
    QTest::newRow("in-process") << QString() << QString() << qs(Null);
}

void TestPlugins::shouldRecordRemoteIp()
{
    QFETCH(QString, forwardedFor);
    QFETCH(QString, peer);
    QFETCH(QString, ip);
    // Given: an alert with an attribute of its own, received with these addresses
    EngineFixture f;
    Alert alert = f.makeAlert(qs("web01"), qs("down"), qs("major"));
    alert.attributes.insert(QStringLiteral("region"), QStringLiteral("eu"));
    RemoteIpPlugin plugin;
    // When: remote_ip sees it
    const PreReceiveVerdict verdict = plugin.preReceive(alert, ReceiveContext{Caller{}, peer, forwardedFor});
    // Then: it continues with `ip` set (or absent) and the other attributes kept
    QCOMPARE(verdict.kind, PreReceiveVerdict::Kind::Continue);
    QCOMPARE(alert.attributes.value(QStringLiteral("region")).toString(), qs("eu"));
    if (orNull(ip).isNull())
        QVERIFY(!alert.attributes.contains(QStringLiteral("ip")));
    else
        QCOMPARE(alert.attributes.value(QStringLiteral("ip")).toString(), ip);
}

void TestPlugins::shouldRejectByPolicy_data()
{
    QTest::addColumn<QStringList>("blacklist");
    QTest::addColumn<QStringList>("allowed");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QStringList>("service");
    QTest::addColumn<QString>("message"); // empty = continue
    const QStringList defaults = BuiltInPlugins::Settings().allowedEnvironments;
    const QString envMessage = qs("[POLICY] Alert environment does not match one of Production, Development");
    const QStringList web = qsl({"Web"});
    QTest::newRow("allowed") << QStringList() << defaults << qs("foobar") << qs("Production") << web << QString();
    QTest::newRow("blacklisted prefix") << qsl({"foo"}) << defaults << qs("foobar") << qs("Production") << web
                                        << qs("[POLICY] Alert origin 'foobar' has been blacklisted");
    QTest::newRow("not at start") << qsl({"foo"}) << defaults << qs("barfoo") << qs("Production") << web << QString();
    QTest::newRow("regex") << qsl({"nag.*/web"}) << defaults << qs("nagios3/web01") << qs("Production") << web
                           << qs("[POLICY] Alert origin 'nagios3/web01' has been blacklisted");
    QTest::newRow("second entry") << qsl({"x", "^ba"}) << defaults << qs("barfoo") << qs("Production") << web
                                  << qs("[POLICY] Alert origin 'barfoo' has been blacklisted");
    QTest::newRow("end anchor is the pattern's")
        << qsl({"bar$"}) << defaults << qs("foobar") << qs("Production") << web << QString();
    QTest::newRow("environment prefix only") << QStringList() << defaults << qs("o") << qs("Prod") << web << envMessage;
    QTest::newRow("environment longer") << QStringList() << defaults << qs("o") << qs("Production2") << web
                                        << envMessage;
    QTest::newRow("environment case") << QStringList() << defaults << qs("o") << qs("production") << web << envMessage;
    QTest::newRow("environment regex") << QStringList() << qsl({"Prod.*", "Dev"}) << qs("o") << qs("Production-eu")
                                       << web << QString();
    QTest::newRow("environment regex full match")
        << QStringList() << qsl({"Prod.*", "Dev"}) << qs("o") << qs("Development") << web
        << qs("[POLICY] Alert environment does not match one of Prod.*, Dev");
    QTest::newRow("no service") << QStringList() << defaults << qs("o") << qs("Development") << QStringList()
                                << qs("[POLICY] Alert must define a service");
    QTest::newRow("origin first") << qsl({"o"}) << defaults << qs("o") << qs("Staging") << QStringList()
                                  << qs("[POLICY] Alert origin 'o' has been blacklisted");
    QTest::newRow("environment second") << qsl({"x"}) << defaults << qs("o") << qs("Staging") << QStringList()
                                        << envMessage;
}

void TestPlugins::shouldRejectByPolicy()
{
    QFETCH(QStringList, blacklist);
    QFETCH(QStringList, allowed);
    QFETCH(QString, origin);
    QFETCH(QString, environment);
    QFETCH(QStringList, service);
    QFETCH(QString, message);
    // Given: the reject plugin with ORIGIN_BLACKLIST and ALLOWED_ENVIRONMENTS, and an alert
    EngineFixture f;
    Alert alert = f.makeAlert(qs("web01"), qs("down"), qs("major"));
    alert.origin = origin;
    alert.environment = environment;
    alert.service = service;
    RejectPlugin plugin(blacklist, allowed);
    // When: it sees the alert
    const PreReceiveVerdict verdict = plugin.preReceive(alert, {});
    // Then: continue, or 403 with the first failing rule's exact message
    if (message.isEmpty()) {
        QCOMPARE(verdict.kind, PreReceiveVerdict::Kind::Continue);
    } else {
        QCOMPARE(verdict.kind, PreReceiveVerdict::Kind::Rejected);
        QCOMPARE(verdict.message, message);
    }
}

void TestPlugins::shouldConvertHeartbeatEvents_data()
{
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QString>("event");
    QTest::addColumn<bool>("converted");
    const QStringList defaults = BuiltInPlugins::Settings().heartbeatEvents;
    QTest::newRow("default Heartbeat") << defaults << qs("Heartbeat") << true;
    QTest::newRow("case matters") << defaults << qs("heartbeat") << false;
    QTest::newRow("other event") << defaults << qs("down") << false;
    QTest::newRow("custom list") << qsl({"Ping", "Alive"}) << qs("Alive") << true;
    QTest::newRow("default not in custom list") << qsl({"Ping", "Alive"}) << qs("Heartbeat") << false;
}

void TestPlugins::shouldConvertHeartbeatEvents()
{
    QFETCH(QStringList, events);
    QFETCH(QString, event);
    QFETCH(bool, converted);
    // Given: the heartbeat plugin over the store, and an alert of customer acme
    Server s;
    HeartbeatPlugin plugin(s.heartbeats, events);
    Alert alert = s.f.makeAlert(qs("web01"), event, qs("major"));
    alert.customer = qs("acme");
    alert.origin = qs("agent/web01");
    // When: it sees the alert
    const PreReceiveVerdict verdict = plugin.preReceive(alert, {});
    const Result<HeartbeatPage> all = s.heartbeats.list({});
    QVERIFY(all.ok());
    if (!converted) {
        // Then: other events carry on and nothing is stored
        QCOMPARE(verdict.kind, PreReceiveVerdict::Kind::Continue);
        QCOMPARE(all->total, qint64(0));
        return;
    }
    // Then: 202 with the id of the heartbeat now stored for the alert's origin and customer
    QCOMPARE(verdict.kind, PreReceiveVerdict::Kind::Converted);
    QCOMPARE(verdict.message, qs("Alert converted to Heartbeat"));
    QCOMPARE(all->total, qint64(1));
    const Result<Heartbeat> stored = s.heartbeats.get(verdict.id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->origin, qs("agent/web01"));
    QCOMPARE(stored->customer, qs("acme"));
    QCOMPARE(stored->timeout, qint64(86400));
    QCOMPARE(s.f.alertCount(), 0);
}

void TestPlugins::shouldSuppressOrMarkDuringBlackout_data()
{
    QTest::addColumn<bool>("inBlackout");
    QTest::addColumn<bool>("notification");
    QTest::addColumn<PreReceiveVerdict::Kind>("kind");
    QTest::addColumn<QString>("status");
    QTest::newRow("no blackout") << false << false << PreReceiveVerdict::Kind::Continue << qs("open");
    QTest::newRow("suppressed") << true << false << PreReceiveVerdict::Kind::Suppressed << qs("open");
    QTest::newRow("notification blackout") << true << true << PreReceiveVerdict::Kind::Continue << qs("blackout");
    QTest::newRow("notification, no blackout") << false << true << PreReceiveVerdict::Kind::Continue << qs("open");
}

void TestPlugins::shouldSuppressOrMarkDuringBlackout()
{
    QFETCH(bool, inBlackout);
    QFETCH(bool, notification);
    QFETCH(PreReceiveVerdict::Kind, kind);
    QFETCH(QString, status);
    // Given: maybe a blackout of web01 in Production, and the blackout plugin
    Server s;
    if (inBlackout)
        s.blackout(qs("Production"), qs("web01"));
    BlackoutPolicy policy;
    policy.notificationBlackout = notification;
    BlackoutPlugin plugin(s.blackouts, policy);
    Alert alert = s.f.makeAlert(qs("web01"), qs("down"), qs("major"));
    // When: it sees an alert of web01
    const PreReceiveVerdict verdict = plugin.preReceive(alert, {});
    // Then: the verdict and the alert's status
    QCOMPARE(verdict.kind, kind);
    QCOMPARE(alert.status, status);
    if (kind == PreReceiveVerdict::Kind::Suppressed) {
        QCOMPARE(verdict.message, qs("Suppressed alert during blackout period"));
        QCOMPARE(verdict.id, alert.id);
    }
}

void TestPlugins::shouldRecordAckedByOnLoggedInAck()
{
    // Given: the acked_by plugin in the engine and an open alert
    Server s;
    s.usePlugins(qsl({"acked_by"}));
    QCOMPARE(s.f.engine->plugins().names(), qsl({"acked_by"}));
    const QString anon = s.store(s.f.makeAlert(qs("web01"), qs("down"), qs("major")));
    const QString id = s.store(s.f.makeAlert(qs("web02"), qs("down"), qs("major")));

    // When: an anonymous caller acks one
    QVERIFY(s.f.engine->action(anon, qs("ack"), {}, {}, Caller{}).ok());
    // Then: it is acked, with no watch tag and no acked-by
    QCOMPARE(s.stored(anon).status, qs("ack"));
    QVERIFY(s.stored(anon).tags.isEmpty());
    QVERIFY(!s.stored(anon).attributes.contains(QStringLiteral("acked-by")));

    // When: alice acks the other
    QVERIFY(s.f.engine->action(id, qs("ack"), {}, {}, user("alice")).ok());
    // Then: the stored alert carries her watch tag and acked-by
    const Alert acked = s.stored(id);
    QCOMPARE(acked.status, qs("ack"));
    QCOMPARE(acked.tags, qsl({"watch:alice"}));
    QCOMPARE(acked.attributes.value(QStringLiteral("acked-by")).toString(), qs("alice"));
    QCOMPARE(acked.history.first().user, qs("alice"));

    // And: on their own, the unack action hook and the status hook each clear acked-by (in the engine an unack
    // always returns to `open`, so both run there)
    AckedByPlugin plugin;
    Alert direct = acked;
    ActionRequest unack{qs("unack"), {}, {}};
    QVERIFY(plugin.takeAction(direct, unack, user("bob")).ok());
    QVERIFY(!direct.attributes.contains(QStringLiteral("acked-by")));
    direct = acked;
    QString status = qs("open");
    QString text;
    QVERIFY(plugin.statusChange(direct, status, text, user("bob")).ok());
    QVERIFY(!direct.attributes.contains(QStringLiteral("acked-by")));
    QCOMPARE(direct.tags, qsl({"watch:alice"}));
}

void TestPlugins::shouldRemoveAckedBy_data()
{
    QTest::addColumn<QString>("step"); // `action <name>` or `status <status>`
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("removed");
    QTest::newRow("unack") << qs("action unack") << qs("open") << true;
    QTest::newRow("open action") << qs("action open") << qs("open") << true;
    QTest::newRow("status open") << qs("status open") << qs("open") << true;
    QTest::newRow("shelve keeps it") << qs("action shelve") << qs("shelved") << false;
    QTest::newRow("status closed keeps it") << qs("status closed") << qs("closed") << false;
}

void TestPlugins::shouldRemoveAckedBy()
{
    QFETCH(QString, step);
    QFETCH(QString, status);
    QFETCH(bool, removed);
    // Given: an alert acked by alice with the acked_by plugin
    Server s;
    s.usePlugins(qsl({"acked_by"}));
    const QString id = s.store(s.f.makeAlert(qs("web01"), qs("down"), qs("major")));
    QVERIFY(s.f.engine->action(id, qs("ack"), {}, {}, user("alice")).ok());
    // When: bob takes the step
    const QStringList words = step.split(u' ');
    s.f.clock->advanceSeconds(1);
    const VoidResult done = words.first() == QLatin1StringView("action")
        ? s.f.engine->action(id, words.last(), {}, {}, user("bob"))
        : s.f.engine->setStatus(id, words.last(), {}, {}, user("bob"));
    // Then: acked-by is gone (or kept) in the store; the watch tag stays either way
    QVERIFY2(done.ok(), qPrintable(errorText(done)));
    const Alert after = s.stored(id);
    QCOMPARE(after.status, status);
    QCOMPARE(!after.attributes.contains(QStringLiteral("acked-by")), removed);
    QCOMPARE(after.tags, qsl({"watch:alice"}));
}

void TestPlugins::shouldForceServerTimeouts_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<qint64>("requested"); // -1 = none
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("timeout");
    QTest::addColumn<QString>("entryText");
    const QString suffix = qs(" (using server timeout value)");
    // upstream's `timeout != ACK_TIMEOUT`: None (no timeout asked) is overridden too
    QTest::newRow("ack, none asked") << qs("ack") << qint64(-1) << qs(Null) << qint64(3600)
                                     << qs("ack operator action") + suffix;
    QTest::newRow("ack, same asked") << qs("ack") << qint64(3600) << qs("mine") << qint64(3600) << qs("mine");
    QTest::newRow("ack, other asked") << qs("ack") << qint64(60) << qs("mine") << qint64(3600) << qs("mine") + suffix;
    QTest::newRow("ack, other asked, default text")
        << qs("ack") << qint64(60) << qs(Null) << qint64(3600) << qs("ack operator action") + suffix;
    QTest::newRow("shelve, none asked") << qs("shelve") << qint64(-1) << qs(Null) << qint64(7200)
                                        << qs("shelve operator action") + suffix;
    QTest::newRow("shelve, same asked") << qs("shelve") << qint64(7200) << qs("zzz") << qint64(7200) << qs("zzz");
    QTest::newRow("shelve, other asked") << qs("shelve") << qint64(600) << qs("zzz") << qint64(7200)
                                         << qs("zzz") + suffix;
    QTest::newRow("close untouched") << qs("close") << qint64(60) << qs(Null) << qint64(60)
                                     << qs("close operator action");
}

void TestPlugins::shouldForceServerTimeouts()
{
    QFETCH(QString, action);
    QFETCH(qint64, requested);
    QFETCH(QString, text);
    QFETCH(qint64, timeout);
    QFETCH(QString, entryText);
    // Given: ACK_TIMEOUT 3600, SHELVE_TIMEOUT 7200, the timeout plugin, and an open alert
    EngineConfig config = EngineFixture::defaultConfig();
    config.ackTimeout = 3600;
    config.shelveTimeout = 7200;
    Server s(config);
    BuiltInPlugins::Settings settings;
    settings.ackTimeout = 3600;
    settings.shelveTimeout = 7200;
    s.usePlugins(qsl({"timeout"}), settings);
    const QString id = s.store(s.f.makeAlert(qs("web01"), qs("down"), qs("major")));
    // When: the action asks for a timeout (or none)
    const std::optional<qint64> asked = requested < 0 ? std::nullopt : std::optional<qint64>(requested);
    const VoidResult done = s.f.engine->action(id, action, orNull(text), asked, user("alice"));
    // Then: the history entry shows the server's timeout and says so when it overrode the request
    QVERIFY2(done.ok(), qPrintable(errorText(done)));
    const HistoryEntry entry = s.stored(id).history.first();
    QCOMPARE(entry.type, action);
    QCOMPARE(entry.timeout, std::optional<qint64>(timeout));
    QCOMPARE(entry.text, entryText);
    // And: the alert's own timeout is not changed by an action
    QCOMPARE(s.stored(id).timeout, std::optional<qint64>(86400));
}

void TestPlugins::shouldCallPreReceiveInOrderUntilVerdict_data()
{
    QTest::addColumn<QString>("decider"); // which recorder decides, and how: `b reject`, `a suppress`, `b blackout`
    QTest::addColumn<QString>("calls");
    QTest::addColumn<PreReceiveVerdict::Kind>("kind");
    QTest::newRow("all continue") << QString() << qs("a:pre,b:pre,c:pre") << PreReceiveVerdict::Kind::Continue;
    QTest::newRow("first rejects") << qs("a reject") << qs("a:pre") << PreReceiveVerdict::Kind::Rejected;
    QTest::newRow("middle rejects") << qs("b reject") << qs("a:pre,b:pre") << PreReceiveVerdict::Kind::Rejected;
    QTest::newRow("middle rate-limits") << qs("b ratelimit") << qs("a:pre,b:pre")
                                        << PreReceiveVerdict::Kind::RateLimited;
    QTest::newRow("middle suppresses") << qs("b suppress") << qs("a:pre,b:pre") << PreReceiveVerdict::Kind::Suppressed;
    QTest::newRow("last converts") << qs("c convert") << qs("a:pre,b:pre,c:pre") << PreReceiveVerdict::Kind::Converted;
    QTest::newRow("blackout stops the rest") << qs("a blackout") << qs("a:pre") << PreReceiveVerdict::Kind::Continue;
    QTest::newRow("blackout in the middle")
        << qs("b blackout") << qs("a:pre,b:pre") << PreReceiveVerdict::Kind::Continue;
}

void TestPlugins::shouldCallPreReceiveInOrderUntilVerdict()
{
    QFETCH(QString, decider);
    QFETCH(QString, calls);
    QFETCH(PreReceiveVerdict::Kind, kind);
    // Given: recorders a, b, c in that order, one of which may decide
    Server s;
    const auto recorders = s.useRecorders();
    if (!decider.isEmpty()) {
        RecordingPlugin &r = *recorders.at(decider.at(0).unicode() - u'a');
        const QString how = decider.section(u' ', 1);
        if (how == QLatin1StringView("reject"))
            r.verdict = PreReceiveVerdict::reject(qs("no"));
        else if (how == QLatin1StringView("ratelimit"))
            r.verdict = PreReceiveVerdict{PreReceiveVerdict::Kind::RateLimited, qs("slow down"), {}};
        else if (how == QLatin1StringView("suppress"))
            r.verdict = PreReceiveVerdict::accept(PreReceiveVerdict::Kind::Suppressed, qs("quiet"), qs("x"));
        else if (how == QLatin1StringView("convert"))
            r.verdict = PreReceiveVerdict::accept(PreReceiveVerdict::Kind::Converted, qs("other"), qs("y"));
        else
            r.setsBlackout = true;
    }
    Alert alert = s.f.makeAlert(qs("web01"), qs("down"), qs("major"));
    // When: the chain's pre-receive hooks run
    const PreReceiveVerdict verdict = s.f.engine->plugins().preReceive(alert, {});
    // Then: in order, up to the first verdict or the first `blackout` alert
    QCOMPARE(s.log.take(), calls);
    QCOMPARE(verdict.kind, kind);
}

void TestPlugins::shouldSkipPostReceiveForBlackout()
{
    // Given: recorders a, b, c
    Server s;
    s.useRecorders();
    const PluginChain &chain = s.f.engine->plugins();
    Alert alert = s.f.makeAlert(qs("web01"), qs("down"), qs("major"));
    // When: post-receive runs for an open alert
    // Then: every hook, in order, and nothing changed
    QVERIFY(!chain.postReceive(alert, {}));
    QCOMPARE(s.log.take(), qs("a:post,b:post,c:post"));
    // When: post-receive runs for a `blackout` alert
    alert.status = AlertStatus::Blackout;
    // Then: no hook at all
    QVERIFY(!chain.postReceive(alert, {}));
    QCOMPARE(s.log.take(), QString());
}

void TestPlugins::shouldSkipTakeActionButNotStatusChangeForBlackout()
{
    // Given: recorders in the engine, an open alert and an alert stored as `blackout`
    Server s;
    s.useRecorders();
    const QString open = s.store(s.f.makeAlert(qs("web01"), qs("down"), qs("major")));
    Alert dark = s.f.makeAlert(qs("web02"), qs("down"), qs("major"));
    dark.status = AlertStatus::Blackout;
    const QString blackedOut = s.store(dark);
    QCOMPARE(s.stored(blackedOut).status, qs("blackout"));
    QCOMPARE(s.log.take(), QString()); // a new alert has no status change

    // When: the open alert is acked
    QVERIFY(s.f.engine->action(open, qs("ack")).ok());
    // Then: take_action, then status_change, then post_action with the stored result, each in plugin order
    QCOMPARE(s.log.take(),
             qs("a:action:ack,b:action:ack,c:action:ack,a:status:ack,b:status:ack,c:status:ack,"
                "a:posted:ack:ack,b:posted:ack:ack,c:posted:ack:ack"));

    // When: the blackout alert is closed
    QVERIFY(s.f.engine->action(blackedOut, qs("close")).ok());
    // Then: no take_action or post_action hook, but the status change still runs
    QCOMPARE(s.log.take(), qs("a:status:closed,b:status:closed,c:status:closed"));
    QCOMPARE(s.stored(blackedOut).status, qs("closed"));

    // When: an action that does not change the status (assign on an acked alert)
    QVERIFY(s.f.engine->action(open, qs("assign")).ok());
    // Then: take_action and post_action only
    QCOMPARE(s.log.take(),
             qs("a:action:assign,b:action:assign,c:action:assign,a:posted:assign:ack,b:posted:assign:ack,"
                "c:posted:assign:ack"));
}

void TestPlugins::shouldRunStatusChangeOnEveryPath()
{
    // Given: recorders in the engine and an open major alert
    Server s;
    const auto recorders = s.useRecorders();
    const Alert alert = s.f.makeAlert(qs("web01"), qs("down"), qs("major"));
    const QString id = s.store(alert);

    // When: a duplicate arrives with the same status
    Alert again = alert;
    again.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.store(again);
    // Then: no status change, no hook
    QCOMPARE(s.log.take(), QString());

    // When: a normal severity closes it on receive
    Alert normal = alert;
    normal.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    normal.severity = qs("normal");
    s.store(normal);
    // Then: the status_change hooks ran on the receive path
    QCOMPARE(s.log.take(), qs("a:status:closed,b:status:closed,c:status:closed"));
    QCOMPARE(s.stored(id).status, qs("closed"));

    // When: the status endpoint sets a status and b refuses it
    recorders.at(1)->refusesStatus = true;
    const VoidResult refused = s.f.engine->setStatus(id, qs("open"), qs("reopen"));
    // Then: the error is returned, the chain stopped at b, and nothing is stored or timed
    QCOMPARE(errorText(refused), qs("400 status refused by b"));
    QCOMPARE(s.log.take(), qs("a:status:open,b:status:open"));
    QCOMPARE(s.stored(id).status, qs("closed"));
    QCOMPARE(metricCount(s.f.engine->metrics(), "status"), qint64(0));

    // When: b agrees again
    recorders.at(1)->refusesStatus = false;
    QVERIFY(s.f.engine->setStatus(id, qs("open"), qs("reopen")).ok());
    // Then: every hook, and the status stored
    QCOMPARE(s.log.take(), qs("a:status:open,b:status:open,c:status:open"));
    QCOMPARE(s.stored(id).status, qs("open"));
    QCOMPARE(metricCount(s.f.engine->metrics(), "status"), qint64(1));
}

void TestPlugins::shouldVetoDelete()
{
    // Given: recorders where b vetoes deletion, and an alert
    Server s;
    const auto recorders = s.useRecorders();
    recorders.at(1)->vetoesDelete = true;
    const QString id = s.store(s.f.makeAlert(qs("web01"), qs("down"), qs("major")));

    // When: it is deleted
    const VoidResult vetoed = s.f.engine->remove(id);
    // Then: 403 naming b, the chain stopped there, the alert is still stored, the timer did not count
    QCOMPARE(errorText(vetoed), qs("403 Deletion of alert vetoed by plugin 'b'"));
    QCOMPARE(s.log.take(), qs("a:delete,b:delete"));
    QVERIFY(s.f.engine->alert(id).ok());
    QCOMPARE(s.f.alertCount(), 1);
    QCOMPARE(metricCount(s.f.engine->metrics(), "deleted"), qint64(0));

    // When: b no longer vetoes
    recorders.at(1)->vetoesDelete = false;
    QVERIFY(s.f.engine->remove(id).ok());
    // Then: every hook agreed and the alert is gone
    QCOMPARE(s.log.take(), qs("a:delete,b:delete,c:delete"));
    QCOMPARE(errorText(s.f.engine->alert(id)), qs("404 not found"));
    QCOMPARE(metricCount(s.f.engine->metrics(), "deleted"), qint64(1));
}

void TestPlugins::shouldLetTakeNoteChangeText()
{
    // Given: recorders a and c prefixing note texts, and an alert
    Server s;
    const auto recorders = s.useRecorders();
    recorders.at(0)->notePrefix = qs("[a] ");
    recorders.at(2)->notePrefix = qs("[c] ");
    const QString id = s.store(s.f.makeAlert(qs("web01"), qs("down"), qs("major")));

    // When: a note is added
    const Result<Note> note = s.f.engine->addNote(id, qs("looking"), user("alice"));
    // Then: the hooks ran in order on the text, which is stored in the note and its history entry
    QVERIFY2(note.ok(), qPrintable(errorText(note)));
    QCOMPARE(s.log.take(), qs("a:note,b:note,c:note"));
    QCOMPARE(note->text, qs("[c] [a] looking"));
    QCOMPARE(s.f.engine->notes(id)->first().text, qs("[c] [a] looking"));
    QCOMPARE(s.stored(id).history.first().type, qs("note"));
    QCOMPARE(s.stored(id).history.first().text, qs("[c] [a] looking"));

    // When: its text is changed
    const Result<Note> updated = s.f.engine->updateNote(id, note->id, qs("fixed"), std::nullopt, user("alice"));
    // Then: the hooks see the new text too
    QVERIFY(updated.ok());
    QCOMPARE(s.log.take(), qs("a:note,b:note,c:note"));
    QCOMPARE(s.f.engine->notes(id)->first().text, qs("[c] [a] fixed"));

    // When: only its attributes change
    QVERIFY(s.f.engine->updateNote(id, note->id, std::nullopt, QJsonObject{{qs("k"), qs("v")}}).ok());
    // Then: no note hook, and the text stays
    QCOMPARE(s.log.take(), QString());
    QCOMPARE(s.f.engine->notes(id)->first().text, qs("[c] [a] fixed"));
}

void TestPlugins::shouldBuildDefaultChain()
{
    // Given: PLUGINS' default
    Server s;
    QTest::ignoreMessage(QtWarningMsg, R"(plugin "escalate" is not available in this server; skipped)");
    QCOMPARE(BuiltInPlugins::defaultNames(), qsl({"remote_ip", "reject", "heartbeat", "blackout", "forwarder"}));
    // When: the chain is built
    s.usePlugins(BuiltInPlugins::defaultNames());
    // Then: every built-in plugin in order, and the forwarder reported as skipped
    QCOMPARE(s.f.engine->plugins().names(), qsl({"remote_ip", "reject", "heartbeat", "blackout"}));
    QCOMPARE(s.skipped, qsl({"forwarder"}));
    // And: the optional plugins exist too; unknown names are skipped
    s.usePlugins(qsl({"acked_by", " timeout ", "escalate"}));
    QCOMPARE(s.f.engine->plugins().names(), qsl({"acked_by", "timeout"}));
    QCOMPARE(s.skipped, qsl({"escalate"}));
}

void TestPlugins::shouldStoreAcceptedAlert()
{
    // Given: the default chain
    Server s;
    s.usePlugins(BuiltInPlugins::defaultNames());
    const Alert alert = s.f.makeAlert(qs("web01"), qs("down"), qs("major"));
    // When: an alert is received from a client behind a proxy
    const Result<ReceiveOutcome> r =
        s.pipeline.receive(alert, ReceiveContext{user("alice"), qs("127.0.0.1"), qs("203.0.113.7, 10.0.0.1")});
    // Then: 201 stored, with the client's address, and timed as received
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QVERIFY(r->stored.has_value());
    QCOMPARE(r->stored->kind, AlertChangeSet::Kind::Created);
    QCOMPARE(r->stored->alert.id, alert.id);
    const Alert stored = s.stored(alert.id);
    QCOMPARE(stored.attributes.value(QStringLiteral("ip")).toString(), qs("203.0.113.7"));
    QCOMPARE(stored.status, qs("open"));
    QCOMPARE(stored.history.first().user, qs("alice"));
    QCOMPARE(metricCount(s.f.engine->metrics(), "received"), qint64(1));
}

void TestPlugins::shouldRejectAndCount()
{
    // Given: the default chain
    Server s;
    s.usePlugins(BuiltInPlugins::defaultNames());
    Alert alert = s.f.makeAlert(qs("web01"), qs("down"), qs("major"));
    alert.environment = qs("Staging");
    // When: an alert of a disallowed environment arrives, then one without a service
    const Result<ReceiveOutcome> r = s.pipeline.receive(alert, {});
    Alert noService = s.f.makeAlert(qs("web01"), qs("down"), qs("major"));
    noService.service.clear();
    const Result<ReceiveOutcome> r2 = s.pipeline.receive(noService, {});
    // Then: 403 with the policy message, counted as rejected, nothing stored or timed as received
    QCOMPARE(errorText(r), qs("403 [POLICY] Alert environment does not match one of Production, Development"));
    QCOMPARE(errorText(r2), qs("403 [POLICY] Alert must define a service"));
    QCOMPARE(metricCount(s.f.engine->metrics(), "rejected"), qint64(2));
    QCOMPARE(metricCount(s.f.engine->metrics(), "received"), qint64(0));
    QCOMPARE(s.f.alertCount(), 0);
}

void TestPlugins::shouldConvertHeartbeatWithoutStoring()
{
    // Given: the default chain, and a blackout covering the whole environment
    Server s;
    s.usePlugins(BuiltInPlugins::defaultNames());
    s.blackout(qs("Production"));
    // When: a Heartbeat alert arrives from a caller with one customer
    Alert alert = s.f.makeAlert(qs("web01"), qs("Heartbeat"), qs("normal"));
    alert.origin = qs("agent/web01");
    const Result<ReceiveOutcome> r =
        s.pipeline.receive(alert, ReceiveContext{Caller{qs("alice"), qsl({"acme"}), {}}, {}, {}});
    // Then: 202 with the heartbeat's id (heartbeats come before blackouts), no alert stored
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QVERIFY(!r->stored.has_value());
    QCOMPARE(r->accepted.kind, PreReceiveVerdict::Kind::Converted);
    QCOMPARE(r->accepted.message, qs("Alert converted to Heartbeat"));
    const Result<Heartbeat> heartbeat = s.heartbeats.get(r->accepted.id);
    QVERIFY(heartbeat.ok());
    QCOMPARE(heartbeat->origin, qs("agent/web01"));
    QCOMPARE(heartbeat->customer, qs("acme"));
    QCOMPARE(s.f.alertCount(), 0);
    // And: neither received nor suppressed
    QCOMPARE(metricCount(s.f.engine->metrics(), "received"), qint64(0));
    QCOMPARE(metricCount(s.f.engine->metrics(), "blackout"), qint64(0));
}

void TestPlugins::shouldSuppressDuringBlackoutAndCount()
{
    // Given: the default chain and a blackout of web01
    Server s;
    s.usePlugins(BuiltInPlugins::defaultNames());
    s.blackout(qs("Production"), qs("web01"));
    const Alert alert = s.f.makeAlert(qs("web01"), qs("down"), qs("major"));
    // When: an alert of web01 arrives
    const Result<ReceiveOutcome> r = s.pipeline.receive(alert, {});
    // Then: 202 suppressed with the incoming id, counted, nothing stored
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QVERIFY(!r->stored.has_value());
    QCOMPARE(r->accepted.kind, PreReceiveVerdict::Kind::Suppressed);
    QCOMPARE(r->accepted.message, qs("Suppressed alert during blackout period"));
    QCOMPARE(r->accepted.id, alert.id);
    QCOMPARE(s.f.alertCount(), 0);
    QCOMPARE(metricCount(s.f.engine->metrics(), "blackout"), qint64(1));
    QCOMPARE(metricCount(s.f.engine->metrics(), "received"), qint64(0));

    // When: an alert of another resource arrives
    const Result<ReceiveOutcome> other = s.pipeline.receive(s.f.makeAlert(qs("web02"), qs("down"), qs("major")), {});
    // Then: stored, and only it is timed as received
    QVERIFY(other.ok());
    QVERIFY(other->stored.has_value());
    QCOMPARE(s.f.alertCount(), 1);
    QCOMPARE(metricCount(s.f.engine->metrics(), "received"), qint64(1));
    QCOMPARE(metricCount(s.f.engine->metrics(), "blackout"), qint64(1));
}

void TestPlugins::shouldStoreBlackoutStatusWithNotificationBlackout()
{
    // Given: the default chain with NOTIFICATION_BLACKOUT, a recorder after it, and a blackout of web01
    Server s;
    BuiltInPlugins::Settings settings;
    settings.blackoutPolicy.notificationBlackout = true;
    expectForwarderSkipped();
    const PluginChain builtIn =
        BuiltInPlugins::chain(BuiltInPlugins::defaultNames(), settings, s.heartbeats, s.blackouts);
    QList<std::shared_ptr<AlertPlugin>> plugins = builtIn.plugins();
    plugins.append(std::make_shared<RecordingPlugin>("late", s.log));
    s.f.engine->setPlugins(std::make_shared<PluginChain>(plugins));
    s.blackout(qs("Production"), qs("web01"));
    const Alert alert = s.f.makeAlert(qs("web01"), qs("down"), qs("major"));
    // When: an alert of web01 arrives
    const Result<ReceiveOutcome> r = s.pipeline.receive(alert, ReceiveContext{Caller{}, qs("192.0.2.1"), {}});
    // Then: 201 stored with status `blackout`; the later pre-receive and every post-receive hook were skipped
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QVERIFY(r->stored.has_value());
    QCOMPARE(r->stored->alert.status, qs("blackout"));
    QCOMPARE(s.stored(alert.id).status, qs("blackout"));
    QCOMPARE(s.stored(alert.id).attributes.value(QStringLiteral("ip")).toString(), qs("192.0.2.1"));
    QCOMPARE(s.log.take(), QString());
    QCOMPARE(metricCount(s.f.engine->metrics(), "blackout"), qint64(0));
    QCOMPARE(metricCount(s.f.engine->metrics(), "received"), qint64(1));

    // When: an alert outside the blackout arrives
    QVERIFY(s.pipeline.receive(s.f.makeAlert(qs("web02"), qs("down"), qs("major")), {}).ok());
    // Then: the late plugin sees it before and after storage
    QCOMPARE(s.log.take(), qs("late:pre,late:post"));
}

void TestPlugins::shouldAssignCustomerBeforePlugins()
{
    // Given: recorders as the plugins
    Server s;
    s.useRecorders();
    const Alert alert = s.f.makeAlert(qs("web01"), qs("down"), qs("major"));

    // When: a caller with two customers sends an alert without one
    const Result<ReceiveOutcome> several =
        s.pipeline.receive(alert, ReceiveContext{Caller{qs("bob"), qsl({"acme", "other"}), {}}, {}, {}});
    // Then: 400 before any plugin, nothing counted or stored
    QCOMPARE(errorText(several), qs("400 must define customer as more than one possibility"));
    // When: a caller names a customer it does not have
    Alert foreign = alert;
    foreign.customer = qs("other");
    const Result<ReceiveOutcome> refused =
        s.pipeline.receive(foreign, ReceiveContext{Caller{qs("bob"), qsl({"acme"}), {}}, {}, {}});
    // Then: 400 likewise
    QCOMPARE(errorText(refused), qs("400 not allowed to set customer to 'other'"));
    QCOMPARE(s.log.take(), QString());
    QCOMPARE(s.f.alertCount(), 0);
    QVERIFY(s.f.engine->metrics().snapshot().isEmpty());

    // When: the admin:alerts override names it
    const Result<ReceiveOutcome> admin =
        s.pipeline.receive(foreign, ReceiveContext{Caller{qs("root"), qsl({"acme"}), qsl({"admin:alerts"})}, {}, {}});
    // Then: stored for that customer, after the plugins ran
    QVERIFY2(admin.ok(), qPrintable(errorText(admin)));
    QCOMPARE(s.stored(alert.id).customer, qs("other"));
    QCOMPARE(s.log.take(), qs("a:pre,b:pre,c:pre,a:post,b:post,c:post"));
}

void TestPlugins::shouldSaveTagsAndAttributesFromPostReceive()
{
    // Given: recorder b adds a tag and an attribute after storage
    Server s;
    const auto recorders = s.useRecorders();
    recorders.at(1)->postTag = qs("seen-by-b");
    Alert alert = s.f.makeAlert(qs("web01"), qs("down"), qs("major"));
    alert.tags = qsl({"t1"});
    // When: the alert is received
    const Result<ReceiveOutcome> r = s.pipeline.receive(alert, {});
    // Then: the answer and the store both carry the change
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r->stored->alert.tags, qsl({"t1", "seen-by-b"}));
    const Alert stored = s.stored(alert.id);
    QCOMPARE(stored.tags, qsl({"t1", "seen-by-b"}));
    QCOMPARE(stored.attributes.value(QStringLiteral("seen")).toString(), qs("b"));
    QCOMPARE(metricCount(s.f.engine->metrics(), "received"), qint64(1));
    // And: the re-save is not an operator's tagging or attribute change (upstream saves through the model, outside
    // the timed views; spec §8), so those timers stay unused
    QCOMPARE(metricCount(s.f.engine->metrics(), "tagged"), qint64(0));
    QCOMPARE(metricCount(s.f.engine->metrics(), "attributes"), qint64(0));
}

void TestPlugins::shouldAnswerAnErrorWhenAPostReceiveHookThrows()
{
    // Given: recorder b throws after storage (its hook runs on the store's writer thread)
    Server s;
    const auto recorders = s.useRecorders();
    recorders.at(1)->postThrows = true;
    const Alert alert = s.f.makeAlert(qs("web01"), qs("down"), qs("major"));
    // When: the alert is received
    const Result<ReceiveOutcome> r = s.pipeline.receive(alert, {});
    // Then: the sender gets a 500 naming the failure; the alert is stored; the writer goes on with the next receive
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, 500);
    QVERIFY2(r.error().message.contains(qs("post-receive broke"))
                 || r.error().errors.join(u' ').contains(qs("post-receive broke")),
             qPrintable(errorText(r)));
    QCOMPARE(s.stored(alert.id).id, alert.id);
    recorders.at(1)->postThrows = false;
    QVERIFY(s.pipeline.receive(s.f.makeAlert(qs("web02"), qs("down"), qs("major")), {}).ok());
}

void TestPlugins::shouldCountEngineTimersOnSuccessOnly()
{
    // Given: an engine with a stored alert
    Server s;
    AlertEngine &engine = *s.f.engine;
    const QString id = s.store(s.f.makeAlert(qs("web01"), qs("down"), qs("major")));
    const QString missing = qs("no-such-alert");
    const Caller acme{qs("alice"), qsl({"acme"}), {}}; // cannot see the customer-less alert

    // When: each timed call succeeds once and fails in other ways
    QVERIFY(engine.query({}).ok());
    QVERIFY(!engine.query({{qs("bogus"), qs("1")}}).ok());
    QVERIFY(!engine.query({{qs("page"), qs("5")}, {qs("status"), qs("open")}}).ok());
    QVERIFY(engine.count({}).ok());
    QVERIFY(!engine.count({{qs("bogus"), qs("1")}}).ok());
    QVERIFY(engine.action(id, qs("ack")).ok());
    QVERIFY(!engine.action(id, qs("ack")).ok()); // already acked: 409
    QVERIFY(!engine.action(missing, qs("ack")).ok());
    QVERIFY(engine.setStatus(id, qs("open")).ok());
    QVERIFY(!engine.setStatus(id, QString()).ok());
    QVERIFY(!engine.setStatus(id, qs("closed"), {}, {}, acme).ok());
    QVERIFY(engine.tag(id, qsl({"t"})).ok());
    QVERIFY(!engine.tag(missing, qsl({"t"})).ok());
    QVERIFY(engine.untag(id, qsl({"t"})).ok());
    QVERIFY(!engine.untag(id, qsl({"t"}), acme).ok());
    QVERIFY(engine.updateAttributes(id, QJsonObject{{qs("k"), qs("v")}}).ok());
    QVERIFY(!engine.updateAttributes(missing, QJsonObject{{qs("k"), qs("v")}}).ok());
    QVERIFY(!engine.remove(missing).ok());
    QVERIFY(engine.remove(id).ok());

    // Then: each timer counted its successful calls only
    const Metrics &m = engine.metrics();
    QCOMPARE(metricCount(m, "queries"), qint64(1));
    QCOMPARE(metricCount(m, "counts"), qint64(1));
    QCOMPARE(metricCount(m, "status"), qint64(2));
    QCOMPARE(metricCount(m, "tagged"), qint64(1));
    QCOMPARE(metricCount(m, "untagged"), qint64(1));
    QCOMPARE(metricCount(m, "attributes"), qint64(1));
    QCOMPARE(metricCount(m, "deleted"), qint64(1));
    // And: the receive timer belongs to the pipeline, not the engine's own receive
    QCOMPARE(metricCount(m, "received"), qint64(0));
    // And: every timer is listed with its count as a timer
    for (const MetricValue &v : m.snapshot())
        QCOMPARE(v.type, MetricType::Timer);
}

QTEST_GUILESS_MAIN(TestPlugins)
#include "testplugins.moc"
