#pragma once

#include "core/dataset/DataSet.h"
#include "core/domain/Severity.h"
#include "core/io/ImportProfile.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <functional>

namespace fla {

class TableReader;

// One thing wrong with one row of an imported table, named so a person can
// find it: the row number as the spreadsheet shows it, the column header.
struct ImportIssue
{
    qint64 row = 0;
    QString column; // header text; empty for the whole row
    QString code;   // anomaly code (ID-002, DT-001) or IM-0xx for reading problems
    Severity severity = Severity::Blocking;
    QString message; // translated, names the field
};

struct ImportRowReport
{
    qint64 row = 0;
    QStringList fields;
    QList<ImportIssue> issues;
    bool accepted = false; // becomes records (as drafts when it has blocking issues)
};

enum class ImportMode
{
    ValidRowsOnly, // rows with a blocking issue are rejected
    AllAsDrafts    // every row that names a worker and a training is kept, marked draft
};

struct ImportResult
{
    bool ok = false;
    QString error; // why the whole table could not be read (translated)
    QStringList header;
    QString sourceDescription;
    // The day the rows were checked against (import --today, the app's clock):
    // what is stored is validated against the same day.
    QDate today;
    DataSet data;       // workers, trainings and participations, each once
    QSet<QUuid> drafts; // records kept in spite of blocking issues
    qint64 rowsRead = 0;
    qint64 rowsAccepted = 0;
    qint64 rowsRejected = 0;
    // Every row with an issue, and in a preview every row read, up to
    // Importer::kMaxReportedRows: a file of a million bad rows must not
    // hold a million reports in memory. The rows with issues beyond it are
    // counted (and still accepted or rejected as their issues say).
    QList<ImportRowReport> rows;
    qint64 rowsNotReported = 0;

    qsizetype issueCount() const;
    // The sentence saying how many rows with problems are not listed (empty when none).
    QString notReportedNote() const;
};

// Turns the rows of a user's table into records of one employer, with a
// profile that says which column holds what. Every record gets a UUID derived
// from its natural key (UUID v5: the worker from the INSZ, the training from
// its name and dates, the participation from both), so importing the same
// file twice yields the same records, never duplicates.
class Importer
{
public:
    Importer(const Employer &employer, const ImportProfile &profile, const QDate &today);

    // Extra per-record checks (the anomaly engine plugs in here); their
    // issues are added to the row's own.
    using RecordCheck = std::function<QList<ImportIssue>(const Worker &, const Training &,
                                                         const Participation &, qint64 row)>;
    void setRecordCheck(RecordCheck check) { m_recordCheck = std::move(check); }

    // Reads the whole table. previewRows > 0 stops after that many data rows
    // and reports every row (for the wizard's preview).
    ImportResult run(TableReader &reader, ImportMode mode, qint64 previewRows = 0) const;

    // The rejected rows with their reasons: one line per issue of a rejected
    // row (row, column, code, message) followed by the row's own values;
    // UTF-8 with a byte order mark and ';' so Excel opens it as it is.
    static bool writeRejected(const ImportResult &result, const QString &path, QString *error);

    // How many rows with issues a result reports at most (~1 KiB each).
    static constexpr qsizetype kMaxReportedRows = 50000;

    // The namespace of the derived UUIDs (fixed forever).
    static QUuid uuidNamespace();
    static QUuid workerUuid(const QUuid &employer, const QString &ssinDigits);
    static QUuid trainingUuid(const QUuid &employer, const QString &name, const QDate &start,
                              const QDate &end);
    static QUuid participationUuid(const QUuid &training, const QUuid &worker);

private:
    Employer m_employer;
    ImportProfile m_profile;
    QDate m_today;
    RecordCheck m_recordCheck;
};

} // namespace fla
