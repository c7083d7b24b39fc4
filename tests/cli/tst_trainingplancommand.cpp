// fladesk-cli training-plan on a real workspace: a company whose register makes a plan
// required from 2027 (25 workers hired on 1 January 2025: 2026 averages (0 + 3 x 25) / 4 =
// 18.75 FTE, 2027 averages 25), its reminders across the year end, the log, the copy.

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

const QString kEnterprise = EnterpriseNumber::compose(5669882);

DataSet hiredIn2025()
{
    DataSet s;
    Employer e = employerRecord(kEnterprise, QStringLiteral("Brouwerij Maes BV"));
    e.sizeClass = SizeClass::Under10;
    s.employers.append(e);
    for (int i = 0; i < 25; ++i) {
        const Worker w = workerOf(e, Ssin::compose(90, 1, 1, 101 + 2 * i, false),
                                  QStringLiteral("Vermeulen%1").arg(i), QStringLiteral("An"));
        s.workers.append(w);
        Employment m = employmentOf(w, QDate(2025, 1, 1));
        m.jointCommittee = QStringLiteral("124");
        s.employments.append(m);
    }
    return s;
}

} // namespace

class TestTrainingPlanCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void remindersBeforeThePlan();
    void planLogAndDeadlines();
    void anonymisedCopy();
    void usage();

private:
    QStringList ws() const { return {"--workspace", m_workspace, "--employer", kEnterprise}; }
    QTemporaryDir m_dir;
    QString m_workspace;
};

void TestTrainingPlanCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const QString set = m_dir.filePath("set");
    QVERIFY2(DataSetCsv::write(hiredIn2025(), set, &error), qPrintable(error));
    m_workspace = m_dir.filePath("office.fladesk");
    QCOMPARE(test::cliExitCode({"--lang", "en", "import-csv", set, "--workspace", m_workspace}), 0);
}

void TestTrainingPlanCommand::remindersBeforeThePlan()
{
    QString out;
    // 1 December 2026: 2026 needs no plan (18.75 FTE), 2027's draft is 89 days away.
    QCOMPARE(test::cliExitCode(
                 QStringList{"--lang", "en", "training-plan", "check", "--today", "2026-12-01"} + ws(), &out),
             0);
    QCOMPARE(out.trimmed(), "Nothing due for the training plan of Brouwerij Maes BV.");
    // 31 December 2026: 59 days before the draft's deadline.
    QCOMPARE(test::cliExitCode(
                 QStringList{"--lang", "en", "training-plan", "check", "--today", "2026-12-31"} + ws(), &out),
             0);
    QCOMPARE(out.trimmed(),
             "Training plan 2027: none yet; send the draft for advice by 28 February 2027 (59 days "
             "left). (unconfirmed rule)");
    // 1 April 2027 without a plan: overdue, exit 1.
    QCOMPARE(
        test::cliExitCode(
            QStringList{"--lang", "en", "training-plan", "check", "--today", "2027-04-01", "--json"} + ws(),
            &out),
        1);
    const QJsonArray list = QJsonDocument::fromJson(out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first()["step"].toString(), "adopted");
    QCOMPARE(list.first()["due"].toString(), "2027-03-31");
    QVERIFY(list.first()["overdue"].toBool());
    QVERIFY(list.first()["noPlan"].toBool());
}

