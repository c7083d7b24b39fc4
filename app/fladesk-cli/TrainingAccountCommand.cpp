#include "TrainingAccountCommand.h"

#include "CompanyOptions.h"
#include "CreditJson.h"

#include "IoCommandSupport.h"
#include "core/common/Translation.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/domain/Ssin.h"
#include "core/obligations/TrainingAccount.h"
#include "core/obligations/TrainingAccountLines.h"
#include "core/reports/Statements.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fla::cli {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::cli::TrainingAccountCommand", "fla::cli"}, text);
}

QJsonObject toJson(const TrainingAccount &a)
{
    const CreditLine &l = a.line;
    QJsonArray trainings;
    for (const AccountTraining &t : a.trainings)
        trainings.append(
            QJsonObject{{QStringLiteral("trainingUuid"), t.training->uuid.toString(QUuid::WithoutBraces)},
                        {QStringLiteral("name"), t.training->name},
                        {QStringLiteral("startDate"), t.training->startDate.toString(Qt::ISODate)},
                        {QStringLiteral("days"), t.days},
                        {QStringLiteral("followed"), t.participation->followed},
                        {QStringLiteral("deducted"), t.deducted}});
    QJsonArray unconfirmed;
    for (const QString &u : a.unconfirmedParts())
        unconfirmed.append(u);
    QJsonObject o{
        {QStringLiteral("workerUuid"), a.worker->uuid.toString(QUuid::WithoutBraces)},
        {QStringLiteral("employerUuid"), a.worker->employerUuid.toString(QUuid::WithoutBraces)},
        {QStringLiteral("year"), a.year},
        {QStringLiteral("workRegime"), l.mainEmployment ? l.mainEmployment->workRegime : 0.0},
        {QStringLiteral("jointCommittee"), l.mainEmployment ? l.mainEmployment->jointCommittee : QString()},
        {QStringLiteral("sizeClass"), toString(l.size.sizeClass)},
        {QStringLiteral("sizeClassFromRegister"), l.size.fromRegister},
        {QStringLiteral("fteAverage"), l.size.fteAverage},
        {QStringLiteral("daysPerFte"), l.daysPerFte()},
        {QStringLiteral("sectorAgreement"), l.sectorRule() ? l.figures->agreement : QString()},
        {QStringLiteral("daysPerFteConfirmed"), l.figures ? l.figures->confirmed : false},
        {QStringLiteral("expiredDays"), l.expiredDays},
        {QStringLiteral("windowStart"), l.windowStart},
        {QStringLiteral("windowEnd"), l.windowEnd},
        {QStringLiteral("windowConfirmed"), l.carryOverConfirmed},
        {QStringLiteral("unconfirmed"), unconfirmed},
        {QStringLiteral("trainings"), trainings}};
    addCreditFigures(&o, l);
    return o;
}

// Who and when, then the account's lines as the Training account view shows them (core's one wording).
void printText(const TrainingAccount &a, QTextStream &out)
{
    const auto row = [&](const QString &label, const QString &value) {
        out << label << '\t' << value << '\n';
    };
    row(tr("worker"), a.worker->familyName + QStringLiteral(", ") + a.worker->givenName +
                          QStringLiteral(" (") + Ssin::mask(a.worker->ssin) + QLatin1Char(')'));
    if (a.employer)
        row(tr("employer"), a.employer->name + QStringLiteral(" (") +
                                EnterpriseNumber::parse(a.employer->enterpriseNumber).display() +
                                QLatin1Char(')'));
    row(tr("year"), QString::number(a.year));
    for (const AccountLine &line : accountLines(a))
        row(line.label, line.value);
    const QString note = accountUnconfirmedNote(a);
    if (!note.isEmpty())
        out << note << '\n';
}

} // namespace

QString TrainingAccountCommand::summary() const
{
    return tr(
        "Print a worker's individual training account for a year, or write its yearly overview as PDF.");
}

int TrainingAccountCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption workerOption(QStringLiteral("worker"),
                                          tr("The worker's INSZ or UUID (required)."), QStringLiteral("WHO"));
    const QCommandLineOption yearOption(QStringLiteral("year"), tr("The year (required)."),
                                        QStringLiteral("Y"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("One JSON object."));
    const QCommandLineOption pdfOption(
        QStringLiteral("pdf"), tr("Write the yearly overview, in the worker's language, to this PDF file."),
        QStringLiteral("FILE"));
    RecordSourceOptions source;
    parser.addOptions({workerOption, yearOption, jsonOption, pdfOption});
    source.addTo(parser);
    parser.addOption(todayOption());
    parser.addHelpOption();
    if (const std::optional<int> stop = parseCommandLine(parser, args, io))
        return *stop;
    bool ok = false;
    const int year = parser.value(yearOption).toInt(&ok);
    if (!ok || !CreditAccumulator::inRange(year) || !parser.isSet(workerOption)) {
        io.err << tr("Give --worker INSZ and --year Y (%1 to %2).")
                      .arg(CreditAccumulator::kFirstYear)
                      .arg(CreditAccumulator::kFirstYear + CreditAccumulator::kYears - 1)
               << '\n';
        return ExitUsage;
    }
    QString error;
    QDate today;
    if (!todayFrom(parser, &today, io))
        return ExitUsage;
    DataSet data;
    if (!loadRecords(parser, source, &data, io))
        return ExitFailure;
    int exitCode = ExitOk;
    const Worker *worker = oneWorker(data, parser.value(workerOption), io, &exitCode);
    if (!worker)
        return exitCode;
    const TrainingAccount account = TrainingAccount::build(data, worker->uuid, year);
    if (!account.hasLine) {
        io.err << tr("The worker has no employment, right or training in %1.").arg(year) << '\n';
        return ExitFailure;
    }
    if (parser.isSet(pdfOption)) {
        if (!reports::writeStatement(data, *account.worker, year, today, parser.value(pdfOption), &error)) {
            io.err << error << '\n';
            return ExitFailure;
        }
        io.out << QDir::toNativeSeparators(parser.value(pdfOption)) << '\n';
        return ExitOk;
    }
    if (parser.isSet(jsonOption))
        io.out << QString::fromUtf8(QJsonDocument(toJson(account)).toJson(QJsonDocument::Compact)) << '\n';
    else
        printText(account, io.out);
    return ExitOk;
}

} // namespace fla::cli
