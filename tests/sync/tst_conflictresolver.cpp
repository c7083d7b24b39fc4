// Conflicts against a real fla-sandbox process: a record changed on the platform by
// another channel and here since the last sync comes back as `conflict` (the
// workspace sends the platform's version it is based on as ifMatch); the user keeps
// theirs ("keep mine": declared again over the version seen, conflict again if the
// platform changed once more) or takes the platform's (written, audited, closed).

#include "Must.h"
#include "PlatformClient.h"
#include "SyncTestSupport.h"

#include "core/storage/AuditRepository.h"
#include "core/storage/OutboxRepository.h"
#include "core/sync/ConflictResolver.h"
#include "core/sync/JsonMapping.h"
#include "core/sync/PlatformVersions.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using namespace fla::test;

namespace {

QString uuidText(const QUuid &u)
{
    return u.toString(QUuid::WithoutBraces);
}

ConflictCase fetchCase(Workspace &ws, const SandboxProcess &sandbox, const QUuid &employer,
                       const QUuid &record, QString *failure)
{
    QNetworkAccessManager nam;
    StaticTokenProvider tokens(sandbox.token());
    FlaApiClient client(&nam, sandbox.apiUrl(), &tokens);
    ConflictResolver resolver(ws, &client);
    QSignalSpy fetched(&resolver, &ConflictResolver::fetched);
    QSignalSpy failed(&resolver, &ConflictResolver::failed);
    resolver.fetch(employer, record);
    QDeadlineTimer deadline(10000);
    while (fetched.isEmpty() && failed.isEmpty() && !deadline.hasExpired())
        fetched.wait(50);
    if (fetched.isEmpty() && failed.isEmpty()) {
        *failure = "no answer from the platform";
        return {};
    }
    if (!failed.isEmpty()) {
        *failure = failed.first().at(0).toString();
        return {};
    }
    return fetched.first().at(0).value<ConflictCase>();
}

const ConflictField *field(const ConflictCase &c, const QString &name)
{
    for (const ConflictField &f : c.fields)
        if (f.field == name)
            return &f;
    return nullptr;
}

} // namespace

class TestConflictResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_sandbox.stop(); }
    void changesOnBothSidesBecomeConflicts();
    void keepMineReplacesThePlatformsVersion();
    void takeTheirsWritesThePlatformsVersion();
    void trainingGoneFromThePlatform();

private:
    QString trainingPath(const QUuid &u) const
    {
        return "/employers/" + kChloe1 + "/trainings/" + uuidText(u);
    }

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    std::unique_ptr<Workspace> m_ws;
    Synthetic m_s;
};

void TestConflictResolver::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString started = m_sandbox.start({"--data-dir", m_dir.filePath("sandbox")});
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QString error;
    m_ws = Workspace::open(m_dir.filePath("office.fladesk"), &error);
    QVERIFY2(m_ws, qPrintable(error));
    m_s = makeSynthetic(kChloe1, 2, 2, 1);
    QVERIFY(saveQueued(*m_ws, m_s).isEmpty());
    const SyncSummary first = syncWorkspace(*m_ws, m_sandbox);
    QCOMPARE(first.counts.done(), int(m_s.size()));
    QCOMPARE(first.counts.conflicts, 0);
    // The platform's versions are remembered, to be sent as ifMatch.
    const PlatformReply training =
        platformRequest(m_sandbox, "GET", trainingPath(m_s.trainings.first().uuid));
    QVERIFY(!training.etag.isEmpty());
    QCOMPARE(PlatformVersions(*m_ws).version(m_s.trainings.first().uuid)->baseEtag, training.etag);
}

