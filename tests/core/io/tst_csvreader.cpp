#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"

#include <QBuffer>
#include <QTest>
#include <cstring>

using fla::CsvReader;
using fla::CsvWriter;

namespace {

// A device that hands out at most step bytes per read: the reader's buffer
// then ends at every place of a row in turn, as a chunk of a large file does.
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(const QByteArray &data, qint64 step)
        : m_data(data)
        , m_step(step)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = qMin(qMin(max, m_step), qint64(m_data.size()) - m_pos);
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_pos = 0;
};

// A field as readRowUtf8 gives it: "N" for a null view, else the bytes quoted.
QByteArray show(QByteArrayView f)
{
    return f.isNull() ? QByteArray("N") : '<' + f.toByteArray() + '>';
}

struct ReadOut
{
    QList<QByteArrayList> rows; // each field through show()
    QList<qint64> lines;
    QString error;
};

ReadOut readUtf8(QIODevice *device, char delimiter = ',')
{
    ReadOut out;
    CsvReader reader(device, delimiter);
    QList<QByteArrayView> row;
    for (;;) {
        const bool ok = reader.readRowUtf8(row);
        if (!ok && row.isEmpty())
            break;
        QByteArrayList shown;
        for (const QByteArrayView f : std::as_const(row))
            shown.append(show(f));
        out.rows.append(shown);
        out.lines.append(reader.rowLine());
        if (!ok)
            break;
    }
    out.error = reader.errorString();
    return out;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void rows_data();
    void rows();
    void unclosedQuote();
    void roundTrip();
    void lineNumbers();
    void utf8Rows_data();
    void utf8Rows();
    void utf8RowsAcrossChunks_data();
    void utf8RowsAcrossChunks();
    void bothFormsAgree_data();
    void bothFormsAgree();
    void utf8UnclosedQuote();
    void offsetCountsConsumedBytes();
    void misquotedFields_data();
    void misquotedFields();
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

// The byte-level rows: quotes removed, doubled quotes undone, the CR of a
// CRLF dropped; an empty quoted field and the empty last field of the input
// are null ("N"), other empty fields empty ("<>"), as readRow's QStrings are.
void TestCsvReader::utf8Rows_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QByteArrayList>>("expected");
    QTest::addColumn<QList<qint64>>("lines");
    using R = QList<QByteArrayList>;
    using L = QList<qint64>;

    QTest::newRow("unquoted") << QByteArray("a,b\n1,2\n") << R{{"<a>", "<b>"}, {"<1>", "<2>"}} << L{1, 2};
    QTest::newRow("no final newline")
        << QByteArray("a,b\n1,2") << R{{"<a>", "<b>"}, {"<1>", "<2>"}} << L{1, 2};
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << R{{"<a>", "<b>"}, {"<1>", "<2>"}} << L{1, 2};
    QTest::newRow("CR inside a field kept") << QByteArray("a\rb,c\r\r\n") << R{{"<a\rb>", "<c\r>"}} << L{1};
    QTest::newRow("quoted") << QByteArray("\"a\",\"b c\"\n") << R{{"<a>", "<b c>"}} << L{1};
    QTest::newRow("quoted delimiter") << QByteArray("\"a,b\",c\n") << R{{"<a,b>", "<c>"}} << L{1};
    QTest::newRow("doubled quote") << QByteArray("\"say \"\"hi\"\"\",x\n") << R{{"<say \"hi\">", "<x>"}}
                                   << L{1};
    QTest::newRow("line break inside quotes")
        << QByteArray("\"two\nlines\",x\ny\n") << R{{"<two\nlines>", "<x>"}, {"<y>"}} << L{1, 3};
    QTest::newRow("CRLF inside quotes")
        << QByteArray("\"two\r\nlines\"\r\n") << R{{"<two\r\nlines>"}} << L{1};
    QTest::newRow("quoted then CRLF") << QByteArray("\"a\"\r\nb\r\n") << R{{"<a>"}, {"<b>"}} << L{1, 2};
    QTest::newRow("quote inside an unquoted field") << QByteArray("a\"b,c\n") << R{{"<a\"b>", "<c>"}} << L{1};
    QTest::newRow("text after the closing quote")
        << QByteArray("\"ab\"cd,e\n") << R{{"<abcd>", "<e>"}} << L{1};
    QTest::newRow("empty fields") << QByteArray(",,\n") << R{{"<>", "<>", "<>"}} << L{1};
    QTest::newRow("empty quoted field is null") << QByteArray("\"\",a\n") << R{{"N", "<a>"}} << L{1};
    QTest::newRow("trailing delimiter at the end") << QByteArray("a,") << R{{"<a>", "N"}} << L{1};
    QTest::newRow("blank lines") << QByteArray("a\n\n\r\nb\n") << R{{"<a>"}, {"<>"}, {"<>"}, {"<b>"}}
                                 << L{1, 2, 3, 4};
    QTest::newRow("spaces kept") << QByteArray(" a , b \n") << R{{"< a >", "< b >"}} << L{1};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                       "a,b\n")
                         << R{{"<a>", "<b>"}} << L{1};
    QTest::newRow("UTF-8 bytes as they are")
        << QByteArray("Fran\xC3\xA7oise,\"M\xC3\xBCller, \xC3\x89lodie\"\n")
        << R{{"<Fran\xC3\xA7oise>", "<M\xC3\xBCller, \xC3\x89lodie>"}} << L{1};
    QTest::newRow("long fields") << QByteArray(QByteArray(100, 'x') + ",\"" + QByteArray(100, 'y') + "\"\n")
                                 << R{{'<' + QByteArray(100, 'x') + '>', '<' + QByteArray(100, 'y') + '>'}}
                                 << L{1};
}

