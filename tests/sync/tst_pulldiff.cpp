// Pull review against a real fla-sandbox process: what the platform holds that the
// workspace does not (a worker created on the platform side, a training registered
// by a training provider, a right the platform computed), a field changed on the
// platform, a record the platform no longer holds; accepting writes it (audited,
// undoable), rejecting is remembered until the platform's record changes.

#include "Must.h"
#include "PlatformClient.h"
#include "SyncTestSupport.h"

#include "core/storage/AuditRepository.h"
#include "core/storage/OutboxRepository.h"
#include "core/storage/TrainingRightRepository.h"
#include "core/sync/JsonMapping.h"
#include "core/sync/PlatformVersions.h"
#include "core/sync/PullDiff.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using namespace fla::test;

namespace {

QString uuidText(const QUuid &u)
{
    return u.toString(QUuid::WithoutBraces);
}

const PullDifference *find(const PullReview &r, PullChange change, const QUuid &record,
                           const QString &field = {})
{
    for (const PullDifference &d : r.differences)
        if (d.change == change && d.recordUuid == record && d.field == field)
            return &d;
    return nullptr;
}

} // namespace

class TestPullDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_sandbox.stop(); }
    void showsWhatThePlatformHoldsDifferently();
    void acceptWritesAuditedAndRejectIsRemembered();
    void recordGoneFromThePlatform();
    void badDecisionsWriteNothing();
    void fieldTextIsTheTypedValue_data();
    void fieldTextIsTheTypedValue();
    void sameValueInAnotherJsonFormIsNoDifference_data();
    void sameValueInAnotherJsonFormIsNoDifference();
    void differentValuesAreDifferences_data();
    void differentValuesAreDifferences();

private:
    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    std::unique_ptr<Workspace> m_ws;
    Synthetic m_s;
    Worker m_platformWorker;
    QUuid m_platformEmployment;
    QUuid m_providerTraining;
    QUuid m_providerParticipation;
    QUuid m_platformRight;
};

void TestPullDiff::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString started = m_sandbox.start({"--data-dir", m_dir.filePath("sandbox")});
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QString error;
    m_ws = Workspace::open(m_dir.filePath("office.fladesk"), &error);
    QVERIFY2(m_ws, qPrintable(error));
    // GIVEN an employer declared from this workspace and accepted …
    m_s = makeSynthetic(kChloe1, 2, 1, 2);
    QVERIFY(saveQueued(*m_ws, m_s).isEmpty());
    const SyncSummary first = syncWorkspace(*m_ws, m_sandbox);
    QCOMPARE(first.counts.accepted + first.counts.acceptedWithWarnings, int(m_s.size()));
    // … whose platform versions are remembered, to be sent as ifMatch next time.
    QVERIFY(!PlatformVersions(*m_ws).version(m_s.trainings.first().uuid)->baseEtag.isEmpty());

    // AND what other channels did on the platform since:
    const QString root = "/employers/" + kChloe1;
    // another software created a worker, with his employment;
    m_platformWorker.uuid = QUuid::createUuid();
    m_platformWorker.ssin = Ssin::compose(90, 2, 14, 321, false);
    m_platformWorker.familyName = "Platformson";
    m_platformWorker.givenName = "Pia";
    QCOMPARE(platformRequest(m_sandbox, "PUT", root + "/workers/" + m_platformWorker.ssin,
                             json::fromWorker(m_platformWorker))
                 .status,
             201);
    Employment e;
    e.uuid = m_platformEmployment = QUuid::createUuid();
    e.workerUuid = m_platformWorker.uuid;
    e.startDate = QDate(2020, 1, 1);
    e.jointCommittee = "200";
    QCOMPARE(platformRequest(m_sandbox, "PUT", root + "/employments/" + uuidText(e.uuid),
                             json::fromEmployment(e, m_platformWorker.ssin))
                 .status,
             201);
    // a training provider registered a training with one of our workers;
    Training provided;
    provided.uuid = m_providerTraining = QUuid::createUuid();
    provided.name = "Forklift safety";
    provided.provider = "Safety Academy";
    provided.startDate = provided.endDate = QDate(2025, 3, 3);
    provided.duration = 8;
    provided.unit = DurationUnit::Hours;
    QJsonObject providedJson = json::fromTraining(provided);
    providedJson.insert("registeredBy", "PROVIDER");
    QCOMPARE(platformRequest(m_sandbox, "PUT", root + "/trainings/" + uuidText(provided.uuid), providedJson)
                 .status,
             201);
    Participation p;
    p.uuid = m_providerParticipation = QUuid::createUuid();
    p.trainingUuid = provided.uuid;
    p.workerUuid = m_s.workers.first().uuid;
    QCOMPARE(platformRequest(m_sandbox, "PUT",
                             root + "/trainings/" + uuidText(provided.uuid) + "/participations/" +
                                 uuidText(p.uuid),
                             json::fromParticipation(p, m_s.workers.first().ssin))
                 .status,
             201);
    // the platform computed a right;
    TrainingRight right;
    right.uuid = m_platformRight = QUuid::createUuid();
    right.workerUuid = m_s.workers.at(1).uuid;
    right.year = 2025;
    right.amount = 5;
    right.origin = RightOrigin::Platform;
    QCOMPARE(platformRequest(m_sandbox, "PUT", root + "/rights/" + uuidText(right.uuid),
                             json::fromRight(right, m_s.workers.at(1).ssin))
                 .status,
             201);
    // and someone renamed our training there.
    Training renamed = m_s.trainings.first();
    renamed.name = "Training 0 (renamed on the platform)";
    QCOMPARE(platformRequest(m_sandbox, "PUT", root + "/trainings/" + uuidText(renamed.uuid),
                             json::fromTraining(renamed))
                 .status,
             200);
}

