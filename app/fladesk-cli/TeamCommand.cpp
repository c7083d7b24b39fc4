#include "TeamCommand.h"
#include "WorkspaceOpening.h"

#include "StorageCommandSupport.h"
#include "core/common/Translation.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/Workspace.h"
#include "core/storage/postgres/TeamAccess.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace fla::cli {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::cli::TeamCommand"}, text);
}

} // namespace

QString TeamCommand::summary() const
{
    return tr("On a team server: grant, revoke or list which staff member may work on which company.");
}

int TeamCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addOption(workspaceOption());
    const QCommandLineOption userOption(
        QStringLiteral("user"), tr("The staff member's database user (role)."), QStringLiteral("ROLE"));
    const QCommandLineOption employerOption(QStringLiteral("employer"),
                                            tr("The company's enterprise number."), QStringLiteral("NUMBER"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("list: one JSON object per grant."));
    parser.addOptions({userOption, employerOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("action"), tr("grant, revoke or list."),
                                 QStringLiteral("grant|revoke|list"));
    parser.addHelpOption();
    if (const std::optional<int> stop = parseCommandLine(parser, args, io))
        return *stop;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.size() == 1 ? pos.at(0) : QString();
    const bool change = action == QLatin1String("grant") || action == QLatin1String("revoke");
    if (!change && action != QLatin1String("list")) {
        io.err << tr("Say what to do: team grant, team revoke or team list.") << '\n';
        return ExitUsage;
    }
    const EnterpriseNumber en = EnterpriseNumber::parse(parser.value(employerOption));
    if (change && (parser.value(userOption).isEmpty() || !en.isValid())) {
        io.err << tr("team %1 needs --user ROLE and --employer with a valid enterprise number.").arg(action)
               << '\n';
        return ExitUsage;
    }
    QString error;
    const auto ws = openWorkspaceAt(workspacePath(parser), &error);
    if (!ws) {
        io.err << error << '\n';
        return ExitFailure;
    }
    TeamAccess team(*ws);
    if (change) {
        const auto read = readOrTell(ws->employers().findByEnterpriseNumber(en.normalized()), io);
        if (!read)
            return ExitFailure;
        const std::optional<Employer> &employer = *read;
        if (!employer) {
            io.err << tr("The workspace has no company %1 (or you may not see it).").arg(en.display())
                   << '\n';
            return ExitFailure;
        }
        const QString role = parser.value(userOption);
        const bool ok = action == QLatin1String("grant") ? team.grant(role, employer->uuid, &error)
                                                         : team.revoke(role, employer->uuid, &error);
        if (!ok) {
            io.err << error << '\n';
            return ExitFailure;
        }
        io.out << (action == QLatin1String("grant")
                       ? tr("%1 may now see and change %2 (%3).").arg(role, employer->name, en.display())
                       : tr("%1 no longer sees %2 (%3).").arg(role, employer->name, en.display()))
               << '\n';
        return ExitOk;
    }
    error.clear();
    const QList<TeamGrant> grants = team.list(&error);
    if (!error.isEmpty()) {
        io.err << error << '\n';
        return ExitFailure;
    }
    for (const TeamGrant &g : grants) {
        const QString number = EnterpriseNumber::parse(g.enterpriseNumber).display();
        if (parser.isSet(jsonOption))
            io.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("user"), g.role},
                                                                  {QStringLiteral("employer"), number},
                                                                  {QStringLiteral("name"), g.employerName},
                                                                  {QStringLiteral("grantedAt"),
                                                                   g.grantedAt.toString(Qt::ISODate)},
                                                                  {QStringLiteral("grantedBy"), g.grantedBy}})
                                            .toJson(QJsonDocument::Compact))
                   << '\n';
        else
            io.out << g.role << '\t' << number << '\t' << g.employerName << '\t'
                   << g.grantedAt.toString(Qt::ISODate) << '\t' << g.grantedBy << '\n';
    }
    return ExitOk;
}

} // namespace fla::cli