void TestCsvReader::utf8Rows()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QByteArrayList>, expected);
    QFETCH(QList<qint64>, lines);
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    const ReadOut out = readUtf8(&buffer);
    QVERIFY(out.error.isEmpty());
    QCOMPARE(out.rows, expected);
    QCOMPARE(out.lines, lines);
}

void TestCsvReader::utf8RowsAcrossChunks_data()
{
    utf8Rows_data();
}

// The same rows when the input arrives a few bytes at a time: every field
// kind is cut at every place by the end of the buffer.
void TestCsvReader::utf8RowsAcrossChunks()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QByteArrayList>, expected);
    QFETCH(QList<qint64>, lines);
    // The byte order mark is only recognised in a first read of 3 bytes or more.
    const qint64 first = input.startsWith("\xEF\xBB\xBF") ? 3 : 1;
    for (qint64 step = first; step <= 9; ++step) {
        TrickleDevice device(input, step);
        const ReadOut out = readUtf8(&device);
        QVERIFY2(out.error.isEmpty(), qPrintable(QString::number(step)));
        QCOMPARE(out.rows, expected);
        QCOMPARE(out.lines, lines);
    }
}

void TestCsvReader::bothFormsAgree_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("mixed") << QByteArray(
                                  "h1,h2,h3\r\n\"\",,x\n\"a\"\"b\",\"c\nd\",e\r\n\n a ,\"\",\n\"q\"r,s\"t,")
                           << ',';
    QTest::newRow("semicolons") << QByteArray("a;b,c;\"d;e\"\r\n;;\n") << ';';
    QTest::newRow("accents") << QByteArray("\xEF\xBB\xBFnom;pr\xC3\xA9nom\n\"\xC3\x89lodie\";Ana\xC3\xAFs")
                             << ';';
    QTest::newRow("invalid UTF-8") << QByteArray("\xFF\xFE,\xC3\n\"\xE2\x82\",x") << ',';
}

