#include "ChildStart.h"
#include "CommitLog.h"
#include "Must.h"
#include "StoredAnomalies.h"
#include "TestSupport.h"
#include "core/common/Clock.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/generate/Generator.h"
#include "core/storage/AnomalyRepository.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/BulkLoader.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/EmploymentRepository.h"
#include "core/storage/OutboxRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/TrainingRightRepository.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"
#include "core/workspace/RecordWriter.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;

// The one write path: whatever it saves, removes or restores, the stored
// anomalies of the workspace afterwards are those a full validation finds
// (the record's own and those of every record whose rules read it), and a
// failure inside its transaction leaves nothing of the change behind.
class TestRecordWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void storedEqualFullValidation_data();
    void storedEqualFullValidation();
    void failureLeavesTheOldState();
    void killedMidWriteLeavesWholeChanges();

private:
    enum class Change
    {
        TrainingMovedAYear,
        TrainingsSavedTogether,
        WorkerTakesAnotherInsz,
        WorkerGivesBackAnInsz,
        ParticipationToAnotherWorker,
        ParticipationRemoved,
        ParticipationRemovedAndRestored,
        EmploymentRemoved,
        RightTwice,
        CompanyHoursChanged,
        CompanyTakesAnotherNumber,
    };
    bool apply(Change change, QString *error);
    template<typename T> static T first(const QList<T> &list) { return list.isEmpty() ? T{} : list.first(); }

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 7, 15), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Workspace> m_ws;
    QList<Employer> m_employers;
};

void TestRecordWriter::init()
{
    static int n = 0;
    GeneratorOptions g;
    g.seed = 7;
    g.participations = 300;
    g.invalidFraction = 0.05;
    GeneratedSet generated = Generator::generate(g);
    takeOutUnloadable(nullptr, generated.set); // what the workspace's schema refuses, as import-csv does
    WorkspaceOptions options;
    options.clock = &m_clock;
    QString error;
    m_ws = Workspace::open(m_dir.filePath(QStringLiteral("w%1.fladesk").arg(++n)), &error, options);
    QVERIFY2(m_ws, qPrintable(error));
    const BulkLoadResult loaded = loadDataSet(*m_ws, generated.set);
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    const Result<void> checked = RecordWriter(*m_ws, m_clock).revalidateAll();
    QVERIFY2(checked, qPrintable(checked.error()));
    m_employers = fla::test::must(m_ws->employers().findAll());
    QVERIFY(m_employers.size() >= 2);
    QVERIFY(!test::storedAnomalies(*m_ws).isEmpty());
}

void TestRecordWriter::storedEqualFullValidation_data()
{
    QTest::addColumn<Change>("change");
    QTest::newRow("a training moved a year later") << Change::TrainingMovedAYear;
    QTest::newRow("trainings saved together") << Change::TrainingsSavedTogether;
    QTest::newRow("a worker takes a colleague's INSZ") << Change::WorkerTakesAnotherInsz;
    QTest::newRow("a worker gives back a shared INSZ") << Change::WorkerGivesBackAnInsz;
    QTest::newRow("a participation moved to another worker") << Change::ParticipationToAnotherWorker;
    QTest::newRow("a participation removed") << Change::ParticipationRemoved;
    QTest::newRow("a participation removed and restored") << Change::ParticipationRemovedAndRestored;
    QTest::newRow("an employment removed") << Change::EmploymentRemoved;
    QTest::newRow("a right registered twice") << Change::RightTwice;
    QTest::newRow("a company's hours per day changed") << Change::CompanyHoursChanged;
    QTest::newRow("a company takes another's enterprise number") << Change::CompanyTakesAnotherNumber;
}

