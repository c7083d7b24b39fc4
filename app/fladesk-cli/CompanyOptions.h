#pragma once

#include "CliCommand.h"
#include "core/dataset/DataSet.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/domain/Entities.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <memory>
#include <optional>

namespace fla {
class Workspace;
}

namespace fla::cli {

// The company a command works on, from --workspace FILE (the app's workspace by
// default) and --employer NUMBER; the worker from --worker INSZ|UUID. One way
// to open them for the commands that act on one company's records
// (training-plan, certificates) or on one worker (training-account, certificates).
struct CompanyOptions
{
    QCommandLineOption workspace;
    QCommandLineOption employer;
    CompanyOptions();
    void addTo(QCommandLineParser &parser) const;
};

// --employer as an enterprise number (any form); std::nullopt after telling why (exit ExitUsage).
std::optional<EnterpriseNumber> companyNumber(const QCommandLineParser &parser, const CompanyOptions &o,
                                              CliIo &io);

struct OpenCompany
{
    std::unique_ptr<Workspace> workspace;
    Employer employer;
};

// Opens --workspace and finds the employer `number` in it; std::nullopt after
// telling why (exit ExitFailure).
std::optional<OpenCompany> openCompany(const QCommandLineParser &parser, const CompanyOptions &o,
                                       const EnterpriseNumber &number, CliIo &io);

// The one worker `who` names in data (INSZ in any form, or UUID); nullptr after
// telling why, with the exit code: ExitFailure when there is none, ExitUsage when
// the same INSZ works for several employers of the data.
const Worker *oneWorker(const DataSet &data, const QString &who, CliIo &io, int *exitCode);

} // namespace fla::cli
