#include "ValidateCommand.h"
#include "WorkspaceOpening.h"

#include "CliLanguage.h"
#include "core/anomaly/AnomalyEngine.h"
#include "core/anomaly/WorkspaceAnomalies.h"
#include "core/common/Translation.h"
#include "core/dataset/DataSetCsv.h"
#include "core/dataset/FieldRules.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceRecords.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace fla::cli {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::cli::ValidateCommand"}, text);
}

// A line refused for a text longer than its field allows is the record's
// GN-002, as the engine reports it on a record that came in another way.
std::optional<Anomaly> recordAnomaly(const DataSetCsvIssue &issue)
{
    if (issue.code != QLatin1String("GN-002") || issue.record.isNull())
        return std::nullopt;
    for (const RecordKind kind : kRecordKinds) {
        if (csvFileName(kind) != issue.file)
            continue;
        Anomaly a;
        a.code = issue.code;
        a.severity = Severity::Blocking;
        a.entity = kind;
        a.recordUuid = issue.record;
        a.field = issue.column;
        const int max = fieldrules::textRule(QLatin1String(issue.column.toLatin1())).maxLength;
        a.parameters = {{QStringLiteral("field"), issue.column},
                        {QStringLiteral("length"), QString::number(issue.length)},
                        {QStringLiteral("max"), QString::number(max)}};
        return a;
    }
    return std::nullopt;
}

QJsonObject toJson(const Anomaly &a, Language language)
{
    QJsonObject params;
    for (const auto &p : a.parameters)
        params.insert(p.name, p.value);
    QJsonObject o{{QStringLiteral("code"), a.code},
                  {QStringLiteral("severity"), QString::fromLatin1(severityName(a.severity))},
                  {QStringLiteral("entity"), a.fileLine ? QStringLiteral("file") : toString(a.entity)},
                  {QStringLiteral("uuid"),
                   a.recordUuid.isNull() ? QString() : a.recordUuid.toString(QUuid::WithoutBraces)},
                  {QStringLiteral("field"), a.field},
                  {QStringLiteral("message"), a.message(language)},
                  {QStringLiteral("parameters"), params}};
    if (!a.fileLine)
        o.insert(QStringLiteral("file"), csvFileName(a.entity));
    return o;
}

} // namespace

QString ValidateCommand::summary() const
{
    return tr("Check a CSV set or a workspace against every anomaly rule.");
}

int ValidateCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption csvOption(QStringLiteral("csv"), tr("The folder of a CSV set."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"), tr("A workspace file; the anomalies found are kept in it per record."),
        QStringLiteral("W"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("One JSON object per anomaly and line."));
    const QCommandLineOption todayOption(QStringLiteral("today"),
                                         tr("Judge deadlines as on this day (yyyy-MM-dd) instead of today."),
                                         QStringLiteral("DATE"));
    parser.addOptions({csvOption, workspaceOption, jsonOption, todayOption});
    parser.addHelpOption();
    if (const std::optional<int> stop = parseCommandLine(parser, args, io))
        return *stop;
    if (parser.isSet(csvOption) == parser.isSet(workspaceOption)) {
        io.err << tr("Give either --csv DIR or --workspace W.") << '\n';
        return ExitUsage;
    }
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(todayOption)) {
        const QDate d = QDate::fromString(parser.value(todayOption), Qt::ISODate);
        if (!d.isValid()) {
            io.err << tr("--today must be a date of the form yyyy-MM-dd: %1").arg(parser.value(todayOption))
                   << '\n';
            return ExitUsage;
        }
        now = QDateTime(d, QTime(12, 0), Qt::UTC);
    }
    const ManualClock clock(now);
    const Language language = cliLanguage();

    QList<DataSetCsvIssue> issues;
    std::unique_ptr<Workspace> workspace;
    DataSet set;
    if (parser.isSet(workspaceOption)) {
        workspace = openExistingWorkspace(parser.value(workspaceOption), io);
        if (!workspace)
            return ExitFailure;
        const std::optional<DataSet> read = readOrTell(readWorkspaceRecords(*workspace), io);
        if (!read)
            return ExitFailure;
        set = *read;
    } else {
        set = DataSetCsv::read(parser.value(csvOption), &issues);
    }
    AnomalyList anomalies;
    for (const auto &issue : std::as_const(issues)) {
        if (const std::optional<Anomaly> a = recordAnomaly(issue)) {
            anomalies.append(*a);
            continue;
        }
        Anomaly a;
        a.code = QStringLiteral("CSV-001");
        a.severity = Severity::Blocking;
        a.fileLine = true;
        a.field = issue.column;
        a.parameters = {
            {QStringLiteral("file"), issue.file},
            {QStringLiteral("line"), QString::number(issue.line)},
            {QStringLiteral("column"), issue.column.isEmpty() ? QStringLiteral("-") : issue.column},
            {QStringLiteral("detail"), issue.message}};
        anomalies.append(a);
    }
    const AnomalyList found = AnomalyEngine(clock).validate(set);
    if (workspace) { // each record keeps its anomalies, for the views
        QString error;
        if (!WorkspaceAnomalies::store(*workspace, set, found, &error)) {
            io.err << error << '\n';
            return ExitFailure;
        }
    }
    for (const auto &a : found.items())
        anomalies.append(a);
    anomalies.sort();

    const bool json = parser.isSet(jsonOption);
    for (const auto &a : anomalies.items()) {
        if (json) {
            io.out << QString::fromUtf8(QJsonDocument(toJson(a, language)).toJson(QJsonDocument::Compact))
                   << '\n';
        } else {
            io.out << QString::fromLatin1(severityName(a.severity)) << '\t' << a.code << '\t'
                   << (a.fileLine ? a.parameter(QStringLiteral("file")) : toString(a.entity)) << '\t'
                   << (a.recordUuid.isNull() ? QStringLiteral("-")
                                             : a.recordUuid.toString(QUuid::WithoutBraces))
                   << '\t' << (a.field.isEmpty() ? QStringLiteral("-") : a.field) << '\t'
                   << a.message(language) << '\n';
        }
    }
    io.out.flush();
    io.err << tr("%1 records, %2 anomalies: %3 blocking, %4 warnings, %5 information.")
                  .arg(set.recordCount())
                  .arg(anomalies.size())
                  .arg(anomalies.count(Severity::Blocking))
                  .arg(anomalies.count(Severity::Warning))
                  .arg(anomalies.count(Severity::Information))
           << '\n';
    return anomalies.hasBlocking() ? ExitBlocking : ExitOk;
}

} // namespace fla::cli
