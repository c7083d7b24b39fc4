#include "core/io/XlsxReader.h"

#include "core/io/XlsxReaderBudget.h"

#include "core/common/LogCategories.h"
#include "core/common/Translation.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <quazip.h>
#include <quazipfile.h>

namespace fla {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::Xlsx", "fla"}, text);
}

// "BC12" -> 54 (0-based column); -1 when there is no column part.
int columnOf(QStringView ref)
{
    int col = 0;
    qsizetype i = 0;
    for (; i < ref.size(); ++i) {
        const QChar c = ref.at(i);
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            col = col * 26 + (c.unicode() - 'A' + 1);
        else if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            col = col * 26 + (c.unicode() - 'a' + 1);
        else
            break;
        if (col > 16384)
            return -1;
    }
    return i == 0 ? -1 : col - 1;
}

bool isDateFormatCode(const QString &code)
{
    QString plain;
    bool inQuote = false;
    int bracket = 0;
    for (const QChar c : code) {
        if (c == QLatin1Char('"'))
            inQuote = !inQuote;
        else if (!inQuote && c == QLatin1Char('['))
            ++bracket;
        else if (!inQuote && c == QLatin1Char(']'))
            bracket = qMax(0, bracket - 1);
        else if (!inQuote && bracket == 0)
            plain.append(c.toLower());
    }
    return plain.contains(QLatin1Char('d')) || plain.contains(QLatin1Char('y'));
}

bool isBuiltinDateFormat(int id)
{
    return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

// Which cell styles (xf indexes) show a date. False with error when the
// workbook defines more styles than any spreadsheet does.
bool readDateStyles(QIODevice *stylesXml, const XlsxLimits &limits, QSet<int> *result, QString *error)
{
    QHash<int, bool> customIsDate;
    QXmlStreamReader xml(stylesXml);
    bool inCellXfs = false;
    int xfIndex = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto name = xml.name();
            if (name == QLatin1String("numFmt")) {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                customIsDate.insert(
                    id, isDateFormatCode(xml.attributes().value(QLatin1String("formatCode")).toString()));
            } else if (name == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && name == QLatin1String("xf")) {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                const bool date =
                    customIsDate.contains(id) ? customIsDate.value(id) : isBuiltinDateFormat(id);
                if (date)
                    result->insert(xfIndex);
                ++xfIndex;
                xml.skipCurrentElement();
            }
            if (xfIndex > limits.maxCellStyles || customIsDate.size() > limits.maxCellStyles) {
                *error = tr("The workbook defines more than %1 cell styles, which no spreadsheet writes.")
                             .arg(limits.maxCellStyles);
                return false;
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    return true;
}

// The text of an <si> or <is>: its <t> elements, outside phonetic runs.
QString readRichText(QXmlStreamReader &xml, QStringView endName)
{
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == endName)
                break;
        }
    }
    return text;
}

// What a kept row or cell costs in memory, roughly: a row's list, its slot
// and row number; a list slot per cell up to the last one, and a string of
// its own unless it shares a text. (Rows are squeezed to their size: the
// memory a reading keeps stays close to this estimate.)
constexpr qint64 kRowCost = 64 + qint64(sizeof(QStringList)) + qint64(sizeof(qint64));
constexpr qint64 kCellSlotCost = qint64(sizeof(QString));
qint64 ownTextCost(const QString &value)
{
    return value.isEmpty() ? 0 : 32 + 2 * value.size();
}

// The texts are kept for the whole reading: they count against the same
// memory budget as the rows (kept), so the two together stay within it.
bool readSharedStrings(QIODevice *stringsXml, const XlsxLimits &limits, QStringList *result, qint64 *kept,
                       QString *error)
{
    QXmlStreamReader xml(stringsXml);
    qint64 chars = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si")) {
            result->append(readRichText(xml, u"si"));
            chars += result->constLast().size();
            *kept += kCellSlotCost + ownTextCost(result->constLast());
            if (result->size() > limits.maxSharedStrings || chars > limits.maxSharedStringChars ||
                *kept > limits.maxSheetBytes) {
                *error = tr("The workbook holds more different texts than FLA Desk reads (at most %1 texts, "
                            "%2 million characters, and about %3 MiB together with the sheet's cells). Save "
                            "the sheet as CSV, or split it.")
                             .arg(limits.maxSharedStrings)
                             .arg(limits.maxSharedStringChars / 1000000)
                             .arg(limits.maxSheetBytes >> 20);
                return false;
            }
        }
    }
    if (xml.hasError())
        *error = tr("The shared strings of the workbook are damaged: %1").arg(xml.errorString());
    return !xml.hasError();
}

QString formatNumberAsDate(const QString &value)
{
    bool ok = false;
    const double serial = value.toDouble(&ok);
    if (!ok || serial < 1 || serial > 2958465) // 9999-12-31
        return value;
    const qint64 day = static_cast<qint64>(serial);
    const QDate d = day < 61 ? QDate(1899, 12, 31).addDays(day) : QDate(1899, 12, 30).addDays(day);
    return d.toString(Qt::ISODate);
}

