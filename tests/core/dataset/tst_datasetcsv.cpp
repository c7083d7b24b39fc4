#include "core/dataset/DataSetCsv.h"

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
    void textReadAsWritten_data();
    void textReadAsWritten();
    void badValuesNamed_data();
    void badValuesNamed();
    void blankLinesSkipped();
    void largeFileReadWhole();
    void malformedLinesRefused_data();
    void malformedLinesRefused();
    void textRulesRefuse_data();
    void textRulesRefuse();
    void hugeFieldNotRepeated();
    void windows1252FileDecoded();
    void linesOfRecords();
    void setWithoutTheObligationColumnsLoads();

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

namespace {

const QByteArray kUuid1("5c3f9a1e-0d2b-4c4e-9a57-1f2e3d4c5b6a");
const QByteArray kUuid2("0b8f2d4c-6a1e-4f3b-8c5d-7e9a1b2c3d4e");

void writeFile(const QString &dir, const QString &name, const QByteArray &content)
{
    QFile f(dir + QLatin1Char('/') + name);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(content), content.size());
}

} // namespace

// workers.csv with one line, written in the ways a CSV file can be: each
// value is the trimmed text of its field, accents and all.
void TestDataSetCsv::textReadAsWritten_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("familyName");
    QTest::addColumn<QString>("givenName");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QDate>("birthDate");

    const QByteArray header("uuid,employerUuid,ssin,familyName,givenName,birthDate,language,address\n");
    const QByteArray ids(kUuid1 + "," + kUuid2 + ",85073003328,");
    QTest::newRow("unquoted") << QByteArray(header + ids + "Peeters,An,1985-07-30,nl,Kerkstraat 1\n")
                              << "Peeters"
                              << "An"
                              << "Kerkstraat 1" << QDate(1985, 7, 30);
    QTest::newRow("quoted") << QByteArray(header + ids +
                                          "\"Peeters\",\"An\",\"1985-07-30\",\"nl\",\"Kerkstraat 1\"\n")
                            << "Peeters"
                            << "An"
                            << "Kerkstraat 1" << QDate(1985, 7, 30);
    QTest::newRow("padded") << QByteArray(header + " " + kUuid1 + " ,\t" + kUuid2 +
                                          ",85073003328, Peeters ,\"  An \",  1985-07-30 , nl ,\n")
                            << "Peeters"
                            << "An"
                            << "" << QDate(1985, 7, 30);
    QTest::newRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBF" + QByteArray(header).replace("\n", "\r\n") +
                                                ids +
                                                "Peeters,An,1985-07-30,nl,\"Kerkstraat 1\r\n9000 Gent\"\r\n")
                                  << "Peeters"
                                  << "An"
                                  << "Kerkstraat 1\r\n9000 Gent" << QDate(1985, 7, 30);
    QTest::newRow("accents") << QByteArray(header + ids +
                                           "Peeters-M\xC3\xBCller,Ana\xC3\xAFs \xC3\x89lodie,,de,"
                                           "\"Rue de l'\xC3\x89glise 3, 4000 Li\xC3\xA8ge\"\n")
                             << QString::fromUtf8("Peeters-Müller") << QString::fromUtf8("Anaïs Élodie")
                             << QString::fromUtf8("Rue de l'Église 3, 4000 Liège") << QDate();
    QTest::newRow("accents padded with no-break spaces")
        << QByteArray(header + ids +
                      "\xC2\xA0"
                      "Fran\xC3\xA7ois\xC2\xA0,\" \xC3\x89mile \",,fr,\n")
        << QString::fromUtf8("François") << QString::fromUtf8("Émile") << "" << QDate();
    QTest::newRow("quotes and commas")
        << QByteArray(header + ids + "\"De \"\"Smid\"\"\",\"An, Jr\",,nl,\"a\nb\"\n") << "De \"Smid\""
        << "An, Jr"
        << "a\nb" << QDate();
    QTest::newRow("upper case and braces")
        << QByteArray(header + kUuid1.toUpper() + ",{" + kUuid2 + "},85073003328,X,Y,,nl,\n") << "X"
        << "Y"
        << "" << QDate();
    QTest::newRow("long names") << QByteArray(header + ids + QByteArray(100, 'a') + "," +
                                              QByteArray("\xC3\xA9").repeated(70) + ",,nl,\n")
                                << QString(100, QLatin1Char('a')) << QString(70, QChar(0xE9)) << ""
                                << QDate();
}

