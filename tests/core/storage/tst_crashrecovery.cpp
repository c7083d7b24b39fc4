#include "storage/EmployerRepository.h"
#include "storage/ParticipationRepository.h"
#include "storage/TrainingRepository.h"
#include "storage/Workspace.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;

// Kills a writing child process with SIGKILL at random moments and checks,
// after every kill, that the workspace is intact and holds every change the
// child reported as committed. Every third child also bulk-loads an
// employer early on, so kills land inside big loads too: a load is there
// whole or not at all, and the workspace is back on its write-ahead log.
class TestCrashRecovery : public QObject
{
    Q_OBJECT

private slots:
    void survivesKills();
};

void TestCrashRecovery::survivesKills()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("crash.fladesk");
    const QString employer = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const int kills = qEnvironmentVariableIntValue("FLADESK_CRASH_KILLS") > 0
                          ? qEnvironmentVariableIntValue("FLADESK_CRASH_KILLS")
                          : 55;
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u, %d kills", seed, kills);
    QRandomGenerator rng(seed);
    QStringList committed, loads;
    QElapsedTimer total;
    total.start();
    int killedWhileWriting = 0;
    for (int round = 0; round < kills; ++round) {
        QProcess child;
        child.setProgram(QStringLiteral(CRASH_WRITER_PATH));
        const bool bulk = round % 3 == 1;
        child.setArguments(bulk ? QStringList{path, employer, QStringLiteral("bulk")}
                                : QStringList{path, employer});
        child.start();
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        // Random moment: a third of the kills land during start-up (opening,
        // migrating), the others once the child is writing (after its first
        // reported commit, whatever the machine's load), at a random delay.
        QByteArray out;
        auto waitFor = [&](int ms) {
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < ms && child.state() == QProcess::Running) {
                child.waitForReadyRead(int(qMax<qint64>(1, ms - t.elapsed())));
                out += child.readAllStandardOutput();
            }
        };
        if (rng.bounded(3u) == 0) {
            waitFor(int(rng.bounded(60u)));
        } else {
            QElapsedTimer t;
            t.start();
            while (!out.contains('\n') && child.state() == QProcess::Running && t.elapsed() < 20000) {
                child.waitForReadyRead(100);
                out += child.readAllStandardOutput();
            }
            waitFor(int(rng.bounded(120u)));
        }
        QVERIFY2(child.state() == QProcess::Running,
                 qPrintable(QStringLiteral("the writer stopped by itself: %1")
                                .arg(QString::fromUtf8(child.readAllStandardError()))));
        child.kill(); // SIGKILL on Unix
        QVERIFY(child.waitForFinished(10000));
        out += child.readAllStandardOutput();
        // Only complete lines are reported commits.
        const QList<QByteArray> lines = out.left(out.lastIndexOf('\n') + 1).split('\n');
        int reported = 0;
        for (const QByteArray &l : lines) {
            if (l.startsWith("load:")) {
                loads << QString::fromLatin1(l.mid(5));
            } else if (!l.isEmpty()) {
                committed << QString::fromLatin1(l);
                ++reported;
            }
        }
        if (reported > 0)
            ++killedWhileWriting;

        QString error;
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(error)));
        QString detail;
        QVERIFY2(ws->integrityCheck(&detail),
                 qPrintable(QStringLiteral("round %1: %2").arg(round).arg(detail)));
        const QUuid e = QUuid::fromString(employer);
        auto trainings = ws->trainings(e);
        auto parts = ws->participations(e);
        for (const QString &uuid : std::as_const(committed)) {
            const QUuid u = QUuid::fromString(uuid);
            QVERIFY2(trainings.contains(u),
                     qPrintable(QStringLiteral("round %1: lost training %2").arg(round).arg(uuid)));
            QCOMPARE(parts.ofTraining(u).size(), 3);
        }
        // Never half a training: every training has its three participants.
        QCOMPARE(parts.count(), trainings.count() * 3);
        // Every reported load is there; no load is there in part.
        for (const Employer &other : ws->employers().list()) {
            if (other.uuid == e)
                continue;
            const qint64 n = ws->participations(other.uuid).count();
            QVERIFY2(n == 0 || n == 5000,
                     qPrintable(QStringLiteral("round %1: a load half there (%2)").arg(round).arg(n)));
            if (loads.contains(other.uuid.toString(QUuid::WithoutBraces)))
                QCOMPARE(n, 5000);
        }
        QSqlQuery mode(ws->database());
        QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
    }
    qInfo("%d kills (%d while writing), %lld commits and %lld loads checked, %lld ms", kills,
          killedWhileWriting, qint64(committed.size()), qint64(loads.size()), total.elapsed());
    QVERIFY(kills >= 50);
    QVERIFY2(killedWhileWriting >= kills / 3, "too few kills landed while the child was writing");
}

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
