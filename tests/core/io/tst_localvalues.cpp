#include "core/io/LocalValues.h"
#include "core/io/TextDecoding.h"

#include <QTest>

using namespace fla;

// Belgian dates, decimal commas, yes/no in four languages, and the detection
// of encodings and delimiters.
class TestLocalValues : public QObject
{
    Q_OBJECT

private slots:
    void dates_data();
    void dates();
    void numbers_data();
    void numbers();
    void durations_data();
    void durations();
    void booleans_data();
    void booleans();
    void obligationCodes_data();
    void obligationCodes();
    void encodings_data();
    void encodings();
    void windows1252();
    void delimiters_data();
    void delimiters();
};

void TestLocalValues::dates_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("expected"); // invalid = rejected
    QTest::newRow("dd/mm/yyyy") << "31/12/2025" << QDate(2025, 12, 31);
    QTest::newRow("d-m-yyyy") << "3-2-2025" << QDate(2025, 2, 3);
    QTest::newRow("dd.mm.yyyy") << "03.02.2025" << QDate(2025, 2, 3);
    QTest::newRow("dd/mm/yy") << "03/02/25" << QDate(2025, 2, 3);
    // Two-digit years as POSIX %y: a birth date in the eighties, not in 2085.
    QTest::newRow("dd/mm/yy birth date") << "01/02/85" << QDate(1985, 2, 1);
    QTest::newRow("yy 68") << "01.02.68" << QDate(2068, 2, 1);
    QTest::newRow("yy 69") << "01-02-69" << QDate(1969, 2, 1);
    QTest::newRow("ISO") << "2025-02-03" << QDate(2025, 2, 3);
    QTest::newRow("ISO date-time") << "2025-02-03T00:00:00" << QDate(2025, 2, 3);
    QTest::newRow("spaces") << "  3/2/2025 " << QDate(2025, 2, 3);
    QTest::newRow("Excel serial") << "45658" << QDate(2025, 1, 1);
    QTest::newRow("day first, never month first") << "13/01/2025" << QDate(2025, 1, 13);
    QTest::newRow("month 13") << "01/13/2025" << QDate();
    QTest::newRow("30 February") << "30/02/2025" << QDate();
    QTest::newRow("text") << "morgen" << QDate();
    QTest::newRow("empty") << "" << QDate();
    QTest::newRow("two parts") << "3/2" << QDate();
    QTest::newRow("three-digit year") << "3/2/202" << QDate();
}

void TestLocalValues::dates()
{
    QFETCH(QString, input);
    QFETCH(QDate, expected);
    const auto d = localvalues::parseDate(input);
    QCOMPARE(d.has_value(), expected.isValid());
    if (d)
        QCOMPARE(*d, expected);
}

void TestLocalValues::numbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("expected");
    QTest::newRow("decimal comma") << "7,5" << true << 7.5;
    QTest::newRow("decimal point") << "7.5" << true << 7.5;
    QTest::newRow("integer") << "38" << true << 38.0;
    QTest::newRow("thousands dot, comma") << "1.234,50" << true << 1234.5;
    QTest::newRow("thousands space") << "1 234,50" << true << 1234.5;
    QTest::newRow("thousands comma, point") << "1,234.50" << true << 1234.5;
    QTest::newRow("negative") << "-2,5" << true << -2.5;
    QTest::newRow("text") << "zeven" << false << 0.0;
    QTest::newRow("unit") << "7 uur" << false << 0.0;
    QTest::newRow("exponent") << "1e5" << false << 0.0;
    QTest::newRow("empty") << "" << false << 0.0;
}

void TestLocalValues::numbers()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(double, expected);
    const auto n = localvalues::parseNumber(input);
    QCOMPARE(n.has_value(), ok);
    if (n)
        QCOMPARE(*n, expected);
}

