#pragma once

// A real fla-sandbox process on loopback for the sync tests, a synthetic
// workspace to declare from it, and a sync run against it.

#include "TestSupport.h"

#include "core/common/Clock.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/WorkspaceOutboxStore.h"

#include "core/domain/EnterpriseNumber.h"
#include "core/domain/Ssin.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/EmploymentRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace fla::test {

class SandboxProcess
{
public:
    ~SandboxProcess() { stop(); }

    // Starts fla-sandbox with `args` (plus --port 0 and --issue-token KEY) and
    // waits for its address and token. Empty string on success, else why not.
    QString start(const QStringList &args, const QString &identity = "chloe")
    {
        m_process.setProgram(executablePath("fla-sandbox"));
        m_process.setArguments(QStringList{"--port", "0", "--issue-token", identity} + args);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return "cannot start fla-sandbox: " + m_process.errorString();
        QDeadlineTimer deadline(10000);
        QByteArray buffer;
        while (!deadline.hasExpired() && (m_base.isEmpty() || m_token.isEmpty())) {
            if (!m_process.canReadLine() && !m_process.waitForReadyRead(int(deadline.remainingTime())))
                break;
            while (m_process.canReadLine()) {
                const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
                if (line.startsWith("fla-sandbox listening on "))
                    m_base = QUrl(line.mid(int(strlen("fla-sandbox listening on "))));
                else if (line.startsWith("token " + identity + " "))
                    m_token = line.section(' ', 2);
            }
        }
        if (m_base.isEmpty() || m_token.isEmpty())
            return "fla-sandbox did not start: " + QString::fromUtf8(m_process.readAllStandardError());
        return {};
    }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(3000)) {
                m_process.kill();
                m_process.waitForFinished(3000);
            }
        }
    }
    QUrl apiUrl() const
    {
        QUrl u = m_base;
        u.setPath("/REST/fla/v1");
        return u;
    }
    QUrl baseUrl() const { return m_base; }
    QString token() const { return m_token; }
    QString stderrText() { return QString::fromUtf8(m_process.readAllStandardError()); }

private:
    QProcess m_process;
    QUrl m_base;
    QString m_token;
};

// What the platform holds, read from its own SQLite file.
struct PlatformFacts
{
    qint64 records = 0;
    qint64 distinct = 0;
    qint64 rewritten = 0;
    QSet<QString> uuids;
};

inline PlatformFacts readPlatform(const QString &dbPath)
{
    PlatformFacts f;
    const QString name = "platform-reader-" + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", name);
        db.setDatabaseName(dbPath);
        db.setConnectOptions("QSQLITE_OPEN_READONLY");
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec("SELECT COUNT(*), COUNT(DISTINCT uuid), COALESCE(SUM(writes > 1), 0) FROM records") &&
                q.next()) {
                f.records = q.value(0).toLongLong();
                f.distinct = q.value(1).toLongLong();
                f.rewritten = q.value(2).toLongLong();
            }
            if (q.exec("SELECT uuid FROM records")) {
                while (q.next())
                    f.uuids.insert(q.value(0).toString());
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return f;
}

// A synthetic employer: `workers` workers employed since 2020, `trainings`
// trainings in 2025, and each training followed by `perTraining` workers.
struct Synthetic
{
    Employer employer;
    QList<Worker> workers;
    QList<Employment> employments;
    QList<Training> trainings;
    QList<Participation> participations;

    qsizetype size() const
    {
        return workers.size() + employments.size() + trainings.size() + participations.size();
    }
    QSet<QString> uuids() const
    {
        QSet<QString> s;
        for (const auto &r : workers)
            s.insert(r.uuid.toString(QUuid::WithoutBraces));
        for (const auto &r : employments)
            s.insert(r.uuid.toString(QUuid::WithoutBraces));
        for (const auto &r : trainings)
            s.insert(r.uuid.toString(QUuid::WithoutBraces));
        for (const auto &r : participations)
            s.insert(r.uuid.toString(QUuid::WithoutBraces));
        return s;
    }
};

