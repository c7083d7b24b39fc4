#include "CreditCommand.h"
#include "CreditJson.h"
#include "WorkspaceOpening.h"

#include "core/anomaly/Credit.h"
#include "core/common/Translation.h"
#include "core/dataset/DataSetCsv.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/domain/Ssin.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceRecords.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace fla::cli {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::cli::CreditCommand"}, text);
}

QString num(double v)
{
    return QString::number(v, 'f', 2);
}

} // namespace

QString CreditCommand::summary() const
{
    return tr("Print the training credit per worker for a year.");
}

int CreditCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption csvOption(QStringLiteral("csv"), tr("The folder of a CSV set."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"), tr("A workspace file."),
                                             QStringLiteral("W"));
    const QCommandLineOption yearOption(
        QStringLiteral("year"),
        tr("The year, from %1 to %2 (required).")
            .arg(CreditAccumulator::kFirstYear)
            .arg(CreditAccumulator::kFirstYear + CreditAccumulator::kYears - 1),
        QStringLiteral("Y"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("One JSON object per worker and line."));
    parser.addOptions({csvOption, workspaceOption, yearOption, jsonOption});
    parser.addHelpOption();
    if (const std::optional<int> stop = parseCommandLine(parser, args, io))
        return *stop;
    bool ok = false;
    const int year = parser.value(yearOption).toInt(&ok);
    if (!ok || !CreditAccumulator::inRange(year)) {
        // The same words as --help, so the two never contradict each other.
        io.err << tr("Give the year with --year Y: %1").arg(yearOption.description()) << '\n';
        return ExitUsage;
    }
    if (parser.isSet(csvOption) == parser.isSet(workspaceOption)) {
        io.err << tr("Give either --csv DIR or --workspace W.") << '\n';
        return ExitUsage;
    }
    DataSet set;
    if (parser.isSet(workspaceOption)) {
        const auto workspace = openExistingWorkspace(parser.value(workspaceOption), io);
        if (!workspace)
            return ExitFailure;
        const std::optional<DataSet> read = readOrTell(readWorkspaceRecords(*workspace), io);
        if (!read)
            return ExitFailure;
        set = *read;
    } else {
        QList<DataSetCsvIssue> issues;
        set = DataSetCsv::read(parser.value(csvOption), &issues);
        for (const auto &i : std::as_const(issues))
            io.err << i.file << ':' << i.line << ": " << i.column << ": " << i.message << '\n';
    }
    QHash<QUuid, const Employer *> employers;
    for (const auto &e : set.employers)
        employers.insert(e.uuid, &e);
    QHash<QUuid, const Worker *> workers;
    for (const auto &w : set.workers)
        workers.insert(w.uuid, &w);

    const QList<CreditLine> lines = CreditCalculator::compute(set, year);
    const bool json = parser.isSet(jsonOption);
    if (!json)
        io.out << tr("enterprise\tworker\tINSZ\tlegal\tsectoral\temployer\tentitled\tcarried "
                     "over\tused\tplanned\t"
                     "remaining (days)\tremaining (hours)")
               << '\n';
    for (const auto &l : lines) {
        const Employer *e = employers.value(l.employerUuid);
        const Worker *w = workers.value(l.workerUuid);
        const QString enterprise = e ? EnterpriseNumber::parse(e->enterpriseNumber).display() : QString();
        const QString person = w ? w->familyName % QStringLiteral(", ") % w->givenName : QString();
        const QString ssin = w ? Ssin::mask(w->ssin) : QString();
        if (json) {
            QJsonObject o{{QStringLiteral("employerUuid"), l.employerUuid.toString(QUuid::WithoutBraces)},
                          {QStringLiteral("workerUuid"), l.workerUuid.toString(QUuid::WithoutBraces)},
                          {QStringLiteral("year"), l.year},
                          {QStringLiteral("hoursPerDay"), l.hoursPerDay}};
            addCreditFigures(&o, l);
            io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
        } else {
            io.out << enterprise << '\t' << person << '\t' << ssin << '\t' << num(l.legalDays) << '\t'
                   << num(l.sectoralDays) << '\t' << num(l.employerDays) << '\t' << num(l.entitledDays)
                   << '\t' << num(l.carriedOverDays) << '\t' << num(l.usedDays) << '\t' << num(l.plannedDays)
                   << '\t' << num(l.remainingDays) << '\t' << num(l.hours(l.remainingDays)) << '\n';
        }
    }
    return ExitOk;
}

} // namespace fla::cli
