#include "ResolveCommand.h"

#include "PlatformAccess.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/Workspace.h"
#include "core/sync/ConflictResolver.h"
#include "core/sync/PullDiff.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

namespace fla::cli {

QString ResolveCommand::summary() const
{
    return QCoreApplication::translate("fla::cli::ResolveCommand",
                                       "List the records in conflict with the platform, or resolve one: "
                                       "--keep-mine or --take-theirs.");
}

int ResolveCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    PlatformAccess::addCommonOptions(parser, summary());
    const QCommandLineOption mineOption(
        QStringLiteral("keep-mine"),
        QCoreApplication::translate(
            "fla::cli::ResolveCommand",
            "Declare the workspace's version again; it replaces the platform's at the next "
            "sync."));
    const QCommandLineOption theirsOption(
        QStringLiteral("take-theirs"),
        QCoreApplication::translate("fla::cli::ResolveCommand",
                                    "Write the platform's version into the workspace; nothing is sent."));
    parser.addOptions({mineOption, theirsOption});
    parser.addPositionalArgument(
        QStringLiteral("uuid"),
        QCoreApplication::translate("fla::cli::ResolveCommand", "The record in conflict (its uuid)."));
    parser.addHelpOption();
    if (const std::optional<int> stop = parseCommandLine(parser, args, io))
        return *stop;
    if (!PlatformAccess::notBoth(parser, mineOption, theirsOption,
                                 QCoreApplication::translate("fla::cli::ResolveCommand",
                                                             "Give --keep-mine or --take-theirs, not both."),
                                 io))
        return ExitUsage;
    const QStringList positional = parser.positionalArguments();
    const QUuid record = positional.isEmpty() ? QUuid() : QUuid::fromString(positional.first());
    if (!positional.isEmpty() && record.isNull()) {
        io.err << QCoreApplication::translate("fla::cli::ResolveCommand", "\"%1\" is not a uuid.")
                      .arg(positional.first())
               << '\n';
        return ExitUsage;
    }
    std::unique_ptr<Workspace> ws = PlatformAccess::openWorkspace(parser, io);
    if (!ws)
        return ExitFailure;
    QString error;

    if (record.isNull()) {
        // The list: every employer's records in conflict.
        const Result<QList<Employer>> employers = ws->employers().findAll();
        if (!employers) {
            io.err << employers.error() << '\n';
            return ExitFailure;
        }
        int n = 0;
        for (const Employer &e : *employers) {
            const Result<QList<QUuid>> conflicts = ConflictResolver::conflicts(*ws, e.uuid);
            if (!conflicts) {
                io.err << conflicts.error() << '\n';
                return ExitFailure;
            }
            for (const QUuid &u : *conflicts) {
                const ConflictCase c = ConflictResolver::makeCase(*ws, e.uuid, u, {}, false, {}, &error);
                io.out << u.toString(QUuid::WithoutBraces) << "  " << e.name << "  "
                       << (c.isValid() ? c.label : error) << '\n';
                ++n;
            }
        }
        io.out << QCoreApplication::translate("fla::cli::ResolveCommand", "%1 record(s) in conflict.").arg(n)
               << '\n';
        return n > 0 ? ExitFindings : ExitOk;
    }

    const std::optional<QUuid> employer = ws->employerOfRecord(record);
    if (!employer) {
        io.err << QCoreApplication::translate("fla::cli::ResolveCommand", "No record %1 in this workspace.")
                      .arg(record.toString(QUuid::WithoutBraces))
               << '\n';
        return ExitFailure;
    }
    PlatformAccess access;
    if (const std::optional<int> stop = access.read(parser, io))
        return *stop;
    PlatformConnection platform(access);
    ConflictResolver resolver(*ws, platform.client());
    ConflictCase c;
    QEventLoop loop;
    QObject::connect(&resolver, &ConflictResolver::fetched, &loop, [&](const ConflictCase &fetched) {
        c = fetched;
        loop.quit();
    });
    QObject::connect(&resolver, &ConflictResolver::failed, &loop, [&](const QString &why) {
        error = why;
        loop.quit();
    });
    resolver.fetch(*employer, record);
    if (!c.isValid() && error.isEmpty())
        loop.exec();
    if (!c.isValid()) {
        io.err << error << '\n';
        return ExitFailure;
    }
    io.out << c.label << '\n';
    if (!c.platformHasIt)
        io.out << QCoreApplication::translate("fla::cli::ResolveCommand", "The platform no longer holds it.")
               << '\n';
    for (const ConflictField &f : c.fields) {
        if (!f.differs)
            continue;
        io.out << QCoreApplication::translate("fla::cli::ResolveCommand",
                                              "%1: here “%2”, on the platform “%3”")
                      .arg(f.label, f.mineText, f.theirsText)
               << '\n';
    }
    if (!parser.isSet(mineOption) && !parser.isSet(theirsOption))
        return ExitFindings;
    const bool ok = parser.isSet(mineOption) ? ConflictResolver::keepMine(*ws, c, &error)
                                             : ConflictResolver::takeTheirs(*ws, c, &error);
    if (!ok) {
        io.err << error << '\n';
        return ExitFailure;
    }
    io.out << (parser.isSet(mineOption)
                   ? QCoreApplication::translate("fla::cli::ResolveCommand",
                                                 "Resolved: yours is declared again at the next sync.")
                   : QCoreApplication::translate("fla::cli::ResolveCommand",
                                                 "Resolved: the platform's version is in the workspace."))
           << '\n';
    return ExitOk;
}

} // namespace fla::cli
