// A child process for tst_EditRace: one desktop on a team workspace making
// random edits. Each edit reads a worker, appends its own token to the
// worker's address (a read-modify-write, as a user typing onto what the form
// showed), maybe changes the given name, and saves through
// RecordWriter::saveEdit at the version it read. It prints
//   accepted WORKER-UUID TOKEN NEW-VERSION TOKENS-IN-SAVED-ADDRESS
// for a save that committed, and "conflict WORKER-UUID" for one refused
// (then it reads again and tries once more half of the time, as "keep mine").
#include "core/common/Clock.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"
#include "core/workspace/RecordWriter.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStringList>
#include <QUuid>
#include <cstdio>

using namespace fla;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 6) {
        std::fprintf(stderr, "usage: editrace_child WORKSPACE NAME EDITS SEED EMPLOYER WORKER...\n");
        return 64;
    }
    const ManualClock clock(QDateTime(QDate(2026, 7, 15), QTime(9, 0), Qt::UTC));
    WorkspaceOptions options;
    options.clock = &clock;
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(QString::fromLocal8Bit(argv[1]), &error, options);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 70;
    }
    const QString name = QString::fromLocal8Bit(argv[2]);
    const int edits = QByteArray(argv[3]).toInt();
    QRandomGenerator random(QByteArray(argv[4]).toUInt());
    const QUuid employer = QUuid::fromString(QLatin1String(argv[5]));
    QList<QUuid> workers;
    for (int i = 6; i < argc; ++i)
        workers << QUuid::fromString(QLatin1String(argv[i]));
    const QStringList names = {QStringLiteral("Jan"), QStringLiteral("An"), QStringLiteral("Luc"),
                               QStringLiteral("Els")};
    RecordWriter writer(*ws, clock);
    for (int n = 0; n < edits; ++n) {
        const QUuid uuid = workers.at(int(random.bounded(qsizetype(workers.size()))));
        const QString token = QStringLiteral("%1.%2").arg(name).arg(n);
        for (int attempt = 0; attempt < 2; ++attempt) {
            const Result<std::optional<Worker>> read = ws->workers(employer).find(uuid);
            if (!read || !read->has_value()) {
                std::fprintf(stderr, "cannot read %s: %s\n", qPrintable(uuid.toString()),
                             qPrintable(read.error()));
                return 70;
            }
            Worker w = **read;
            w.address = (w.address.isEmpty() ? QString() : w.address + QLatin1Char(' ')) + token;
            if (random.bounded(2) == 0)
                w.givenName = names.at(int(random.bounded(qsizetype(names.size()))));
            const EditResult<Worker> saved = writer.saveEdit(w);
            if (saved.ok()) {
                std::printf("accepted %s %s %lld %lld\n", qPrintable(uuid.toString(QUuid::WithoutBraces)),
                            qPrintable(token), static_cast<long long>(saved.saved().rowVersion),
                            static_cast<long long>(saved.saved().address.split(QLatin1Char(' ')).size()));
                break;
            }
            if (!saved.isConflict()) {
                std::fprintf(stderr, "%s\n", qPrintable(saved.error()));
                return 70;
            }
            std::printf("conflict %s\n", qPrintable(uuid.toString(QUuid::WithoutBraces)));
            if (random.bounded(2) == 0)
                break; // "take theirs": this edit is dropped
        }
        std::fflush(stdout);
    }
    return 0;
}
