#include "CliRun.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// Runs the real fladesk-cli: generate a set with injected anomalies, then
// validate --csv must find exactly those.
class TestValidateCommand : public QObject
{
    Q_OBJECT

private slots:
    void findsExactlyTheInjected();
    void cleanSetExitsZero();
    void languages();
    void unreadableValueIsReported();
    void workspace();
    void usage();

private:
    struct Result
    {
        int exitCode = -1;
        QString out, err;
    };
    static Result run(const QStringList &args);
    QTemporaryDir m_dir;
};

TestValidateCommand::Result TestValidateCommand::run(const QStringList &args)
{
    const fla::test::CliRun r = fla::test::runCli(args);
    return {r.exitCode, r.outText(), r.errText()};
}

void TestValidateCommand::findsExactlyTheInjected()
{
    const QString dir = m_dir.filePath("injected");
    const Result g = run({"generate", "--out", dir, "--seed", "21", "--participations", "4000",
                          "--invalid-fraction", "0.005"});
    QVERIFY2(g.exitCode == 0, qPrintable(g.err));
    QFile injected(QDir(dir).filePath("injected.csv"));
    QVERIFY(injected.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(injected.readAll()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QString("file,uuid,field,code"));
    const QSet<QString> expected(lines.begin() + 1, lines.end());
    QVERIFY(expected.size() > 50);

    const Result v = run({"validate", "--csv", dir, "--json", "--today", "2026-06-30", "--lang", "en"});
    QCOMPARE(v.exitCode, 2); // blocking anomalies among them
    QSet<QString> found;
    for (const QString &line : v.out.split('\n', Qt::SkipEmptyParts)) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        for (const char *key : {"code", "severity", "entity", "uuid", "field", "message"})
            QVERIFY2(o.contains(QLatin1String(key)), qPrintable(line));
        QVERIFY(!o.value("message").toString().isEmpty());
        found.insert(o.value("file").toString() + ',' + o.value("uuid").toString() + ',' +
                     o.value("field").toString() + ',' + o.value("code").toString());
    }
    const QSet<QString> missing = expected - found;
    const QSet<QString> extra = found - expected;
    QVERIFY2(missing.isEmpty(), qPrintable("not found: " + QStringList(missing.values()).join("; ")));
    QVERIFY2(extra.isEmpty(), qPrintable("not injected: " + QStringList(extra.values()).join("; ")));
}

void TestValidateCommand::cleanSetExitsZero()
{
    const QString dir = m_dir.filePath("clean");
    QCOMPARE(run({"generate", "--out", dir, "--seed", "5", "--participations", "2000"}).exitCode, 0);
    QVERIFY(!QFile::exists(QDir(dir).filePath("injected.csv")));
    const Result v = run({"validate", "--csv", dir});
    QCOMPARE(v.exitCode, 0);
    QCOMPARE(v.out, QString());
    QVERIFY2(v.err.contains(" 0 anomalies"), qPrintable(v.err));
}

void TestValidateCommand::languages()
{
    const QString dir = m_dir.filePath("lang");
    QCOMPARE(run({"generate", "--out", dir, "--seed", "8", "--participations", "200"}).exitCode, 0);
    QFile f(QDir(dir).filePath("trainings.csv"));
    QVERIFY(f.open(QIODevice::ReadWrite));
    QStringList lines = QString::fromUtf8(f.readAll()).split('\n');
    // The first training ends before it starts: swap startDate and endDate of a multi-day one.
    const QStringList header = lines.first().split(',');
    const int start = int(header.indexOf("startDate")), end = int(header.indexOf("endDate"));
    for (int i = 1; i < lines.size(); ++i) {
        QStringList cells = lines[i].split(',');
        if (cells.size() == header.size() && cells[start] != cells[end]) {
            std::swap(cells[start], cells[end]);
            lines[i] = cells.join(',');
            break;
        }
    }
    f.resize(0);
    f.write(lines.join('\n').toUtf8());
    f.close();
    const QHash<QString, QString> expected{{"en", "is before the start date"},
                                           {"nl", "ligt vóór de begindatum"},
                                           {"fr", "précède la date de début"},
                                           {"de", "liegt vor dem Beginndatum"}};
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const Result v = run({"--lang", it.key(), "validate", "--csv", dir});
        QCOMPARE(v.exitCode, 2);
        QVERIFY2(v.out.contains("blocking\tDT-001\ttraining\t"), qPrintable(v.out));
        QVERIFY2(v.out.contains(it.value()), qPrintable(it.key() + ": " + v.out));
    }
}

