#include "CliRun.h"
#include "SocialBalanceFixture.h"
#include "TestSupport.h"
#include "core/storage/BulkLoader.h"
#include "core/storage/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// `fladesk-cli social-balance` on a real workspace holding the hand-computed
// register of SocialBalanceFixture: the NBB item codes as keys, the figures
// added up by hand, the worker whose sex is unknown named (masked) and the
// exit status saying something needs attention.
class TestSocialBalanceCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonHasTheCodesAsKeys();
    void tableInDutch();
    void financialYearOfTheCompany();
    void csvAndPdf();
    void usage_data();
    void usage();

private:
    int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr);
    QTemporaryDir m_dir;
    QString m_workspace;
};

int TestSocialBalanceCommand::run(const QStringList &args, QByteArray *out, QByteArray *err)
{
    const fla::test::CliRun r = fla::test::runCli(args);
    if (out)
        *out = r.out;
    if (err)
        *err = r.err;
    return r.exitCode;
}

void TestSocialBalanceCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(QStringLiteral("register.fladesk"));
    QString error;
    auto ws = fla::Workspace::open(m_workspace, &error);
    QVERIFY2(ws, qPrintable(error));
    const fla::BulkLoadResult loaded = fla::loadDataSet(*ws, SocialBalanceFixture().set);
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
}

void TestSocialBalanceCommand::jsonHasTheCodesAsKeys()
{
    QByteArray out, err;
    QCOMPARE(run({"social-balance", "--workspace", m_workspace, "--employer", "0421.111.147", "--year",
                  "2025", "--json"},
                 &out, &err),
             1); // a worker's sex is unknown: the figures need attention
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    const QJsonObject codes = o.value("codes").toObject();
    QCOMPARE(codes.size(), 24);
    QCOMPARE(codes.value("5801").toDouble(), 1.0);
    QCOMPARE(codes.value("5802").toDouble(), 19.2);
    QCOMPARE(codes.value("5803").toDouble(), 833.34);
    QCOMPARE(codes.value("5813").toDouble(), 333.33);
    QCOMPARE(codes.value("5821").toDouble(), 2.0);
    QCOMPARE(codes.value("5832").toDouble(), 1.5);
    QCOMPARE(o.value("trainingsCounted").toInt(), 3);
    QCOMPARE(o.value("trainingsWithoutCost").toInt(), 1);
    QVERIFY(o.value("unconfirmedCodes").toArray().contains("5801"));
    QVERIFY(!o.value("unconfirmedCodes").toArray().contains("58032"));
    const QJsonArray unknown = o.value("workersOfUnknownSex").toArray();
    QCOMPARE(unknown.size(), 1);
    QVERIFY2(unknown.first().toString().contains("xxx"), "the INSZ is masked");
}

void TestSocialBalanceCommand::tableInDutch()
{
    QByteArray out, err;
    QCOMPARE(run({"--lang", "nl", "social-balance", "--workspace", m_workspace, "--employer", "0421111147",
                  "--from", "2025-01-01", "--to", "2025-12-31"},
                 &out, &err),
             1);
    const QString text = QString::fromUtf8(out);
    QVERIFY2(text.contains(QString::fromUtf8("Formele voortgezette opleiding, mannen: uren opleiding")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("833.34")), qPrintable(text));
    QVERIFY2(QString::fromUtf8(err).contains(QLatin1String("BIS")), err.constData());
}

// --year 2025 for a company whose financial year starts on 1 July: 1 July 2024 to
// 30 June 2025, so trainings E (31/12/2024), A and B count and C (20/11/2025) does
// not; the BIS worker stated a woman leaves no sex unknown (exit 0).
void TestSocialBalanceCommand::financialYearOfTheCompany()
{
    const QString path = m_dir.filePath(QStringLiteral("from-july.fladesk"));
    {
        SocialBalanceFixture f;
        f.set.employers[0].financialYearStartMonth = 7;
        for (fla::Worker &w : f.set.workers) {
            if (w.uuid == f.bis)
                w.sex = fla::StatedSex::Female;
        }
        QString error;
        auto ws = fla::Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error));
        const fla::BulkLoadResult loaded = fla::loadDataSet(*ws, f.set);
        QVERIFY2(loaded.ok, qPrintable(loaded.error));
    }
    QByteArray out, err;
    QCOMPARE(
        run({"social-balance", "--workspace", path, "--employer", "0421.111.147", "--year", "2025", "--json"},
            &out, &err),
        0);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value("from").toString(), "2024-07-01");
    QCOMPARE(o.value("to").toString(), "2025-06-30");
    QCOMPARE(o.value("trainingsCounted").toInt(), 3);
    const QJsonObject codes = o.value("codes").toObject();
    QCOMPARE(codes.value("5801").toDouble(), 1.0); // the first man, in A
    QCOMPARE(codes.value("5802").toDouble(), 15.2);
    QCOMPARE(codes.value("5803").toDouble(), 333.34);
    QCOMPARE(codes.value("5811").toDouble(), 2.0);    // the woman (A, E) and the BIS worker (A)
    QCOMPARE(codes.value("5812").toDouble(), 38.4);   // 15.2 + 8 + 15.2
    QCOMPARE(codes.value("5813").toDouble(), 765.66); // 333.33 + 99.00 + 333.33
    QVERIFY(o.value("workersOfUnknownSex").toArray().isEmpty());
}

// --csv: one line per item code (the writer the Social balance view saves with);
// --pdf: the training block as a document, beside the lines printed.
void TestSocialBalanceCommand::csvAndPdf()
{
    QByteArray out, err;
    const QString pdf = m_dir.filePath(QStringLiteral("balance.pdf"));
    QCOMPARE(run({"social-balance", "--workspace", m_workspace, "--employer", "0421111147", "--year", "2025",
                  "--csv", "--pdf", pdf},
                 &out, &err),
             1);
    const QStringList lines = QString::fromUtf8(out).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 24);
    QVERIFY2(lines.contains("5803;833.34;no;Formal continuing training, men: net cost (EUR)"),
             out.constData());
    QVERIFY2(lines.contains("58032;0.00;yes;Formal continuing training, men: of which contributions to "
                            "collective funds (EUR)"),
             out.constData());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
}

void TestSocialBalanceCommand::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::newRow("no year") << QStringList{"--employer", "0421111147"} << 64;
    QTest::newRow("bad employer") << QStringList{"--employer", "123", "--year", "2025"} << 64;
    QTest::newRow("to before from") << QStringList{"--employer", "0421111147", "--from",
                                                   "2025-12-31", "--to",       "2025-01-01"}
                                    << 64;
    QTest::newRow("unknown employer") << QStringList{"--employer", "0403019261", "--year", "2025"} << 70;
}

void TestSocialBalanceCommand::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QByteArray err;
    QCOMPARE(run(QStringList{"social-balance", "--workspace", m_workspace} + args, nullptr, &err), status);
    QVERIFY(!err.isEmpty());
}

QTEST_GUILESS_MAIN(TestSocialBalanceCommand)
#include "tst_socialbalancecommand.moc"