void TestPullDiff::showsWhatThePlatformHoldsDifferently()
{
    const PullResult pulled = pullEmployer(m_sandbox, kChloe1);
    QVERIFY2(pulled.ok, qPrintable(pulled.error));
    const PullReview review = fla::test::must(PullDiff::compare(*m_ws, m_s.employer.uuid, pulled));
    QVERIFY2(review.problems.isEmpty(), qPrintable(review.problems.join('\n')));

    const PullDifference *worker = find(review, PullChange::New, m_platformWorker.uuid);
    QVERIFY(worker);
    QCOMPARE(toString(worker->entity), toString(RecordKind::Worker));
    QVERIFY2(worker->message().contains("worker Pia Platformson (90.02.14-xxx.xx)") &&
                 worker->message().contains("not in the workspace"),
             qPrintable(worker->message()));
    QVERIFY(find(review, PullChange::New, m_platformEmployment));
    QVERIFY(find(review, PullChange::New, m_platformRight));

    const PullDifference *provided = find(review, PullChange::New, m_providerTraining);
    QVERIFY(provided);
    QVERIFY(provided->fromProvider);
    QVERIFY2(provided->recordLabel.contains("“Forklift safety”") &&
                 provided->recordLabel.contains("registered by a training provider"),
             qPrintable(provided->recordLabel));
    const PullDifference *part = find(review, PullChange::New, m_providerParticipation);
    QVERIFY(part);
    QVERIFY(part->fromProvider);
    QVERIFY2(part->recordLabel.contains("participation of Test Worker0 in “Forklift safety”"),
             qPrintable(part->recordLabel));

    const PullDifference *name = find(review, PullChange::Changed, m_s.trainings.first().uuid, "name");
    QVERIFY(name);
    // The field is the schema's, its values the typed record's as the user reads them.
    QVERIFY(name->schemaField);
    QCOMPARE(QLatin1String(name->schemaField->key), QLatin1String("name"));
    QCOMPARE(name->fieldLabel(), QString("name"));
    QCOMPARE(name->oursText, QString("Training 0"));
    QCOMPARE(name->theirsText, QString("Training 0 (renamed on the platform)"));
    // A new record reads as its first fields, labelled.
    QVERIFY2(
        provided->theirsText.startsWith("name Forklift safety · training provider Safety Academy · kind "),
        qPrintable(provided->theirsText));
    QVERIFY(provided->oursText.isEmpty());
    QCOMPARE(name->message(),
             QString("training “Training 0” of 06/01/2025: the platform has name “Training 0 "
                     "(renamed on the platform)” where the workspace has “Training 0”."));

    // Nothing else: the rest is the same on both sides.
    QCOMPARE(review.differences.size(), 6);
    QCOMPARE(review.count(PullChange::Missing), 0);
    QCOMPARE(review.unchanged, int(m_s.size()) - 1);
}

