#include "../storage/StorageTestData.h"
#include "Must.h"
#include "core/common/Clock.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"
#include "core/workspace/RecordWriter.h"

#include <QHash>
#include <QMap>
#include <QProcess>
#include <QTest>

using namespace fla;
using fla::test::PostgresTestCluster;

// Four desktops (processes, each with its own connection) make random edits to
// the same few workers of one team workspace on a real PostgreSQL server, each
// saving at the version it read (RecordWriter::saveEdit). No update is lost:
// every accepted save was made on the version the previous accepted save of
// that worker produced (versions 2, 3, … each accepted exactly once), and its
// token is in the final record, in the order of the versions.
class TestEditRace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void randomEditsLoseNothing();

private:
    QString m_url;
};

void TestEditRace::initTestCase()
{
    QString error;
    FLADESK_START_TEST_CLUSTER();
    const QString db = PostgresTestCluster::instance().createDatabase(QStringLiteral("race"), &error);
    QVERIFY2(!db.isEmpty(), qPrintable(error));
    m_url = PostgresTestCluster::instance().url(db);
}

void TestEditRace::randomEditsLoseNothing()
{
    const ManualClock clock(QDateTime(QDate(2026, 7, 15), QTime(9, 0), Qt::UTC));
    QString error;
    auto ws = Workspace::open(m_url, &error);
    QVERIFY2(ws, qPrintable(error));
    const Employer e = storagetest::employer(QStringLiteral("Alpha"));
    QVERIFY(RecordWriter(*ws, clock).save(e));
    QStringList args = {m_url, QString(), QStringLiteral("40"), QString(),
                        e.uuid.toString(QUuid::WithoutBraces)};
    QList<Worker> workers;
    for (int i = 0; i < 3; ++i) {
        Worker w = storagetest::worker(e.uuid, QStringLiteral("Peeters%1").arg(i), 40 + i);
        w.address.clear();
        QVERIFY(RecordWriter(*ws, clock).save(w));
        workers << w;
        args << w.uuid.toString(QUuid::WithoutBraces);
    }

    const int desktops = 4;
    std::vector<std::unique_ptr<QProcess>> children;
    for (int d = 0; d < desktops; ++d) {
        auto p = std::make_unique<QProcess>();
        QStringList a = args;
        a[1] = QStringLiteral("d%1").arg(d);
        a[3] = QString::number(1000 + d);
        p->start(QStringLiteral(EDITRACE_CHILD_PATH), a);
        children.push_back(std::move(p));
    }
    // Per worker: the accepted saves by the version they made, and their tokens.
    QHash<QUuid, QMap<qint64, QString>> accepted;
    int conflicts = 0;
    for (auto &p : children) {
        QVERIFY(p->waitForFinished(240000));
        QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                 p->readAllStandardError().constData());
        const QList<QByteArray> lines = p->readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> f = line.split(' ');
            if (f.value(0) == "conflict") {
                ++conflicts;
            } else if (f.value(0) == "accepted") {
                QCOMPARE(f.size(), 5);
                const QUuid w = QUuid::fromString(QLatin1String(f.at(1)));
                const qint64 version = f.at(3).toLongLong();
                // Two accepted saves making the same version: one was written over the other.
                QVERIFY2(!accepted[w].contains(version),
                         qPrintable(QStringLiteral("version %1 of %2 accepted twice: %3 and %4")
                                        .arg(version)
                                        .arg(w.toString(), accepted[w].value(version),
                                             QString::fromLatin1(f.at(2)))));
                accepted[w].insert(version, QString::fromLatin1(f.at(2)));
                // Its save held every token accepted before it (one per version since 1).
                QCOMPARE(f.at(4).toLongLong(), version - 1);
            }
        }
    }
    qInfo("%d conflicts refused among %d desktops", conflicts, desktops);
    QVERIFY2(conflicts > 0, "the desktops never saved the same version: the race was not run");
    int total = 0;
    for (const Worker &w : std::as_const(workers)) {
        const std::optional<Worker> final = fla::test::must(ws->workers(e.uuid).find(w.uuid));
        QVERIFY(final);
        const QMap<qint64, QString> &saves = accepted.value(w.uuid);
        total += int(saves.size());
        QCOMPARE(final->rowVersion, 1 + saves.size());
        // The final record holds every accepted token, in version order.
        QStringList tokens = saves.values();
        QCOMPARE(final->address, tokens.join(QLatin1Char(' ')));
        if (!saves.isEmpty())
            QCOMPARE(saves.firstKey(), 2);
    }
    QVERIFY(total > 0);
}

QTEST_GUILESS_MAIN(TestEditRace)
#include "tst_editrace.moc"
