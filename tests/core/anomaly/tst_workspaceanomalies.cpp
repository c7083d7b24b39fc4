#include "Must.h"
#include "RuleFixture.h"
#include "core/anomaly/AnomalyEngine.h"
#include "core/anomaly/WorkspaceAnomalies.h"
#include "core/storage/AnomalyRepository.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/EmploymentRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/TrainingRightRepository.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceRecords.h"

#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;

// The engine's findings kept per record in a workspace, and brought up to date.
class TestWorkspaceAnomalies : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void keptPerRecordAndUpdated();
    void platformFindingsStayOnRecordsTheRulesPass();

private:
    // Each test: a new workspace holding the rule fixture's employer and records,
    // one training registered late (DT-005).
    QTemporaryDir m_dir;
    const ManualClock m_clock{QDateTime(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC)};
    DataSet m_set;
    std::unique_ptr<Workspace> m_ws;
    int m_run = 0;
};

void TestWorkspaceAnomalies::init()
{
    QString error;
    WorkspaceOptions options;
    options.clock = &m_clock;
    options.queueChanges = false;
    m_ws = Workspace::open(m_dir.filePath(QStringLiteral("w%1.fladesk").arg(++m_run)), &error, options);
    QVERIFY2(m_ws, qPrintable(error));
    m_set = test::ruleFixture();
    m_set.trainings[0].registeredOn = QDate(2025, 5, 2); // DT-005: after 30 April
    const DataSet &s = m_set;
    const QUuid e = s.employers.first().uuid;
    QVERIFY2(m_ws->employers().save(s.employers.first(), &error), qPrintable(error));
    QVERIFY2(m_ws->workers(e).saveAll(s.workers, &error), qPrintable(error));
    QVERIFY2(m_ws->employments(e).saveAll(s.employments, &error), qPrintable(error));
    QVERIFY2(m_ws->trainings(e).saveAll(s.trainings, &error), qPrintable(error));
    QVERIFY2(m_ws->participations(e).saveAll(s.participations, &error), qPrintable(error));
    QVERIFY2(m_ws->rights(e).saveAll(s.rights, &error), qPrintable(error));
}

void TestWorkspaceAnomalies::keptPerRecordAndUpdated()
{
    QString error;
    DataSet &s = m_set;
    Workspace *ws = m_ws.get();
    const Clock &clock = m_clock;
    const QUuid e = s.employers.first().uuid;

    const DataSet loaded = fla::test::must(readWorkspaceRecords(*ws));
    QCOMPARE(loaded.recordCount(), s.recordCount());
    const AnomalyEngine engine(clock);
    AnomalyList found = engine.validate(loaded);
    QCOMPARE(found.size(), 1);
    QVERIFY2(WorkspaceAnomalies::store(*ws, loaded, found, &error), qPrintable(error));
    const QList<StoredAnomaly> stored = fla::test::must(ws->anomalies(e).find());
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().code, QString("DT-005"));
    QCOMPARE(stored.first().recordUuid, s.trainings[0].uuid);
    QCOMPARE(stored.first().field, QString("registeredOn"));
    QCOMPARE(stored.first().severity, Severity::Warning);
    QCOMPARE(stored.first().params.value("deadline").toString(), QString("2025-04-30"));

    // The record is corrected: validating again clears what was kept.
    s.trainings[0].registeredOn = QDate(2025, 4, 30);
    QVERIFY2(ws->trainings(e).save(s.trainings[0], &error), qPrintable(error));
    const DataSet again = fla::test::must(readWorkspaceRecords(*ws));
    found = engine.validate(again);
    QVERIFY(found.isEmpty());
    QVERIFY2(WorkspaceAnomalies::store(*ws, again, found, &error), qPrintable(error));
    QCOMPARE(fla::test::must(ws->anomalies(e).findCount()), qint64(0));

    // One record edited, as in the UI: only its own anomalies are replaced.
    Training edited = s.trainings[0];
    edited.provider = QString(201, QLatin1Char('p'));
    const QList<Anomaly> one = engine.validate(edited);
    QCOMPARE(one.size(), 1);
    QVERIFY2(WorkspaceAnomalies::storeForRecord(*ws, e, RecordKind::Training, edited.uuid, one, &error),
             qPrintable(error));
    QCOMPARE(fla::test::must(ws->anomalies(e).findCount()), qint64(1));
    QCOMPARE(fla::test::must(ws->anomalies(e).find()).first().code, QString("GN-002"));
    QVERIFY(WorkspaceAnomalies::storeForRecord(*ws, e, RecordKind::Training, edited.uuid, {}, &error));
    QCOMPARE(fla::test::must(ws->anomalies(e).findCount()), qint64(0));
}