void TestLocalValues::durations_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("amount");
    QTest::addColumn<int>("unit"); // -1: none written, else DurationUnit
    const int days = int(DurationUnit::Days), hours = int(DurationUnit::Hours);
    QTest::newRow("1,5 d") << "1,5 d" << true << 1.5 << days;
    QTest::newRow("1,5 dagen") << "1,5 dagen" << true << 1.5 << days;
    QTest::newRow("1,5dagen") << "1,5dagen" << true << 1.5 << days;
    QTest::newRow("3 uur") << "3 uur" << true << 3.0 << hours;
    QTest::newRow("3 h") << "3 h" << true << 3.0 << hours;
    QTest::newRow("3h") << "3h" << true << 3.0 << hours;
    QTest::newRow("2 jours") << "2 jours" << true << 2.0 << days;
    QTest::newRow("3 heures") << "3 heures" << true << 3.0 << hours;
    QTest::newRow("90 min") << "90 min" << true << 1.5 << hours;
    QTest::newRow("2 Tage") << "2 Tage" << true << 2.0 << days;
    QTest::newRow("3 Stunden") << "3 Stunden" << true << 3.0 << hours;
    QTest::newRow("7,5 Std.") << "7,5 Std." << true << 7.5 << hours;
    QTest::newRow("2 DAYS") << "2 DAYS" << true << 2.0 << days;
    QTest::newRow("no unit") << "1,5" << true << 1.5 << -1;
    QTest::newRow("weeks: unknown unit") << "1,5 weken" << false << 0.0 << -1;
    QTest::newRow("words after the unit") << "3 uur extra" << false << 0.0 << -1;
    QTest::newRow("3u30") << "3u30" << false << 0.0 << -1;
    QTest::newRow("no number") << "dagen" << false << 0.0 << -1;
    QTest::newRow("text") << "anderhalve dag" << false << 0.0 << -1;
    QTest::newRow("empty") << "" << false << 0.0 << -1;
}

void TestLocalValues::durations()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(double, amount);
    QFETCH(int, unit);
    const auto d = localvalues::parseDuration(input);
    QCOMPARE(d.has_value(), ok);
    if (!d)
        return;
    QCOMPARE(d->amount, amount);
    QCOMPARE(d->unit ? int(*d->unit) : -1, unit);
}

// Sex, category and leave as payroll and provider lists write them, read into the
// code lists' texts ("" when not readable).
void TestLocalValues::obligationCodes_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sex M") << "sex"
                           << "M"
                           << "MALE";
    QTest::newRow("sex V") << "sex"
                           << "v"
                           << "FEMALE";
    QTest::newRow("sex femme") << "sex"
                               << "Femme"
                               << "FEMALE";
    QTest::newRow("sex Frau") << "sex"
                              << "Frau"
                              << "FEMALE";
    QTest::newRow("sex männlich") << "sex" << QString::fromUtf8("männlich") << "MALE";
    QTest::newRow("sex code") << "sex"
                              << "female"
                              << "FEMALE";
    QTest::newRow("sex X") << "sex"
                           << "X"
                           << "";
    QTest::newRow("category formeel") << "category"
                                      << "formeel"
                                      << "FORMAL_CONTINUING";
    QTest::newRow("category informelle") << "category"
                                         << "Informelle"
                                         << "INFORMAL_CONTINUING";
    QTest::newRow("category initiële") << "category" << QString::fromUtf8("initiële opleiding") << "INITIAL";
    QTest::newRow("category Erstausbildung") << "category"
                                             << "Erstausbildung"
                                             << "INITIAL";
    QTest::newRow("category code") << "category"
                                   << "initial"
                                   << "INITIAL";
    QTest::newRow("category unknown") << "category"
                                      << "seminar"
                                      << "";
    QTest::newRow("leave BEV") << "leave"
                               << "BEV"
                               << "PAID_EDUCATIONAL_LEAVE";
    QTest::newRow("leave congé-éducation payé")
        << "leave" << QString::fromUtf8("Congé-éducation payé") << "PAID_EDUCATIONAL_LEAVE";
    QTest::newRow("leave VOV") << "leave"
                               << "vov"
                               << "FLEMISH_TRAINING_LEAVE";
    QTest::newRow("leave Vlaams opleidingsverlof") << "leave"
                                                   << "Vlaams opleidingsverlof"
                                                   << "FLEMISH_TRAINING_LEAVE";
    QTest::newRow("leave geen") << "leave"
                                << "geen"
                                << "NONE";
    QTest::newRow("leave unknown") << "leave"
                                   << "ouderschapsverlof"
                                   << "";
    QTest::newRow("sharing gelijk") << "sharing"
                                    << "Gelijk"
                                    << "EQUALLY";
    QTest::newRow("sharing également") << "sharing" << QString::fromUtf8("également") << "EQUALLY";
    QTest::newRow("sharing parts égales") << "sharing" << QString::fromUtf8("parts égales") << "EQUALLY";
    QTest::newRow("sharing gleichmäßig") << "sharing" << QString::fromUtf8("gleichmässig") << "EQUALLY";
    QTest::newRow("sharing per uur") << "sharing"
                                     << "per uur"
                                     << "BY_HOURS";
    QTest::newRow("sharing au prorata des heures") << "sharing"
                                                   << "au prorata des heures"
                                                   << "BY_HOURS";
    QTest::newRow("sharing nach Stunden") << "sharing"
                                          << "nach Stunden"
                                          << "BY_HOURS";
    QTest::newRow("sharing code") << "sharing"
                                  << "BY_HOURS"
                                  << "BY_HOURS";
    QTest::newRow("sharing unknown") << "sharing"
                                     << "per persoon"
                                     << "";
}

