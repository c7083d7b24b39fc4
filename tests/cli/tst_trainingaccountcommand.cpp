// fladesk-cli training-account on a register added up by hand: a half-timer of a
// PC 200 company of 20.5 FTE, where the sector agreement (unconfirmed) gives 3 days per FTE.

#include "CliRun.h"
#include "TestRecords.h"
#include "TestSupport.h"
#include "core/dataset/DataSetCsv.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/domain/Ssin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using namespace fla::test;

namespace {

const QString kJan = Ssin::compose(85, 7, 30, 33, false);

// Jan (half time since 2020) and 20 full-time colleagues in PC 200; the employer declared
// "under 10", but the register counts 20.5 FTE. One 1-day course for Jan in 2025.
DataSet register20()
{
    DataSet s;
    Employer e = employerRecord(EnterpriseNumber::compose(5669882), QStringLiteral("Drukkerij Peeters BV"));
    e.sizeClass = SizeClass::Under10;
    e.jointCommittees = {QStringLiteral("200")};
    s.employers.append(e);
    for (int i = 0; i <= 20; ++i) {
        const Worker w = i == 0 ? workerOf(e, kJan, QStringLiteral("Peeters"), QStringLiteral("Jan"))
                                : workerOf(e, Ssin::compose(90, 1, 1, 101 + 2 * i, false),
                                           QStringLiteral("Collega"), QString::number(i));
        s.workers.append(w);
        Employment m = employmentOf(w, QDate(2020, 1, 1));
        m.workRegime = i == 0 ? 0.5 : 1.0;
        m.jointCommittee = QStringLiteral("200");
        s.employments.append(m);
    }
    Training t = trainingOf(e, QStringLiteral("VCA basis"), QDate(2025, 5, 5));
    t.registeredOn = QDate(2025, 5, 6);
    s.trainings.append(t);
    s.participations.append(participationOf(t, s.workers.first()));
    return s;
}

} // namespace

class TestTrainingAccountCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void json();
    void text();
    void pdfInTheWorkersLanguage();
    void usage();

private:
    QTemporaryDir m_dir;
    QString m_set;
};

void TestTrainingAccountCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_set = m_dir.filePath("set");
    QString error;
    QVERIFY2(DataSetCsv::write(register20(), m_set, &error), qPrintable(error));
}

void TestTrainingAccountCommand::json()
{
    QString out;
    QCOMPARE(test::cliExitCode(
                 {"training-account", "--csv", m_set, "--worker", kJan, "--year", "2025", "--json"}, &out),
             0);
    const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
    // Size class of 2025: Q4 2023 - Q3 2024, 20 + 0.5 FTE.
    QCOMPARE(o.value("fteAverage").toDouble(), 20.5);
    QCOMPARE(o.value("sizeClass").toString(), "FROM_20");
    QVERIFY(o.value("sizeClassFromRegister").toBool());
    QCOMPARE(o.value("daysPerFte").toDouble(), 3.0);
    QCOMPARE(o.value("sectorAgreement").toString(), "181682/CO/200");
    QVERIFY(!o.value("daysPerFteConfirmed").toBool());
    // 3 x 0.5 a year; 2024's 1.5 carried over; 1 day used.
    QCOMPARE(o.value("legalDays").toDouble(), 1.5);
    QCOMPARE(o.value("carriedOverDays").toDouble(), 1.5);
    QCOMPARE(o.value("usedDays").toDouble(), 1.0);
    QCOMPARE(o.value("remainingDays").toDouble(), 2.0);
    QCOMPARE(o.value("workRegime").toDouble(), 0.5);
    QCOMPARE(o.value("jointCommittee").toString(), "200");
    QCOMPARE(o.value("windowStart").toInt(), 2024);
    QCOMPARE(o.value("windowEnd").toInt(), 2028);
    QCOMPARE(o.value("unconfirmed").toArray().size(), 2); // the sector's figure and the window
    QCOMPARE(o.value("trainings").toArray().size(), 1);
    QCOMPARE(o.value("trainings").toArray().first().toObject().value("days").toDouble(), 1.0);
}

void TestTrainingAccountCommand::text()
{
    QString out;
    QCOMPARE(
        test::cliExitCode(
            {"--lang", "en", "training-account", "--csv", m_set, "--worker", kJan, "--year", "2025"}, &out),
        0);
    // The lines and their wording are core's, the same as the Training account view's (TrainingAccountLines).
    QVERIFY2(out.contains("Days per FTE\t3 d (sector agreement 181682/CO/200), unconfirmed"),
             qPrintable(out));
    QVERIFY2(out.contains("Size class\t20 FTE or more (average 20.5 FTE, Q4 2023 – Q3 2024)"),
             qPrintable(out));
    QVERIFY2(out.contains("Remaining\t2 d ("), qPrintable(out));
    QVERIFY(out.contains("Five-year window\t2024–2028, unconfirmed"));
    QVERIFY(out.contains("Unconfirmed (secondary sources): "));
    QVERIFY2(out.contains("(85.07.30-xxx.xx)") && !out.contains(kJan), "the INSZ is masked");
}

void TestTrainingAccountCommand::pdfInTheWorkersLanguage()
{
#ifdef Q_OS_WIN
    QSKIP("poppler-utils (pdftotext) is a Linux program a Windows process under Wine cannot start");
#endif
    if (QStandardPaths::findExecutable("pdftotext").isEmpty())
        QFAIL("poppler-utils is needed: bash scripts/install-deps.sh");
    const QString pdf = m_dir.filePath("jan-2025.pdf");
    QString out;
    QCOMPARE(test::cliExitCode({"training-account", "--csv", m_set, "--worker", kJan, "--year", "2025",
                                "--pdf", pdf, "--today", "2026-01-15"},
                               &out),
             0);
    QProcess p;
    p.start("pdftotext", {pdf, "-"});
    p.waitForFinished(30000);
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    for (const char *phrase : {"Jaaroverzicht van uw opleidingskrediet 2025", "Arbeidsregime 50 %",
                               "3 dagen per VTE volgens sectorakkoord", "(niet bevestigd)", "15 januari 2026",
                               "2 dagen (15,2 uur)"})
        QVERIFY2(text.contains(QString::fromUtf8(phrase)),
                 qPrintable(QString::fromUtf8(phrase) + " not in " + text));
}

void TestTrainingAccountCommand::usage()
{
    QString err;
    QCOMPARE(test::cliExitCode({"training-account", "--csv", m_set, "--year", "2025"}, nullptr, &err), 64);
    QVERIFY(err.contains("--worker"));
    QCOMPARE(
        test::cliExitCode({"training-account", "--csv", m_set, "--worker", kJan, "--year", "2019"}, nullptr),
        64);
    QCOMPARE(test::cliExitCode({"--lang", "en", "training-account", "--csv", m_set, "--worker",
                                Ssin::compose(70, 2, 2, 99, false), "--year", "2025"},
                               nullptr, &err),
             70); // ExitFailure
    QVERIFY2(err.contains("No worker with INSZ or UUID 70.02.02-xxx.xx"), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestTrainingAccountCommand)
#include "tst_trainingaccountcommand.moc"
