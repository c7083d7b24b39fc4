#include "WorkspaceCommand.h"
#include "WorkspaceOpening.h"

#include "core/common/Translation.h"
#include "core/storage/StorageDriver.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceCopy.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fla::cli {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::cli::WorkspaceCommand"}, text);
}

QString shown(const QString &location)
{
    return isServerLocation(location) ? createDriverFor(location)->displayLocation(location)
                                      : QDir::toNativeSeparators(location);
}

QJsonObject reportJson(const WorkspaceCopy::Report &report)
{
    QJsonArray tables;
    for (const WorkspaceCopy::TableCount &c : report.counts)
        tables.append(QJsonObject{{QStringLiteral("table"), c.table},
                                  {QStringLiteral("source"), c.source},
                                  {QStringLiteral("target"), c.target}});
    return {{QStringLiteral("verified"), report.verified()},
            {QStringLiteral("tables"), tables},
            {QStringLiteral("auditEntries"), report.auditEntries},
            {QStringLiteral("auditDigest"), QString::fromLatin1(report.targetAuditDigest)}};
}

} // namespace

QString WorkspaceCommand::summary() const
{
    return tr("Copy a whole workspace between a SQLite file and a team server (PostgreSQL), in either "
              "direction, and check the copy.");
}

int WorkspaceCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        tr("The workspace to copy: a file, or postgresql://user@host/db."),
                                        QStringLiteral("WORKSPACE"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), tr("Where to copy it: a new file, or an empty database on a team server."),
        QStringLiteral("WORKSPACE"));
    const QCommandLineOption replaceOption(QStringLiteral("replace"),
                                           tr("Empty the target first when it already holds records."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Report the check as one JSON object."));
    parser.addOptions({fromOption, toOption, replaceOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("action"), tr("copy"), QStringLiteral("copy"));
    parser.addHelpOption();
    if (const std::optional<int> stop = parseCommandLine(parser, args, io))
        return *stop;
    if (parser.positionalArguments() != QStringList{QStringLiteral("copy")}) {
        io.err << tr("Say what to do: workspace copy --from A --to B.") << '\n';
        return ExitUsage;
    }
    const QString from = parser.value(fromOption);
    const QString to = parser.value(toOption);
    if (from.isEmpty() || to.isEmpty()) {
        io.err << tr("workspace copy needs --from WORKSPACE and --to WORKSPACE.") << '\n';
        return ExitUsage;
    }
    if (!isServerLocation(from) && !QFileInfo::exists(from)) {
        io.err << tr("There is no workspace %1 to copy.").arg(shown(from)) << '\n';
        return ExitUsage;
    }
    if (isServerLocation(from) == isServerLocation(to) &&
        (isServerLocation(from) ? from == to : QFileInfo(from) == QFileInfo(to))) {
        io.err << tr("The workspace %1 cannot be copied onto itself.").arg(shown(from)) << '\n';
        return ExitUsage;
    }
    QString error;
    const auto source = openWorkspaceAt(from, &error);
    if (!source) {
        io.err << error << '\n';
        return ExitFailure;
    }
    const auto target = openWorkspaceAt(to, &error);
    if (!target) {
        io.err << error << '\n';
        return ExitFailure;
    }
    if (source->schemaVersion() != target->schemaVersion()) {
        io.err << tr("The workspaces %1 (schema %2) and %3 (schema %4) are not at the same version.")
                      .arg(shown(from))
                      .arg(source->schemaVersion())
                      .arg(shown(to))
                      .arg(target->schemaVersion())
               << '\n';
        return ExitFailure;
    }
    WorkspaceCopy::Options options;
    options.replace = parser.isSet(replaceOption);
    WorkspaceCopy::Report report;
    const bool ok = WorkspaceCopy::copy(*source, *target, options, &report, &error);
    if (parser.isSet(jsonOption) && !report.counts.isEmpty())
        io.out << QString::fromUtf8(QJsonDocument(reportJson(report)).toJson(QJsonDocument::Compact)) << '\n';
    if (!ok) {
        io.err << error << '\n';
        return ExitFailure;
    }
    if (!parser.isSet(jsonOption)) {
        for (const WorkspaceCopy::TableCount &c : report.counts)
            io.out << c.table << '\t' << c.source << '\t' << c.target << '\n';
        io.out << tr("Copied %1 into %2: every table has as many rows as its source, and the audit trail "
                     "(%3 entries) is identical.")
                      .arg(shown(from), shown(to))
                      .arg(report.auditEntries)
               << '\n';
    }
    return ExitOk;
}

} // namespace fla::cli
