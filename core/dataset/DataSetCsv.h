#pragma once

#include "core/dataset/DataSet.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QUuid>
#include <functional>

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

// A part of a CSV set as readInParts hands it over: records, the line each
// starts on, and the lines refused since the part before.
struct DataSetCsvPart
{
    DataSet records;
    DataSetCsvLines lines;
    QList<DataSetCsvIssue> issues;
    // One employer of employers.csv with the records that followed it in each
    // file (every record of the employer when the set is sorted by employer);
    // else a chunk of records of any employers, from one file or two.
    bool byEmployer = false;
};
// Takes a part (it may move its records out); false stops the reading.
using DataSetCsvPartSink = std::function<bool(DataSetCsvPart &part)>;

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

// Reads the set in dir as read() does, in parts, so that memory holds one
// part at a time: employers.csv whole, then employer by employer, from each
// file the records at its head that belong to the employer employers.csv
// names next (a set sorted by employer, as write() and the generator make
// it, is read whole this way); what is left (a set in another order, records
// of employers not in employers.csv) follows file by file in chunks of
// chunkRecords. The records of a file keep their order. False when the sink
// stopped the reading or dir is not a folder (a part with that issue).
bool readInParts(const QString &dir, qsizetype chunkRecords, const DataSetCsvPartSink &sink);

// "trainings.csv, line 12": where a record or a refused line is, for messages.
QString place(const QString &file, qint64 line);

} // namespace DataSetCsv

} // namespace fla
