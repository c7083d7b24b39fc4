#include "core/anomaly/AnomalyEngine.h"
#include "core/dataset/DataSetCsv.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/domain/JointCommittee.h"
#include "core/domain/NssoNumber.h"
#include "core/domain/Ssin.h"
#include "core/generate/Generator.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;

namespace {

const ManualClock &referenceClock()
{
    static const ManualClock clock(QDateTime(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC));
    return clock;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

GeneratedSet make(quint64 seed, qint64 participations, double fraction = 0)
{
    GeneratorOptions o;
    o.seed = seed;
    o.participations = participations;
    o.invalidFraction = fraction;
    return Generator::generate(o);
}

} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameBytes();
    void otherSeedOtherData();
    void sizes_data();
    void sizes();
    void identifiersAreValid();
    void variety();
    void cleanSetHasNoAnomaly_data();
    void cleanSetHasNoAnomaly();
    void injectedAreFoundExactly_data();
    void injectedAreFoundExactly();
};

void TestGenerator::sameSeedSameBytes()
{
    QTemporaryDir a, b;
    QVERIFY(DataSetCsv::write(make(42, 3000, 0.01).set, a.path(), nullptr));
    QVERIFY(DataSetCsv::write(make(42, 3000, 0.01).set, b.path(), nullptr));
    for (const QString &f : DataSetCsv::fileNames()) {
        const QByteArray x = readAll(QDir(a.path()).filePath(f));
        QVERIFY2(!x.isEmpty(), qPrintable(f));
        QVERIFY2(x == readAll(QDir(b.path()).filePath(f)), qPrintable(f + " differs"));
    }
}

void TestGenerator::otherSeedOtherData()
{
    const DataSet a = make(1, 500).set;
    const DataSet b = make(2, 500).set;
    QVERIFY(a.workers.first().uuid != b.workers.first().uuid);
    QVERIFY(a.workers.first().ssin != b.workers.first().ssin);
}

void TestGenerator::sizes_data()
{
    QTest::addColumn<qint64>("participations");
    QTest::newRow("0") << qint64(0);
    QTest::newRow("1") << qint64(1);
    QTest::newRow("100") << qint64(100);
    QTest::newRow("25000") << qint64(25000);
}

void TestGenerator::sizes()
{
    QFETCH(qint64, participations);
    const DataSet s = make(3, participations).set;
    QCOMPARE(s.participations.size(), participations);
    QVERIFY(s.employers.size() >= 3);
    QVERIFY(s.workers.size() >= 24);
    QVERIFY(s.rights.size() >= s.workers.size());
}

void TestGenerator::identifiersAreValid()
{
    const DataSet s = make(5, 5000, 0).set;
    QSet<QString> enterprises;
    for (const auto &e : s.employers) {
        QVERIFY2(EnterpriseNumber::parse(e.enterpriseNumber).check().findings().isEmpty(),
                 qPrintable(e.enterpriseNumber));
        QVERIFY(!enterprises.contains(e.enterpriseNumber));
        enterprises.insert(e.enterpriseNumber);
        if (!e.nssoNumber.isEmpty())
            QVERIFY2(NssoNumber::parse(e.nssoNumber).check().findings().isEmpty(), qPrintable(e.nssoNumber));
        for (const auto &jc : e.jointCommittees)
            QVERIFY2(JointCommittee::parse(jc).isValid(), qPrintable(jc));
    }
    QSet<QString> ssins;
    for (const auto &w : s.workers) {
        const Ssin n = Ssin::parse(w.ssin);
        QVERIFY2(n.check().findings().isEmpty(), qPrintable(Ssin::mask(w.ssin)));
        QCOMPARE(n.birthDate(), w.birthDate);
        QVERIFY(!ssins.contains(w.ssin));
        ssins.insert(w.ssin);
    }
    for (const auto &e : s.employments)
        QVERIFY(JointCommittee::parse(e.jointCommittee).isValid());
}