void TestDataSetCsv::textReadAsWritten()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, familyName);
    QFETCH(QString, givenName);
    QFETCH(QString, address);
    QFETCH(QDate, birthDate);
    QTemporaryDir dir;
    writeFile(dir.path(), "workers.csv", content);
    QList<DataSetCsvIssue> issues;
    const DataSet set = DataSetCsv::read(dir.path(), &issues);
    QVERIFY2(issues.isEmpty(), issues.isEmpty() ? "" : qPrintable(issues.at(0).message));
    QCOMPARE(set.workers.size(), 1);
    const Worker &w = set.workers.at(0);
    QCOMPARE(w.uuid, QUuid::fromString(QLatin1String(kUuid1)));
    QCOMPARE(w.employerUuid, QUuid::fromString(QLatin1String(kUuid2)));
    QCOMPARE(w.ssin, "85073003328");
    QCOMPARE(w.familyName, familyName);
    QCOMPARE(w.givenName, givenName);
    QCOMPARE(w.address, address);
    QCOMPARE(w.birthDate, birthDate);
}

// A line with a value that cannot be read is reported with its file, physical
// line, column and a message quoting the trimmed text; the next line is kept.
void TestDataSetCsv::badValuesNamed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("kept");

    const QByteArray p(
        "uuid,employerUuid,trainingUuid,workerUuid,followed,certificate,certificateValidUntil,duration\n");
    const QByteArray ids(kUuid1 + "," + kUuid2 + "," + kUuid2 + "," + kUuid2);
    const QByteArray good("\n" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "," + kUuid2 + "," +
                          kUuid2 + "," + kUuid2 + ",true,false,,\n");
    QTest::newRow("not a UUID") << "participations.csv"
                                << QByteArray(p + "not-a-uuid" + ids.mid(36) + ",,,," + good) << qint64(2)
                                << "uuid"
                                << "\"not-a-uuid\" is not a UUID." << 1;
    QTest::newRow("padded, quoted in the message trimmed")
        << "participations.csv" << QByteArray(p + kUuid1 + ",\"  12 34 \"" + ids.mid(73) + ",,,," + good)
        << qint64(2) << "employerUuid"
        << "\"12 34\" is not a UUID." << 1;
    QTest::newRow("accents in the message")
        << "participations.csv"
        << QByteArray(p + kUuid1 + "," + kUuid2 + ",\xC3\x89lodie M\xC3\xBCller," + kUuid2 + ",,,," + good)
        << qint64(2) << "trainingUuid" << QString::fromUtf8("\"Élodie Müller\" is not a UUID.") << 1;
    QTest::newRow("nil UUID") << "participations.csv"
                              << QByteArray(p + ids.left(111) + "00000000-0000-0000-0000-000000000000,,,," +
                                            good)
                              << qint64(2) << "workerUuid"
                              << "\"00000000-0000-0000-0000-000000000000\" is not a UUID." << 1;
    QTest::newRow("UUID required") << "participations.csv"
                                   << QByteArray(p + " " + ids.mid(36) + ",,,," + good) << qint64(2) << "uuid"
                                   << "A UUID is required." << 1;
    QTest::newRow("not a flag") << "participations.csv" << QByteArray(p + ids + ",yes,,," + good) << qint64(2)
                                << "followed"
                                << "\"yes\" is not true or false." << 1;
    QTest::newRow("not a number") << "participations.csv" << QByteArray(p + ids + ",TRUE,0,,\"1,5\"" + good)
                                  << qint64(2) << "duration"
                                  << "\"1,5\" is not a number." << 1;
    QTest::newRow("not a date") << "participations.csv" << QByteArray(p + ids + ",,,02/01/2024," + good)
                                << qint64(2) << "certificateValidUntil"
                                << "\"02/01/2024\" is not a date of the form yyyy-MM-dd." << 1;
    QTest::newRow("no such day") << "participations.csv" << QByteArray(p + ids + ",,, 2024-02-30 ," + good)
                                 << qint64(2) << "certificateValidUntil"
                                 << "\"2024-02-30\" is not a date of the form yyyy-MM-dd." << 1;
    QTest::newRow("line after a multi-line field, BOM and CRLF")
        << "trainings.csv"
        << QByteArray(
               "\xEF\xBB\xBFuuid,employerUuid,name,kind,startDate,endDate,duration,unit,cost,notes\r\n" +
               kUuid2 + "," + kUuid2 + ",Two,FORMAL,2024-01-02,2024-01-02,3,HOURS,,\"Two\r\nlines\"\r\n" +
               kUuid1 + "," + kUuid2 + ",C,FORMAL,2024-01-02,2024-01-02,3,HOURS,12 euro,\r\n")
        << qint64(4) << "cost"
        << "\"12 euro\" is not an amount." << 1;
    QTest::newRow("date required") << "employments.csv"
                                   << QByteArray("uuid,employerUuid,workerUuid,startDate\n" + kUuid1 + "," +
                                                 kUuid2 + "," + kUuid2 + ", \n")
                                   << qint64(2) << "startDate"
                                   << "A date is required (yyyy-MM-dd)." << 0;
    QTest::newRow("not an allowed value") << "rights.csv"
                                          << QByteArray("uuid,employerUuid,workerUuid,year,type\n" + kUuid1 +
                                                        "," + kUuid2 + "," + kUuid2 + ",2024,OTHER\n")
                                          << qint64(2) << "type"
                                          << "\"OTHER\" is not one of the allowed values." << 0;
    QTest::newRow("column missing") << "workers.csv" << QByteArray("uuid,ssin\n" + kUuid1 + ",1\n")
                                    << qint64(1) << "employerUuid"
                                    << "The column is missing from the header line." << 0;
    QTest::newRow("quote not closed")
        << "employers.csv" << QByteArray("uuid,name\n" + kUuid1 + ",A\n\n" + kUuid2 + ",\"B\n") << qint64(4)
        << ""
        << "Line 4: a quoted field is not closed before the end of the file." << 1;
}