void TestLocalValues::obligationCodes()
{
    QFETCH(QString, list);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QString got;
    if (list == QLatin1String("sex")) {
        if (const auto v = localvalues::parseSex(input))
            got = toString(*v);
    } else if (list == QLatin1String("category")) {
        if (const auto v = localvalues::parseCategory(input))
            got = toString(*v);
    } else if (list == QLatin1String("sharing")) {
        if (const auto v = localvalues::parseCostSharing(input))
            got = toString(*v);
    } else if (const auto v = localvalues::parseLeave(input)) {
        got = toString(*v);
    }
    QCOMPARE(got, expected);
}

void TestLocalValues::booleans_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("expected"); // -1 unreadable
    QTest::newRow("ja") << "Ja" << 1;
    QTest::newRow("nee") << "nee" << 0;
    QTest::newRow("oui") << "OUI" << 1;
    QTest::newRow("non") << "non" << 0;
    QTest::newRow("nein") << "nein" << 0;
    QTest::newRow("x") << "x" << 1;
    QTest::newRow("TRUE") << "TRUE" << 1;
    QTest::newRow("0") << "0" << 0;
    QTest::newRow("misschien") << "misschien" << -1;
}

void TestLocalValues::booleans()
{
    QFETCH(QString, input);
    QFETCH(int, expected);
    const auto b = localvalues::parseBool(input);
    QCOMPARE(b.has_value() ? int(*b) : -1, expected);
}

void TestLocalValues::encodings_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("encoding");
    const QString text = QString::fromUtf8("Naam;Prénom\nMüller;Françoise\n");
    QTest::newRow("UTF-8") << text.toUtf8() << int(TextEncoding::Utf8);
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << int(TextEncoding::Utf8);
    QByteArray le("\xFF\xFE", 2);
    le += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QTest::newRow("UTF-16LE BOM") << le << int(TextEncoding::Utf16LE);
    QTest::newRow("UTF-16LE no BOM") << le.mid(2) << int(TextEncoding::Utf16LE);
    QByteArray be("\xFE\xFF", 2);
    for (const QChar c : text) {
        be.append(char(c.unicode() >> 8));
        be.append(char(c.unicode() & 0xFF));
    }
    QTest::newRow("UTF-16BE BOM") << be << int(TextEncoding::Utf16BE);
    QTest::newRow("Windows-1252") << text.toLatin1() << int(TextEncoding::Windows1252);
}

void TestLocalValues::encodings()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, encoding);
    const TextEncoding e = detectEncoding(raw);
    QCOMPARE(int(e), encoding);
    QCOMPARE(QString::fromUtf8(toUtf8(raw, e)), QString::fromUtf8("Naam;Prénom\nMüller;Françoise\n"));
}

void TestLocalValues::windows1252()
{
    // 0x80 is the euro sign and 0x93/0x94 curly quotes in Windows-1252, not Latin-1 controls.
    const QByteArray raw("Kost\x80;\x93opleiding\x94\n");
    QCOMPARE(detectEncoding(raw), TextEncoding::Windows1252);
    QCOMPARE(QString::fromUtf8(toUtf8(raw, TextEncoding::Windows1252)),
             QString::fromUtf8("Kost€;“opleiding”\n"));
}

void TestLocalValues::delimiters_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("expected");
    QTest::newRow("semicolon") << QByteArray("a;b;c\n1;2,5;3\n") << ';';
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ',';
    QTest::newRow("tab") << QByteArray("a\tb\n1\t2,5\n") << '\t';
    QTest::newRow("comma inside quotes") << QByteArray("a;b\n\"x,y,z\";2\n") << ';';
    QTest::newRow("decimal commas do not fool it") << QByteArray("uren;dagen\n7,5;1\n3,8;0,5\n") << ';';
    QTest::newRow("one column") << QByteArray("naam\nJan\n") << ',';
}

void TestLocalValues::delimiters()
{
    QFETCH(QByteArray, input);
    QFETCH(char, expected);
    QCOMPARE(detectDelimiter(input), expected);
}

QTEST_GUILESS_MAIN(TestLocalValues)
#include "tst_localvalues.moc"