void TestRecordWriter::storedEqualFullValidation()
{
    QFETCH(Change, change);
    const QSet<QString> before = test::storedAnomalies(*m_ws);
    QVERIFY(
        test::sameAnomalies(before, test::validatedAnomalies(*m_ws, m_clock), QStringLiteral("the load")));
    QString error;
    QVERIFY2(apply(change, &error), qPrintable(error));
    const QSet<QString> after = test::storedAnomalies(*m_ws);
    QVERIFY(test::sameAnomalies(after, test::validatedAnomalies(*m_ws, m_clock),
                                QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY2(after != before, "the change was meant to change what the rules find");
}

bool TestRecordWriter::apply(Change change, QString *error)
{
    RecordWriter writer(*m_ws, m_clock);
    const QUuid e = m_employers.first().uuid;
    Result<void> done;
    switch (change) {
    case Change::TrainingMovedAYear:
    case Change::TrainingsSavedTogether: {
        QList<Training> moved;
        for (Training t : fla::test::must(m_ws->trainings(e).findAll())) {
            if (fla::test::must(m_ws->participations(e).findOfTraining(t.uuid)).isEmpty())
                continue;
            // Before anyone was employed: every participant's EM-00x, and their credit.
            t.startDate = t.startDate.addYears(-6);
            t.endDate = t.endDate.addYears(-6);
            moved.append(t);
            if (change == Change::TrainingMovedAYear || moved.size() == 3)
                break;
        }
        done = writer.saveAll(moved);
        break;
    }
    case Change::WorkerTakesAnotherInsz: {
        const QList<Worker> workers = fla::test::must(m_ws->workers(e).findAll());
        Worker w = workers.at(1);
        w.ssin = workers.at(0).ssin;
        done = writer.save(w);
        break;
    }
    case Change::WorkerGivesBackAnInsz: {
        const QList<Worker> workers = fla::test::must(m_ws->workers(e).findAll());
        Worker second = workers.at(2);
        second.ssin = workers.at(0).ssin; // DP-002 on the later one
        if (const Result<void> shared = writer.save(second); !shared)
            return shared.into(error);
        // The first holder takes another INSZ: the later one is no longer a duplicate (its
        // INSZ is the holder's former one), a third worker now is.
        Worker holder = workers.at(0);
        holder.ssin = workers.at(3).ssin;
        done = writer.save(holder);
        break;
    }
    case Change::ParticipationToAnotherWorker: {
        Participation p = first(fla::test::must(m_ws->participations(e).findAll()));
        for (const Worker &w : fla::test::must(m_ws->workers(e).findAll())) {
            if (w.uuid != p.workerUuid &&
                fla::test::must(m_ws->participations(e).findOfWorker(w.uuid)).isEmpty()) {
                p.workerUuid = w.uuid;
                break;
            }
        }
        done = writer.save(p);
        break;
    }
    case Change::ParticipationRemoved:
    case Change::ParticipationRemovedAndRestored: {
        // The unflagged one of a probable duplicate (DP-001): the other one loses its finding.
        QUuid victim, company;
        for (const Employer &x : std::as_const(m_employers)) {
            for (const StoredAnomaly &a : fla::test::must(m_ws->anomalies(x.uuid).find())) {
                if (a.code != "DP-001" || !victim.isNull())
                    continue;
                const Participation flagged =
                    *fla::test::must(m_ws->participations(x.uuid).find(a.recordUuid));
                const Training training =
                    *fla::test::must(m_ws->trainings(x.uuid).find(flagged.trainingUuid));
                for (const Participation &other :
                     fla::test::must(m_ws->participations(x.uuid).findOfWorker(flagged.workerUuid))) {
                    const Training t = *fla::test::must(m_ws->trainings(x.uuid).find(other.trainingUuid));
                    if (other.uuid != flagged.uuid && t.startDate == training.startDate &&
                        t.name == training.name)
                        victim = other.uuid;
                }
                company = x.uuid;
            }
        }
        if (victim.isNull()) {
            *error = QStringLiteral("the generated set has no probable duplicate");
            return false;
        }
        done = writer.remove(RecordKind::Participation, company, victim);
        if (done && change == Change::ParticipationRemovedAndRestored) {
            // Something else changes in between, so the restore is seen.
            Training t = first(fla::test::must(m_ws->trainings(company).findAll()));
            t.startDate = t.startDate.addYears(-6);
            t.endDate = t.endDate.addYears(-6);
            done = writer.save(t);
            if (done)
                done = writer.restore(RecordKind::Participation, company, victim);
        }
        break;
    }
    case Change::EmploymentRemoved: {
        const Employment em = first(fla::test::must(m_ws->employments(e).findAll()));
        done = writer.remove(RecordKind::Employment, e, em.uuid);
        break;
    }
    case Change::RightTwice: {
        TrainingRight r = first(fla::test::must(m_ws->rights(e).findAll()));
        r.uuid = QUuid::createUuid();
        done = writer.save(r);
        break;
    }
    case Change::CompanyHoursChanged: {
        Employer company = m_employers.first();
        company.hoursPerDay = 2; // every day of training weighs more: CR-001
        done = writer.save(company);
        break;
    }
    case Change::CompanyTakesAnotherNumber: {
        Employer company = m_employers.at(1);
        company.enterpriseNumber = m_employers.first().enterpriseNumber;
        done = writer.save(company);
        break;
    }
    }
    return done.into(error);
}

void TestRecordWriter::failureLeavesTheOldState()
{
    const QUuid e = m_employers.first().uuid;
    Training t;
    for (const Training &x : fla::test::must(m_ws->trainings(e).findAll())) {
        if (!fla::test::must(m_ws->participations(e).findOfTraining(x.uuid)).isEmpty()) {
            t = x;
            break;
        }
    }
    QVERIFY(!t.uuid.isNull());
    const QByteArray records = test::recordsDigest(*m_ws);
    const QSet<QString> anomalies = test::storedAnomalies(*m_ws);
    const qint64 audit = m_ws->audit(e).findCount().value();
    const qint64 outbox = m_ws->outbox(e).findCount().value();
    // The workspace refuses to store the anomalies: the last step of the change fails.
    QSqlQuery refuse(m_ws->database());
    QVERIFY2(refuse.exec("CREATE TEMP TRIGGER refuse_anomalies BEFORE DELETE ON anomaly "
                         "BEGIN SELECT RAISE(ABORT, 'anomalies refused by the test'); END"),
             qPrintable(refuse.lastError().text()));

    Training moved = t;
    moved.startDate = t.startDate.addYears(-6);
    moved.endDate = t.endDate.addYears(-6);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("anomalies refused by the test"));
    const Result<void> saved = RecordWriter(*m_ws, m_clock).save(moved);
    QVERIFY(!saved);
    QVERIFY2(saved.error().contains("anomalies refused by the test"), qPrintable(saved.error()));
    QVERIFY2(saved.error().contains("not saved"), qPrintable(saved.error()));

    // Nothing of it stayed: the record, its audit entry, its outbox row, the anomalies.
    QCOMPARE(fla::test::must(m_ws->trainings(e).find(t.uuid))->startDate, t.startDate);
    QCOMPARE(test::recordsDigest(*m_ws), records);
    QCOMPARE(m_ws->audit(e).findCount().value(), audit);
    QCOMPARE(m_ws->outbox(e).findCount().value(), outbox);
    QCOMPARE(test::storedAnomalies(*m_ws), anomalies);

    // Once the workspace takes it again, the same change goes through whole.
    QVERIFY(refuse.exec("DROP TRIGGER refuse_anomalies"));
    const Result<void> again = RecordWriter(*m_ws, m_clock).save(moved);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(fla::test::must(m_ws->trainings(e).find(t.uuid))->startDate, moved.startDate);
    QVERIFY(m_ws->outbox(e).findCount().value() > outbox);
    QVERIFY(test::sameAnomalies(test::storedAnomalies(*m_ws), test::validatedAnomalies(*m_ws, m_clock),
                                QStringLiteral("the change saved again")));
}

void TestRecordWriter::killedMidWriteLeavesWholeChanges()
{
    // A child writes through RecordWriter and is killed (SIGKILL) at random moments: every change
    // it reported is there, and no change is there without the anomalies it brings. It reports
    // each committed change in its commit log (CommitLog.h), which the kill cannot take back.
    const QString path = m_dir.filePath(QStringLiteral("killed.fladesk"));
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator rng(seed);
    QHash<QString, QString> reported; // training uuid → its start date last reported
    int killedWhileWriting = 0;
    for (int round = 0; round < 12; ++round) {
        const QString log = m_dir.filePath(QStringLiteral("killed-%1.log").arg(round));
        QProcess child;
        child.setProgram(QStringLiteral(RECORDWRITER_CHILD_PATH));
        child.setArguments({path, log});
        child.setStandardOutputFile(QProcess::nullDevice());
        QVERIFY2(test::startChild(child), qPrintable(child.errorString()));
        QElapsedTimer t;
        t.start();
        // After its first reported change (whatever the machine's load), a random moment later.
        while (test::readCommitLog(log).isEmpty() && t.elapsed() < 60000 && !child.waitForFinished(10)) {
        }
        child.waitForFinished(int(rng.bounded(80u)) + 1);
        QVERIFY2(
            child.state() == QProcess::Running,
            qPrintable("the writer stopped by itself: " + QString::fromUtf8(child.readAllStandardError())));
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        const QList<QByteArray> lines = test::readCommitLog(log);
        for (const QByteArray &l : lines) {
            const QList<QByteArray> parts = l.split(' ');
            if (parts.size() == 2)
                reported.insert(QString::fromLatin1(parts.at(0)), QString::fromLatin1(parts.at(1)));
        }
        killedWhileWriting += lines.isEmpty() ? 0 : 1;

        QString error;
        WorkspaceOptions options;
        options.clock = &m_clock;
        auto ws = Workspace::open(path, &error, options);
        QVERIFY2(ws, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(error)));
        QVERIFY(ws->integrityCheck());
        // Each training as last reported: only the change in progress when killed may have
        // committed without being reported (then whole), never one reported be missing.
        int unreported = 0;
        for (const Employer &e : fla::test::must(ws->employers().findAll())) {
            for (const Training &tr : fla::test::must(ws->trainings(e.uuid).findAll())) {
                const QString uuid = tr.uuid.toString(QUuid::WithoutBraces);
                if (reported.contains(uuid) && reported.value(uuid) != tr.startDate.toString(Qt::ISODate)) {
                    ++unreported;
                    reported.insert(uuid, tr.startDate.toString(Qt::ISODate));
                }
            }
        }
        QVERIFY2(
            unreported <= 1,
            qPrintable(QStringLiteral("round %1: %2 trainings not as reported").arg(round).arg(unreported)));
        QVERIFY2(test::sameAnomalies(test::storedAnomalies(*ws), test::validatedAnomalies(*ws, m_clock),
                                     QStringLiteral("kill %1").arg(round)),
                 "a change is there without its anomalies");
    }
    QVERIFY(killedWhileWriting > 0);
}

QTEST_GUILESS_MAIN(TestRecordWriter)
#include "tst_recordwriter.moc"