void TestTrainingPlanCommand::planLogAndDeadlines()
{
    QString out, err;
    QCOMPARE(test::cliExitCode(QStringList{"--lang", "en", "training-plan", "create", "--year", "2027",
                                           "--consulted", "union-delegation"} +
                                   ws(),
                               &out, &err),
             0);
    QVERIFY2(out.contains("Training plan 2027 created"), qPrintable(err));
    QCOMPARE(
        test::cliExitCode(QStringList{"--lang", "en", "training-plan", "add", "--year", "2027", "--category",
                                      "formal", "--title", "Forklift safety", "--target-group", "warehouse",
                                      "--risk-group", "age-50-plus", "--workers", "6", "--days", "2"} +
                              ws(),
                          &out, &err),
        0);
    QCOMPARE(test::cliExitCode(QStringList{"--lang", "en", "training-plan", "log", "--year", "2027", "--step",
                                           "draft-sent", "--date", "2027-02-10"} +
                                   ws(),
                               &out, &err),
             0);
    QCOMPARE(test::cliExitCode(QStringList{"--lang", "en", "training-plan", "show", "--year", "2027",
                                           "--json", "--today", "2027-03-16"} +
                                   ws(),
                               &out),
             0);
    const QJsonObject plan = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(plan["consulted"].toString(), "union-delegation");
    QCOMPARE(plan["items"].toArray().size(), 1);
    const QJsonArray d = plan["deadlines"].toArray();
    QCOMPARE(d.at(0)["state"].toString(), "done");
    QCOMPARE(d.at(1)["state"].toString(), "overdue");
    QCOMPARE(d.at(1)["daysLeft"].toInt(), -1);
    QCOMPARE(d.at(2)["state"].toString(), "dueSoon");
    QCOMPARE(d.at(3)["due"].toString(), "2027-04-30");
    QVERIFY(!d.at(3)["confirmed"].toBool());
    QCOMPARE(plan["realised"].toArray().first()["plannedDays"].toDouble(), 12.0);
    // The advice overdue: check says so and exits 1.
    QCOMPARE(test::cliExitCode(
                 QStringList{"--lang", "en", "training-plan", "check", "--today", "2027-03-16"} + ws(), &out),
             1);
    QVERIFY2(out.startsWith("Training plan 2027: advice received was due by 15 March 2027 (1 day late)."),
             qPrintable(out));
    // Advice and adoption logged: only the upload remains, due a month after the adoption.
    QCOMPARE(test::cliExitCode(QStringList{"--lang", "en", "training-plan", "log", "--year", "2027", "--step",
                                           "advice", "--date", "2027-03-14"} +
                               ws()),
             0);
    QCOMPARE(test::cliExitCode(QStringList{"--lang", "en", "training-plan", "log", "--year", "2027", "--step",
                                           "adopted", "--date", "2027-03-20"} +
                               ws()),
             0);
    QCOMPARE(test::cliExitCode(
                 QStringList{"--lang", "en", "training-plan", "check", "--today", "2027-04-01"} + ws(), &out),
             0);
    QCOMPARE(out.trimmed(), "Training plan 2027: upload the anonymised copy by 20 April 2027 (19 days left). "
                            "(unconfirmed rule)");
    // A second plan over the same year is refused, naming both.
    QCOMPARE(test::cliExitCode(
                 QStringList{"--lang", "en", "training-plan", "create", "--year", "2027"} + ws(), &out, &err),
             70);
    QVERIFY2(err.contains("overlaps the training plan 2027"), qPrintable(err));
}

void TestTrainingPlanCommand::anonymisedCopy()
{
#ifdef Q_OS_WIN
    QSKIP("poppler-utils (pdftotext) is a Linux program a Windows process under Wine cannot start");
#endif
    if (QStandardPaths::findExecutable("pdftotext").isEmpty())
        QFAIL("poppler-utils is needed: bash scripts/install-deps.sh");
    const QString pdf = m_dir.filePath("plan.pdf");
    QString out, err;
    QCOMPARE(test::cliExitCode(QStringList{"--lang", "en", "training-plan", "pdf", "--year", "2027", "--out",
                                           pdf, "--today", "2027-04-02"} +
                                   ws(),
                               &out, &err),
             0);
    QProcess p;
    p.start("pdftotext", {pdf, "-"});
    p.waitForFinished(30000);
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    for (const char *phrase :
         {"Training plan 2027", "Brouwerij Maes BV", "union delegation", "Forklift safety",
          "workers aged 50 or more", "20 March 2027", "Planned and realised"})
        QVERIFY2(text.contains(QString::fromUtf8(phrase)),
                 qPrintable(QString::fromUtf8(phrase) + " not in " + text));
    QVERIFY2(!text.contains("Vermeulen") && !text.contains("90.01.01"), "no worker is named in the copy");
}

void TestTrainingPlanCommand::usage()
{
    QString err;
    QCOMPARE(test::cliExitCode(QStringList{"--lang", "en", "training-plan"} + ws(), nullptr, &err), 64);
    QVERIFY(err.contains("Give one action"));
    QCOMPARE(test::cliExitCode(QStringList{"--lang", "en", "training-plan", "show"} + ws(), nullptr, &err),
             64);
    QCOMPARE(test::cliExitCode(QStringList{"--lang", "en", "training-plan", "log", "--year", "2027", "--step",
                                           "signed", "--date", "2027-01-01"} +
                                   ws(),
                               nullptr, &err),
             64);
    QVERIFY(err.contains("--step draft-sent|advice|adopted|uploaded"));
    QCOMPARE(test::cliExitCode(QStringList{"--lang", "en", "training-plan", "show", "--year", "2031"} + ws(),
                               nullptr, &err),
             70);
    QVERIFY(err.contains("has no training plan for 2031"));
}

QTEST_GUILESS_MAIN(TestTrainingPlanCommand)
#include "tst_trainingplancommand.moc"
