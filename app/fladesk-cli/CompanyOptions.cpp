#include "CompanyOptions.h"
#include "WorkspaceOpening.h"

#include "core/common/Translation.h"
#include "core/domain/Ssin.h"
#include "core/obligations/TrainingAccount.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/Workspace.h"

namespace fla::cli {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::cli::CompanyOptions", "fla::cli"}, text);
}

} // namespace

CompanyOptions::CompanyOptions()
    : workspace(QStringLiteral("workspace"), tr("The workspace file."), QStringLiteral("FILE"),
                Workspace::defaultPath())
    , employer(QStringLiteral("employer"), tr("The employer's enterprise number (required)."),
               QStringLiteral("NUMBER"))
{}

void CompanyOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({workspace, employer});
}

std::optional<EnterpriseNumber> companyNumber(const QCommandLineParser &parser, const CompanyOptions &o,
                                              CliIo &io)
{
    const EnterpriseNumber en = EnterpriseNumber::parse(parser.value(o.employer));
    if (en.isValid())
        return en;
    io.err << tr("--employer: give a valid enterprise number, not \"%1\".").arg(parser.value(o.employer))
           << '\n';
    return std::nullopt;
}

std::optional<OpenCompany> openCompany(const QCommandLineParser &parser, const CompanyOptions &o,
                                       const EnterpriseNumber &number, CliIo &io)
{
    // A file that exists or a team server's address, as every other command takes it.
    OpenCompany out;
    out.workspace = openExistingWorkspace(parser.value(o.workspace), io);
    if (!out.workspace)
        return std::nullopt;
    const auto read = readOrTell(out.workspace->employers().findByEnterpriseNumber(number.normalized()), io);
    if (!read)
        return std::nullopt;
    const std::optional<Employer> &company = *read;
    if (!company) {
        io.err << tr("The workspace has no employer %1.").arg(number.display()) << '\n';
        return std::nullopt;
    }
    out.employer = *company;
    return out;
}

const Worker *oneWorker(const DataSet &data, const QString &who, CliIo &io, int *exitCode)
{
    const QList<const Worker *> found = TrainingAccount::findWorkers(data, who);
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty()) {
        io.err << tr("No worker with INSZ or UUID %1.").arg(Ssin::mask(who)) << '\n';
        *exitCode = ExitFailure;
    } else {
        io.err << tr("%1 workers have this INSZ (one per employer): choose one with --employer.")
                      .arg(found.size())
               << '\n';
        *exitCode = ExitUsage;
    }
    return nullptr;
}

} // namespace fla::cli
