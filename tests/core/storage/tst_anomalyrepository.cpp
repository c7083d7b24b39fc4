#include "StorageTestData.h"
#include "storage/AnomalyRepository.h"
#include "storage/EmployerRepository.h"
#include "storage/WorkerRepository.h"
#include "storage/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using namespace storagetest;

class TestAnomalyRepository : public QObject
{
    Q_OBJECT

private slots:
    void replaceListCount();
    void deletingRecordClearsItsAnomalies();
};

void TestAnomalyRepository::replaceListCount()
{
    QTemporaryDir dir;
    QString error;
    STORAGE_LOCATION(location, dir.path(), "ws.fladesk");
    auto ws = Workspace::open(location, &error);
    QVERIFY(ws);
    const Employer a = employer("A"), b = employer("B", 4030192);
    QVERIFY(ws->employers().saveAll({a, b}, &error));
    const QUuid r1 = QUuid::createUuid(), r2 = QUuid::createUuid();
    auto an = ws->anomalies(a.uuid);
    StoredAnomaly x{RecordKind::Worker,         r1, "ssin", "ID-002", Severity::Blocking,
                    QJsonObject{{"value", "x"}}};
    StoredAnomaly y{RecordKind::Worker, r1, "ssin", "ID-004", Severity::Warning, {}};
    StoredAnomaly z{RecordKind::Training, r2, "endDate", "DT-001", Severity::Blocking, {}};
    QVERIFY2(
        an.replaceForRecords({{RecordKind::Worker, r1, {x, y}}, {RecordKind::Training, r2, {z}}}, &error),
        qPrintable(error));
    QCOMPARE(an.count(), 3);
    QCOMPARE(an.count(AnomalyFilter{Severity::Blocking, {}, {}, {}, {}}), 2);
    QCOMPARE(an.count(AnomalyFilter{{}, "ID-004", {}, {}, {}}), 1);
    QCOMPARE(an.countBySeverity().value(Severity::Warning), 1);
    QCOMPARE(an.countByCode().value("DT-001"), 1);
    const QList<StoredAnomaly> l = an.list(AnomalyFilter{{}, {}, {}, r1, {}});
    QCOMPARE(l.size(), 2);
    QCOMPARE(l.at(0).params.value("value").toString(), QStringLiteral("x"));
    QCOMPARE(l.at(0).field, QStringLiteral("ssin"));
    // Replacing one record's anomalies leaves the others.
    QVERIFY(an.replaceForRecord(RecordKind::Worker, r1, {y}, &error));
    QCOMPARE(an.count(), 2);
    QVERIFY(an.clearForRecord(r2, &error));
    QCOMPARE(an.count(), 1);
    // Scoped: employer B sees none.
    QCOMPARE(ws->anomalies(b.uuid).count(), 0);
}

void TestAnomalyRepository::deletingRecordClearsItsAnomalies()
{
    QTemporaryDir dir;
    QString error;
    STORAGE_LOCATION(location, dir.path(), "ws.fladesk");
    auto ws = Workspace::open(location, &error);
    QVERIFY(ws);
    const Employer a = employer("A");
    QVERIFY(ws->employers().save(a, &error));
    const Worker w = worker(a.uuid, "W");
    QVERIFY(ws->workers(a.uuid).save(w, &error));
    QVERIFY(ws->anomalies(a.uuid).replaceForRecord(
        RecordKind::Worker, w.uuid,
        {StoredAnomaly{RecordKind::Worker, w.uuid, "ssin", "ID-004", Severity::Warning, {}}}, &error));
    QVERIFY(ws->workers(a.uuid).remove(w.uuid, &error));
    QCOMPARE(ws->anomalies(a.uuid).count(), 0);
}

QTEST_GUILESS_MAIN(TestAnomalyRepository)
#include "tst_anomalyrepository.moc"
