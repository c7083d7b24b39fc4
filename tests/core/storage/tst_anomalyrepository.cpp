#include "Must.h"
#include "StorageTestData.h"
#include "core/storage/AnomalyRepository.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"

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
    void replaceAllStoresWhatRecordByRecordStores_data();
    void replaceAllStoresWhatRecordByRecordStores();
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
    QCOMPARE(fla::test::must(an.findCount()), 3);
    QCOMPARE(fla::test::must(an.findCount(AnomalyFilter{Severity::Blocking, {}, {}, {}, {}})), 2);
    QCOMPARE(fla::test::must(an.findCount(AnomalyFilter{{}, "ID-004", {}, {}, {}})), 1);
    QCOMPARE(fla::test::must(an.findCountBySeverity()).value(Severity::Warning), 1);
    QCOMPARE(fla::test::must(an.findCountByCode()).value("DT-001"), 1);
    const QList<StoredAnomaly> l = fla::test::must(an.find(AnomalyFilter{{}, {}, {}, r1, {}}));
    QCOMPARE(l.size(), 2);
    QCOMPARE(l.at(0).params.value("value").toString(), QStringLiteral("x"));
    QCOMPARE(l.at(0).field, QStringLiteral("ssin"));
    // Replacing one record's anomalies leaves the others.
    QVERIFY(an.replaceForRecord(RecordKind::Worker, r1, {y}, &error));
    QCOMPARE(fla::test::must(an.findCount()), 2);
    QVERIFY(an.clearForRecord(r2, &error));
    QCOMPARE(fla::test::must(an.findCount()), 1);
    // Scoped: employer B sees none.
    QCOMPARE(fla::test::must(ws->anomalies(b.uuid).findCount()), 0);
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
    QCOMPARE(fla::test::must(ws->anomalies(a.uuid).findCount()), 0);
}

// replaceAll writes many rows per statement through the engine's API (a
// company validated whole stores tens of thousands); replaceForRecords one by
// one through Qt SQL: the rows stored are the same, in the same order, whether
// the statements hold 32 rows, a tail of fewer or one.
void TestAnomalyRepository::replaceAllStoresWhatRecordByRecordStores_data()
{
    QTest::addColumn<int>("records");
    for (int n : {1, 10, 11, 12, 40})
        QTest::addRow("%d records, %d anomalies", n, n * 3) << n;
}

void TestAnomalyRepository::replaceAllStoresWhatRecordByRecordStores()
{
    QFETCH(int, records);
    QTemporaryDir dir;
    QString error;
    STORAGE_LOCATION(location, dir.path(), "ws.fladesk");
    auto ws = Workspace::open(location, &error);
    QVERIFY(ws);
    const Employer a = employer("A"), b = employer("B", 4030192);
    QVERIFY(ws->employers().saveAll({a, b}, &error));
    QList<RecordAnomalies> set;
    for (int i = 0; i < records; ++i) {
        const QUuid r = QUuid::createUuid();
        const RecordKind kind = i % 2 ? RecordKind::Worker : RecordKind::Participation;
        set.append({kind,
                    r,
                    {StoredAnomaly{kind, r, "ssin", "ID-002", Severity::Blocking,
                                   QJsonObject{{"value", QStringLiteral("é%1").arg(i)}, {"n", i}}},
                     StoredAnomaly{kind, r, QStringLiteral(""), "DT-001", Severity::Warning, {}},
                     StoredAnomaly{kind, r, "endDate", "CR-001", Severity::Information,
                                   QJsonObject{{"source", "platform"}}}}});
    }
    // What was there before goes.
    QVERIFY(ws->anomalies(a.uuid).replaceForRecord(
        RecordKind::Worker, QUuid::createUuid(),
        {StoredAnomaly{RecordKind::Worker, {}, "ssin", "ID-004", Severity::Warning, {}}}, &error));
    QVERIFY2(ws->anomalies(a.uuid).replaceAll(set, &error), qPrintable(error));
    QVERIFY2(ws->anomalies(b.uuid).replaceForRecords(set, &error), qPrintable(error));
    const QList<StoredAnomaly> all = fla::test::must(ws->anomalies(a.uuid).find()),
                               one = fla::test::must(ws->anomalies(b.uuid).find());
    QCOMPARE(all.size(), records * 3);
    QCOMPARE(one.size(), records * 3);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const StoredAnomaly &x = all.at(i), &y = one.at(i), &given = set.at(i / 3).anomalies.at(i % 3);
        QCOMPARE(int(x.entity), int(given.entity));
        QCOMPARE(x.recordUuid, given.recordUuid);
        QCOMPARE(x.field, given.field);
        QCOMPARE(x.code, given.code);
        QCOMPARE(int(x.severity), int(given.severity));
        QCOMPARE(x.params, given.params);
        QCOMPARE(y.recordUuid, x.recordUuid);
        QCOMPARE(y.code, x.code);
        QCOMPARE(y.params, x.params);
    }
}

QTEST_GUILESS_MAIN(TestAnomalyRepository)
#include "tst_anomalyrepository.moc"