bool readSheetXml(QIODevice *sheetXml, const QStringList &strings, const QSet<int> &dates,
                  const XlsxLimits &limits, qint64 kept, XlsxSheet *sheet, QString *error)
{
    QXmlStreamReader xml(sheetXml);
    QStringList row;
    qint64 rowNumber = 0;
    bool inRow = false;
    int nextColumn = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto name = xml.name();
            if (name == QLatin1String("row")) {
                const qint64 r = xml.attributes().value(QLatin1String("r")).toLongLong();
                rowNumber = r > 0 ? r : rowNumber + 1;
                // A fresh list: clear() on a list shared with the sheet would
                // allocate the previous row's capacity again, and one wide row
                // would make every later row as wide in memory.
                row = QStringList();
                inRow = true;
                nextColumn = 0;
            } else if (name == QLatin1String("c") && inRow) {
                const auto attrs = xml.attributes();
                const QString type = attrs.value(QLatin1String("t")).toString();
                const int style = attrs.value(QLatin1String("s")).toInt();
                int col = columnOf(attrs.value(QLatin1String("r")));
                if (col < 0)
                    col = nextColumn;
                if (col > 16383) {
                    *error = tr("Row %1 of the sheet has a cell beyond the last column.").arg(rowNumber);
                    return false;
                }
                nextColumn = col + 1;
                QString value;
                QString raw;
                bool haveRaw = false;
                bool sharedText = false;
                while (!xml.atEnd()) {
                    const auto t = xml.readNext();
                    if (t == QXmlStreamReader::StartElement) {
                        if (xml.name() == QLatin1String("v")) {
                            raw = xml.readElementText();
                            haveRaw = true;
                        } else if (xml.name() == QLatin1String("is")) {
                            value = readRichText(xml, u"is");
                        } else {
                            xml.skipCurrentElement();
                        }
                    } else if (t == QXmlStreamReader::EndElement && xml.name() == QLatin1String("c")) {
                        break;
                    }
                }
                if (haveRaw) {
                    if (type == QLatin1String("s")) {
                        bool ok = false;
                        const int index = raw.toInt(&ok);
                        if (!ok || index < 0 || index >= strings.size()) {
                            *error =
                                tr("Row %1 of the sheet refers to a text that the workbook does not hold.")
                                    .arg(rowNumber);
                            return false;
                        }
                        value = strings.at(index);
                        sharedText = true;
                    } else if (type == QLatin1String("b")) {
                        value = raw == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                    } else if ((type.isEmpty() || type == QLatin1String("n")) && dates.contains(style)) {
                        value = formatNumberAsDate(raw);
                    } else {
                        value = raw;
                    }
                }
                if (row.size() <= col && value.isEmpty())
                    continue;
                kept += (row.size() <= col ? (col + 1 - row.size()) * kCellSlotCost : 0) +
                        (sharedText ? 0 : ownTextCost(value));
                if (kept > limits.maxSheetBytes) {
                    *error = tr("The first sheet holds more cells than FLA Desk reads from a workbook "
                                "(about %1 MiB of values, reached at row %2). Save the sheet as CSV, or "
                                "split it.")
                                 .arg(limits.maxSheetBytes >> 20)
                                 .arg(rowNumber);
                    return false;
                }
                if (row.size() <= col) {
                    while (row.size() < col)
                        row.append(QString());
                    row.append(value);
                } else {
                    row[col] = value;
                }
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("row")) {
            inRow = false;
            while (!row.isEmpty() && row.last().isEmpty())
                row.removeLast();
            if (!row.isEmpty()) {
                kept += kRowCost;
                row.squeeze(); // kept at its size, as estimated
                sheet->rows.append(row);
                sheet->rowNumbers.append(rowNumber);
            }
        }
    }
    if (xml.hasError()) {
        *error =
            tr("The sheet of the workbook is damaged (row %1): %2").arg(rowNumber).arg(xml.errorString());
        return false;
    }
    return true;
}

// The first sheet's name and relationship id, from xl/workbook.xml.
void readFirstSheetEntry(QIODevice *workbookXml, XlsxSheet *sheet, QString *relId)
{
    QXmlStreamReader xml(workbookXml);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("sheet")) {
            sheet->name = xml.attributes().value(QLatin1String("name")).toString();
            for (const auto &a : xml.attributes()) {
                if (a.name() == QLatin1String("id"))
                    *relId = a.value().toString();
            }
            return;
        }
    }
}

// The part a relationship of xl/workbook.xml.rels points to, or fallback.
QString relationshipTarget(QIODevice *relsXml, const QString &relId, const QString &fallback)
{
    QXmlStreamReader xml(relsXml);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("Relationship") &&
            xml.attributes().value(QLatin1String("Id")) == relId) {
            const QString t = xml.attributes().value(QLatin1String("Target")).toString();
            if (t.startsWith(QLatin1Char('/')))
                return t.mid(1);
            return t.isEmpty() ? fallback : QStringLiteral("xl/") + t;
        }
    }
    return fallback;
}

