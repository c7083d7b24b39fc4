#include "TestSupport.h"
#include "XlsxBombs.h"
#include "core/io/XlsxReader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fla;

// The XLSX reader against hostile workbooks (issue 20.6): each bomb is
// refused with a message naming the limit, in bounded time and memory.
class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void bombRefused_data();
    void bombRefused();
    void realSheetWithinLimitsRead();
    void brokenPartRefusedAtOnce();

private:
    QTemporaryDir m_dir;
};

void TestXlsxReader::bombRefused_data()
{
    QTest::addColumn<int>("index");
    const QList<test::Bomb> bombs = test::xlsxBombs();
    for (int i = 0; i < bombs.size(); ++i)
        QTest::newRow(bombs.at(i).name) << i;
}

void TestXlsxReader::bombRefused()
{
    QFETCH(int, index);
    const test::Bomb bomb = test::xlsxBombs().at(index);
    const QString path = m_dir.filePath(QStringLiteral("bomb%1.xlsx").arg(index));
    QVERIFY(test::writeBomb(path, bomb.parts, bomb.extraFiles));
    QVERIFY2(QFileInfo(path).size() < (qint64(4) << 20), qPrintable(QString::number(QFileInfo(path).size())));

    XlsxSheet sheet;
    QString error;
    // A hang is caught by the test's ctest TIMEOUT, not by a wall clock here:
    // speed belongs to benchmarks, and a loaded machine is not a failure.
    QVERIFY(!Xlsx::readFirstSheet(path, &sheet, &error));
    QVERIFY2(error.contains(QLatin1String(bomb.expected)), qPrintable(error));
    // The whole test process, bombs written and read so far included.
    const qint64 peakMiB = test::peakRssMiB(test::MemoryOf::ThisProcess);
    QVERIFY2(test::withinMemoryBudget(peakMiB, 300), qPrintable(QString::number(peakMiB)));
    qInfo("%s: refused, peak RSS %lld MiB so far: %s", bomb.name, peakMiB, qPrintable(error));
}

void TestXlsxReader::realSheetWithinLimitsRead()
{
    // 20,000 rows of eight columns of text of their own: well inside the limits.
    QList<QStringList> rows{{"INSZ", "Naam", "Voornaam", "Opleiding", "Van", "Tot", "Uren", "Kost"}};
    for (int r = 0; r < 20000; ++r)
        rows.append({QString::number(85073000000 + r), QStringLiteral("Peeters%1").arg(r), "Jan",
                     QStringLiteral("Heftruck %1").arg(r % 50), "03/02/2025", "04/02/2025", "7,5", "120,00"});
    const QString path = m_dir.filePath("real.xlsx");
    QString error;
    QVERIFY2(Xlsx::writeSheet(path, rows, &error), qPrintable(error));
    XlsxSheet sheet;
    QVERIFY2(Xlsx::readFirstSheet(path, &sheet, &error), qPrintable(error));
    QCOMPARE(sheet.rows.size(), rows.size());
    QCOMPARE(sheet.rows.last(), rows.last());
    QCOMPARE(sheet.rowNumbers.last(), qint64(rows.size()));
}

void TestXlsxReader::brokenPartRefusedAtOnce()
{
    // The fuzzer's find: a part that cannot be unpacked kept the XML reader
    // waiting for data that never came.
    const QString path = m_dir.filePath("broken.xlsx");
    QVERIFY(test::writeWorkbookWithBrokenSheet(path));
    XlsxSheet sheet;
    QString error;
    QVERIFY(!Xlsx::readFirstSheet(path, &sheet, &error));
    QVERIFY2(error.contains("xl/worksheets/sheet1.xml") && error.contains("damaged"), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