void TestPullDiff::acceptWritesAuditedAndRejectIsRemembered()
{
    const PullReview review =
        fla::test::must(PullDiff::compare(*m_ws, m_s.employer.uuid, pullEmployer(m_sandbox, kChloe1)));
    QCOMPARE(review.differences.size(), 6);
    // WHEN the user accepts everything but the new name of the training
    QList<PullDecision> decisions;
    for (const PullDifference &d : review.differences)
        decisions.append(d.change == PullChange::Changed ? PullDecision::Reject : PullDecision::Accept);
    PullApplyResult result;
    QString error;
    QVERIFY2(PullDiff::apply(*m_ws, review, decisions, &result, &error), qPrintable(error));
    QCOMPARE(result.written, 5);
    QCOMPARE(result.rejected, 1);

    // THEN the platform's records are in the workspace, audited, accepted and not queued again
    const QUuid employer = m_s.employer.uuid;
    const auto worker = fla::test::must(m_ws->workers(employer).find(m_platformWorker.uuid));
    QVERIFY(worker);
    QCOMPARE(worker->familyName, QString("Platformson"));
    const QList<AuditEntry> history = m_ws->audit(employer).findHistory(m_platformWorker.uuid).value();
    QCOMPARE(history.size(), 1);
    QCOMPARE(toString(history.first().change), toString(ChangeKind::Create));
    QCOMPARE(fla::test::must(m_ws->trainings(employer).find(m_providerTraining))->provider,
             QString("Safety Academy"));
    QCOMPARE(fla::test::must(m_ws->participations(employer).find(m_providerParticipation))->workerUuid,
             m_s.workers.first().uuid);
    QCOMPARE(toString(fla::test::must(m_ws->rights(employer).find(m_platformRight))->origin),
             toString(RightOrigin::Platform));
    QCOMPARE(toString(fla::test::must(
                 m_ws->outbox(employer).findSyncStatus(RecordKind::Worker, m_platformWorker.uuid))),
             toString(SyncStatus::Accepted));
    QCOMPARE(m_ws->outbox(employer).findCount(OutboxState::Pending).value(), qint64(0));
    // … and the rejected name stays ours.
    QCOMPARE(fla::test::must(m_ws->trainings(employer).find(m_s.trainings.first().uuid))->name,
             QString("Training 0"));

    // A second pull asks nothing again: the rejection is remembered.
    const PullReview again =
        fla::test::must(PullDiff::compare(*m_ws, employer, pullEmployer(m_sandbox, kChloe1)));
    QVERIFY2(again.differences.isEmpty(), qPrintable(again.differences.value(0).message()));
    QCOMPARE(again.rejectedBefore, 1);

    // The workspace holds what the FLA does not know of the training (for the social balance sheet) …
    Training local = fla::test::must(m_ws->trainings(employer).find(m_s.trainings.first().uuid)).value();
    local.traineePayCents = 123456;
    local.costSharing = CostSharing::ByHours;
    QVERIFY2(m_ws->trainings(employer).save(local, &error), qPrintable(error));

    // Until the platform's record changes: then the difference is asked again, and accepting it writes it.
    Training t = m_s.trainings.first();
    t.name = "Training 0 (renamed twice)";
    QCOMPARE(platformRequest(m_sandbox, "PUT", "/employers/" + kChloe1 + "/trainings/" + uuidText(t.uuid),
                             json::fromTraining(t))
                 .status,
             200);
    const PullReview third =
        fla::test::must(PullDiff::compare(*m_ws, employer, pullEmployer(m_sandbox, kChloe1)));
    QCOMPARE(third.differences.size(), 1);
    QCOMPARE(third.differences.first().field, QString("name"));
    QCOMPARE(third.rejectedBefore, 0);
    QVERIFY2(PullDiff::apply(*m_ws, third, {PullDecision::Accept}, &result, &error), qPrintable(error));
    const Training accepted = fla::test::must(m_ws->trainings(employer).find(t.uuid)).value();
    QCOMPARE(accepted.name, QString("Training 0 (renamed twice)"));
    // … and accepting the platform's name keeps it.
    QCOMPARE(accepted.traineePayCents, std::optional<qint64>(123456));
    QCOMPARE(int(accepted.costSharing), int(CostSharing::ByHours));
    QCOMPARE(accepted.registeredOn, local.registeredOn);
    const QList<AuditEntry> trail = m_ws->audit(employer).findHistory(t.uuid).value();
    QCOMPARE(toString(trail.last().change), toString(ChangeKind::Update));
    QCOMPARE(trail.last().before.value("name").toString(), QString("Training 0"));
    QCOMPARE(fla::test::must(PullDiff::compare(*m_ws, employer, pullEmployer(m_sandbox, kChloe1)))
                 .differences.size(),
             0);
}

