#include "dataset/DataSetCsv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;

class TestDataSetCsv : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void badLinesAreReportedAndOthersKept();
    void missingFolder();

private:
    static DataSet sample();
};

DataSet TestDataSetCsv::sample()
{
    DataSet set;
    Employer e;
    e.uuid = QUuid::createUuid();
    e.enterpriseNumber = QStringLiteral("0566988259");
    e.name = QStringLiteral("Bakkerij \"De Gouden Aar\", Gent");
    e.language = Language::French;
    e.sizeClass = SizeClass::From20;
    e.jointCommittees = {QStringLiteral("118"), QStringLiteral("200")};
    e.hoursPerDay = 7.6;
    set.employers.append(e);

    Worker w;
    w.uuid = QUuid::createUuid();
    w.employerUuid = e.uuid;
    w.ssin = QStringLiteral("85073003328");
    w.familyName = QString::fromUtf8("Peeters-Müller");
    w.givenName = QString::fromUtf8("Anaïs");
    w.birthDate = QDate(1985, 7, 30);
    w.language = Language::German;
    w.address = QStringLiteral("Kerkstraat 1\n9000 Gent");
    set.workers.append(w);

    Employment em;
    em.uuid = QUuid::createUuid();
    em.employerUuid = e.uuid;
    em.workerUuid = w.uuid;
    em.startDate = QDate(2023, 2, 1);
    em.workRegime = 0.8;
    em.jointCommittee = QStringLiteral("118");
    set.employments.append(em);

    Training t;
    t.uuid = QUuid::createUuid();
    t.employerUuid = e.uuid;
    t.name = QStringLiteral("HACCP");
    t.kind = TrainingKind::Informal;
    t.startDate = QDate(2024, 3, 4);
    t.endDate = QDate(2024, 3, 5);
    t.duration = 1.5;
    t.unit = DurationUnit::Days;
    t.costCents = 12345;
    t.status = TrainingStatus::Completed;
    t.registeredOn = QDate(2024, 3, 6);
    set.trainings.append(t);

    Participation p;
    p.uuid = QUuid::createUuid();
    p.employerUuid = e.uuid;
    p.trainingUuid = t.uuid;
    p.workerUuid = w.uuid;
    p.certificate = true;
    p.certificateValidUntil = QDate(2027, 3, 5);
    p.durationOverride = 1.0;
    set.participations.append(p);

    TrainingRight r;
    r.uuid = QUuid::createUuid();
    r.employerUuid = e.uuid;
    r.workerUuid = w.uuid;
    r.year = 2024;
    r.type = RightType::Sectoral;
    r.amount = 2;
    r.caoNumber = QStringLiteral("123456/CO/118");
    set.rights.append(r);
    return set;
}

void TestDataSetCsv::roundTrip()
{
    QTemporaryDir dir;
    const DataSet in = sample();
    QString error;
    QVERIFY2(DataSetCsv::write(in, dir.path(), &error), qPrintable(error));
    QList<DataSetCsvIssue> issues;
    const DataSet out = DataSetCsv::read(dir.path(), &issues);
    QVERIFY(issues.isEmpty());
    QCOMPARE(out.recordCount(), in.recordCount());
    QCOMPARE(out.employers.at(0).name, in.employers.at(0).name);
    QCOMPARE(out.employers.at(0).jointCommittees, in.employers.at(0).jointCommittees);
    QVERIFY(out.employers.at(0).language == Language::French);
    QCOMPARE(out.workers.at(0).familyName, in.workers.at(0).familyName);
    QCOMPARE(out.workers.at(0).address, in.workers.at(0).address);
    QCOMPARE(out.employments.at(0).endDate, QDate());
    QCOMPARE(out.employments.at(0).workRegime, 0.8);
    QCOMPARE(out.trainings.at(0).costCents, std::optional<qint64>(12345));
    QVERIFY(out.trainings.at(0).kind == TrainingKind::Informal);
    QCOMPARE(out.participations.at(0).durationOverride, std::optional<double>(1.0));
    QCOMPARE(out.participations.at(0).certificateValidUntil, QDate(2027, 3, 5));
    QVERIFY(out.rights.at(0).type == RightType::Sectoral);
    QCOMPARE(out.rights.at(0).caoNumber, in.rights.at(0).caoNumber);
}

void TestDataSetCsv::badLinesAreReportedAndOthersKept()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("trainings.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray good1 = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QByteArray good2 = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QByteArray emp = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    f.write("uuid,employerUuid,name,kind,startDate,endDate,duration,unit\n");
    f.write(good1 + "," + emp + ",A,FORMAL,2024-01-02,2024-01-02,3,HOURS\n");
    f.write("not-a-uuid," + emp + ",B,FORMAL,2024-01-02,2024-01-02,3,HOURS\n");
    f.write(QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "," + emp +
            ",C,FORMAL,02/01/2024,2024-01-02,3,HOURS\n");
    f.write(QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "," + emp +
            ",D,SOMETIMES,2024-01-02,2024-01-02,3,HOURS\n");
    f.write(good2 + "," + emp + ",E,INFORMAL,2024-01-02,2024-01-02,3,HOURS\n");
    f.close();

    QList<DataSetCsvIssue> issues;
    const DataSet set = DataSetCsv::read(dir.path(), &issues);
    QCOMPARE(set.trainings.size(), 2);
    QCOMPARE(set.trainings.at(1).name, QStringLiteral("E"));
    QCOMPARE(issues.size(), 3);
    QCOMPARE(issues.at(0).file, QStringLiteral("trainings.csv"));
    QCOMPARE(issues.at(0).line, 3);
    QCOMPARE(issues.at(0).column, QStringLiteral("uuid"));
    QCOMPARE(issues.at(1).line, 4);
    QCOMPARE(issues.at(1).column, QStringLiteral("startDate"));
    QVERIFY(issues.at(1).message.contains(QStringLiteral("02/01/2024")));
    QCOMPARE(issues.at(2).column, QStringLiteral("kind"));
}

void TestDataSetCsv::missingFolder()
{
    QList<DataSetCsvIssue> issues;
    const DataSet set = DataSetCsv::read(QStringLiteral("/nonexistent/folder/for/test"), &issues);
    QCOMPARE(set.recordCount(), 0);
    QCOMPARE(issues.size(), 1);
}

QTEST_GUILESS_MAIN(TestDataSetCsv)
#include "tst_datasetcsv.moc"