void TestDataSetCsv::badValuesNamed()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(qint64, line);
    QFETCH(QString, column);
    QFETCH(QString, message);
    QFETCH(int, kept);
    QTemporaryDir dir;
    writeFile(dir.path(), file, content);
    QList<DataSetCsvIssue> issues;
    const DataSet set = DataSetCsv::read(dir.path(), &issues);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.at(0).file, file);
    QCOMPARE(issues.at(0).line, line);
    QCOMPARE(issues.at(0).column, column);
    QCOMPARE(issues.at(0).message, message);
    QCOMPARE(int(set.recordCount()), kept);
}

void TestDataSetCsv::blankLinesSkipped()
{
    QTemporaryDir dir;
    writeFile(dir.path(), "employers.csv",
              "uuid,name\r\n\r\n" + kUuid1 + ",A\r\n\n\"\"\n   \n" + kUuid2 + ",\"B\"\r\n\r\n");
    QList<DataSetCsvIssue> issues;
    const DataSet set = DataSetCsv::read(dir.path(), &issues);
    QCOMPARE(set.employers.size(), 2);
    QCOMPARE(set.employers.at(1).name, "B");
    // A line of spaces is not blank: it is a line of one field where the
    // header has two.
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.at(0).line, 6);
    QCOMPARE(issues.at(0).column, "");
    QCOMPARE(issues.at(0).message, "The line has 1 field(s) where the header line has 2: it is not read.");
}