void TestPullDiff::recordGoneFromThePlatform()
{
    const QUuid employer = m_s.employer.uuid;
    const Participation &gone = m_s.participations.at(1);
    QCOMPARE(platformRequest(m_sandbox, "DELETE",
                             "/employers/" + kChloe1 + "/trainings/" + uuidText(gone.trainingUuid) +
                                 "/participations/" + uuidText(gone.uuid))
                 .status,
             204);
    const PullReview review =
        fla::test::must(PullDiff::compare(*m_ws, employer, pullEmployer(m_sandbox, kChloe1)));
    QCOMPARE(review.differences.size(), 1);
    const PullDifference &d = review.differences.first();
    QVERIFY(d.change == PullChange::Missing);
    QCOMPARE(d.recordUuid, gone.uuid);
    QVERIFY2(d.message().contains("no longer holds it"), qPrintable(d.message()));

    // Rejected: kept, and not asked again.
    QString error;
    QVERIFY2(PullDiff::apply(*m_ws, review, {PullDecision::Reject}, nullptr, &error), qPrintable(error));
    QVERIFY(fla::test::must(m_ws->participations(employer).find(gone.uuid)));
    QCOMPARE(fla::test::must(PullDiff::compare(*m_ws, employer, pullEmployer(m_sandbox, kChloe1)))
                 .differences.size(),
             0);

    // Accepted (after forgetting the rejection): removed, audited, and restorable (undo).
    QVERIFY(PlatformVersions(*m_ws).clearRejection(gone.uuid, QString()));
    const PullReview again =
        fla::test::must(PullDiff::compare(*m_ws, employer, pullEmployer(m_sandbox, kChloe1)));
    QCOMPARE(again.differences.size(), 1);
    QVERIFY2(PullDiff::apply(*m_ws, again, {PullDecision::Accept}, nullptr, &error), qPrintable(error));
    QVERIFY(!fla::test::must(m_ws->participations(employer).find(gone.uuid)));
    QCOMPARE(toString(m_ws->audit(employer).findHistory(gone.uuid).value().last().change),
             toString(ChangeKind::Delete));
    QCOMPARE(m_ws->outbox(employer).findCount(OutboxState::Pending).value(),
             qint64(0)); // no cancellation sent
    QVERIFY2(m_ws->audit(employer).restoreDeleted(gone.uuid, &error), qPrintable(error));
    QVERIFY(fla::test::must(m_ws->participations(employer).find(gone.uuid)));
}

void TestPullDiff::badDecisionsWriteNothing()
{
    // A participation accepted without its training: refused with a message naming both, nothing written.
    const QUuid employer = m_s.employer.uuid;
    Training t;
    t.uuid = QUuid::createUuid();
    t.name = "Coaching on the job";
    t.kind = TrainingKind::Informal;
    t.startDate = t.endDate = QDate(2025, 4, 7);
    t.duration = 2;
    QJsonObject tj = json::fromTraining(t);
    tj.insert("registeredBy", "PROVIDER");
    const QString root = "/employers/" + kChloe1 + "/trainings/" + uuidText(t.uuid);
    QCOMPARE(platformRequest(m_sandbox, "PUT", root, tj).status, 201);
    Participation p;
    p.uuid = QUuid::createUuid();
    p.trainingUuid = t.uuid;
    QCOMPARE(platformRequest(m_sandbox, "PUT", root + "/participations/" + uuidText(p.uuid),
                             json::fromParticipation(p, m_s.workers.at(1).ssin))
                 .status,
             201);
    const PullReview review =
        fla::test::must(PullDiff::compare(*m_ws, employer, pullEmployer(m_sandbox, kChloe1)));
    QCOMPARE(review.differences.size(), 2);
    QList<PullDecision> decisions;
    for (const PullDifference &d : review.differences)
        decisions.append(d.entity == RecordKind::Training ? PullDecision::Reject : PullDecision::Accept);
    QString error;
    QVERIFY(!PullDiff::apply(*m_ws, review, decisions, nullptr, &error));
    QVERIFY2(error.contains("participation of Test Worker1 in “Coaching on the job”") &&
                 error.contains("its training is not in the workspace"),
             qPrintable(error));
    QVERIFY(!fla::test::must(m_ws->participations(employer).find(p.uuid)));
    // The rejection in the same decisions was not written either.
    QCOMPARE(fla::test::must(PullDiff::compare(*m_ws, employer, pullEmployer(m_sandbox, kChloe1)))
                 .differences.size(),
             2);
    // Wrong number of decisions.
    QVERIFY(!PullDiff::apply(*m_ws, review, {PullDecision::Accept}, nullptr, &error));
    QVERIFY(!error.isEmpty());
}

