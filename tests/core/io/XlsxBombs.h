#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <quazip.h>
#include <quazipfile.h>

// Hostile XLSX workbooks, written in the test: a few MB of ZIP that unpack
// to hundreds of MB of XML (issue 20.6). Parts are deflated as they are made,
// so the test never holds a bomb's content.
namespace fla::test {

// A part: head, then unit repeated, then tail.
struct BombPart
{
    QString name;
    QByteArray head;
    QByteArray unit;
    qint64 repeat = 0;
    QByteArray tail;
};

inline bool writeBombPart(QuaZip &zip, const BombPart &part)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(part.name)))
        return false;
    file.write(part.head);
    // Whole units per write: 64 KiB or more at a time.
    const qint64 perChunk = qMax<qint64>(1, (qint64(1) << 16) / qMax<qint64>(1, part.unit.size()));
    const QByteArray chunk = part.unit.repeated(perChunk);
    qint64 left = part.repeat;
    for (; left >= perChunk; left -= perChunk)
        file.write(chunk);
    file.write(part.unit.repeated(left));
    file.write(part.tail);
    file.close();
    return file.getZipError() == 0;
}

inline QByteArray sheetHead()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
           "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Naam</t></is></c></row>";
}

inline QByteArray sheetTail()
{
    return "</sheetData></worksheet>";
}

// A workbook of one sheet with the given parts added (or replacing the
// sheet, when one is named xl/worksheets/sheet1.xml), plus extra empty files.
inline bool writeBomb(const QString &path, const QList<BombPart> &parts, int extraFiles = 0)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    QList<BombPart> all{
        {"[Content_Types].xml",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>",
         {},
         0,
         {}},
        {"xl/workbook.xml",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
         "<sheets><sheet name=\"Blad1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
         {},
         0,
         {}},
        {"xl/_rels/workbook.xml.rels",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
         "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>",
         {},
         0,
         {}}};
    bool hasSheet = false;
    for (const BombPart &p : parts)
        hasSheet = hasSheet || p.name == QLatin1String("xl/worksheets/sheet1.xml");
    if (!hasSheet)
        all.append({"xl/worksheets/sheet1.xml", sheetHead(), {}, 0, sheetTail()});
    all.append(parts);
    for (const BombPart &p : all) {
        if (!writeBombPart(zip, p))
            return false;
    }
    for (int i = 0; i < extraFiles; ++i) {
        if (!writeBombPart(zip, {QStringLiteral("xl/media/extra%1.xml").arg(i), "<x/>", {}, 0, {}}))
            return false;
    }
    zip.close();
    return zip.getZipError() == 0;
}

