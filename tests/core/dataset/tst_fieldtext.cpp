#include "core/dataset/FieldText.h"

#include <QRandomGenerator>
#include <QTest>
#include <cmath>
#include <cstring>

using namespace fla;
using namespace fla::fieldtext;

// The byte-level forms that read a CSV set (Utf8Field, trimmedText,
// toUuid(QByteArrayView)) against the QString forms they replace: the same
// text, value and nullness for every input.
class TestFieldText : public QObject
{
    Q_OBJECT

private slots:
    void bytesReadAsTheirQString_data();
    void bytesReadAsTheirQString();
    void asciiWhiteSpaceAsQStringTrims();
    void uuidFromBytes_data();
    void uuidFromBytes();
    void randomUuids();
    void numbersAsQtReadsThem_data();
    void numbersAsQtReadsThem();
    void randomNumbersAsQtReadsThem();
};

namespace {

// What toDouble read before it had a fast path for plain decimals.
std::optional<double> qtDouble(QStringView s)
{
    bool ok = false;
    const double v = s.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

// The same value to the bit (the sign of a zero included), or both absent.
bool sameDouble(const std::optional<double> &a, const std::optional<double> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || std::memcmp(&*a, &*b, sizeof(double)) == 0;
}

} // namespace

void TestFieldText::bytesReadAsTheirQString_data()
{
    QTest::addColumn<QByteArray>("utf8");
    QTest::addColumn<bool>("null");
    QTest::newRow("null") << QByteArray() << true;
    QTest::newRow("empty") << QByteArray("") << false;
    QTest::newRow("spaces only") << QByteArray(" \t ") << false;
    QTest::newRow("plain") << QByteArray("abc") << false;
    QTest::newRow("padded") << QByteArray("  a b \r") << false;
    QTest::newRow("accents") << QByteArray(" Fran\xC3\xA7oise M\xC3\xBCller ") << false;
    QTest::newRow("no-break spaces trimmed") << QByteArray("\xC2\xA0"
                                                           "2024-01-02\xC2\xA0")
                                             << false;
    QTest::newRow("ideographic space") << QByteArray("\xE3\x80\x80true") << false;
    QTest::newRow("em space only") << QByteArray("\xE2\x80\x83") << false;
    QTest::newRow("invalid UTF-8") << QByteArray("\xFF\xFE x") << false;
    QTest::newRow("truncated sequence") << QByteArray("ab\xC3") << false;
    QTest::newRow("long ASCII") << QByteArray(" " + QByteArray(200, 'x') + " ") << false;
    QTest::newRow("64 ASCII") << QByteArray(64, 'y') << false;
    QTest::newRow("65 ASCII") << QByteArray(65, 'y') << false;
    QTest::newRow("long accents") << QByteArray(QByteArray("\xC3\xA9").repeated(80)) << false;
    QTest::newRow("date") << QByteArray("2024-02-29") << false;
    QTest::newRow("bad date") << QByteArray("2024-02-30") << false;
    QTest::newRow("slashes") << QByteArray("2024/01/02") << false;
    QTest::newRow("fullwidth digit") << QByteArray("2024-01-0\xEF\xBC\x92") << false;
    QTest::newRow("number") << QByteArray(" 1.5 ") << false;
    QTest::newRow("comma") << QByteArray("1,5") << false;
    QTest::newRow("exponent") << QByteArray("1e3") << false;
    QTest::newRow("infinite") << QByteArray("1e400") << false;
    QTest::newRow("TRUE") << QByteArray("TRUE") << false;
    QTest::newRow("long s") << QByteArray("fal\xC5\xBF"
                                          "e")
                            << false;
    QTest::newRow("uuid") << QByteArray(" 5c3f9a1e-0d2b-4c4e-9a57-1f2e3d4c5b6a ") << false;
    QTest::newRow("uuid braces") << QByteArray("{5C3F9A1E-0D2B-4C4E-9A57-1F2E3D4C5B6A}") << false;
}

void TestFieldText::bytesReadAsTheirQString()
{
    QFETCH(QByteArray, utf8);
    QFETCH(bool, null);
    const QByteArrayView bytes =
        utf8.isNull() ? QByteArrayView() : QByteArrayView(utf8.constData(), utf8.size());
    const QString expected = QString::fromUtf8(bytes).trimmed();
    const Utf8Field field(bytes);
    QCOMPARE(field.view(), QStringView(expected));
    QCOMPARE(field.toString(), expected);
    QCOMPARE(field.toString().isNull(), null);
    QCOMPARE(trimmedText(bytes), expected);
    QCOMPARE(trimmedText(bytes).isNull(), null);
    // Every reading of the bytes is the reading of their QString.
    QCOMPARE(toDate(field.view()), toDate(expected));
    QCOMPARE(toBool(field.view()), toBool(expected));
    QCOMPARE(toDouble(field.view()), toDouble(expected));
    QCOMPARE(toCents(field.view()), toCents(expected));
    QCOMPARE(toUuid(bytes), toUuid(expected));
}

// trimmedText and Utf8Field trim exactly the ASCII characters QString::trimmed does.
void TestFieldText::asciiWhiteSpaceAsQStringTrims()
{
    for (int c = 0; c < 0x80; ++c) {
        QByteArray utf8("x");
        utf8.prepend(char(c)).append(char(c));
        const QString expected = QString::fromUtf8(utf8).trimmed();
        QCOMPARE(trimmedText(utf8), expected);
        QCOMPARE(Utf8Field(utf8).view(), QStringView(expected));
        const QByteArray only(3, char(c));
        QCOMPARE(trimmedText(only), QString::fromUtf8(only).trimmed());
    }
}

void TestFieldText::uuidFromBytes_data()
{
    QTest::addColumn<QByteArray>("utf8");
    QTest::addColumn<bool>("valid");
    const QByteArray u("5c3f9a1e-0d2b-4c4e-9a57-1f2e3d4c5b6a");
    QTest::newRow("canonical") << u << true;
    QTest::newRow("upper case") << u.toUpper() << true;
    QTest::newRow("mixed case") << QByteArray("5C3f9A1e-0d2B-4c4E-9a57-1F2e3D4c5B6a") << true;
    QTest::newRow("padded") << QByteArray("\t" + u + " ") << true;
    QTest::newRow("no-break space") << QByteArray("\xC2\xA0" + u) << true;
    QTest::newRow("braces") << QByteArray("{" + u + "}") << true;
    QTest::newRow("nil") << QByteArray("00000000-0000-0000-0000-000000000000") << false;
    QTest::newRow("last bit") << QByteArray("00000000-0000-0000-0000-000000000001") << true;
    QTest::newRow("all f") << QByteArray("ffffffff-ffff-ffff-ffff-ffffffffffff") << true;
    QTest::newRow("empty") << QByteArray("") << false;
    QTest::newRow("not hex") << QByteArray(u).replace(0, 1, "g") << false;
    QTest::newRow("not hex at the end") << QByteArray(u).replace(35, 1, "z") << false;
    QTest::newRow("hyphen moved") << QByteArray("5c3f9a1e0-d2b-4c4e-9a57-1f2e3d4c5b6a") << false;
    QTest::newRow("underscore") << QByteArray(u).replace(8, 1, "_") << false;
    QTest::newRow("too short") << u.left(35) << false;
    QTest::newRow("without hyphens") << QByteArray(u).replace("-", "") << false;
    QTest::newRow("accent inside") << QByteArray(u).replace(10, 1, "\xC3\xA9") << false;
    QTest::newRow("fullwidth digit") << QByteArray(u.left(35) + "\xEF\xBC\x90") << false;
    QTest::newRow("trailing text") << QByteArray(u + "x") << true; // as QUuid::fromString reads it
    QTest::newRow("not a uuid") << QByteArray("not-a-uuid") << false;
}

void TestFieldText::uuidFromBytes()
{
    QFETCH(QByteArray, utf8);
    QFETCH(bool, valid);
    const auto fromBytes = toUuid(QByteArrayView(utf8));
    QCOMPARE(fromBytes, toUuid(QString::fromUtf8(utf8)));
    QCOMPARE(fromBytes.has_value(), valid);
}

void TestFieldText::randomUuids()
{
    QRandomGenerator rng(20261128);
    for (int i = 0; i < 2000; ++i) {
        quint32 w[4];
        rng.fillRange(w, 4);
        const QUuid u(w[0], quint16(w[1]), quint16(w[1] >> 16), uchar(w[2]), uchar(w[2] >> 8),
                      uchar(w[2] >> 16), uchar(w[2] >> 24), uchar(w[3]), uchar(w[3] >> 8), uchar(w[3] >> 16),
                      uchar(w[3] >> 24));
        QByteArray text = u.toByteArray(QUuid::WithoutBraces);
        if (i % 2)
            text = text.toUpper();
        QCOMPARE(toUuid(QByteArrayView(text)), std::optional<QUuid>(u));
        // One byte changed anywhere reads as its QString reads.
        text[int(rng.bounded(36))] = char(rng.bounded(32, 127));
        QCOMPARE(toUuid(QByteArrayView(text)), toUuid(QString::fromLatin1(text)));
    }
}

void TestFieldText::numbersAsQtReadsThem_data()
{
    QTest::addColumn<QString>("text");
    for (const char *t : {"0",
                          "-0",
                          "0.0",
                          "-0.0",
                          "1",
                          "7.6",
                          "0.8",
                          "100.00",
                          "123.45",
                          "-12.3",
                          "1.005",
                          "0.1",
                          "0.3",
                          "2.675",
                          "999999999999999",
                          "9999999999999999",
                          "99999999.9999999",
                          "0.000000000000001",
                          "00",
                          "007",
                          "0.",
                          ".5",
                          "5.",
                          "+3",
                          "1e3",
                          "1E-2",
                          "1,5",
                          "1 000",
                          " 2.5 ",
                          "\t-1\n",
                          "-",
                          "--1",
                          "1.2.3",
                          "inf",
                          "nan",
                          "0x10",
                          "",
                          " ",
                          "1e400",
                          "4503599627370497",
                          "12345678901234.5"})
        QTest::newRow(t) << QString::fromLatin1(t);
}

void TestFieldText::numbersAsQtReadsThem()
{
    QFETCH(QString, text);
    QVERIFY(sameDouble(toDouble(text), qtDouble(text)));
    QCOMPARE(toCents(text), qtDouble(text) ? std::optional<qint64>(std::llround(*qtDouble(text) * 100.0))
                                           : std::optional<qint64>());
}

void TestFieldText::randomNumbersAsQtReadsThem()
{
    QRandomGenerator rng(7);
    const char alphabet[] = "0123456789012345678901234567890123456789.-";
    for (int i = 0; i < 20000; ++i) {
        QString text;
        const int n = 1 + int(rng.bounded(18));
        for (int k = 0; k < n; ++k)
            text.append(QLatin1Char(alphabet[rng.bounded(int(sizeof(alphabet) - 1))]));
        QVERIFY2(sameDouble(toDouble(text), qtDouble(text)), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestFieldText)
#include "tst_fieldtext.moc"
