#pragma once

#include "core/io/TextDecoding.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>
#include <memory>

namespace fla {

class CsvReader;

// Rows of a user's table, whatever file it came in: a CSV file in any of the
// usual encodings and delimiters, or the first sheet of an XLSX workbook.
// The first row is the header.
class TableReader
{
public:
    virtual ~TableReader();

    // Opens a file by its extension (.xlsx, otherwise CSV). On failure
    // returns nullptr and sets error (translated, naming the file).
    static std::unique_ptr<TableReader> open(const QString &path, QString *error);
    // A CSV table from bytes (tests, fuzzing, the clipboard).
    static std::unique_ptr<TableReader> fromCsvBytes(const QByteArray &bytes, QString *error);

    const QStringList &header() const { return m_header; }
    // The next data row; false at the end or on an error (errorString()).
    virtual bool readRow(QStringList &fields) = 0;
    // The 1-based number of the last row returned, as the user sees it: the
    // spreadsheet row, or the CSV line (the header is row 1).
    virtual qint64 rowNumber() const = 0;
    virtual QString errorString() const = 0;
    // What the reader found out: "CSV, UTF-8, ';'" or "XLSX, sheet Blad1".
    QString description() const { return m_description; }

protected:
    QStringList m_header;
    QString m_description;
};

} // namespace fla
