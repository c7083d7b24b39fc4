// A block pasted from a spreadsheet: every cell checked, a message per bad
// cell naming row and column, every row either a record or kept to fix.
#include "UiFixture.h"
#include "ui/data/PasteParser.h"

#include <QTest>

using namespace fla;
using namespace fla::ui;

class TestPasteParser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiFixture::initApp(); }
    void readsDates_data();
    void readsDates();
    void readsNumbers_data();
    void readsNumbers();
    void readsYesNo_data();
    void readsYesNo();
    void workersBlock();
    void workersBadCells_data();
    void workersBadCells();
    void participationsBlock();
    void participationsBadCells();
};

void TestPasteParser::readsDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("dd/mm/yyyy") << "03/02/2025" << QDate(2025, 2, 3);
    QTest::newRow("d/m/yyyy") << "3/2/2025" << QDate(2025, 2, 3);
    QTest::newRow("dashes") << "3-2-2025" << QDate(2025, 2, 3);
    QTest::newRow("dots, two-digit year") << "03.02.25" << QDate(2025, 2, 3);
    // The importer reads the same cell the same way (core/io/LocalValues).
    QTest::newRow("birth date, two-digit year") << "01/02/85" << QDate(1985, 2, 1);
    QTest::newRow("date-time") << "2025-02-03T00:00:00" << QDate(2025, 2, 3);
    QTest::newRow("iso") << "2025-02-03" << QDate(2025, 2, 3);
    QTest::newRow("excel serial") << "45691" << QDate(2025, 2, 3);
    QTest::newRow("spaces") << "  03/02/2025 " << QDate(2025, 2, 3);
    QTest::newRow("31 February") << "31/02/2025" << QDate();
    QTest::newRow("month 13") << "01/13/2025" << QDate();
    QTest::newRow("text") << "morgen" << QDate();
    QTest::newRow("empty") << "" << QDate();
}

void TestPasteParser::readsDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QCOMPARE(PasteParser::readDate(text).value_or(QDate()), expected);
}

void TestPasteParser::readsNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("expected");
    QTest::newRow("decimal comma") << "7,6" << true << 7.6;
    QTest::newRow("decimal point") << "7.6" << true << 7.6;
    QTest::newRow("thousands dot, comma") << "1.234,5" << true << 1234.5;
    QTest::newRow("thousands comma, point") << "1,234.5" << true << 1234.5;
    QTest::newRow("nbsp") << QString("1\u00a0000") << true << 1000.0;
    QTest::newRow("integer") << "8" << true << 8.0;
    QTest::newRow("text") << "acht" << false << 0.0;
}

void TestPasteParser::readsNumbers()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(double, expected);
    const auto n = PasteParser::readNumber(text);
    QCOMPARE(bool(n), ok);
    if (ok)
        QCOMPARE(*n, expected);
}

void TestPasteParser::readsYesNo_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // 1 yes, 0 no, -1 unreadable
    for (const char *y : {"ja", "Oui", "yes", "JA", "x", "1", "wahr"})
        QTest::newRow(y) << y << 1;
    for (const char *n : {"nee", "non", "no", "nein", "0", "-"})
        QTest::newRow(n) << n << 0;
    QTest::newRow("misschien") << "misschien" << -1;
}

void TestPasteParser::readsYesNo()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const auto b = PasteParser::readYesNo(text);
    QCOMPARE(b ? int(*b) : -1, expected);
}

void TestPasteParser::workersBlock()
{
    const QUuid employer = QUuid::createUuid();
    const QString a = Ssin::compose(85, 7, 30, 33, false);
    const QString b = Ssin::compose(92, 12, 1, 144, false);
    // A header row, Windows line ends, a display-form INSZ, a trailing empty row.
    const QString block = "INSZ\tNaam\tVoornaam\tGeboortedatum\tTaal\tIn dienst\tRegime\tPC\r\n" +
                          Ssin::parse(a).display() +
                          "\tPeeters\tJan\t30/07/1985\tnl\t01/02/2020\t0,8\t200\r\n" + b +
                          "\tDupont\tMarie\t\tfr\t\t\t\r\n\r\n";
    const PasteResult r = PasteParser::parseWorkers(block, employer);
    QVERIFY(r.headerSkipped);
    QCOMPARE(r.rowsRead, 2);
    QVERIFY(r.issues.isEmpty());
    QCOMPARE(r.workers.size(), 2);
    QCOMPARE(r.workers.at(0).ssin, a);
    QCOMPARE(r.workers.at(0).familyName, QString("Peeters"));
    QCOMPARE(r.workers.at(0).birthDate, QDate(1985, 7, 30));
    QVERIFY(r.workers.at(1).language == Language::French);
    QCOMPARE(r.workers.at(1).birthDate, QDate(1992, 12, 1)); // from the INSZ
    QCOMPARE(r.employments.size(), 1);
    QCOMPARE(r.employments.at(0).workRegime, 0.8);
    QCOMPARE(r.employments.at(0).jointCommittee, QString("200"));
    QCOMPARE(r.employments.at(0).workerUuid, r.workers.at(0).uuid);
}

