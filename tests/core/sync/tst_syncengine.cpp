#include "FakeNetwork.h"
#include "MemoryOutboxStore.h"
#include "SyncTestSupport.h"

#include "core/common/Clock.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/domain/Ssin.h"
#include "core/sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace fla;
using namespace fla::test;

namespace {

const QString kOwn = EnterpriseNumber::compose(5669882);
const QString kOther = EnterpriseNumber::compose(4030192);
const QString kBase = "http://platform.test/REST/fla/v1";

// A platform in memory that follows docs/api/fla-v1.yaml closely enough for the engine.
struct FakePlatform
{
    enum class Fault
    {
        None,
        Status500,
        Status503,
        Status429,
        Drop,      // no answer, nothing stored
        LostReply, // stored, but the answer never arrives
        Status401,
    };
    QStringList mandates{kOwn};
    QList<Fault> postFaults;            // consumed one per POST
    QHash<QString, QJsonObject> stored; // uuid -> data
    QHash<QString, int> writes;         // uuid -> times the content changed
    QHash<QString, QString> etags;      // uuid -> version
    QSet<QString> refuse;               // uuids refused with an anomaly on ssin
    QHash<QString, QJsonObject> declarations;
    QSet<QString> unreadable; // declarations whose GET answers 503
    QStringList order;        // item types in the order they were applied
    int openPosts = 0;
    int maxOpenPosts = 0;
    int postDelayMs = 0;
    QString retryAfter = "30";

    static QByteArray problem(int status, const char *type)
    {
        return QJsonDocument(QJsonObject{{"type", QString(QString("urn:problem-type:belgif:") + type)},
                                         {"title", type},
                                         {"status", status}})
            .toJson();
    }

    FakeResponse handle(const FakeRequest &r)
    {
        const QString path = r.url.path().mid(QUrl(kBase).path().size());
        if (r.verb == "GET" && path == "/employers") {
            QJsonArray items;
            for (const QString &m : std::as_const(mandates))
                items.append(QJsonObject{{"enterpriseNumber", m}, {"name", QString("Company " + m)}});
            return {200,
                    {},
                    QJsonDocument(QJsonObject{{"items", items},
                                              {"self", r.url.toString()},
                                              {"page", 1},
                                              {"pageSize", 100},
                                              {"total", items.size()}})
                        .toJson()};
        }
        const QStringList parts = path.split('/', Qt::SkipEmptyParts);
        if (parts.size() >= 3 && parts[0] == "employers" && parts[2] == "declarations") {
            if (r.verb == "POST")
                return post(parts[1], r);
            if (r.verb == "GET" && parts.size() == 4) {
                if (unreadable.contains(parts[3]))
                    return {503, {}, problem(503, "serviceUnavailable"), "application/problem+json"};
                if (!declarations.contains(parts[3]))
                    return {404, {}, problem(404, "resourceNotFound"), "application/problem+json"};
                return {200, {}, QJsonDocument(declarations.value(parts[3])).toJson()};
            }
        }
        return {404, {}, problem(404, "resourceNotFound"), "application/problem+json"};
    }

