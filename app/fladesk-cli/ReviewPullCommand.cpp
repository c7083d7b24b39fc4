#include "ReviewPullCommand.h"

#include "PlatformAccess.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/Workspace.h"
#include "core/sync/PullDiff.h"
#include "core/sync/PullService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

namespace fla::cli {

QString ReviewPullCommand::summary() const
{
    return QCoreApplication::translate("fla::cli::ReviewPullCommand",
                                       "Show how the platform's data for an employer differs from the "
                                       "workspace; accept or reject all of it.");
}

int ReviewPullCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    PlatformAccess::addCommonOptions(parser, summary());
    const QCommandLineOption employerOption(
        QStringLiteral("employer"),
        QCoreApplication::translate("fla::cli::ReviewPullCommand", "The employer's enterprise number."),
        QStringLiteral("number"));
    const QCommandLineOption acceptOption(
        QStringLiteral("accept-all"),
        QCoreApplication::translate("fla::cli::ReviewPullCommand",
                                    "Take the platform's version of every difference into the workspace."));
    const QCommandLineOption rejectOption(
        QStringLiteral("reject-all"),
        QCoreApplication::translate(
            "fla::cli::ReviewPullCommand",
            "Keep the workspace's version of every difference; they are not asked again "
            "until the platform's records change."));
    parser.addOptions({employerOption, acceptOption, rejectOption});
    parser.addHelpOption();
    if (const std::optional<int> stop = parseCommandLine(parser, args, io))
        return *stop;
    if (!PlatformAccess::notBoth(parser, acceptOption, rejectOption,
                                 QCoreApplication::translate("fla::cli::ReviewPullCommand",
                                                             "Give --accept-all or --reject-all, not both."),
                                 io))
        return ExitUsage;
    const EnterpriseNumber en = EnterpriseNumber::parse(parser.value(employerOption));
    if (!en.isValid()) {
        io.err << QCoreApplication::translate("fla::cli::ReviewPullCommand",
                                              "--employer: give a valid enterprise number, not \"%1\".")
                      .arg(parser.value(employerOption))
               << '\n';
        return ExitUsage;
    }
    PlatformAccess access;
    if (const std::optional<int> stop = access.read(parser, io))
        return *stop;
    std::unique_ptr<Workspace> ws = PlatformAccess::openWorkspace(parser, io);
    if (!ws)
        return ExitFailure;
    const auto read = readOrTell(ws->employers().findByEnterpriseNumber(en.normalized()), io);
    if (!read)
        return ExitFailure;
    const std::optional<Employer> &employer = *read;
    if (!employer) {
        io.err << QCoreApplication::translate(
                      "fla::cli::ReviewPullCommand",
                      "The workspace has no employer %1: use fladesk-cli pull --archive to "
                      "take everything the platform holds for it.")
                      .arg(en.display())
               << '\n';
        return ExitFailure;
    }

    PlatformConnection platform(access);
    PullService pull(platform.client());
    PullResult pulled;
    QEventLoop loop;
    QObject::connect(&pull, &PullService::finished, &loop, [&](const PullResult &r) {
        pulled = r;
        loop.quit();
    });
    pull.start(en.normalized());
    loop.exec();
    if (!pulled.ok) {
        io.err << pulled.error << '\n';
        return ExitFailure;
    }
    const std::optional<PullReview> compared = readOrTell(PullDiff::compare(*ws, employer->uuid, pulled), io);
    if (!compared)
        return ExitFailure;
    const PullReview &review = *compared;
    for (const QString &p : review.problems)
        io.err << p << '\n';
    for (const PullDifference &d : review.differences) {
        const char *mark = d.change == PullChange::New ? "+ " : d.change == PullChange::Missing ? "- " : "~ ";
        io.out << QLatin1String(mark) << d.message() << '\n';
    }
    io.out << QCoreApplication::translate(
                  "fla::cli::ReviewPullCommand",
                  "%1 new on the platform, %2 changed fields, %3 missing on the platform; "
                  "%4 the same; %5 rejected before.")
                  .arg(review.count(PullChange::New))
                  .arg(review.count(PullChange::Changed))
                  .arg(review.count(PullChange::Missing))
                  .arg(review.unchanged)
                  .arg(review.rejectedBefore)
           << '\n';
    if (review.differences.isEmpty())
        return ExitOk;
    if (!parser.isSet(acceptOption) && !parser.isSet(rejectOption))
        return ExitFindings;
    const PullDecision all = parser.isSet(acceptOption) ? PullDecision::Accept : PullDecision::Reject;
    PullApplyResult result;
    QString error;
    if (!PullDiff::apply(*ws, review, QList<PullDecision>(review.differences.size(), all), &result, &error)) {
        io.err << QCoreApplication::translate("fla::cli::ReviewPullCommand", "Nothing was changed: %1")
                      .arg(error)
               << '\n';
        return ExitFailure;
    }
    io.out << QCoreApplication::translate("fla::cli::ReviewPullCommand",
                                          "Applied: %1 records written, %2 removed, %3 differences rejected.")
                  .arg(result.written)
                  .arg(result.removed)
                  .arg(result.rejected)
           << '\n';
    return ExitOk;
}

} // namespace fla::cli
