#include "core/io/CsvReader.h"
#include "core/io/TableExport.h"
#include "core/io/TableReader.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;

// Exporting a table as shown: what is written reads back as the same cells.
class TestTableExport : public QObject
{
    Q_OBJECT

private slots:
    void excelFriendlyCsv();
    void plainCsv();
    void readsBackThroughTheImporter();
    void xlsx();
    void unwritable();
};

static const QStringList kHeader{"Naam", "Opleiding", "Uren", "Opmerking"};
static const QList<QStringList> kRows{{"Dupré", "Heftruck; basis", "7,5", "zegt \"ok\""},
                                      {"Müller", "EHBO", "3", "twee\nregels"}};

void TestTableExport::excelFriendlyCsv()
{
    const QByteArray csv = TableExport::toCsv(kHeader, kRows);
    QVERIFY(csv.startsWith("\xEF\xBB\xBFNaam;Opleiding;Uren;Opmerking\n"));
    QVERIFY(csv.contains("\"Heftruck; basis\""));
    QVERIFY(csv.contains("7,5"));
    QVERIFY(csv.contains("\"zegt \"\"ok\"\"\""));
}

void TestTableExport::plainCsv()
{
    const QByteArray csv = TableExport::toCsv(kHeader, kRows, {',', false});
    QVERIFY(csv.startsWith("Naam,Opleiding"));
    QVERIFY(csv.contains("\"7,5\""));
    QBuffer b;
    b.setData(csv);
    b.open(QIODevice::ReadOnly);
    CsvReader r(&b, ',');
    QStringList row;
    QList<QStringList> back;
    while (r.readRow(row))
        back.append(row);
    QCOMPARE(back.first(), kHeader);
    QCOMPARE(back.mid(1), kRows);
}

void TestTableExport::readsBackThroughTheImporter()
{
    QString error;
    auto reader = TableReader::fromCsvBytes(TableExport::toCsv(kHeader, kRows), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->header(), kHeader);
    QStringList row;
    QVERIFY(reader->readRow(row));
    QCOMPARE(row, kRows.first());
    QVERIFY(reader->readRow(row));
    QCOMPARE(row, kRows.last());
}

void TestTableExport::xlsx()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("tabel.xlsx");
    QString error;
    QVERIFY2(TableExport::writeXlsx(path, kHeader, kRows, &error), qPrintable(error));
    auto reader = TableReader::open(path, &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->header(), kHeader);
    QStringList row;
    QVERIFY(reader->readRow(row));
    QCOMPARE(row, kRows.first());
}

void TestTableExport::unwritable()
{
    QString error;
    QVERIFY(!TableExport::writeCsv("/nonexistent-folder/x.csv", kHeader, kRows, &error));
    QVERIFY2(error.contains("x.csv"), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
