#pragma once

#include "dataset/DataSet.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QUuid>

namespace fla {

// A problem with one line of a CSV set, named so a person can find it. The
// line is refused: its record is not in the set read.
struct DataSetCsvIssue
{
    QString file;    // participations.csv
    qint64 line = 0; // 1-based physical line; 0 for the whole file
    QString column;  // workerUuid; empty for the whole line
    QString message; // translated
    QUuid record;    // the line's own uuid, when it could be read: what depends on it is refused too
    // GN-002 when a text is longer than its field allows (length: its
    // characters), the anomaly that names it; empty for every other refusal.
    QString code;
    qsizetype length = 0;
};

// The line each record of a set read from a CSV set starts on, list by list
// in the order of the set's (a record of employers at index i came from line
// employers[i] of employers.csv).
struct DataSetCsvLines
{
    QList<qint64> employers, workers, employments, trainings, participations, rights;
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
// missing directory is an issue). A line is refused (left out and reported
// with its file, line, column and why) when it is not a well-formed CSV row
// of as many fields as the header line, or one of its values cannot be read,
// or a text breaks the field rules of every way in (dataset/FieldRules.h:
// length, control characters, bytes not valid in the file's encoding); every
// other line is kept. Each file is decoded by io/TextDecoding's one rule.
DataSet read(const QString &dir, QList<DataSetCsvIssue> *issues, DataSetCsvLines *lines = nullptr);
// The same from the files' bytes, by file name (fuzzing, tests).
DataSet read(const QMap<QString, QByteArray> &files, QList<DataSetCsvIssue> *issues,
             DataSetCsvLines *lines = nullptr);

// "trainings.csv, line 12": where a record or a refused line is, for messages.
QString place(const QString &file, qint64 line);

} // namespace DataSetCsv

} // namespace fla
