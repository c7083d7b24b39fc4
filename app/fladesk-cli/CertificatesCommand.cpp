#include "CertificatesCommand.h"

#include "CompanyOptions.h"

#include "core/common/Translation.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/domain/Ssin.h"
#include "core/obligations/TrainingAccount.h"
#include "core/obligations/WorkerCertificates.h"
#include "core/storage/CertificateRepository.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceRecords.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QHash>

namespace fla::cli {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::cli::CertificatesCommand", "fla::cli"}, text);
}

const QStringList kActions = {QStringLiteral("attach"), QStringLiteral("list"), QStringLiteral("export")};

} // namespace

QString CertificatesCommand::summary() const
{
    return tr(
        "Attach certificate files to a worker's trainings, list them, or export the worker's trainings with "
        "their certificates.");
}

int CertificatesCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        tr("attach --participation UUID --file F (at most %1 MiB)\n"
           "list --worker INSZ\n"
           "export --worker INSZ --out DIR (trainings.csv, trainings.json and the files, no INSZ)")
            .arg(CertificateRepository::kMaxBytes / (1024 * 1024)));
    parser.addPositionalArgument(QStringLiteral("action"), kActions.join(QLatin1Char('|')));
    const CompanyOptions company;
    const QCommandLineOption worker(QStringLiteral("worker"), tr("The worker's INSZ or UUID."),
                                    QStringLiteral("WHO"));
    const QCommandLineOption participation(QStringLiteral("participation"), tr("The participation's UUID."),
                                           QStringLiteral("UUID"));
    const QCommandLineOption file(QStringLiteral("file"), tr("The certificate file to attach."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The folder to export into."),
                                 QStringLiteral("DIR"));
    company.addTo(parser);
    parser.addOptions({worker, participation, file, out});
    parser.addHelpOption();
    if (const std::optional<int> stop = parseCommandLine(parser, args, io))
        return *stop;
    const QString action = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() != 1 || !kActions.contains(action)) {
        io.err << tr("Give one action: %1.").arg(kActions.join(QStringLiteral(", "))) << '\n';
        return ExitUsage;
    }
    const std::optional<EnterpriseNumber> en = companyNumber(parser, company, io);
    if (!en)
        return ExitUsage;
    const bool attach = action == QLatin1String("attach");
    if ((attach && (!parser.isSet(participation) || !parser.isSet(file))) ||
        (!attach && !parser.isSet(worker)) || (action == QLatin1String("export") && !parser.isSet(out))) {
        io.err << tr("certificates %1: a required option is missing (see --help).").arg(action) << '\n';
        return ExitUsage;
    }
    const std::optional<OpenCompany> opened = openCompany(parser, company, *en, io);
    if (!opened)
        return ExitFailure;
    Workspace &ws = *opened->workspace;
    const Employer &employer = opened->employer;
    QString error;
    if (attach) {
        const QUuid p = QUuid::fromString(parser.value(participation));
        if (!ws.certificates(employer.uuid).attach(p, parser.value(file), &error)) {
            io.err << error << '\n';
            return ExitFailure;
        }
        io.out << tr("Certificate %1 attached.").arg(QDir::toNativeSeparators(parser.value(file))) << '\n';
        return ExitOk;
    }
    const std::optional<DataSet> read = readOrTell(readWorkspaceRecords(ws, {employer.uuid}), io);
    if (!read)
        return ExitFailure;
    const DataSet &data = *read;
    int exitCode = ExitOk;
    const Worker *found = oneWorker(data, parser.value(worker), io, &exitCode);
    if (!found)
        return exitCode;
    const Worker &w = *found;
    if (action == QLatin1String("export")) {
        QStringList written;
        if (!workercertificates::exportFor(ws, data, w, parser.value(out), &written, &error)) {
            io.err << error << '\n';
            return ExitFailure;
        }
        for (const QString &f : written)
            io.out << QDir::toNativeSeparators(f) << '\n';
        return ExitOk;
    }
    QHash<QUuid, const Training *> trainings;
    for (const Training &t : data.trainings)
        trainings.insert(t.uuid, &t);
    io.out << tr("participation\ttraining\tstart\tcertificate files") << '\n';
    for (const Participation &p : data.participations) {
        const Training *t = trainings.value(p.trainingUuid);
        if (p.workerUuid != w.uuid || !t)
            continue;
        QStringList files;
        for (const CertificateFile &c : ws.certificates(employer.uuid).forParticipation(p.uuid))
            files << QStringLiteral("%1 (%2 bytes)").arg(c.fileName).arg(c.size);
        io.out << p.uuid.toString(QUuid::WithoutBraces) << '\t' << t->name << '\t'
               << t->startDate.toString(Qt::ISODate) << '\t' << files.join(QStringLiteral(", ")) << '\n';
    }
    return ExitOk;
}

} // namespace fla::cli