// More lines than the reader samples to reserve its list: all read back.
void TestDataSetCsv::largeFileReadWhole()
{
    DataSet in = sample();
    const Participation first = in.participations.at(0);
    for (int i = 0; i < 2500; ++i) {
        Participation p = first;
        p.uuid = QUuid::createUuid();
        p.followed = i % 3 != 0;
        p.certificate = i % 7 == 0;
        p.certificateValidUntil = i % 2 ? QDate(2027, 1, 1).addDays(i) : QDate();
        p.durationOverride = i % 5 ? std::optional<double>() : std::optional<double>(i / 4.0);
        in.participations.append(p);
    }
    QTemporaryDir dir;
    QString error;
    QVERIFY2(DataSetCsv::write(in, dir.path(), &error), qPrintable(error));
    QList<DataSetCsvIssue> issues;
    const DataSet out = DataSetCsv::read(dir.path(), &issues);
    QVERIFY(issues.isEmpty());
    QCOMPARE(out.participations.size(), in.participations.size());
    for (qsizetype i = 0; i < in.participations.size(); ++i) {
        const Participation &a = in.participations.at(i);
        const Participation &b = out.participations.at(i);
        QCOMPARE(b.uuid, a.uuid);
        QCOMPARE(b.employerUuid, a.employerUuid);
        QCOMPARE(b.trainingUuid, a.trainingUuid);
        QCOMPARE(b.workerUuid, a.workerUuid);
        QCOMPARE(b.followed, a.followed);
        QCOMPARE(b.certificate, a.certificate);
        QCOMPARE(b.certificateValidUntil, a.certificateValidUntil);
        QCOMPARE(b.durationOverride, a.durationOverride);
    }
}

namespace {

const QByteArray kWorkerHeader("uuid,employerUuid,ssin,familyName,givenName,birthDate,language,address\n");
const QByteArray kWorker3("7d1e4c2a-9b3f-4e5d-8a6c-2f1b0e9d8c7b");

// A good workers.csv line for uuid.
QByteArray goodWorker(const QByteArray &uuid)
{
    return uuid + "," + kUuid2 + ",85073003328,Peeters,An,1985-07-30,nl,\"Kerkstraat 1\n9000 Gent\"\n";
}

} // namespace

// A line that is not a well-formed row of as many fields as the header is
// refused whole, named by its file, line and (for a misplaced quote) column,
// with its uuid when that field reads as one; the lines around it are kept.
// Before: a row of 4 of 8 fields was kept with the other four empty (and so
// blanked a stored worker's given name, birth date and address), and a
// broken quote turned the family name into the rest of the line.
void TestDataSetCsv::malformedLinesRefused_data()
{
    QTest::addColumn<QByteArray>("line"); // workers.csv line 4, between two good lines (of two lines each)
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("recordKnown");
    QTest::addColumn<int>("kept");

    const QByteArray ids = kUuid1 + "," + kUuid2 + ",85073003328,";
    QTest::newRow("4 of 8 fields") << QByteArray(ids + "Peeters\n") << ""
                                   << "The line has 4 field(s) where the header line has 8: it is not read."
                                   << true << 2;
    QTest::newRow("9 of 8 fields") << QByteArray(ids + "Peeters,An,1985-07-30,nl,,extra\n") << ""
                                   << "The line has 9 field(s) where the header line has 8: it is not read."
                                   << true << 2;
    const QString quote = "A quote stands where none may: a field is either quoted whole, with each quote "
                          "inside it doubled, or holds no quote. The line is not read.";
    QTest::newRow("quote inside a field")
        << QByteArray(ids + "Pee\"ters,An,1985-07-30,nl,\n") << "familyName" << quote << true << 2;
    QTest::newRow("text after the closing quote")
        << QByteArray(ids + "\"Peeters\" Jr,An,1985-07-30,nl,\n") << "familyName" << quote << true << 2;
    // The quote opened in familyName closes in the next line's address: the
    // two lines are one row, refused whole; the good line after them is kept.
    QTest::newRow("quote not closed on its line")
        << QByteArray(ids + "\"Peeters,An,1985-07-30,nl,\n" + kWorker3 + "," + kUuid2 +
                      ",85073003328,Janssens,Bo,,nl,\"Markt 1\"\n")
        << "familyName" << quote + " The row runs from line 4 to line 5." << true << 2;
    QTest::newRow("4 fields, no uuid")
        << QByteArray("x,y,z,w\n") << ""
        << "The line has 4 field(s) where the header line has 8: it is not read." << false << 2;
}