    FakeResponse post(const QString &enterprise, const FakeRequest &r)
    {
        const Fault f = postFaults.isEmpty() ? Fault::None : postFaults.takeFirst();
        switch (f) {
        case Fault::Status500:
            return {500, {}, problem(500, "internalServerError"), "application/problem+json"};
        case Fault::Status503:
            return {503, {}, problem(503, "serviceUnavailable"), "application/problem+json"};
        case Fault::Status429:
            return {429,
                    {{"Retry-After", retryAfter.toLatin1()}},
                    problem(429, "tooManyRequests"),
                    "application/problem+json"};
        case Fault::Status401:
            return {401, {}, problem(401, "invalidAccessToken"), "application/problem+json"};
        case Fault::Drop:
            return {0, {}, {}};
        default:
            break;
        }
        if (!r.request.rawHeader("Authorization").startsWith("Bearer "))
            return {401, {}, problem(401, "noAccessToken"), "application/problem+json"};
        if (!mandates.contains(enterprise))
            return {403, {}, problem(403, "missingPermission"), "application/problem+json"};
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        const QString id = body.value("declarationId").toString();
        QJsonArray results;
        const QJsonArray items = body.value("items").toArray();
        for (const QJsonValue &v : items) {
            const QJsonObject item = v.toObject();
            const QString uuid = item.value("uuid").toString();
            order.append(item.value("type").toString());
            QJsonObject res{{"uuid", uuid}};
            if (refuse.contains(uuid)) {
                res.insert("result", "refused");
                res.insert("anomalies", QJsonArray{QJsonObject{{"code", "ID-002"},
                                                               {"severity", "blocking"},
                                                               {"field", "ssin"},
                                                               {"message", "check digits"}}});
            } else if (!item.value("ifMatch").toString().isEmpty() &&
                       item.value("ifMatch").toString() != etags.value(uuid) &&
                       stored.value(uuid) != item.value("data").toObject()) {
                res.insert("result", "conflict");
                res.insert("etag", etags.value(uuid));
            } else {
                const QJsonObject data = item.value("data").toObject();
                if (stored.value(uuid) != data || !stored.contains(uuid)) {
                    stored.insert(uuid, data);
                    writes[uuid] += 1;
                    etags[uuid] = QString("\"v%1\"").arg(writes[uuid]);
                }
                res.insert("result", "accepted");
                res.insert("etag", etags[uuid]);
            }
            results.append(res);
        }
        declarations.insert(id, QJsonObject{{"declarationId", id}, {"status", "done"}, {"items", results}});
        if (f == Fault::LostReply)
            return {0, {}, {}};
        const QByteArray location =
            QString(kBase + "/employers/%1/declarations/%2").arg(enterprise, id).toUtf8();
        return {202,
                {{"Location", location}},
                QJsonDocument(QJsonObject{{"declarationId", id}, {"status", "processing"}}).toJson(),
                "application/json",
                postDelayMs};
    }
};

class CountingTokens final : public TokenProvider
{
public:
    QString token = "t1";
    bool refreshWorks = true;
    int refreshes = 0;
    QString accessToken() const override { return token; }
    void refresh(std::function<void(bool)> done) override
    {
        ++refreshes;
        if (refreshWorks)
            token = "t2";
        done(refreshWorks);
    }
};

// An outbox that can stop the sync: its claim lost mid-sync, as a team workspace's is when its
// connection is opened again, or a record it hands out that could not be read.
struct LosableOutboxStore : MemoryOutboxStore
{
    QString lost;
    int unreadableAtFetch = 0; // the fetch of due entries (1, 2 …) at which a record cannot be read
    int fetches = 0;
    QString stopReason() const override { return lost; }
    QList<SyncItem> dueEntries(RecordKind type, qint64 afterId, const QDateTime &now, int limit) override
    {
        const QList<SyncItem> due = MemoryOutboxStore::dueEntries(type, afterId, now, limit);
        if (!due.isEmpty() && ++fetches == unreadableAtFetch)
            lost = QStringLiteral("A change to declare could not be read from the workspace");
        return due;
    }
};

struct Rig
{
    FakePlatform platform;
    FakeQnam nam{[this](const FakeRequest &r) { return platform.handle(r); }};
    CountingTokens tokens;
    FlaApiClient client{&nam, QUrl(kBase), &tokens};
    LosableOutboxStore store;
    ManualClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<SyncEngine> engine;

    explicit Rig(SyncOptions o = {})
    {
        o.jitterSeed = o.jitterSeed ? o.jitterSeed : 42;
        engine = std::make_unique<SyncEngine>(&client, &store, clock, o);
    }

    QUuid add(RecordKind type, const QString &enterprise = kOwn, const QString &label = {})
    {
        SyncItem e;
        e.recordUuid = QUuid::createUuid();
        e.type = type;
        e.enterpriseNumber = enterprise;
        e.label =
            label.isEmpty() ? toString(type) + " " + QString::number(store.entries().size() + 1) : label;
        e.data = QJsonObject{{"uuid", e.recordUuid.toString(QUuid::WithoutBraces)},
                             {"ssin", Ssin::compose(85, 7, 30, 33, false)},
                             {"n", int(store.entries().size())}};
        store.enqueue(e);
        return e.recordUuid;
    }

