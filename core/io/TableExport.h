#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace fla {

// Exports a table as the user sees it (the view's columns and the rows left
// after its filters): the UI hands over the header texts and the displayed
// values, so the file says exactly what the screen said.
namespace TableExport {

struct CsvOptions
{
    // ';' and a UTF-8 byte order mark: what Excel on a Belgian desktop opens
    // as columns, with accents intact. ',' without a mark for other tools.
    char delimiter = ';';
    bool byteOrderMark = true;
};

QByteArray toCsv(const QStringList &header, const QList<QStringList> &rows, const CsvOptions &options = {});
// Written atomically (QSaveFile); false with a translated message.
bool writeCsv(const QString &path, const QStringList &header, const QList<QStringList> &rows, QString *error,
              const CsvOptions &options = {});
// The same as an Excel workbook (one sheet).
bool writeXlsx(const QString &path, const QStringList &header, const QList<QStringList> &rows,
               QString *error);

} // namespace TableExport

} // namespace fla
