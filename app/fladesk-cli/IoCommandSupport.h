#pragma once

#include "CliCommand.h"
#include "core/dataset/DataSet.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

namespace fla::cli {

// Where the import/export commands read records from and write them to:
// a workspace (--workspace W, the default workspace when omitted) or a CSV
// set folder (--csv DIR, docs/csv-format.md).
struct RecordSourceOptions
{
    QCommandLineOption workspace{QStringLiteral("workspace"), QString(), QStringLiteral("FILE")};
    QCommandLineOption csv{QStringLiteral("csv"), QString(), QStringLiteral("DIR")};
    QCommandLineOption employer{QStringLiteral("employer"), QString(), QStringLiteral("NUMBER")};

    RecordSourceOptions();
    void addTo(QCommandLineParser &parser) const;
};

// Reads every record of the source; with --employer only that employer's
// (enterprise number in any form). False after telling why (exit ExitFailure).
bool loadRecords(const QCommandLineParser &parser, const RecordSourceOptions &o, DataSet *data, CliIo &io);

// Keeps only the records of one employer (by enterprise number).
bool keepEmployer(DataSet *data, const QString &enterpriseNumber, QString *error);

} // namespace fla::cli

namespace fla::cli {

// --today yyyy-mm-dd: the date the command acts on (reproducible runs);
// the system clock's date otherwise.
QCommandLineOption todayOption();
// False after telling why (exit ExitUsage).
bool todayFrom(const QCommandLineParser &parser, QDate *today, CliIo &io);

} // namespace fla::cli