// A validation of the whole company keeps only the records the rules find something
// on in memory; a platform finding on a record they pass stays all the same, and
// the rule findings of the employer record stay when some records are replaced.
void TestWorkspaceAnomalies::platformFindingsStayOnRecordsTheRulesPass()
{
    // The platform refused a participation the rules pass.
    const Participation &refused = m_set.participations.first();
    const QUuid e = m_set.employers.first().uuid;
    Workspace *ws = m_ws.get();
    QString error;
    StoredAnomaly platform;
    platform.entity = RecordKind::Participation;
    platform.recordUuid = refused.uuid;
    platform.field = QStringLiteral("trainingUuid");
    platform.code = QStringLiteral("FLA-PA-017");
    platform.params = QJsonObject{{QStringLiteral("source"), QStringLiteral("platform")}};
    QVERIFY2(ws->anomalies(e).replaceForRecord(RecordKind::Participation, refused.uuid, {platform}, &error),
             qPrintable(error));

    const DataSet loaded = fla::test::must(readWorkspaceRecords(*ws));
    const AnomalyEngine engine(m_clock);
    QVERIFY2(WorkspaceAnomalies::store(*ws, loaded, engine.validate(loaded), &error), qPrintable(error));
    QList<StoredAnomaly> stored = fla::test::must(ws->anomalies(e).find());
    QCOMPARE(stored.size(), 2);
    QSet<QString> codes;
    for (const StoredAnomaly &a : std::as_const(stored))
        codes << a.code + QLatin1Char(' ') + a.recordUuid.toString();
    QVERIFY(codes.contains("DT-005 " + m_set.trainings[0].uuid.toString()));
    QVERIFY(codes.contains("FLA-PA-017 " + refused.uuid.toString()));

    // Some records replaced (a change reached them): the platform's finding stays, and the
    // employer record, which the part does not replace, keeps all it has.
    StoredAnomaly ruleOnEmployer;
    ruleOnEmployer.entity = RecordKind::Employer;
    ruleOnEmployer.recordUuid = e;
    ruleOnEmployer.field = QStringLiteral("name");
    ruleOnEmployer.code = QStringLiteral("EM-001");
    StoredAnomaly platformOnEmployer = ruleOnEmployer;
    platformOnEmployer.code = QStringLiteral("FLA-EM-002");
    platformOnEmployer.params = platform.params;
    QVERIFY2(ws->anomalies(e).replaceForRecord(RecordKind::Employer, e, {ruleOnEmployer, platformOnEmployer},
                                               &error),
             qPrintable(error));
    QVERIFY2(WorkspaceAnomalies::storeRecords(*ws, loaded, engine.validate(loaded), {}, &error),
             qPrintable(error));
    stored = fla::test::must(ws->anomalies(e).find());
    codes.clear();
    for (const StoredAnomaly &a : std::as_const(stored))
        codes << a.code + QLatin1Char(' ') + a.recordUuid.toString();
    QCOMPARE(codes.size(), 4);
    QVERIFY(codes.contains("EM-001 " + e.toString()));
    QVERIFY(codes.contains("FLA-EM-002 " + e.toString()));
    QVERIFY(codes.contains("FLA-PA-017 " + refused.uuid.toString()));
}

QTEST_GUILESS_MAIN(TestWorkspaceAnomalies)
#include "tst_workspaceanomalies.moc"