    SyncSummary run(int timeoutMs = 5000)
    {
        QSignalSpy spy(engine.get(), &SyncEngine::finished);
        engine->start();
        if (spy.isEmpty())
            spy.wait(timeoutMs);
        if (spy.isEmpty())
            return SyncSummary{};
        return spy.takeFirst().at(0).value<SyncSummary>();
    }

    int posts() const
    {
        int n = 0;
        for (const FakeRequest &r : nam.requests)
            n += r.verb == "POST" ? 1 : 0;
        return n;
    }
};

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversEverythingInBatches();
    void everyRequestCarriesTraceIdAndBearer();
    void transientFailuresAreRetriedWithPersistedBackoff_data();
    void transientFailuresAreRetriedWithPersistedBackoff();
    void lostReplyAfterCommitIsHarmless();
    void retryAfterIsAFloorAndLongWaitsEndTheRun();
    void unauthorizedRefreshesOnceThenAsksToSignIn();
    void refusalCarriesAnomaliesToFields();
    void conflictIsMarkedForTheUser();
    void conflictAfterAnUnreadableLostDeclarationWaits();
    void neverCrossesCompanies();
    void badRequestRefusesOnlyTheNamedItem();
    void concurrencyIsBounded();
    void workersGoBeforeParticipations();
    void cancelKeepsEverythingQueued();
    void aStoreThatStopsTheSyncGetsNothingMoreSent_data();
    void aStoreThatStopsTheSyncGetsNothingMoreSent();
    void offlineLeavesTheOutboxAlone();
    void backoffGrowsWithJitterAndCap();
};

void TestSyncEngine::deliversEverythingInBatches()
{
    SyncOptions o;
    o.batchSize = 100;
    Rig rig(o);
    for (int i = 0; i < 250; ++i)
        rig.add(RecordKind::Participation);
    const SyncSummary s = rig.run();
    QCOMPARE(s.counts.accepted, 250);
    QCOMPARE(s.remaining, 0);
    QCOMPARE(rig.posts(), 3);
    QCOMPARE(rig.platform.stored.size(), 250);
    for (const QUuid &u : rig.store.records().keys())
        QCOMPARE_ENUM(rig.store.record(u).status, SyncStatus::Accepted);
}

void TestSyncEngine::everyRequestCarriesTraceIdAndBearer()
{
    Rig rig;
    rig.add(RecordKind::Training);
    rig.run();
    QVERIFY(rig.nam.requests.size() >= 3); // employers, POST, GET result
    QSet<QByteArray> traces;
    for (const FakeRequest &r : std::as_const(rig.nam.requests)) {
        const QByteArray trace = r.request.rawHeader("BelGov-Trace-Id");
        QVERIFY(!trace.isEmpty());
        QVERIFY(trace.size() <= 36);
        traces.insert(trace);
        QCOMPARE(r.request.rawHeader("Authorization"), QByteArray("Bearer t1"));
    }
    QCOMPARE(traces.size(), rig.nam.requests.size());
}

void TestSyncEngine::transientFailuresAreRetriedWithPersistedBackoff_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("500") << int(FakePlatform::Fault::Status500);
    QTest::newRow("503") << int(FakePlatform::Fault::Status503);
    QTest::newRow("dropped connection") << int(FakePlatform::Fault::Drop);
}

