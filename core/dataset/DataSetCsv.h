#pragma once

#include "dataset/DataSet.h"

#include <QList>
#include <QString>

namespace fla {

// A problem with one line of a CSV set, named so a person can find it.
struct DataSetCsvIssue
{
    QString file;    // participations.csv
    qint64 line = 0; // 1-based physical line; 0 for the whole file
    QString column;  // workerUuid; empty for the whole line
    QString message; // translated
};

// The CSV file set of docs/csv-format.md: employers.csv, workers.csv,
// employments.csv, trainings.csv, participations.csv, rights.csv.
namespace DataSetCsv {

QStringList fileNames();
QStringList columnsOf(const QString &fileName);

// Writes the six files into dir (created if needed). Returns false with a
// translated message in error when a file cannot be written.
bool write(const DataSet &set, const QString &dir, QString *error);

// Reads every file that exists in dir (a missing file is an empty table; a
// missing directory is an issue). A line with a value that cannot be read is
// left out and reported; every other line is kept.
DataSet read(const QString &dir, QList<DataSetCsvIssue> *issues);

} // namespace DataSetCsv

} // namespace fla