void TestConflictResolver::changesOnBothSidesBecomeConflicts()
{
    // GIVEN another channel changed a training and a worker on the platform …
    Training theirs = m_s.trainings.first();
    theirs.name = "Renamed on the platform";
    QCOMPARE(platformRequest(m_sandbox, "PUT", trainingPath(theirs.uuid), json::fromTraining(theirs)).status,
             200);
    Worker theirWorker = m_s.workers.first();
    theirWorker.familyName = "Changed-on-platform";
    QCOMPARE(platformRequest(m_sandbox, "PUT", "/employers/" + kChloe1 + "/workers/" + theirWorker.ssin,
                             json::fromWorker(theirWorker))
                 .status,
             200);
    // … AND the same records changed here, another training too (no conflict for that one)
    const QUuid employer = m_s.employer.uuid;
    Training mine = *fla::test::must(m_ws->trainings(employer).find(theirs.uuid));
    mine.duration = 6;
    QVERIFY(m_ws->trainings(employer).save(mine));
    Worker myWorker = *fla::test::must(m_ws->workers(employer).find(theirWorker.uuid));
    myWorker.givenName = "Locally";
    myWorker.sex = StatedSex::Female; // the workspace's alone: the FLA does not know it
    QVERIFY(m_ws->workers(employer).save(myWorker));
    Training other = *fla::test::must(m_ws->trainings(employer).find(m_s.trainings.at(1).uuid));
    other.duration = 3;
    QVERIFY(m_ws->trainings(employer).save(other));

    // WHEN the workspace syncs
    const SyncSummary s = syncWorkspace(*m_ws, m_sandbox);
    // THEN the platform keeps its version and answers conflict for both; the other one is accepted
    QCOMPARE(s.counts.conflicts, 2);
    QCOMPARE(s.counts.accepted + s.counts.acceptedWithWarnings, 1);
    QCOMPARE(platformRequest(m_sandbox, "GET", trainingPath(theirs.uuid)).json.value("name").toString(),
             QString("Renamed on the platform"));
    QCOMPARE_ENUM(fla::test::must(m_ws->outbox(employer).findSyncStatus(RecordKind::Training, mine.uuid)),
                  SyncStatus::Conflict);
    QCOMPARE_ENUM(fla::test::must(m_ws->outbox(employer).findSyncStatus(RecordKind::Worker, myWorker.uuid)),
                  SyncStatus::Conflict);
    const QList<QUuid> conflicts = fla::test::must(ConflictResolver::conflicts(*m_ws, employer));
    QCOMPARE(conflicts.size(), 2);
    QVERIFY(conflicts.contains(mine.uuid) && conflicts.contains(myWorker.uuid));
}

void TestConflictResolver::keepMineReplacesThePlatformsVersion()
{
    const QUuid employer = m_s.employer.uuid;
    const QUuid training = m_s.trainings.first().uuid;
    QString failure;
    ConflictCase c = fetchCase(*m_ws, m_sandbox, employer, training, &failure);
    QVERIFY2(c.isValid(), qPrintable(failure));
    QCOMPARE_ENUM(c.entity, RecordKind::Training);
    QVERIFY(c.platformHasIt);
    QVERIFY(!c.theirEtag.isEmpty());
    QCOMPARE(c.label, QString("training “Training 0” of 06/01/2025"));
    QCOMPARE(c.differingFields(), 2);
    QCOMPARE(field(c, "name")->mine.toString(), QString("Training 0"));
    QCOMPARE(field(c, "name")->theirs.toString(), QString("Renamed on the platform"));
    QCOMPARE(field(c, "duration")->mine.toDouble(), 6.0);
    QCOMPARE(field(c, "duration")->theirs.toDouble(), 4.0);
    QVERIFY(!field(c, "startDate")->differs);

    // The platform changes once more after the user looked: keeping ours does not overwrite it unseen.
    Training third = m_s.trainings.first();
    third.name = "Renamed again on the platform";
    QCOMPARE(platformRequest(m_sandbox, "PUT", trainingPath(training), json::fromTraining(third)).status,
             200);
    QString error;
    QVERIFY2(ConflictResolver::keepMine(*m_ws, c, &error), qPrintable(error));
    QCOMPARE_ENUM(fla::test::must(m_ws->outbox(employer).findSyncStatus(RecordKind::Training, training)),
                  SyncStatus::Queued);
    SyncSummary s = syncWorkspace(*m_ws, m_sandbox);
    QCOMPARE(s.counts.conflicts, 1);
    QCOMPARE(platformRequest(m_sandbox, "GET", trainingPath(training)).json.value("name").toString(),
             third.name);

    // Looked at again and kept: the next sync replaces the platform's version with ours.
    c = fetchCase(*m_ws, m_sandbox, employer, training, &failure);
    QVERIFY2(c.isValid(), qPrintable(failure));
    QCOMPARE(field(c, "name")->theirs.toString(), third.name);
    QVERIFY2(ConflictResolver::keepMine(*m_ws, c, &error), qPrintable(error));
    s = syncWorkspace(*m_ws, m_sandbox);
    QCOMPARE(s.counts.conflicts, 0);
    QCOMPARE(s.counts.accepted + s.counts.acceptedWithWarnings, 1);
    const PlatformReply platform = platformRequest(m_sandbox, "GET", trainingPath(training));
    QCOMPARE(platform.json.value("name").toString(), QString("Training 0"));
    QCOMPARE(platform.json.value("duration").toDouble(), 6.0);
    QCOMPARE_ENUM(fla::test::must(m_ws->outbox(employer).findSyncStatus(RecordKind::Training, training)),
                  SyncStatus::Accepted);
    QCOMPARE(PlatformVersions(*m_ws).version(training)->baseEtag, platform.etag);
    QVERIFY(!fla::test::must(ConflictResolver::conflicts(*m_ws, employer)).contains(training));
}