// A workbook whose sheet is stored as a deflate stream that cannot be
// unpacked (a block of the reserved type): what the fuzzer found the reader
// waiting on forever.
inline bool writeWorkbookWithBrokenSheet(const QString &path)
{
    if (!writeBomb(path + ".tmp", {{"xl/worksheets/sheet1.xml", {}, {}, 0, {}}}))
        return false;
    QuaZip in(path + ".tmp");
    QuaZip out(path);
    if (!in.open(QuaZip::mdUnzip) || !out.open(QuaZip::mdCreate))
        return false;
    for (bool more = in.goToFirstFile(); more; more = in.goToNextFile()) {
        const QString name = in.getCurrentFileName();
        if (name == QLatin1String("xl/worksheets/sheet1.xml"))
            continue;
        QuaZipFile from(&in);
        QuaZipFile to(&out);
        if (!from.open(QIODevice::ReadOnly) || !to.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        to.write(from.readAll());
    }
    QuaZipNewInfo info(QStringLiteral("xl/worksheets/sheet1.xml"));
    info.uncompressedSize = 100000;
    QuaZipFile broken(&out);
    if (!broken.open(QIODevice::WriteOnly, info, nullptr, 0x12345678, Z_DEFLATED, Z_DEFAULT_COMPRESSION,
                     true))
        return false;
    broken.write(QByteArray("\x07\xff\xff\xff\xff\xff\xff\xff", 8)); // BTYPE 11: reserved
    broken.close();
    out.close();
    QFile::remove(path + ".tmp");
    return out.getZipError() == 0;
}

// Not a bomb for the reader: 550,000 rows of one cell each, just inside
// its limits (the fewer cells a row has, the more rows fit), and every row
// rejected by the importer with four problems (three required fields empty,
// no duration). The worst the limits let through.
inline QList<BombPart> hostileRowsWithinLimits()
{
    QByteArray header;
    for (int c = 0; c < 5; ++c)
        header += "<c t=\"s\"><v>" + QByteArray::number(c) + "</v></c>";
    return {
        {"xl/sharedStrings.xml",
         "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
         "<si><t>INSZ</t></si><si><t>Naam</t></si><si><t>Opleiding</t></si><si><t>Van</t></si>"
         "<si><t>Uren</t></si><si><t>85073003328</t></si>",
         {},
         0,
         "</sst>"},
        {"xl/worksheets/sheet1.xml",
         "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row>" +
             header + "</row>",
         "<row><c t=\"s\"><v>5</v></c></row>", 550000, sheetTail()}};
}

// The bombs of issue 20.6, each just past one limit of the reader.
struct Bomb
{
    const char *name;
    QList<BombPart> parts;
    int extraFiles = 0;
    const char *expected; // part of the refusal
};

inline QList<Bomb> xlsxBombs()
{
    const QString sheet = QStringLiteral("xl/worksheets/sheet1.xml");
    const QString strings = QStringLiteral("xl/sharedStrings.xml");
    const QByteArray stringsHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                   "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                   "<si><t>Peeters</t></si><si><t>Heftruck</t></si>";
    return {
        // Four million rows of two cells sharing two texts (the 3.7 GB file's kind).
        {"rows of shared texts",
         {{strings, stringsHead, {}, 0, "</sst>"},
          {sheet, sheetHead(), "<row><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c></row>", 4000000,
           sheetTail()}},
         0,
         "more cells than FLA Desk reads"},
        // Rows of numbers of their own.
        {"rows of numbers",
         {{sheet, sheetHead(), "<row><c><v>12345</v></c></row>", 4000000, sheetTail()}},
         0,
         "more cells than FLA Desk reads"},
        // One cell in the last column of each row: 16,384 slots a row.
        {"wide rows",
         {{sheet, sheetHead(), "<row><c r=\"XFD2\"><v>1</v></c></row>", 2000, sheetTail()}},
         0,
         "more cells than FLA Desk reads"},
        // One row as wide as a sheet goes, then narrow rows: each must cost
        // its own width, not the widest row's.
        {"a wide row, then narrow ones",
         {{sheet, sheetHead() + "<row><c r=\"XFD2\"><v>1</v></c></row>", "<row><c><v>1</v></c></row>",
           2000000, sheetTail()}},
         0,
         "more cells than FLA Desk reads"},
        // 300 MB of rows that hold nothing: only the unpacked size stops it.
        {"empty rows", {{sheet, sheetHead(), "<row/>", 50000000, sheetTail()}}, 0, "unpacks to more than"},
        // Two million different-looking texts (the 6 GB file's sharedStrings).
        {"huge shared strings",
         {{strings, stringsHead, "<si><t>abcdefghijklmnop</t></si>", 2000000, "</sst>"}},
         0,
         "different texts"},
        // One text of 8 MiB: the XML reader would hold it whole.
        {"one long text", {{strings, stringsHead + "<si><t>", "A", 8 << 20, "</t></si></sst>"}}, 0, "KiB"},
        // Twenty thousand parts.
        {"many parts", {}, 20000, "files"},
        // Styles enough for a set of 2^31 ints.
        {"many styles",
         {{"xl/styles.xml", "<styleSheet><cellXfs>", "<xf numFmtId=\"14\"/>", 200000,
           "</cellXfs></styleSheet>"}},
         0,
         "cell styles"},
    };
}

} // namespace fla::test
