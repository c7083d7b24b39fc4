#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QBuffer>
#include <QTest>

using fla::CsvReader;
using fla::CsvWriter;

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void rows_data();
    void rows();
    void unclosedQuote();
    void roundTrip();
    void lineNumbers();
};

using Rows = QList<QStringList>;

void TestCsvReader::rows_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Rows>("expected");

    QTest::newRow("simple") << QByteArray("a,b\n1,2\n") << Rows{{"a", "b"}, {"1", "2"}};
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << Rows{{"a", "b"}, {"1", "2"}};
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << Rows{{"a", "b"}, {"1", "2"}};
    QTest::newRow("quoted delimiter") << QByteArray("\"a,b\",c\n") << Rows{{"a,b", "c"}};
    QTest::newRow("doubled quote") << QByteArray("\"say \"\"hi\"\"\",x\n") << Rows{{"say \"hi\"", "x"}};
    QTest::newRow("line break inside quotes")
        << QByteArray("\"two\nlines\",x\n") << Rows{{"two\nlines", "x"}};
    QTest::newRow("empty fields") << QByteArray(",,\n") << Rows{{"", "", ""}};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                       "a,b\n")
                         << Rows{{"a", "b"}};
    QTest::newRow("UTF-8") << QByteArray("Fran\xC3\xA7oise,M\xC3\xBCller\n")
                           << Rows{{QString::fromUtf8("Françoise"), QString::fromUtf8("Müller")}};
}

void TestCsvReader::rows()
{
    QFETCH(QByteArray, input);
    QFETCH(Rows, expected);
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    Rows got;
    QStringList row;
    while (reader.readRow(row))
        got.append(row);
    QVERIFY(reader.errorString().isEmpty());
    QCOMPARE(got, expected);
}

void TestCsvReader::unclosedQuote()
{
    QByteArray input("a,b\n\"open,x\n");
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QStringList row;
    QVERIFY(reader.readRow(row));
    QVERIFY(!reader.readRow(row));
    QVERIFY(reader.errorString().contains(QStringLiteral("Line 2")));
}

void TestCsvReader::roundTrip()
{
    const Rows rows{{"plain", "with,comma", "with \"quote\""},
                    {"multi\nline", "", QString::fromUtf8("élève")}};
    QByteArray data;
    {
        QBuffer out(&data);
        out.open(QIODevice::WriteOnly);
        CsvWriter writer(&out);
        for (const auto &r : rows)
            writer.writeRow(r);
    }
    QBuffer in(&data);
    in.open(QIODevice::ReadOnly);
    CsvReader reader(&in);
    Rows got;
    QStringList row;
    while (reader.readRow(row))
        got.append(row);
    QCOMPARE(got, rows);
}

void TestCsvReader::lineNumbers()
{
    QByteArray input("h\n\"a\nb\"\nc\n");
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QStringList row;
    QVERIFY(reader.readRow(row));
    QCOMPARE(reader.rowLine(), 1);
    QVERIFY(reader.readRow(row));
    QCOMPARE(reader.rowLine(), 2);
    QVERIFY(reader.readRow(row));
    QCOMPARE(reader.rowLine(), 4);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