void TestPullDiff::fieldTextIsTheTypedValue_data()
{
    QTest::addColumn<int>("kind"); // a RecordKind
    QTest::addColumn<QJsonObject>("record");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    const QString ssin = Ssin::compose(90, 2, 14, 321, false);
    const QJsonObject worker{{"ssin", ssin}, {"familyName", "Peeters"}, {"birthDate", "1990-02-14"}};
    QTest::newRow("INSZ in its display form")
        << int(RecordKind::Worker) << worker << "ssin" << Ssin::parse(ssin).display();
    QTest::newRow("date dd/mm/yyyy") << int(RecordKind::Worker) << worker << "birthDate"
                                     << "14/02/1990";
    QTest::newRow("absent") << int(RecordKind::Worker) << worker << "address"
                            << "(empty)";
    const QJsonObject training{{"name", "Excel"},      {"duration", 7.5},    {"unit", "HOURS"},
                               {"countsForFla", true}, {"costCents", 12345}, {"kind", "INFORMAL"}};
    QTest::newRow("number in the locale")
        << int(RecordKind::Training) << training << "duration" << QLocale().toString(7.5);
    QTest::newRow("code list by name") << int(RecordKind::Training) << training << "unit"
                                       << "hours";
    QTest::newRow("another code list") << int(RecordKind::Training) << training << "kind"
                                       << "Informal";
    QTest::newRow("yes/no") << int(RecordKind::Training) << training << "countsForFla"
                            << "yes";
    QTest::newRow("cents in euro") << int(RecordKind::Training) << training << "costCents"
                                   << QLocale().toCurrencyString(123.45, "€");
    const QJsonObject right{{"year", 2025}, {"type", "EMPLOYER"}, {"optOut", false}};
    QTest::newRow("a year is no amount") << int(RecordKind::TrainingRight) << right << "year"
                                         << "2025";
    QTest::newRow("right type") << int(RecordKind::TrainingRight) << right << "type"
                                << "Granted by the employer";
    QTest::newRow("no") << int(RecordKind::TrainingRight) << right << "optOut"
                        << "no";
    QTest::newRow("not in the schema: as sent")
        << int(RecordKind::TrainingRight) << QJsonObject{{"extra", "x"}} << "extra"
        << "x";
}

void TestPullDiff::fieldTextIsTheTypedValue()
{
    QFETCH(int, kind);
    QFETCH(QJsonObject, record);
    QFETCH(QString, field);
    QFETCH(QString, text);
    QCOMPARE(PullDiff::fieldText(RecordKind(kind), record, field), text);
}

