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

#include <QTemporaryDir>
#include <QTest>

using namespace fla;

// The engine's findings kept per record in a workspace, and brought up to date.
class TestWorkspaceAnomalies : public QObject
{
    Q_OBJECT

private slots:
    void keptPerRecordAndUpdated();
};

void TestWorkspaceAnomalies::keptPerRecordAndUpdated()
{
    QTemporaryDir dir;
    QString error;
    const ManualClock clock(QDateTime(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC));
    WorkspaceOptions options;
    options.clock = &clock;
    options.queueChanges = false;
    auto ws = Workspace::open(dir.filePath("w.fladesk"), &error, options);
    QVERIFY2(ws, qPrintable(error));
    DataSet s = test::ruleFixture();
    s.trainings[0].registeredOn = QDate(2025, 5, 2); // DT-005: after 30 April
    const QUuid e = s.employers.first().uuid;
    QVERIFY2(ws->employers().save(s.employers.first(), &error), qPrintable(error));
    QVERIFY2(ws->workers(e).saveAll(s.workers, &error), qPrintable(error));
    QVERIFY2(ws->employments(e).saveAll(s.employments, &error), qPrintable(error));
    QVERIFY2(ws->trainings(e).saveAll(s.trainings, &error), qPrintable(error));
    QVERIFY2(ws->participations(e).saveAll(s.participations, &error), qPrintable(error));
    QVERIFY2(ws->rights(e).saveAll(s.rights, &error), qPrintable(error));

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

QTEST_GUILESS_MAIN(TestWorkspaceAnomalies)
#include "tst_workspaceanomalies.moc"
