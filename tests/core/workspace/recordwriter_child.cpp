// A child process for tst_RecordWriter's kill test: fills a workspace with a
// generated set (when it is empty), then moves its trainings back and forth
// through RecordWriter, one change after the other, and appends
// "TRAINING-UUID START-DATE" to its commit log once each change has committed.
// It runs until it is killed.
#include "CommitLog.h"
#include "Must.h"
#include "core/common/Clock.h"
#include "core/generate/Generator.h"
#include "core/storage/BulkLoader.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/Workspace.h"
#include "core/workspace/RecordWriter.h"

#include <QCoreApplication>
#include <cstdio>

using namespace fla;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: recordwriter_child WORKSPACE COMMIT-LOG\n");
        return 64;
    }
    test::CommitLogWriter log(QString::fromLocal8Bit(argv[2]));
    if (!log.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(log.errorString()));
        return 73;
    }
    // The day the parent validates on.
    const ManualClock clock(QDateTime(QDate(2026, 7, 15), QTime(9, 0), Qt::UTC));
    WorkspaceOptions options;
    options.clock = &clock;
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(QString::fromLocal8Bit(argv[1]), &error, options);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 70;
    }
    RecordWriter writer(*ws, clock);
    if (fla::test::must(ws->employers().findCount()) == 0) {
        GeneratorOptions g;
        g.seed = 11;
        g.participations = 300;
        GeneratedSet generated = Generator::generate(g);
        const BulkLoadResult loaded = loadDataSet(*ws, generated.set);
        const Result<void> checked = loaded.ok ? writer.revalidateAll() : Result<void>(Failure{loaded.error});
        if (!checked) {
            std::fprintf(stderr, "%s\n", qPrintable(checked.error()));
            return 70;
        }
    }
    const QList<Employer> employers = fla::test::must(ws->employers().findAll());
    for (int n = 0;; ++n) {
        const Employer &e = employers.at(n % employers.size());
        const QList<Training> trainings = fla::test::must(ws->trainings(e.uuid).findAll());
        Training t = trainings.at((n / employers.size()) % trainings.size());
        const int years = t.startDate.year() > 2010 ? -30 : 30; // out of everyone's employment, and back
        t.startDate = t.startDate.addYears(years);
        t.endDate = t.endDate.addYears(years);
        const Result<void> saved = writer.save(t);
        if (!saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error()));
            return 70;
        }
        if (!log.append(t.uuid.toByteArray(QUuid::WithoutBraces) + ' ' +
                        t.startDate.toString(Qt::ISODate).toLatin1())) {
            std::fprintf(stderr, "%s\n", qPrintable(log.errorString()));
            return 74;
        }
    }
}