inline Synthetic makeSynthetic(const QString &enterpriseNumber, int workers, int trainings, int perTraining,
                               int ssinOffset = 0)
{
    Synthetic s;
    s.employer.uuid = QUuid::createUuid();
    s.employer.enterpriseNumber = enterpriseNumber;
    s.employer.name = "Synthetic " + enterpriseNumber;
    s.employer.sizeClass = SizeClass::From20;
    for (int i = 0; i < workers; ++i) {
        const int k = i + ssinOffset;
        Worker w;
        w.uuid = QUuid::createUuid();
        w.employerUuid = s.employer.uuid;
        w.ssin = Ssin::compose(50 + k / 336, 1 + (k / 28) % 12, 1 + k % 28, 1 + (k % 900), false);
        w.familyName = QString("Worker%1").arg(k);
        w.givenName = "Test";
        s.workers.append(w);
        Employment e;
        e.uuid = QUuid::createUuid();
        e.employerUuid = s.employer.uuid;
        e.workerUuid = w.uuid;
        e.startDate = QDate(2020, 1, 1);
        e.jointCommittee = "200";
        s.employments.append(e);
    }
    for (int t = 0; t < trainings; ++t) {
        Training tr;
        tr.uuid = QUuid::createUuid();
        tr.employerUuid = s.employer.uuid;
        tr.name = QString("Training %1").arg(t);
        tr.startDate = QDate(2025, 1, 6).addDays(t % 300);
        tr.endDate = tr.startDate;
        tr.duration = 4;
        tr.unit = DurationUnit::Hours;
        tr.registeredOn = tr.startDate;
        s.trainings.append(tr);
        for (int p = 0; p < perTraining; ++p) {
            Participation pa;
            pa.uuid = QUuid::createUuid();
            pa.employerUuid = s.employer.uuid;
            pa.trainingUuid = tr.uuid;
            pa.workerUuid = s.workers.at((t + p) % workers).uuid;
            s.participations.append(pa);
        }
    }
    return s;
}

// Saves the records with their outbox rows (queued for sync). Empty on success.
inline QString saveQueued(Workspace &ws, const Synthetic &s)
{
    QString error;
    if (!ws.employers().save(s.employer, &error))
        return "employer: " + error;
    BulkOptions o;
    o.auditEachRecord = false;
    o.queueForSync = true;
    BulkStats stats;
    if (!ws.workers(s.employer.uuid).upsertAll(s.workers, o, &stats, &error))
        return "workers: " + error;
    if (!ws.employments(s.employer.uuid).upsertAll(s.employments, o, &stats, &error))
        return "employments: " + error;
    if (!ws.trainings(s.employer.uuid).upsertAll(s.trainings, o, &stats, &error))
        return "trainings: " + error;
    if (!ws.participations(s.employer.uuid).upsertAll(s.participations, o, &stats, &error))
        return "participations: " + error;
    return {};
}

// GET a sandbox URL synchronously (for its statistics route).
inline QJsonObject getJson(const QUrl &url)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return o;
}

// The sync tests' common fixture: the sandbox's simulated identity "chloe" may act for these three.
inline const QString kChloe1 = EnterpriseNumber::compose(4211111);
inline const QString kChloe2 = EnterpriseNumber::compose(4222222);
// … and not for this one.
inline const QString kForeign = EnterpriseNumber::compose(4299999);

inline SyncSummary runSync(Workspace &ws, const SandboxProcess &sandbox, SyncOptions o, int timeoutMs = 60000)
{
    QNetworkAccessManager nam;
    StaticTokenProvider tokens(sandbox.token());
    FlaApiClient client(&nam, sandbox.apiUrl(), &tokens);
    client.setTransferTimeoutMs(5000);
    WorkspaceOutboxStore store(ws);
    QString error;
    if (!store.load(&error)) {
        qWarning() << error;
        return {};
    }
    SyncEngine engine(&client, &store, Clock::system(), o);
    QSignalSpy done(&engine, &SyncEngine::finished);
    engine.start();
    if (done.isEmpty())
        done.wait(timeoutMs);
    if (done.isEmpty()) {
        engine.cancel();
        return {};
    }
    return done.first().at(0).value<SyncSummary>();
}

inline SyncOptions fastRetries()
{
    SyncOptions o;
    o.batchSize = 100;
    o.maxConcurrentBatches = 4;
    o.baseBackoffMs = 20;
    o.maxBackoffMs = 400;
    o.maxWaitMs = 10000;
    o.pollIntervalMs = 10;
    return o;
}

} // namespace fla::test