void TestPasteParser::workersBadCells_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");
    const QString ok = Ssin::compose(85, 7, 30, 33, false);
    QTest::newRow("INSZ too short") << "8507300\tPeeters" << 1 << "11 digits";
    QTest::newRow("INSZ missing") << "\tPeeters" << 1 << "required";
    QTest::newRow("family name missing") << ok + "\t" << 2 << "family name";
    QTest::newRow("birth date") << ok + "\tPeeters\tJan\t31/02/1985" << 4 << "dd/mm/yyyy";
    QTest::newRow("language") << ok + "\tPeeters\tJan\t\tnederlands-ish" << 5 << "nl, fr, de or en";
    QTest::newRow("start date") << ok + "\tPeeters\tJan\t\tnl\tgisteren" << 6 << "dd/mm/yyyy";
    QTest::newRow("regime") << ok + "\tPeeters\tJan\t\tnl\t01/01/2024\t150%" << 7 << "work regime";
    QTest::newRow("regime without start") << ok + "\tPeeters\tJan\t\tnl\t\t1" << 6 << "start";
}

void TestPasteParser::workersBadCells()
{
    QFETCH(QString, row);
    QFETCH(int, column);
    QFETCH(QString, messagePart);
    const QString good = Ssin::compose(92, 12, 1, 144, false) + "\tDupont\tMarie";
    // The bad row between two good ones: both good rows become workers, the bad one is kept.
    const QString block = good + "\n" + row + "\n" + Ssin::compose(70, 1, 1, 11, false) + "\tMaes";
    const PasteResult r = PasteParser::parseWorkers(block, QUuid::createUuid());
    QCOMPARE(r.workers.size(), 2);
    QCOMPARE(r.rejectedLines, QStringList{row});
    QVERIFY(!r.issues.isEmpty());
    const PasteCellIssue &i = r.issues.first();
    QCOMPARE(i.row, 2);
    QCOMPARE(i.column, column);
    QVERIFY2(i.message.contains(messagePart, Qt::CaseInsensitive), qPrintable(i.message));
    QVERIFY(!i.columnName.isEmpty());
    QCOMPARE(r.rowsRead, 3);
}

void TestPasteParser::participationsBlock()
{
    UiFixture f;
    const QUuid employer = f.employer();
    const QList<Worker> workers = f.source->workers(employer);
    const QList<Training> trainings = f.source->trainings(employer);
    const Training &existing = trainings.first();
    const QString block =
        QString("%1\t%2\t%3\t%4\t%5\turen\tja\tnee\n")
            .arg(workers.at(0).ssin, existing.name, existing.startDate.toString("dd/MM/yyyy"),
                 existing.endDate.toString("dd/MM/yyyy"), QString("4")) +
        QString("%1\tNieuwe opleiding\t05/11/2025\t\t1,5\tdagen\toui\toui\n").arg(workers.at(1).ssin) +
        QString("%1\tnieuwe opleiding\t05/11/2025\t05/11/2025\t1,5\tdays\t\t\n").arg(workers.at(2).ssin);
    const PasteResult r = PasteParser::parseParticipations(block, employer, workers, trainings);
    QVERIFY2(r.issues.isEmpty(), r.issues.isEmpty() ? "" : qPrintable(r.issues.first().message));
    QCOMPARE(r.participations.size(), 3);
    QCOMPARE(r.participations.at(0).trainingUuid, existing.uuid);
    QCOMPARE(r.newTrainings.size(), 1); // the same new training for rows 2 and 3 (case-insensitive name)
    QVERIFY(r.newTrainings.first().unit == DurationUnit::Days);
    QCOMPARE(r.newTrainings.first().duration, 1.5);
    QCOMPARE(r.participations.at(1).trainingUuid, r.newTrainings.first().uuid);
    QCOMPARE(r.participations.at(2).trainingUuid, r.newTrainings.first().uuid);
    QVERIFY(r.participations.at(1).certificate);
}

void TestPasteParser::participationsBadCells()
{
    UiFixture f;
    const QUuid employer = f.employer();
    const QString unknown = Ssin::compose(80, 1, 1, 123, false);
    const QString block =
        QString("%1\tOpleiding\t05/11/2025\t\t2\tuur\tja\tnee\n").arg(unknown) +
        QString("%1\t\t05/13/2025\t\t-1\tweken\tmisschien\tja\n").arg(f.source->workers(employer).at(0).ssin);
    const PasteResult r = PasteParser::parseParticipations(block, employer, f.source->workers(employer),
                                                           f.source->trainings(employer));
    QVERIFY(r.participations.isEmpty());
    QCOMPARE(r.rejectedLines.size(), 2);
    QList<int> cols;
    for (const auto &i : r.issues)
        cols << i.row * 10 + i.column;
    // Row 1: unknown INSZ. Row 2: training name, start date, duration, unit, followed.
    QCOMPARE(cols, (QList<int>{11, 22, 23, 25, 26, 27}));
    QVERIFY(r.issues.first().message.contains(Ssin::parse(unknown).display()));
}

QTEST_MAIN(TestPasteParser)
#include "tst_pasteparser.moc"