void TestSyncEngine::transientFailuresAreRetriedWithPersistedBackoff()
{
    QFETCH(int, fault);
    SyncOptions o;
    o.baseBackoffMs = 1000;
    Rig rig(o);
    const QUuid u = rig.add(RecordKind::Training);
    rig.platform.postFaults = {FakePlatform::Fault(fault)};
    QSignalSpy done(rig.engine.get(), &SyncEngine::finished);
    rig.engine->start();
    // GIVEN the first POST failed, THEN the entry waits 0.5–1 s, with its attempt count, in the store.
    QTRY_COMPARE(rig.posts(), 1);
    QTRY_COMPARE(rig.store.entries().first().attempts, 1);
    const SyncItem e = rig.store.entries().first();
    const qint64 wait = rig.clock.nowUtc().msecsTo(e.nextAttemptAt);
    QVERIFY2(wait >= 500 && wait <= 1000, qPrintable(QString::number(wait)));
    QVERIFY(!e.lastError.isEmpty());
    QCOMPARE_ENUM(rig.store.record(u).status, SyncStatus::Queued);
    // WHEN time passes, THEN it is sent again and accepted, stored once.
    rig.clock.advanceSeconds(2);
    rig.engine->poke();
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE_ENUM(rig.store.record(u).status, SyncStatus::Accepted);
    QCOMPARE(rig.platform.writes.value(u.toString(QUuid::WithoutBraces)), 1);
    QCOMPARE(done.first().at(0).value<SyncSummary>().counts.retries, 1);
}

void TestSyncEngine::lostReplyAfterCommitIsHarmless()
{
    Rig rig;
    QList<QUuid> ids;
    for (int i = 0; i < 10; ++i)
        ids.append(rig.add(RecordKind::Training));
    rig.platform.postFaults = {FakePlatform::Fault::LostReply};
    QSignalSpy done(rig.engine.get(), &SyncEngine::finished);
    rig.engine->start();
    QTRY_COMPARE(rig.store.entries().first().attempts, 1);
    rig.clock.advanceSeconds(5);
    rig.engine->poke();
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(rig.posts(), 2);
    for (const QUuid &u : ids) {
        QCOMPARE(rig.platform.writes.value(u.toString(QUuid::WithoutBraces)), 1);
        QCOMPARE_ENUM(rig.store.record(u).status, SyncStatus::Accepted);
    }
}

void TestSyncEngine::retryAfterIsAFloorAndLongWaitsEndTheRun()
{
    SyncOptions o;
    o.maxWaitMs = 10000;
    Rig rig(o);
    rig.add(RecordKind::Training);
    rig.platform.postFaults = {FakePlatform::Fault::Status429};
    rig.platform.retryAfter = "30";
    const SyncSummary s = rig.run();
    QCOMPARE(s.remaining, 1);
    const SyncItem e = rig.store.entries().first();
    QVERIFY(rig.clock.nowUtc().msecsTo(e.nextAttemptAt) >= 30000);
    QVERIFY(!s.messages.isEmpty());
    // The next run, once the time has come, delivers it.
    rig.clock.advanceSeconds(31);
    const SyncSummary s2 = rig.run();
    QCOMPARE(s2.counts.accepted, 1);
    QCOMPARE(s2.remaining, 0);
}

void TestSyncEngine::unauthorizedRefreshesOnceThenAsksToSignIn()
{
    {
        Rig rig;
        rig.add(RecordKind::Training);
        rig.platform.postFaults = {FakePlatform::Fault::Status401};
        const SyncSummary s = rig.run();
        QCOMPARE(rig.tokens.refreshes, 1);
        QCOMPARE(s.counts.accepted, 1);
        QVERIFY(!s.authenticationRequired);
    }
    {
        Rig rig;
        rig.tokens.refreshWorks = false;
        const QUuid u = rig.add(RecordKind::Training);
        rig.platform.postFaults = {FakePlatform::Fault::Status401, FakePlatform::Fault::Status401};
        const SyncSummary s = rig.run();
        QCOMPARE(rig.tokens.refreshes, 1);
        QVERIFY(s.authenticationRequired);
        QCOMPARE(s.remaining, 1);
        QCOMPARE_ENUM(rig.store.record(u).status, SyncStatus::Queued);
        QVERIFY(s.messages.join(' ').contains("sign in again"));
    }
}

