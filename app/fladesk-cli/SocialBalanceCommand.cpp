#include "SocialBalanceCommand.h"
#include "WorkspaceOpening.h"

#include "CliLanguage.h"

#include "core/common/Translation.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/domain/FinancialYear.h"
#include "core/domain/Ssin.h"
#include "core/obligations/SocialBalanceCodes.h"
#include "core/obligations/SocialBalanceExport.h"
#include "core/obligations/SocialBalanceRows.h"
#include "core/reports/SocialBalancePdf.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceRecords.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QLocale>

namespace fla::cli {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::cli::SocialBalanceCommand"}, text);
}

// Numbers and dates of the PDF as the language writes them in Belgium.
QLocale localeOf(Language language)
{
    switch (language) {
    case Language::Dutch:
        return QLocale(QLocale::Dutch, QLocale::Belgium);
    case Language::French:
        return QLocale(QLocale::French, QLocale::Belgium);
    case Language::German:
        return QLocale(QLocale::German, QLocale::Belgium);
    case Language::English:
        break;
    }
    return QLocale(QLocale::English, QLocale::Belgium);
}

} // namespace

QString SocialBalanceCommand::summary() const
{
    return tr("Print the training block of an employer's social balance sheet for a financial year.");
}

int SocialBalanceCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        tr("Computed from the register: completed trainings that start in the financial year, their followed "
           "participations, in their category, men and women apart (the worker's stated sex, else the "
           "INSZ's), "
           "gross costs, contributions and subsidies shared over the participants as each training says. "
           "Codes not yet confirmed from the NBB's model are marked."));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"), tr("The workspace file."),
                                             QStringLiteral("file"), Workspace::defaultPath());
    const QCommandLineOption employerOption(
        QStringLiteral("employer"), tr("The employer's enterprise number."), QStringLiteral("number"));
    const QCommandLineOption yearOption(
        QStringLiteral("year"),
        tr("The financial year that closes in year Y (from the employer's start of the financial year)."),
        QStringLiteral("Y"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        tr("First day of the financial year (yyyy-mm-dd), with --to."),
                                        QStringLiteral("date"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), tr("Last day of the financial year (yyyy-mm-dd)."), QStringLiteral("date"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("One JSON object with the NBB item codes as keys."));
    const QCommandLineOption csvOption(QStringLiteral("csv"), tr("code;value;confirmed;description lines."));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"),
                                       tr("Also write the training block as a PDF document to this file."),
                                       QStringLiteral("file"));
    parser.addOptions({workspaceOption, employerOption, yearOption, fromOption, toOption, jsonOption,
                       csvOption, pdfOption});
    parser.addHelpOption();
    if (const std::optional<int> stop = parseCommandLine(parser, args, io))
        return *stop;

    const EnterpriseNumber en = EnterpriseNumber::parse(parser.value(employerOption));
    if (!en.isValid()) {
        io.err
            << tr("--employer: give a valid enterprise number, not \"%1\".").arg(parser.value(employerOption))
            << '\n';
        return ExitUsage;
    }
    QDate from, to;
    int year = 0;
    if (parser.isSet(yearOption)) {
        bool ok = false;
        year = parser.value(yearOption).toInt(&ok);
        if (!ok || year < 2000 || year > 2100)
            year = 0;
    } else {
        from = QDate::fromString(parser.value(fromOption), Qt::ISODate);
        to = QDate::fromString(parser.value(toOption), Qt::ISODate);
    }
    if ((parser.isSet(yearOption) && year == 0) ||
        (!parser.isSet(yearOption) &&
         (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) > 731))) {
        io.err << tr("Give the financial year with --year Y, or with --from and --to (yyyy-mm-dd, at most "
                     "24 months).")
               << '\n';
        return ExitUsage;
    }
    if (parser.isSet(jsonOption) && parser.isSet(csvOption)) {
        io.err << tr("Give --json or --csv, not both.") << '\n';
        return ExitUsage;
    }
    QString error;
    const QList<SocialBalanceItem> items = SocialBalanceCodes::load(&error);
    if (items.isEmpty()) {
        io.err << error << '\n';
        return ExitFailure;
    }
    const auto ws = openExistingWorkspace(parser.value(workspaceOption), io);
    if (!ws)
        return ExitFailure;
    const auto read = readOrTell(ws->employers().findByEnterpriseNumber(en.normalized()), io);
    if (!read)
        return ExitFailure;
    const std::optional<Employer> &employer = *read;
    if (!employer) {
        io.err << tr("The workspace has no employer %1.").arg(en.display()) << '\n';
        return ExitFailure;
    }
    if (year != 0) {
        const std::optional<FinancialYear> fy = financialYear(*employer, year);
        if (!fy) {
            io.err << tr("Employer %1, start of the financial year: day %2 of month %3 is not a day of every "
                         "year; correct it, or give --from and --to.")
                          .arg(en.display())
                          .arg(employer->financialYearStartDay)
                          .arg(employer->financialYearStartMonth)
                   << '\n';
            return ExitFailure;
        }
        from = fy->from;
        to = fy->to;
    }
    const std::optional<DataSet> records = readOrTell(readWorkspaceRecords(*ws, {employer->uuid}), io);
    if (!records)
        return ExitFailure;
    const DataSet &set = *records;
    const SocialBalance balance = SocialBalanceCalculator::compute(set, employer->uuid, from, to);

    const QList<UnknownSexWorker> unknown = SocialBalanceRows::unknownSexWorkers(balance, set);
    QStringList unknownSex;
    for (const UnknownSexWorker &w : unknown)
        unknownSex << w.maskedSsin;
    if (parser.isSet(pdfOption) &&
        !reports::writeSocialBalancePdf(balance, items, *employer, set, localeOf(cliLanguage()),
                                        parser.value(pdfOption), &error)) {
        io.err << error << '\n';
        return ExitFailure;
    }
    if (parser.isSet(jsonOption)) {
        const QJsonObject o = SocialBalanceExport::json(balance, items, en.normalized(), unknown);
        io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return unknownSex.isEmpty() ? ExitOk : ExitFindings;
    }
    const bool csv = parser.isSet(csvOption);
    if (!csv)
        io.out << tr("Social balance sheet, training block: %1 (%2), %3 to %4")
                      .arg(employer->name, en.display(), from.toString(Qt::ISODate), to.toString(Qt::ISODate))
               << "\n\n";
    if (csv) {
        io.out << QString::fromUtf8(SocialBalanceExport::csv(balance, items));
    } else {
        for (const SocialBalanceItem &item : items)
            io.out << item.code.leftJustified(6)
                   << SocialBalanceRows::valueText(item.measure, SocialBalanceCodes::value(balance, item))
                          .rightJustified(12)
                   << "  " << SocialBalanceCodes::describe(item)
                   << (item.confirmed ? QString() : QStringLiteral(" *")) << '\n';
    }
    if (!csv)
        io.out << '\n'
               << tr("* The code follows the NBB's numbering but was not confirmed from its model.") << '\n';
    if (balance.trainingsWithoutCost > 0)
        io.err << tr("%1 of the %2 trainings counted have no cost in the register: their cost counts as 0.")
                      .arg(balance.trainingsWithoutCost)
                      .arg(balance.trainingsCounted)
               << '\n';
    if (!unknownSex.isEmpty()) {
        io.err << tr("%1 worker(s) have no sex stated and their INSZ does not tell it (BIS numbers): they "
                     "are left "
                     "out of the men's and women's figures; state it on the worker: %2")
                      .arg(unknownSex.size())
                      .arg(unknownSex.join(QStringLiteral(", ")))
               << '\n';
        return ExitFindings;
    }
    return ExitOk;
}

} // namespace fla::cli
