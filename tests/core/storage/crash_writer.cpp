// A child process for tst_crashrecovery: writes trainings with their
// participants to a workspace, one transaction each, and appends the uuid of
// each training to its commit log (CommitLog.h) once its commit has returned.
// With "bulk", it also bulk-loads a new employer with 5,000 participations
// after its first training (the path that writes through the rollback
// journal) and appends "load:" and that employer's uuid once the load has
// returned. It runs until it is killed.
#include "CommitLog.h"
#include "Must.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/domain/Entities.h"
#include "core/domain/Ssin.h"
#include "core/storage/BulkLoader.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QThread>
#include <cstdio>

using namespace fla;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: crash_writer WORKSPACE COMMIT-LOG EMPLOYER_UUID [bulk]\n");
        return 64;
    }
    bool bulk = argc > 4 && qstrcmp(argv[4], "bulk") == 0;
    test::CommitLogWriter log(QString::fromLocal8Bit(argv[2]));
    if (!log.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(log.errorString()));
        return 73;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QUuid employerUuid = QUuid::fromString(QString::fromLatin1(argv[3]));
    QString error;
    std::unique_ptr<Workspace> ws;
    for (int attempt = 0; attempt < 100 && !ws; ++attempt) {
        ws = Workspace::open(path, &error);
        if (!ws)
            QThread::msleep(10);
    }
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 70;
    }
    if (!fla::test::must(ws->employers().find(employerUuid))) {
        Employer e;
        e.uuid = employerUuid;
        e.enterpriseNumber = EnterpriseNumber::compose(5669882);
        e.name = QStringLiteral("Crash BV");
        if (!ws->employers().save(e, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 70;
        }
    }
    auto workers = ws->workers(employerUuid);
    auto trainings = ws->trainings(employerUuid);
    for (int n = 0;; ++n) {
        QList<Worker> people;
        for (int i = 0; i < 3; ++i) {
            Worker w;
            w.uuid = QUuid::createUuid();
            w.employerUuid = employerUuid;
            w.ssin = Ssin::compose(90, 1 + (n % 12), 1 + i, 1 + (n % 900), false);
            w.familyName = QStringLiteral("Crash%1").arg(n);
            w.givenName = QStringLiteral("P%1").arg(i);
            people << w;
        }
        Training t;
        t.uuid = QUuid::createUuid();
        t.employerUuid = employerUuid;
        t.name = QStringLiteral("Training %1").arg(n);
        t.startDate = QDate(2025, 1, 1).addDays(n % 300);
        t.endDate = t.startDate;
        t.duration = 4;
        QList<Participation> parts;
        for (const Worker &w : people) {
            Participation p;
            p.uuid = QUuid::createUuid();
            p.workerUuid = w.uuid;
            parts << p;
        }
        // Workers in one transaction, the training with its participants in
        // the next: a kill between them leaves workers without a training,
        // never a half training.
        if (!workers.saveAll(people, &error) || !trainings.saveWithParticipants(t, parts, true, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 70;
        }
        if (!log.append(t.uuid.toByteArray(QUuid::WithoutBraces))) {
            std::fprintf(stderr, "%s\n", qPrintable(log.errorString()));
            return 74;
        }
        if (bulk) {
            bulk = false;
            DataSet set;
            Employer e;
            e.uuid = QUuid::createUuid();
            e.enterpriseNumber = EnterpriseNumber::compose(5669883);
            e.name = QStringLiteral("Bulk BV");
            set.employers << e;
            for (int i = 0; i < 100; ++i) {
                Worker w;
                w.uuid = QUuid::createUuid();
                w.employerUuid = e.uuid;
                w.ssin = Ssin::compose(80, 1 + i % 12, 1 + i % 28, 1 + i, false);
                w.familyName = QStringLiteral("Bulk%1").arg(i);
                w.givenName = QStringLiteral("B");
                set.workers << w;
            }
            for (int k = 0; k < 50; ++k) {
                Training tr;
                tr.uuid = QUuid::createUuid();
                tr.employerUuid = e.uuid;
                tr.name = QStringLiteral("Bulk training %1").arg(k);
                tr.startDate = QDate(2025, 2, 1).addDays(k);
                tr.endDate = tr.startDate;
                tr.duration = 2;
                set.trainings << tr;
                for (const Worker &w : std::as_const(set.workers)) {
                    Participation p;
                    p.uuid = QUuid::createUuid();
                    p.employerUuid = e.uuid;
                    p.trainingUuid = tr.uuid;
                    p.workerUuid = w.uuid;
                    set.participations << p;
                }
            }
            const BulkLoadResult r = loadDataSet(*ws, set);
            if (!r.ok) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error));
                return 70;
            }
            if (!log.append("load:" + e.uuid.toByteArray(QUuid::WithoutBraces))) {
                std::fprintf(stderr, "%s\n", qPrintable(log.errorString()));
                return 74;
            }
        }
    }
}
