#include "TestSupport.h"
#include "anomaly/AnomalyEngine.h"
#include "anomaly/WorkspaceAnomalies.h"
#include "common/Clock.h"
#include "storage/AnomalyRepository.h"
#include "storage/EmployerRepository.h"
#include "storage/Workspace.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;

// Whatever writes a workspace, the anomalies it keeps for the app's views are
// those a full validation finds (issue 15: only the desktop used to refresh them).
class TestStoredAnomalies : public QObject
{
    Q_OBJECT

private slots:
    void afterEachCommand();

private:
    static int run(const QStringList &args);
    static QSet<QString> stored(Workspace &ws);
    static QSet<QString> fresh(Workspace &ws);
};

int TestStoredAnomalies::run(const QStringList &args)
{
    QProcess p;
    p.start(test::executablePath(QStringLiteral("fladesk-cli")), args);
    if (!p.waitForFinished(120000))
        return -1;
    return p.exitCode();
}

QSet<QString> TestStoredAnomalies::stored(Workspace &ws)
{
    QSet<QString> out;
    for (const Employer &e : ws.employers().list()) {
        for (const StoredAnomaly &a : ws.anomalies(e.uuid).list({}, 1000000))
            out.insert(a.code + QLatin1Char(' ') + a.recordUuid.toString() + QLatin1Char(' ') + a.field);
    }
    return out;
}

QSet<QString> TestStoredAnomalies::fresh(Workspace &ws)
{
    QSet<QString> out;
    const DataSet set = WorkspaceAnomalies::load(ws);
    const AnomalyList found = AnomalyEngine(Clock::system()).validate(set); // kept: items() refers into it
    for (const Anomaly &a : found.items()) {
        if (!a.fileLine && !a.recordUuid.isNull())
            out.insert(a.code + QLatin1Char(' ') + a.recordUuid.toString() + QLatin1Char(' ') + a.field);
    }
    return out;
}

void TestStoredAnomalies::afterEachCommand()
{
    QTemporaryDir dir;
    const QString first = dir.filePath("first"), second = dir.filePath("second");
    const QString path = dir.filePath("office.fladesk");
    // A set with anomalies injected, and a second one for the same companies that changes some records.
    QCOMPARE(run({"generate", "--out", first, "--seed", "21", "--participations", "400", "--invalid-fraction",
                  "0.05"}),
             0);
    QCOMPARE(run({"generate", "--out", second, "--seed", "22", "--participations", "300",
                  "--invalid-fraction", "0.05"}),
             0);
    const QList<QStringList> commands{{"import-csv", first, "--workspace", path},
                                      {"import-csv", second, "--workspace", path},
                                      {"import-csv", first, "--workspace", path}};
    for (const QStringList &command : commands) {
        const int status = run(command);
        QVERIFY2(status == 0 || status == 3, qPrintable(command.join(' ') + " " + QString::number(status)));
        QString error;
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error));
        const QSet<QString> found = fresh(*ws);
        QVERIFY(!found.isEmpty());
        const QSet<QString> kept = stored(*ws);
        if (kept != found) {
            qWarning("after %s: %lld kept not found, %lld found not kept", qPrintable(command.join(' ')),
                     qint64((kept - found).size()), qint64((found - kept).size()));
            for (const QString &k : kept - found)
                qWarning("kept only: %s", qPrintable(k));
            for (const QString &k : found - kept)
                qWarning("found only: %s", qPrintable(k));
        }
        QVERIFY(kept == found);
    }
}

QTEST_GUILESS_MAIN(TestStoredAnomalies)
#include "tst_storedanomalies.moc"
