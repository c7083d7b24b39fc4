#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace fla {

// The first worksheet of an XLSX workbook as text rows. The ZIP container is
// read with QuaZip, the XML parts with QXmlStreamReader. Shared and inline
// strings become text, date-formatted numbers become ISO dates (yyyy-MM-dd),
// other numbers keep their stored text. Gaps in a row are empty fields.
struct XlsxSheet
{
    QString name;
    QList<QStringList> rows;  // trailing empty cells trimmed
    QList<qint64> rowNumbers; // the spreadsheet's row number of each row
};

namespace Xlsx {

// Reads from a file, or from the bytes of one (fuzzing, tests). Returns
// false with a translated message in error when it is not a readable workbook.
bool readFirstSheet(const QString &path, XlsxSheet *sheet, QString *error);
bool readFirstSheet(const QByteArray &bytes, XlsxSheet *sheet, QString *error);

// Writes a minimal workbook of one sheet of inline strings (tests, and
// exporting a table for people who want a spreadsheet).
bool writeSheet(const QString &path, const QList<QStringList> &rows, QString *error);
// Writes a ZIP file of the given parts (name -> content), through QuaZip.
bool writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &parts, QString *error);

} // namespace Xlsx

} // namespace fla