// readRow(QStringList &) is QString::fromUtf8 of readRowUtf8, null fields included.
void TestCsvReader::bothFormsAgree()
{
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);
    for (qint64 step : {qint64(3), qint64(5), qint64(1) << 20}) {
        TrickleDevice a(input, step);
        TrickleDevice b(input, step);
        CsvReader strings(&a, delimiter);
        CsvReader bytes(&b, delimiter);
        QStringList row;
        QList<QByteArrayView> raw;
        for (;;) {
            const bool ok = strings.readRow(row);
            QCOMPARE(bytes.readRowUtf8(raw), ok);
            QCOMPARE(bytes.rowLine(), strings.rowLine());
            QCOMPARE(raw.size(), row.size());
            for (qsizetype i = 0; i < row.size(); ++i) {
                QCOMPARE(QString::fromUtf8(raw.at(i)), row.at(i));
                QCOMPARE(raw.at(i).isNull(), row.at(i).isNull());
            }
            if (!ok)
                break;
        }
        QCOMPARE(bytes.errorString(), strings.errorString());
    }
}

void TestCsvReader::utf8UnclosedQuote()
{
    QByteArray input("a,b\n\nx,\"open,y\nz\n");
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    const ReadOut out = readUtf8(&buffer);
    QVERIFY(out.error.contains(QStringLiteral("Line 3")));
    // The fields read before the open quote are still given, as readRow gives them.
    QCOMPARE(out.rows.last(), QByteArrayList{"<x>"});
}

void TestCsvReader::offsetCountsConsumedBytes()
{
    QByteArray input("\xEF\xBB\xBFh\n\"a\nb\",c\r\nd");
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QByteArrayView> row;
    QCOMPARE(reader.offset(), 0);
    QVERIFY(reader.readRowUtf8(row));
    QCOMPARE(reader.offset(), 5); // BOM, "h\n"
    QVERIFY(reader.readRowUtf8(row));
    QCOMPARE(reader.offset(), 14);
    QVERIFY(reader.readRowUtf8(row));
    QCOMPARE(reader.offset(), input.size());
    QVERIFY(!reader.readRowUtf8(row));
}

// Where a quote stands that RFC 4180 does not allow, the row is read as
// before (the tolerant import keeps it) and says which field: the CSV set
// refuses such a row. Its last line tells how far it ran. Every chunk size.
void TestCsvReader::misquotedFields_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<qsizetype>>("misquoted"); // per row
    QTest::addColumn<QList<qint64>>("lastLines");
    QTest::newRow("well formed") << QByteArray("a,\"b,\"\"c\"\"\",\"\"\n\"x\ny\",z\r\nlast")
                                 << QList<qsizetype>{-1, -1, -1} << QList<qint64>{1, 3, 4};
    QTest::newRow("quote inside a field")
        << QByteArray("a,b\"c,d\nok\n") << QList<qsizetype>{1, -1} << QList<qint64>{1, 2};
    QTest::newRow("text after the closing quote")
        << QByteArray("\"a\" b,c\n\"a\"\r\n") << QList<qsizetype>{0, -1} << QList<qint64>{1, 2};
    QTest::newRow("quote closes on a later line")
        << QByteArray("x,\"a,b\nc,\"d\",e\nf\n") << QList<qsizetype>{1, -1} << QList<qint64>{2, 3};
}

void TestCsvReader::misquotedFields()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<qsizetype>, misquoted);
    QFETCH(QList<qint64>, lastLines);
    for (const qint64 step : {qint64(1), qint64(2), qint64(3), qint64(1 << 20)}) {
        TrickleDevice device(input, step);
        CsvReader reader(&device);
        QList<QByteArrayView> row;
        QList<qsizetype> found;
        QList<qint64> last;
        while (reader.readRowUtf8(row)) {
            found.append(reader.misquotedField());
            last.append(reader.rowLastLine());
        }
        QVERIFY(reader.errorString().isEmpty());
        QCOMPARE(found, misquoted);
        QCOMPARE(last, lastLines);
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