void TestDataSetCsv::malformedLinesRefused()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, column);
    QFETCH(QString, message);
    QFETCH(bool, recordKnown);
    QFETCH(int, kept);
    QTemporaryDir dir;
    const QByteArray first = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QByteArray last = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    writeFile(dir.path(), "workers.csv", kWorkerHeader + goodWorker(first) + line + goodWorker(last));
    QList<DataSetCsvIssue> issues;
    const DataSet set = DataSetCsv::read(dir.path(), &issues);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.at(0).file, "workers.csv");
    QCOMPARE(issues.at(0).line, 4);
    QCOMPARE(issues.at(0).column, column);
    QCOMPARE(issues.at(0).message, message);
    QCOMPARE(issues.at(0).record, recordKnown ? QUuid::fromString(QLatin1String(kUuid1)) : QUuid());
    QCOMPARE(int(set.workers.size()), kept);
    QCOMPARE(set.workers.first().uuid, QUuid::fromString(QLatin1String(first)));
    QCOMPARE(set.workers.last().uuid, QUuid::fromString(QLatin1String(last)));
    for (const Worker &w : set.workers)
        QCOMPARE(w.givenName, "An"); // never a worker read from the malformed line
}

// The field rules of every way in (dataset/FieldRules.h): a text with a
// control character (NUL: "VCA\0" was stored as a second training that looks
// like VCA), bytes that are not valid UTF-8 (silently replaced before), or
// more characters than its field allows (a 200 kB family name was stored) is
// refused, never repaired.
void TestDataSetCsv::textRulesRefuse_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("code");

    const QByteArray t("uuid,employerUuid,name,kind,startDate,endDate,duration,unit\n" + kUuid1 + "," +
                       kUuid2);
    const QByteArray dates(",FORMAL,2024-01-02,2024-01-02,3,HOURS\n");
    QTest::newRow("NUL in a training name")
        << "trainings.csv" << QByteArray(t + "," + QByteArray("VCA\0", 4) + dates) << "name"
        << "The text holds a control character (U+0000) at position 4: such characters are not allowed."
        << "";
    QTest::newRow("escape character") << "trainings.csv"
                                      << QByteArray(t +
                                                    ",V\x1b"
                                                    "CA" +
                                                    dates)
                                      << "name"
                                      << "The text holds a control character (U+001B) at position 2: such "
                                         "characters are not allowed."
                                      << "";
    QTest::newRow("line break in a name") << "trainings.csv" << QByteArray(t + ",\"V\nCA\"" + dates) << "name"
                                          << "The text holds a control character (U+000A) at position 2: "
                                             "such characters are not allowed."
                                          << "";
    QTest::newRow("C1 control character")
        << "trainings.csv" << QByteArray(t + ",VCA\xC2\x85x" + dates) << "name"
        << "The text holds a control character (U+0085) at position 4: such characters are not allowed."
        << "";
    // A byte order mark says UTF-8 (else the file would be read as Windows-1252).
    QTest::newRow("invalid UTF-8")
        << "workers.csv"
        << QByteArray("\xEF\xBB\xBF" + kWorkerHeader + kUuid1 + "," + kUuid2 +
                      ",85073003328,Peeters,Ana\xEFs,,nl,\n")
        << "givenName"
        << "The text holds bytes that are not valid in the file's encoding (shown as "
           "U+FFFD) at position 4: save the file as UTF-8."
        << "";
    QTest::newRow("family name of 101") << "workers.csv"
                                        << QByteArray(kWorkerHeader + kUuid1 + "," + kUuid2 +
                                                      ",85073003328," + QByteArray(101, 'a') + ",An,,nl,\n")
                                        << "familyName"
                                        << "The text holds 101 characters; at most 100 are allowed."
                                        << "GN-002";
    QTest::newRow("family name of 101, accented")
        << "workers.csv"
        << QByteArray(kWorkerHeader + kUuid1 + "," + kUuid2 + ",85073003328," +
                      QByteArray("\xC3\xA9").repeated(101) + ",An,,nl,\n")
        << "familyName"
        << "The text holds 101 characters; at most 100 are allowed."
        << "GN-002";
    QTest::newRow("address of 501") << "workers.csv"
                                    << QByteArray(kWorkerHeader + kUuid1 + "," + kUuid2 +
                                                  ",85073003328,Peeters,An,,nl,\"" + QByteArray(250, 'a') +
                                                  "\n" + QByteArray(250, 'b') + "\"\n")
                                    << "address"
                                    << "The text holds 501 characters; at most 500 are allowed."
                                    << "GN-002";
    QTest::newRow("training name of 201")
        << "trainings.csv" << QByteArray(t + "," + QByteArray(201, 'x') + dates) << "name"
        << "The text holds 201 characters; at most 200 are allowed."
        << "GN-002";
    QTest::newRow("SSIN of 200 kB") << "workers.csv"
                                    << QByteArray(kWorkerHeader + kUuid1 + "," + kUuid2 + ",\"" +
                                                  QByteArray(200000, '9') + "\",Peeters,An,,nl,\n")
                                    << "ssin"
                                    << "The text holds 200000 characters; at most 100 are allowed."
                                    << "GN-002";
}

