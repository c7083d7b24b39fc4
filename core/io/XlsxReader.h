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

// What reading one workbook may cost at most: a workbook beyond any limit is
// refused with a message naming it, so a ZIP bomb (a few MB that unpack to
// gigabytes) costs a fixed amount of memory and time. The defaults keep
// `fladesk-cli import` of any workbook well within 300 MiB (measured, debug
// build: 130 MiB for the worst sheet they let through, 550,000 rows all
// rejected); a real sheet of about 90,000 rows of eight text columns fits,
// larger tables go as CSV.
struct XlsxLimits
{
    qint64 maxInflatedBytes = qint64(256) << 20; // all parts read, together, unpacked
    qint64 maxTextRun = qint64(1) << 20;         // bytes between two '<': one text or tag
    int maxEntries = 10000;                      // files in the ZIP container
    qint64 maxSharedStrings = 1000000;           // entries of sharedStrings.xml
    qint64 maxSharedStringChars = qint64(16) << 20;
    qint64 maxSheetBytes = qint64(64) << 20; // shared texts and rows kept, as estimated memory
    int maxCellStyles = 65536;               // Excel allows 64,000
};

namespace Xlsx {

// Reads from a file, or from the bytes of one (fuzzing, tests). Returns
// false with a translated message in error when it is not a readable workbook
// or goes beyond a limit. The sheet is parsed as it is unpacked, never held whole.
bool readFirstSheet(const QString &path, XlsxSheet *sheet, QString *error, const XlsxLimits &limits = {});
bool readFirstSheet(const QByteArray &bytes, XlsxSheet *sheet, QString *error, const XlsxLimits &limits = {});

// Writes a minimal workbook of one sheet of inline strings (tests, and
// exporting a table for people who want a spreadsheet).
bool writeSheet(const QString &path, const QList<QStringList> &rows, QString *error);
// Writes a ZIP file of the given parts (name -> content), through QuaZip.
bool writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &parts, QString *error);

} // namespace Xlsx

} // namespace fla