// Two JSON forms of one value: the JSON differs, the typed value (read through the schema's
// member) does not, so the pull shows no difference.
void TestPullDiff::sameValueInAnotherJsonFormIsNoDifference_data()
{
    QTest::addColumn<int>("kind"); // a RecordKind
    QTest::addColumn<QJsonObject>("ours");
    QTest::addColumn<QJsonObject>("theirs");
    const QJsonObject training{{"name", "Excel"},      {"startDate", "2026-03-02"}, {"endDate", "2026-03-03"},
                               {"duration", 7.5},      {"unit", "HOURS"},           {"kind", "INFORMAL"},
                               {"countsForFla", true}, {"costCents", 12345},        {"provider", "Syntra"}};
    QJsonObject withTime = training;
    withTime.insert("startDate", "2026-03-02T00:00:00");
    QTest::newRow("date, and date with a time") << int(RecordKind::Training) << training << withTime;
    QJsonObject withoutProvider = training;
    withoutProvider.remove("provider");
    QJsonObject emptyProvider = training;
    emptyProvider.insert("provider", "");
    QTest::newRow("empty text, and text left out")
        << int(RecordKind::Training) << emptyProvider << withoutProvider;
    QJsonObject nullProvider = training;
    nullProvider.insert("provider", QJsonValue::Null);
    QTest::newRow("text null, and text left out")
        << int(RecordKind::Training) << nullProvider << withoutProvider;
    QJsonObject flaLeftOut = training;
    flaLeftOut.remove("countsForFla");
    QTest::newRow("yes/no at its default, and left out")
        << int(RecordKind::Training) << training << flaLeftOut;
    QJsonObject otherUuid = training;
    otherUuid.insert("uuid", uuidText(QUuid::createUuid()));
    QTest::newRow("identifiers are not compared") << int(RecordKind::Training) << training << otherUuid;
    const QJsonObject worker{{"ssin", Ssin::compose(90, 2, 14, 321, false)},
                             {"familyName", "Peeters"},
                             {"givenName", "Jan"},
                             {"birthDate", "1990-02-14"},
                             {"language", "NL"}};
    QJsonObject birthWithTime = worker;
    birthWithTime.insert("birthDate", "1990-02-14T00:00:00Z");
    QJsonObject emptyAddress = worker;
    emptyAddress.insert("address", "");
    QTest::newRow("birth date with a time, address empty and left out")
        << int(RecordKind::Worker) << emptyAddress << birthWithTime;
    const QJsonObject participation{{"followed", true}, {"certificate", false}, {"duration", 3.5}};
    QJsonObject certificateLeftOut = participation;
    certificateLeftOut.remove("certificate");
    QTest::newRow("participation: no certificate, and none said")
        << int(RecordKind::Participation) << participation << certificateLeftOut;
}

void TestPullDiff::sameValueInAnotherJsonFormIsNoDifference()
{
    QFETCH(int, kind);
    QFETCH(QJsonObject, ours);
    QFETCH(QJsonObject, theirs);
    QVERIFY2(ours != theirs, "the row must hold two JSON forms");
    QCOMPARE(PullDiff::differingFields(RecordKind(kind), ours, theirs), QStringList());
    QCOMPARE(PullDiff::differingFields(RecordKind(kind), theirs, ours), QStringList());
}

// Values that differ are named, in the schema's order, whatever their JSON form.
void TestPullDiff::differentValuesAreDifferences_data()
{
    QTest::addColumn<int>("kind"); // a RecordKind
    QTest::addColumn<QJsonObject>("ours");
    QTest::addColumn<QJsonObject>("theirs");
    QTest::addColumn<QStringList>("fields");
    const QJsonObject training{{"name", "Excel"}, {"startDate", "2026-03-02"}, {"duration", 7.5},
                               {"unit", "HOURS"}, {"countsForFla", true},      {"costCents", 12345}};
    QJsonObject dayLater = training;
    dayLater.insert("startDate", "2026-03-03T00:00:00");
    QTest::newRow("a day later, with a time")
        << int(RecordKind::Training) << training << dayLater << QStringList{"startDate"};
    QJsonObject centMore = training;
    centMore.insert("costCents", 12346);
    QTest::newRow("a cent more") << int(RecordKind::Training) << training << centMore
                                 << QStringList{"costCents"};
    QJsonObject noCost = training;
    noCost.remove("costCents");
    QTest::newRow("a cost, and none")
        << int(RecordKind::Training) << training << noCost << QStringList{"costCents"};
    QJsonObject renamedAndDays = training;
    renamedAndDays.insert("name", "Word");
    renamedAndDays.insert("unit", "DAYS");
    QTest::newRow("two fields, in the schema's order")
        << int(RecordKind::Training) << training << renamedAndDays << QStringList{"name", "unit"};
    QJsonObject extra = training;
    extra.insert("extra", "x");
    QTest::newRow("a member the schema does not hold, as it came")
        << int(RecordKind::Training) << training << extra << QStringList{"extra"};
}

void TestPullDiff::differentValuesAreDifferences()
{
    QFETCH(int, kind);
    QFETCH(QJsonObject, ours);
    QFETCH(QJsonObject, theirs);
    QFETCH(QStringList, fields);
    QCOMPARE(PullDiff::differingFields(RecordKind(kind), ours, theirs), fields);
}

QTEST_GUILESS_MAIN(TestPullDiff)
#include "tst_pulldiff.moc"
