#include "HistoryCommand.h"
#include "WorkspaceOpening.h"

#include "StorageCommandSupport.h"
#include "core/common/Translation.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/Workspace.h"
#include "core/workspace/RecordWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace fla::cli {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::cli::HistoryCommand"}, text);
}

QString valueText(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return QStringLiteral("-");
    if (v.isString())
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QJsonObject entryJson(const AuditEntry &e)
{
    return QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("user"), e.userProfile},
                       {QStringLiteral("change"), toString(e.change)},
                       {QStringLiteral("entity"), toString(e.entity)},
                       {QStringLiteral("record"), e.recordUuid.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("employer"), e.employerUuid.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("changeSet"), e.changeSet.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("before"), e.before},
                       {QStringLiteral("after"), e.after}};
}

} // namespace

QString HistoryCommand::summary() const
{
    return tr("Show the audit trail of one record; --restore brings a deleted record back.");
}

int HistoryCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addOption(workspaceOption());
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("One JSON object per change."));
    const QCommandLineOption restoreOption(
        QStringLiteral("restore"), tr("Restore the record (deleted) to its state before the delete."));
    parser.addOption(jsonOption);
    parser.addOption(restoreOption);
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("uuid"), tr("The record."), QStringLiteral("UUID"));
    if (const std::optional<int> stop = parseCommandLine(parser, args, io))
        return *stop;
    const QStringList pos = parser.positionalArguments();
    const QUuid uuid = pos.size() == 1 ? QUuid::fromString(pos.at(0).trimmed()) : QUuid();
    if (uuid.isNull()) {
        io.err << tr("Give the UUID of one record.") << '\n';
        return ExitUsage;
    }
    QString error;
    auto ws = openWorkspaceAt(workspacePath(parser), &error);
    if (!ws) {
        io.err << error << '\n';
        return ExitFailure;
    }
    const std::optional<QUuid> employer = ws->employerOfRecord(uuid);
    if (!employer) {
        io.err << tr("The workspace holds no record %1 and no history of it.")
                      .arg(uuid.toString(QUuid::WithoutBraces))
               << '\n';
        return ExitFindings;
    }
    AuditRepository audit = ws->audit(*employer);
    const Result<QList<AuditEntry>> history = audit.findHistory(uuid);
    if (!history) {
        io.err << history.error() << '\n';
        return ExitFailure;
    }
    if (parser.isSet(restoreOption)) {
        const QList<AuditEntry> &past = *history;
        const RecordKind entity = past.isEmpty() ? RecordKind::Employer : past.constLast().entity;
        // Through the one write path: the record and the anomalies of what it reaches.
        const Result<void> restored = RecordWriter(*ws, ws->clock()).restore(entity, *employer, uuid);
        if (!restored) {
            io.err << restored.error() << '\n';
            return ExitFailure;
        }
        io.out << tr("Restored %1.").arg(uuid.toString(QUuid::WithoutBraces)) << '\n';
        return ExitOk;
    }
    const QList<AuditEntry> &entries = *history;
    for (const AuditEntry &e : entries) {
        if (parser.isSet(jsonOption)) {
            io.out << QString::fromUtf8(QJsonDocument(entryJson(e)).toJson(QJsonDocument::Compact)) << '\n';
            continue;
        }
        io.out << e.at.toString(Qt::ISODateWithMs) << '\t' << e.userProfile << '\t' << toString(e.change)
               << '\t' << toString(e.entity) << '\t' << e.recordUuid.toString(QUuid::WithoutBraces) << '\n';
        QStringList keys = e.before.keys() + e.after.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString &k : keys) {
            const QJsonValue b = e.before.value(k), a = e.after.value(k);
            if (b == a)
                continue;
            io.out << "    " << k << ": " << valueText(b) << " -> " << valueText(a) << '\n';
        }
    }
    io.out.flush();
    return ExitOk;
}

} // namespace fla::cli
