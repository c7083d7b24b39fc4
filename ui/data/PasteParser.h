#pragma once

#include "core/domain/Entities.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

namespace fla::ui {

// One cell of a pasted block that could not be read.
struct PasteCellIssue
{
    int row = 0;    // 1-based row of the pasted block
    int column = 0; // 1-based column
    QString columnName;
    QString value;
    QString message; // translated: what is wrong and what is expected
};

// What a pasted block becomes: records for every row that could be read, and
// for every other row its text (so nothing is lost) and the reasons per cell.
struct PasteResult
{
    QList<Worker> workers;
    QList<Employment> employments;
    QList<Training> newTrainings;
    QList<Participation> participations;
    QList<PasteCellIssue> issues;
    QStringList rejectedLines; // the rows not imported, tab-separated as pasted
    int rowsRead = 0;
    bool headerSkipped = false;
};

// Turns a rectangular block copied from a spreadsheet (rows separated by new
// lines, cells by tabs) into records, checking each cell. Dates are read as
// dd/mm/yyyy (also with - or .), yyyy-mm-dd or a spreadsheet serial number;
// numbers with a decimal comma or point; yes/no in the four languages.
class PasteParser
{
    Q_DECLARE_TR_FUNCTIONS(PasteParser)

public:
    // Rows and cells of the block; trailing empty rows are dropped.
    static QList<QStringList> splitBlock(const QString &text);

    // Workers: INSZ, family name, given name, birth date, language, start of
    // employment, work regime, joint committee. Only the INSZ and the family
    // name are required.
    static QStringList workerColumns();
    // existingSsins: INSZ of the company's workers, refused as duplicates.
    static PasteResult parseWorkers(const QString &text, const QUuid &employer,
                                    const QSet<QString> &existingSsins = {});

    // Participations: INSZ, training, start date, end date, duration, unit,
    // followed, certificate. The worker is looked up by INSZ among workers;
    // the training by name and dates among trainings, else created.
    static QStringList participationColumns();
    static PasteResult parseParticipations(const QString &text, const QUuid &employer,
                                           const QList<Worker> &workers, const QList<Training> &trainings);

    static std::optional<QDate> readDate(const QString &text);
    static std::optional<double> readNumber(const QString &text);
    static std::optional<bool> readYesNo(const QString &text);
};

} // namespace fla::ui