void TestSyncEngine::refusalCarriesAnomaliesToFields()
{
    Rig rig;
    const QUuid good = rig.add(RecordKind::Participation);
    const QUuid bad = rig.add(RecordKind::Participation);
    rig.platform.refuse.insert(bad.toString(QUuid::WithoutBraces));
    const SyncSummary s = rig.run();
    QCOMPARE(s.counts.accepted, 1);
    QCOMPARE(s.counts.refused, 1);
    QCOMPARE(s.remaining, 0);
    QCOMPARE_ENUM(rig.store.record(good).status, SyncStatus::Accepted);
    const auto state = rig.store.record(bad);
    QCOMPARE_ENUM(state.status, SyncStatus::Refused);
    QCOMPARE(state.anomalies.size(), 1);
    QCOMPARE(state.anomalies.first().code, QString("ID-002"));
    QCOMPARE(state.anomalies.first().field, QString("ssin"));
    QCOMPARE(state.anomalies.first().severity, Severity::Blocking);
}

void TestSyncEngine::conflictIsMarkedForTheUser()
{
    Rig rig;
    SyncItem e;
    e.recordUuid = QUuid::createUuid();
    e.type = RecordKind::Training;
    e.enterpriseNumber = kOwn;
    e.data = QJsonObject{{"name", "mine"}};
    e.ifMatch = "\"v1\"";
    const QString key = e.recordUuid.toString(QUuid::WithoutBraces);
    // Someone else (a training provider) changed it on the platform meanwhile.
    rig.platform.stored.insert(key, QJsonObject{{"name", "theirs"}});
    rig.platform.etags.insert(key, "\"v2\"");
    rig.store.enqueue(e);
    const SyncSummary s = rig.run();
    QCOMPARE(s.counts.conflicts, 1);
    QCOMPARE_ENUM(rig.store.record(e.recordUuid).status, SyncStatus::Conflict);
    QCOMPARE(rig.platform.stored.value(key).value("name").toString(), QString("theirs"));
}

void TestSyncEngine::conflictAfterAnUnreadableLostDeclarationWaits()
{
    // GIVEN a record sent in a declaration whose answer was lost, which the platform cannot show now
    SyncOptions o;
    o.maxWaitMs = 0;
    Rig rig(o);
    SyncItem e;
    e.recordUuid = QUuid::createUuid();
    e.type = RecordKind::Training;
    e.enterpriseNumber = kOwn;
    e.data = QJsonObject{{"name", "newest"}};
    e.ifMatch = "\"v1\"";
    const QString key = e.recordUuid.toString(QUuid::WithoutBraces);
    rig.platform.stored.insert(key, QJsonObject{{"name", "sent before, answer lost"}});
    rig.platform.etags.insert(key, "\"v2\"");
    rig.store.enqueue(e);
    const QString lost = QUuid::createUuid().toString(QUuid::WithoutBraces);
    rig.store.noteUnanswered({rig.store.entries().first()}, lost);
    rig.platform.unreadable.insert(lost);
    // WHEN the newest version meets "conflict", THEN it is not called one yet: it waits for another try
    const SyncSummary s = rig.run();
    QCOMPARE(s.counts.conflicts, 0);
    QCOMPARE(s.remaining, 1);
    QCOMPARE_ENUM(rig.store.record(e.recordUuid).status, SyncStatus::Queued);
    QCOMPARE(rig.store.unansweredDeclarations(rig.store.entries().first()), QStringList{lost});
    // AND once the platform shows that declaration (our send, applied as "v2"), the newest goes through.
    rig.platform.unreadable.clear();
    rig.platform.declarations.insert(
        lost,
        QJsonObject{
            {"declarationId", lost},
            {"status", "done"},
            {"items", QJsonArray{QJsonObject{{"uuid", key}, {"result", "accepted"}, {"etag", "\"v2\""}}}}});
    rig.clock.advanceSeconds(600);
    const SyncSummary s2 = rig.run();
    QCOMPARE(s2.counts.conflicts, 0);
    QCOMPARE(s2.counts.accepted, 1);
    QCOMPARE(rig.platform.stored.value(key).value("name").toString(), QString("newest"));
    QVERIFY(rig.store.unansweredDeclarations(e).isEmpty());
}