void TestConflictResolver::takeTheirsWritesThePlatformsVersion()
{
    const QUuid employer = m_s.employer.uuid;
    const Worker &w = m_s.workers.first();
    QString failure;
    const ConflictCase c = fetchCase(*m_ws, m_sandbox, employer, w.uuid, &failure);
    QVERIFY2(c.isValid(), qPrintable(failure));
    QCOMPARE(c.label, QString("worker Locally Worker0 (%1)").arg(Ssin::mask(w.ssin)));
    QCOMPARE(field(c, "familyName")->theirs.toString(), QString("Changed-on-platform"));
    QCOMPARE(field(c, "givenName")->mine.toString(), QString("Locally"));
    QCOMPARE(c.differingFields(), 2);
    const int auditBefore = int(m_ws->audit(employer).findHistory(w.uuid).value().size());

    QString error;
    QVERIFY2(ConflictResolver::takeTheirs(*m_ws, c, &error), qPrintable(error));
    // The workspace holds the platform's version, audited; the record is accepted, nothing waits to be sent.
    const Worker now = *fla::test::must(m_ws->workers(employer).find(w.uuid));
    QCOMPARE(now.familyName, QString("Changed-on-platform"));
    QCOMPARE(now.givenName, QString("Test"));
    QCOMPARE_ENUM(now.sex, StatedSex::Female); // what the platform does not hold stays ours
    const QList<AuditEntry> trail = m_ws->audit(employer).findHistory(w.uuid).value();
    QCOMPARE(int(trail.size()), auditBefore + 1);
    QCOMPARE_ENUM(trail.last().change, ChangeKind::Update);
    QCOMPARE(trail.last().before.value("givenName").toString(), QString("Locally"));
    QCOMPARE_ENUM(fla::test::must(m_ws->outbox(employer).findSyncStatus(RecordKind::Worker, w.uuid)),
                  SyncStatus::Accepted);
    QVERIFY(fla::test::must(ConflictResolver::conflicts(*m_ws, employer)).isEmpty());
    const SyncSummary nothing = syncWorkspace(*m_ws, m_sandbox);
    QCOMPARE(nothing.counts.total, 0);

    // Our copy is now based on the platform's version: the next change here is accepted, not a conflict.
    Worker edited = now;
    edited.address = "Rue de la Loi 16, 1000 Bruxelles";
    QVERIFY(m_ws->workers(employer).save(edited));
    const SyncSummary next = syncWorkspace(*m_ws, m_sandbox);
    QCOMPARE(next.counts.conflicts, 0);
    QCOMPARE(next.counts.accepted + next.counts.acceptedWithWarnings, 1);
    const PlatformReply platform =
        platformRequest(m_sandbox, "GET", "/employers/" + kChloe1 + "/workers/" + w.ssin);
    QCOMPARE(platform.json.value("familyName").toString(), QString("Changed-on-platform"));
    QCOMPARE(platform.json.value("address").toString(), edited.address);
}

void TestConflictResolver::trainingGoneFromThePlatform()
{
    // A conflict whose record the platform cancelled since: taking the platform's version removes ours
    // (audited, restorable).
    const QUuid employer = m_s.employer.uuid;
    const QUuid training = m_s.trainings.at(1).uuid;
    Training theirs = *fla::test::must(m_ws->trainings(employer).find(training));
    theirs.name = "Changed there";
    QCOMPARE(platformRequest(m_sandbox, "PUT", trainingPath(training), json::fromTraining(theirs)).status,
             200);
    Training mine = *fla::test::must(m_ws->trainings(employer).find(training));
    mine.financing = "sector fund";
    QVERIFY(m_ws->trainings(employer).save(mine));
    QCOMPARE(syncWorkspace(*m_ws, m_sandbox).counts.conflicts, 1);
    QCOMPARE(platformRequest(m_sandbox, "DELETE", trainingPath(training)).status, 204);

    QString failure;
    const ConflictCase c = fetchCase(*m_ws, m_sandbox, employer, training, &failure);
    QVERIFY2(c.isValid(), qPrintable(failure));
    QVERIFY(!c.platformHasIt);
    QString error;
    QVERIFY2(ConflictResolver::takeTheirs(*m_ws, c, &error), qPrintable(error));
    QVERIFY(!fla::test::must(m_ws->trainings(employer).find(training)));
    QCOMPARE_ENUM(m_ws->audit(employer).findHistory(training).value().last().change, ChangeKind::Delete);
    QVERIFY(m_ws->audit(employer).canRestore(training).value());
}

QTEST_GUILESS_MAIN(TestConflictResolver)
#include "tst_conflictresolver.moc"