void TestDataSetCsv::textRulesRefuse()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, column);
    QFETCH(QString, message);
    QFETCH(QString, code);
    QTemporaryDir dir;
    writeFile(dir.path(), file, content);
    QList<DataSetCsvIssue> issues;
    const DataSet set = DataSetCsv::read(dir.path(), &issues);
    QCOMPARE(set.recordCount(), 0);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.at(0).line, 2);
    QCOMPARE(issues.at(0).column, column);
    QCOMPARE(issues.at(0).message, message);
    QCOMPARE(issues.at(0).code, code);
    QCOMPARE(issues.at(0).record, QUuid::fromString(QLatin1String(kUuid1)));

    // The same text within the rules is kept: a name of the limit, an
    // address on two lines, accents.
    const DataSet ok = DataSetCsv::read(
        QMap<QString, QByteArray>{{"workers.csv", kWorkerHeader + kUuid1 + "," + kUuid2 + ",85073003328," +
                                                      QByteArray(100, 'a') + ",Ana\xC3\xAFs,,nl,\"" +
                                                      QByteArray(250, 'a') + "\r\n" + QByteArray(248, 'b') +
                                                      "\"\n"}},
        &issues);
    QCOMPARE(ok.workers.size(), 1);
    QCOMPARE(ok.workers.first().address.size(), 500);
}

// A 200 kB value that cannot be read is quoted in its message cut short: the
// message, printed for every refused line, never repeats the whole field.
void TestDataSetCsv::hugeFieldNotRepeated()
{
    QTemporaryDir dir;
    writeFile(dir.path(), "participations.csv",
              "uuid,employerUuid,trainingUuid,workerUuid,certificateValidUntil\n" + kUuid1 + "," + kUuid2 +
                  "," + kUuid2 + "," + kUuid2 + "," + QByteArray(200000, '7') + "\n");
    QList<DataSetCsvIssue> issues;
    const DataSet set = DataSetCsv::read(dir.path(), &issues);
    QCOMPARE(set.recordCount(), 0);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.at(0).column, "certificateValidUntil");
    QVERIFY2(issues.at(0).message.size() < 300, qPrintable(issues.at(0).message.left(300)));
    QVERIFY(issues.at(0).message.contains("200000 characters"));
}