// Parts are read one at a time (the ZIP reader has one current file), in
// the order the sheet needs them: its texts and styles before its rows.
bool readWorkbook(QIODevice *device, XlsxSheet *sheet, QString *error, const XlsxLimits &limits)
{
    QuaZip zip(device);
    if (!zip.open(QuaZip::mdUnzip)) {
        *error = tr("This is not an Excel workbook (.xlsx): it cannot be opened as a ZIP file.");
        return false;
    }
    if (zip.getEntriesCount() > limits.maxEntries) {
        *error = tr("The workbook holds %1 files; a workbook FLA Desk reads holds at most %2.")
                     .arg(zip.getEntriesCount())
                     .arg(limits.maxEntries);
        return false;
    }
    XlsxBudget budget(limits);
    const auto overBudget = [&] {
        if (budget.stopped == XlsxBudget::Stop::No)
            return false;
        *error = budget.message();
        return true;
    };
    QString relId;
    {
        XlsxPart part(zip, budget);
        if (!part.openPart(QStringLiteral("xl/workbook.xml"))) {
            *error = tr("This is not an Excel workbook (.xlsx): xl/workbook.xml is missing.");
            return false;
        }
        readFirstSheetEntry(&part, sheet, &relId);
    }
    QString target = QStringLiteral("xl/worksheets/sheet1.xml");
    if (!relId.isEmpty()) {
        XlsxPart part(zip, budget);
        if (part.openPart(QStringLiteral("xl/_rels/workbook.xml.rels")))
            target = relationshipTarget(&part, relId, target);
    }
    if (overBudget())
        return false;
    QSet<int> dates;
    {
        XlsxPart part(zip, budget);
        if (part.openPart(QStringLiteral("xl/styles.xml")) && !readDateStyles(&part, limits, &dates, error))
            return false;
    }
    if (overBudget())
        return false;
    QStringList strings;
    qint64 kept = 0; // estimated bytes of the texts and rows kept so far
    {
        XlsxPart part(zip, budget);
        const bool read = !part.openPart(QStringLiteral("xl/sharedStrings.xml")) ||
                          readSharedStrings(&part, limits, &strings, &kept, error);
        if (overBudget() || !read)
            return false;
    }
    XlsxPart part(zip, budget);
    if (!part.openPart(target)) {
        *error = tr("The workbook has no readable first sheet (%1).").arg(target);
        return false;
    }
    const bool read = readSheetXml(&part, strings, dates, limits, kept, sheet, error);
    return !overBudget() && read;
}

QByteArray escapeXml(const QString &s)
{
    return s.toHtmlEscaped().toUtf8();
}

QString cellRef(int col, int row)
{
    QString letters;
    int c = col + 1;
    while (c > 0) {
        const int rem = (c - 1) % 26;
        letters.prepend(QChar(u'A' + rem));
        c = (c - 1) / 26;
    }
    return letters + QString::number(row);
}

} // namespace

namespace Xlsx {

bool readFirstSheet(const QString &path, XlsxSheet *sheet, QString *error, const XlsxLimits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    return readWorkbook(&file, sheet, error, limits);
}

bool readFirstSheet(const QByteArray &bytes, XlsxSheet *sheet, QString *error, const XlsxLimits &limits)
{
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return false;
    return readWorkbook(&buffer, sheet, error, limits);
}

bool writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &parts, QString *error)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate)) {
        *error = tr("Cannot create %1.").arg(path);
        return false;
    }
    for (const auto &part : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(part.first)) ||
            file.write(part.second) != part.second.size()) {
            *error = tr("Cannot write %1.").arg(path);
            return false;
        }
        file.close();
    }
    zip.close();
    if (zip.getZipError() != 0) {
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

bool writeSheet(const QString &path, const QList<QStringList> &rows, QString *error)
{
    QByteArray sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                       "<sheetData>";
    for (int r = 0; r < rows.size(); ++r) {
        sheet += "<row r=\"" + QByteArray::number(r + 1) + "\">";
        for (int c = 0; c < rows.at(r).size(); ++c) {
            sheet += "<c r=\"" + cellRef(c, r + 1).toLatin1() +
                     "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escapeXml(rows.at(r).at(c)) +
                     "</t></is></c>";
        }
        sheet += "</row>";
    }
    sheet += "</sheetData></worksheet>";
    const QList<QPair<QString, QByteArray>> parts{
        {QStringLiteral("[Content_Types].xml"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"rels\" "
         "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
         "<Override PartName=\"/xl/workbook.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
         "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
         "</Types>"},
        {QStringLiteral("_rels/.rels"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" "
         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
         "Target=\"xl/workbook.xml\"/></Relationships>"},
        {QStringLiteral("xl/workbook.xml"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
         "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" "
         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
         "Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheet}};
    return writeZip(path, parts, error);
}

} // namespace Xlsx

} // namespace fla