void TestGenerator::variety()
{
    const DataSet s = make(9, 20000).set;
    QSet<int> sizeClasses, languages, rightTypes, years;
    for (const auto &e : s.employers)
        sizeClasses.insert(int(e.sizeClass));
    for (const auto &w : s.workers)
        languages.insert(int(w.language));
    for (const auto &r : s.rights)
        rightTypes.insert(int(r.type));
    int partTime = 0, leavers = 0, midYearHires = 0;
    for (const auto &e : s.employments) {
        partTime += e.workRegime < 1 ? 1 : 0;
        leavers += e.endDate.isValid() ? 1 : 0;
        midYearHires += e.startDate.year() >= 2024 && e.startDate.dayOfYear() > 1 ? 1 : 0;
    }
    int informal = 0, multiDay = 0, big = 0, notCounting = 0;
    QHash<QUuid, int> participants;
    for (const auto &p : s.participations)
        ++participants[p.trainingUuid];
    for (const auto &t : s.trainings) {
        informal += t.kind == TrainingKind::Informal ? 1 : 0;
        multiDay += t.endDate > t.startDate ? 1 : 0;
        big += participants.value(t.uuid) >= 20 ? 1 : 0;
        notCounting += t.countsForFla ? 0 : 1;
        years.insert(t.startDate.year());
    }
    QCOMPARE(sizeClasses.size(), 3);
    QVERIFY(languages.size() >= 3);
    QCOMPARE(rightTypes.size(), 3);
    QCOMPARE(years, (QSet<int>{2024, 2025, 2026}));
    QVERIFY(partTime > 0 && leavers > 0 && midYearHires > 0);
    QVERIFY(informal > 0 && multiDay > 0 && big > 0 && notCounting > 0);
}

void TestGenerator::cleanSetHasNoAnomaly_data()
{
    QTest::addColumn<quint64>("seed");
    for (quint64 seed : {1, 2, 3, 4})
        QTest::addRow("seed %llu", seed) << seed;
}

void TestGenerator::cleanSetHasNoAnomaly()
{
    QFETCH(quint64, seed);
    const GeneratedSet g = make(seed, 8000);
    QVERIFY(g.injected.isEmpty());
    const AnomalyList found = AnomalyEngine(referenceClock()).validate(g.set);
    const QString first =
        found.isEmpty() ? QString() : found.items().first().code + " " + found.items().first().field;
    QVERIFY2(found.isEmpty(), qPrintable(first));
    // Still clean half a year later: the deadline rules judge the data, not the day it is checked.
    const ManualClock later(QDateTime(QDate(2026, 12, 31), QTime(12, 0), Qt::UTC));
    QVERIFY(AnomalyEngine(later).validate(g.set).isEmpty());
}

void TestGenerator::injectedAreFoundExactly_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<qint64>("participations");
    QTest::addColumn<double>("fraction");
    QTest::newRow("small") << quint64(11) << qint64(300) << 0.01;
    QTest::newRow("larger") << quint64(12) << qint64(10000) << 0.02;
}

void TestGenerator::injectedAreFoundExactly()
{
    QFETCH(quint64, seed);
    QFETCH(qint64, participations);
    QFETCH(double, fraction);
    const GeneratedSet g = make(seed, participations, fraction);
    QSet<QString> expected, codes;
    for (const auto &i : g.injected) {
        expected.insert(toString(i.entity) + ' ' + i.uuid.toString() + ' ' + i.field + ' ' + i.code);
        codes.insert(i.code);
    }
    const QStringList injectable = Generator::injectableCodes();
    if (participations >= 10000) // small sets lack some candidates (a sectoral right, a leaver)
        QCOMPARE(codes, QSet<QString>(injectable.begin(), injectable.end()));
    else
        QVERIFY(codes.size() > injectable.size() * 3 / 4);
    QSet<QString> found;
    const AnomalyList result = AnomalyEngine(referenceClock()).validate(g.set);
    for (const auto &a : result.items())
        found.insert(toString(a.entity) + ' ' + a.recordUuid.toString() + ' ' + a.field + ' ' + a.code);
    const QSet<QString> missing = expected - found;
    const QSet<QString> extra = found - expected;
    QVERIFY2(missing.isEmpty(), qPrintable("not found: " + QStringList(missing.values()).join(", ")));
    QVERIFY2(extra.isEmpty(), qPrintable("not injected: " + QStringList(extra.values()).join(", ")));
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