void TestSyncEngine::neverCrossesCompanies()
{
    Rig rig;
    const QUuid mine = rig.add(RecordKind::Training, kOwn);
    const QUuid theirs = rig.add(RecordKind::Training, kOther, "Training 'Forklift'");
    QSignalSpy held(rig.engine.get(), &SyncEngine::entriesHeld);
    const SyncSummary s = rig.run();
    QCOMPARE(s.counts.accepted, 1);
    QCOMPARE(s.counts.held, 1);
    QCOMPARE(s.remaining, 1);
    // Not one byte about the other company left the machine.
    for (const FakeRequest &r : std::as_const(rig.nam.requests)) {
        QVERIFY(!r.url.path().contains(kOther));
        QVERIFY(!r.body.contains(theirs.toString(QUuid::WithoutBraces).toLatin1()));
    }
    QCOMPARE_ENUM(rig.store.record(mine).status, SyncStatus::Accepted);
    QCOMPARE_ENUM(rig.store.record(theirs).status, SyncStatus::Queued);
    QVERIFY(rig.store.record(theirs).heldReason.contains(EnterpriseNumber::parse(kOther).display()));
    QCOMPARE(held.size(), 1);
    QCOMPARE(held.first().at(0).value<QList<SyncItem>>().first().label, QString("Training 'Forklift'"));
    QVERIFY(s.messages.join(' ').contains("mandate"));
}

void TestSyncEngine::badRequestRefusesOnlyTheNamedItem()
{
    Rig rig;
    const QUuid a = rig.add(RecordKind::Participation);
    const QUuid b = rig.add(RecordKind::Participation);
    bool first = true;
    FakeQnam nam([&](const FakeRequest &r) -> FakeResponse {
        if (r.verb == "POST" && first) {
            first = false;
            const QJsonObject problem{
                {"type", "urn:problem-type:belgif:badRequest"},
                {"title", "Bad Request"},
                {"status", 400},
                {"issues",
                 QJsonArray{QJsonObject{{"type", "urn:problem-type:belgif:input-validation:schemaViolation"},
                                        {"in", "body"},
                                        {"name", "items[1].data.ssin"},
                                        {"detail", "ssin must be 11 digits"}}}}};
            return {400, {}, QJsonDocument(problem).toJson(), "application/problem+json"};
        }
        return rig.platform.handle(r);
    });
    FlaApiClient client(&nam, QUrl(kBase), &rig.tokens);
    SyncEngine engine(&client, &rig.store, rig.clock);
    QSignalSpy done(&engine, &SyncEngine::finished);
    engine.start();
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE_ENUM(rig.store.record(a).status, SyncStatus::Accepted);
    QCOMPARE_ENUM(rig.store.record(b).status, SyncStatus::Refused);
    QCOMPARE(rig.store.record(b).anomalies.first().field, QString("ssin"));
    QCOMPARE(rig.store.record(b).anomalies.first().code, QString("schemaViolation"));
}

void TestSyncEngine::concurrencyIsBounded()
{
    SyncOptions o;
    o.batchSize = 10;
    o.maxConcurrentBatches = 3;
    Rig rig(o);
    rig.platform.postDelayMs = 20;
    int maxOpen = 0;
    for (int i = 0; i < 200; ++i)
        rig.add(RecordKind::Participation);
    QSignalSpy done(rig.engine.get(), &SyncEngine::finished);
    QObject::connect(rig.engine.get(), &SyncEngine::progressChanged,
                     [&](const SyncProgress &p) { maxOpen = std::max(maxOpen, p.inFlight); });
    rig.engine->start();
    QTRY_COMPARE(done.size(), 1);
    QVERIFY2(maxOpen <= 30, qPrintable(QString::number(maxOpen)));
    QVERIFY(maxOpen > 10); // it did use more than one at once
    QCOMPARE(rig.platform.stored.size(), 200);
}

void TestSyncEngine::workersGoBeforeParticipations()
{
    Rig rig;
    rig.add(RecordKind::Participation);
    rig.add(RecordKind::Training);
    rig.add(RecordKind::Worker);
    rig.add(RecordKind::Employment);
    rig.add(RecordKind::TrainingRight);
    rig.run();
    QCOMPARE(rig.platform.order, QStringList({"worker", "employment", "training", "participation", "right"}));
}