// One decoding rule for every way in (io/TextDecoding, as the mapped import):
// a file that is not UTF-8 (Excel's "CSV" on a Belgian Windows desktop) is
// read as Windows-1252, not silently repaired character by character.
void TestDataSetCsv::windows1252FileDecoded()
{
    QTemporaryDir dir;
    writeFile(dir.path(), "workers.csv",
              kWorkerHeader + kUuid1 + "," + kUuid2 + ",85073003328,M\xFCller,\xC9lodie,,fr,Li\xE8ge\n");
    QList<DataSetCsvIssue> issues;
    const DataSet set = DataSetCsv::read(dir.path(), &issues);
    QVERIFY(issues.isEmpty());
    QCOMPARE(set.workers.size(), 1);
    QCOMPARE(set.workers.first().familyName, QString::fromUtf8("Müller"));
    QCOMPARE(set.workers.first().givenName, QString::fromUtf8("Élodie"));
    QCOMPARE(set.workers.first().address, QString::fromUtf8("Liège"));
}

// The line each kept record came from, in the order of the set's lists.
void TestDataSetCsv::linesOfRecords()
{
    QTemporaryDir dir;
    writeFile(dir.path(), "workers.csv",
              kWorkerHeader + goodWorker(kUuid1) + "bad,line\n\n" + goodWorker(kWorker3));
    QList<DataSetCsvIssue> issues;
    DataSetCsvLines lines;
    const DataSet set = DataSetCsv::read(dir.path(), &issues, &lines);
    QCOMPARE(set.workers.size(), 2);
    QCOMPARE(lines.workers, (QList<qint64>{2, 6})); // the address takes two lines
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.at(0).line, 4);
    QCOMPARE(DataSetCsv::place(issues.at(0).file, issues.at(0).line), "workers.csv, line 4");
}

// A set written before the financial year, sex, category, cost parts, sharing and
// leave existed (schema 9): it loads, each record with the defaults that say
// "not stated" — the category its kind's, the sex the INSZ's.
void TestDataSetCsv::setWithoutTheObligationColumnsLoads()
{
    QTemporaryDir dir;
    writeFile(dir.path(), "employers.csv",
              "uuid,enterpriseNumber,nssoNumber,name,language,sizeClass,jointCommittees,hoursPerDay\n" +
                  kUuid2 + ",0421111147,,Bakkerij,nl,FROM_20,200,7.6\n");
    writeFile(dir.path(), "workers.csv",
              "uuid,employerUuid,ssin,familyName,givenName,birthDate,language,address\n" + kUuid1 + "," +
                  kUuid2 + ",85073003328,Peeters,An,1985-07-30,nl,\n");
    writeFile(dir.path(), "trainings.csv",
              "uuid,employerUuid,name,provider,kind,startDate,endDate,duration,unit,countsForFla,"
              "deductFromRight,financing,cost,status,registeredOn\n"
              "9d1c7e2a-3b4f-4a5e-8c6d-0e1f2a3b4c5d," +
                  kUuid2 +
                  ",Coaching,,INFORMAL,2025-03-10,2025-03-10,3,HOURS,true,true,,120.50,COMPLETED,\n");
    QList<DataSetCsvIssue> issues;
    const DataSet set = DataSetCsv::read(dir.path(), &issues);
    QVERIFY2(issues.isEmpty(), issues.isEmpty() ? "" : qPrintable(issues.at(0).message));
    QCOMPARE(set.employers.size(), 1);
    QCOMPARE(set.employers.at(0).financialYearStartMonth, 1);
    QCOMPARE(set.employers.at(0).financialYearStartDay, 1);
    QCOMPARE(set.workers.size(), 1);
    QCOMPARE(toString(set.workers.at(0).sex), "UNSTATED");
    QCOMPARE(set.trainings.size(), 1);
    const Training &t = set.trainings.at(0);
    QCOMPARE(toString(t.category), "BY_KIND");
    QCOMPARE(toString(categoryOf(t.category, t.kind)), "informal");
    QCOMPARE(t.costCents, std::optional<qint64>(12050));
    QVERIFY(!t.traineePayCents);
    QVERIFY(!t.subsidiesCents);
    QCOMPARE(toString(t.costSharing), "EQUALLY");
    QCOMPARE(toString(t.leave), "NONE");
}

QTEST_GUILESS_MAIN(TestDataSetCsv)
#include "tst_datasetcsv.moc"