void TestValidateCommand::unreadableValueIsReported()
{
    const QString dir = m_dir.filePath("bad");
    QVERIFY(QDir().mkpath(dir));
    QFile f(QDir(dir).filePath("trainings.csv"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("uuid,employerUuid,name,startDate,endDate,duration,unit\n"
            "4a0c2f5e-1d1b-4c8e-9a57-0f4d6f1e2b3c,5b1d3a6f-2e2c-4d9f-8b68-1a5e7a2f3c4d,Excel,2025-02-30,2025-"
            "03-01,2,"
            "HOURS\n");
    f.close();
    const Result v = run({"validate", "--csv", dir, "--json"});
    QCOMPARE(v.exitCode, 2);
    const QJsonObject o = QJsonDocument::fromJson(v.out.split('\n').first().toUtf8()).object();
    QCOMPARE(o.value("code").toString(), QString("CSV-001"));
    QCOMPARE(o.value("entity").toString(), QString("file"));
    QCOMPARE(o.value("field").toString(), QString("startDate"));
    QVERIFY2(o.value("message").toString().contains("trainings.csv, line 2, column startDate"),
             qPrintable(o.value("message").toString()));
}

void TestValidateCommand::workspace()
{
    const QString dir = m_dir.filePath("ws-csv");
    const QString ws = m_dir.filePath("w.fladesk");
    QCOMPARE(run({"generate", "--out", dir, "--seed", "6", "--participations", "300"}).exitCode, 0);
    const Result imported = run({"import-csv", "--workspace", ws, dir});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const Result v = run({"validate", "--workspace", ws, "--today", "2026-06-30"});
    QVERIFY2(v.exitCode == 0, qPrintable(v.err));
    QVERIFY2(v.err.contains(" 0 anomalies"), qPrintable(v.err));
    // Judged a year before the data's reference date, completed trainings lie in the future.
    const Result early = run({"validate", "--workspace", ws, "--today", "2025-06-30", "--json"});
    QCOMPARE(early.exitCode, 2);
    QVERIFY(early.out.contains("\"code\":\"DT-004\""));
    const Result credit = run({"credit", "--workspace", ws, "--year", "2025"});
    QCOMPARE(credit.exitCode, 0);
    QVERIFY(credit.out.split('\n', Qt::SkipEmptyParts).size() > 10);
    QCOMPARE(run({"validate", "--workspace", m_dir.filePath("missing.fladesk")}).exitCode, 70);
}

void TestValidateCommand::usage()
{
    QCOMPARE(run({"validate"}).exitCode, 64);
    QCOMPARE(run({"validate", "--csv", "a", "--workspace", "b"}).exitCode, 64);
    QCOMPARE(run({"validate", "--csv", m_dir.path(), "--today", "tomorrow"}).exitCode, 64);
    QCOMPARE(run({"generate"}).exitCode, 64);
    QCOMPARE(run({"generate", "--out", m_dir.filePath("x"), "--invalid-fraction", "2"}).exitCode, 64);
    const Result missing = run({"validate", "--csv", m_dir.filePath("does-not-exist")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.out.contains("CSV-001"));
}

QTEST_GUILESS_MAIN(TestValidateCommand)
#include "tst_validatecommand.moc"