void TestSyncEngine::cancelKeepsEverythingQueued()
{
    Rig rig;
    rig.platform.postDelayMs = 200;
    for (int i = 0; i < 5; ++i)
        rig.add(RecordKind::Training);
    QSignalSpy done(rig.engine.get(), &SyncEngine::finished);
    rig.engine->start();
    QTRY_COMPARE(rig.engine->progress().inFlight, 5);
    rig.engine->cancel();
    QCOMPARE(done.size(), 1);
    const SyncSummary s = done.first().at(0).value<SyncSummary>();
    QVERIFY(s.cancelled);
    QCOMPARE(s.remaining, 5);
    for (const SyncItem &e : rig.store.entries())
        QCOMPARE(e.attempts, 0);
    QTest::qWait(300); // the aborted answers must not change anything
    QCOMPARE(rig.store.entries().size(), 5);
}

// The claim is lost while the first declaration waits for its answer: the
// answer is still recorded, nothing more is sent, and the summary says why.
void TestSyncEngine::aStoreThatStopsTheSyncGetsNothingMoreSent_data()
{
    QTest::addColumn<bool>("whileFetching");
    QTest::newRow("the claim lost after the first batch") << false;
    QTest::newRow("a record of the second batch unreadable") << true;
}

void TestSyncEngine::aStoreThatStopsTheSyncGetsNothingMoreSent()
{
    QFETCH(bool, whileFetching);
    SyncOptions o;
    o.batchSize = 2;
    o.maxConcurrentBatches = 1;
    Rig rig(o);
    rig.platform.postDelayMs = 100;
    for (int i = 0; i < 6; ++i)
        rig.add(RecordKind::Training);
    if (whileFetching)
        rig.store.unreadableAtFetch = 2;
    QSignalSpy done(rig.engine.get(), &SyncEngine::finished);
    rig.engine->start();
    QTRY_COMPARE(rig.posts(), 1);
    if (!whileFetching)
        rig.store.lost = QStringLiteral("The connection to the team server was lost and opened again");
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 5000);
    const SyncSummary s = done.first().at(0).value<SyncSummary>();
    QCOMPARE(rig.posts(), 1);
    QCOMPARE(s.counts.accepted, 2);
    QCOMPARE(s.remaining, 4);
    QVERIFY2(s.messages.contains(rig.store.lost), qPrintable(s.messages.join('\n')));
    for (const SyncItem &e : rig.store.entries())
        QCOMPARE(e.attempts, 0); // the rest was never sent
}

void TestSyncEngine::offlineLeavesTheOutboxAlone()
{
    SyncOptions o;
    o.baseBackoffMs = 10;
    Rig rig(o);
    FakeQnam nam([](const FakeRequest &) { return FakeResponse{0, {}, {}}; });
    FlaApiClient client(&nam, QUrl(kBase), &rig.tokens);
    SyncEngine engine(&client, &rig.store, rig.clock, o);
    rig.add(RecordKind::Training);
    QSignalSpy done(&engine, &SyncEngine::finished);
    engine.start();
    QTRY_COMPARE(done.size(), 1);
    const SyncSummary s = done.first().at(0).value<SyncSummary>();
    QVERIFY(s.offline);
    QCOMPARE(s.remaining, 1);
}

void TestSyncEngine::backoffGrowsWithJitterAndCap()
{
    Backoff b(1000, 60000, 7);
    for (int attempt = 1; attempt <= 12; ++attempt) {
        const qint64 ceiling = Backoff::ceilingMs(1000, 60000, attempt);
        QCOMPARE(ceiling, std::min<qint64>(60000, 1000LL << (attempt - 1)));
        QSet<qint64> seen;
        for (int i = 0; i < 50; ++i) {
            const qint64 d = b.delayMs(attempt);
            QVERIFY(d >= ceiling / 2 && d <= ceiling);
            seen.insert(d);
        }
        QVERIFY(seen.size() > 1); // jitter: not everyone comes back at the same moment
    }
    QVERIFY(b.delayMs(1, 120) >= 120000);
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
