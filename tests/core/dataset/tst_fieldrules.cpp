#include "core/anomaly/AnomalyEngine.h"
#include "core/common/Clock.h"
#include "core/dataset/FieldRules.h"

#include <QTest>

using namespace fla;
using namespace fla::fieldrules;

// The field rules every way in applies (dataset/FieldRules.h): one table of
// limits, shared with the anomaly rule GN-002, and one text rule.
class TestFieldRules : public QObject
{
    Q_OBJECT

private slots:
    void limitsAreGn002s_data();
    void limitsAreGn002s();
    void textRule_data();
    void textRule();
    void shownIsCapped();
};

namespace {

bool hasGn002(const QList<Anomaly> &found, const QString &field)
{
    for (const Anomaly &a : found) {
        if (a.code == QLatin1String("GN-002") && a.field == field)
            return true;
    }
    return false;
}

} // namespace

// What the readers refuse is exactly what GN-002 reports: a text of the
// limit passes both, one character more fails both.
void TestFieldRules::limitsAreGn002s_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("limit");
    QTest::newRow("familyName") << "familyName" << 100;
    QTest::newRow("givenName") << "givenName" << 100;
    QTest::newRow("address") << "address" << 500;
    QTest::newRow("training name") << "name" << 200;
    QTest::newRow("provider") << "provider" << 200;
    QTest::newRow("financing") << "financing" << 100;
}

void TestFieldRules::limitsAreGn002s()
{
    QFETCH(QString, field);
    QFETCH(int, limit);
    QCOMPARE(fieldrules::textRule(QLatin1String(field.toLatin1())).maxLength, limit);
    const ManualClock clock(QDateTime(QDate(2025, 6, 30), QTime(12, 0), Qt::UTC));
    const AnomalyEngine engine(clock);
    for (const int length : {limit, limit + 1}) {
        const QString text(length, QLatin1Char('a'));
        Worker w;
        w.uuid = QUuid::createUuid();
        w.familyName = w.givenName = QStringLiteral("X");
        Training t;
        t.uuid = QUuid::createUuid();
        t.name = QStringLiteral("X");
        if (field == "familyName")
            w.familyName = text;
        else if (field == "givenName")
            w.givenName = text;
        else if (field == "address")
            w.address = text;
        else if (field == "name")
            t.name = text;
        else if (field == "provider")
            t.provider = text;
        else
            t.financing = text;
        const bool onWorker = field == "familyName" || field == "givenName" || field == "address";
        const bool anomaly = hasGn002(onWorker ? engine.validate(w) : engine.validate(t), field);
        bool tooLong = false;
        const QString problem =
            textProblem(text, fieldrules::textRule(QLatin1String(field.toLatin1())), &tooLong);
        QCOMPARE(anomaly, length > limit);
        QCOMPARE(tooLong, length > limit);
        QCOMPARE(problem.isEmpty(), length <= limit);
    }
}

void TestFieldRules::textRule_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("plain") << "name"
                           << "VCA" << QString();
    QTest::newRow("accents and a no-break space")
        << "familyName" << QString::fromUtf8("Müller\u00a0Dé") << QString();
    QTest::newRow("NUL")
        << "name" << QString::fromUtf8("VCA\0", 4)
        << "The text holds a control character (U+0000) at position 4: such characters are not "
           "allowed.";
    QTest::newRow("tab")
        << "name"
        << "V\tCA"
        << "The text holds a control character (U+0009) at position 2: such characters are not "
           "allowed.";
    QTest::newRow("DEL")
        << "givenName"
        << "An\x7f"
        << "The text holds a control character (U+007F) at position 3: such characters are not "
           "allowed.";
    QTest::newRow("line break in a name")
        << "familyName"
        << "A\nB"
        << "The text holds a control character (U+000A) at position 2: such characters are not allowed.";
    QTest::newRow("line breaks in an address") << "address"
                                               << "Kerkstraat 1\r\n9000 Gent" << QString();
    QTest::newRow("NUL in an address")
        << "address" << QString::fromUtf8("Kerkstraat 1\n\0", 14)
        << "The text holds a control character (U+0000) at position 14: such characters are not allowed.";
    QTest::newRow("replacement character")
        << "familyName" << QString::fromUtf8("Pe\uFFFDters")
        << "The text holds bytes that are not valid in the file's encoding (shown as U+FFFD) at position 3: "
           "save the file as UTF-8.";
    QTest::newRow("an unknown field is short text")
        << "anything" << QString(101, QLatin1Char('9'))
        << "The text holds 101 characters; at most 100 are allowed.";
}

void TestFieldRules::textRule()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, problem);
    QCOMPARE(textProblem(text, fieldrules::textRule(QLatin1String(field.toLatin1()))), problem);
}

// A value is shown (in a message, a rejected-rows file) with its control
// characters written out and cut after its maximum: a 50 MB field is never
// copied whole.
void TestFieldRules::shownIsCapped()
{
    QCOMPARE(shown(QStringLiteral("VCA")), "VCA");
    QCOMPARE(shown(QString::fromUtf8("VCA\0", 4)), "VCA\\u0000");
    const QString huge(200000, QLatin1Char('x'));
    const QString s = shown(huge);
    QVERIFY(s.size() < kMaxQuoted + 40);
    QVERIFY(s.startsWith(QString(kMaxQuoted, QLatin1Char('x')) + QString::fromUtf8("…")));
    QVERIFY(s.endsWith("(200000 characters)"));
    QVERIFY(shown(huge, kMaxEchoed).size() < kMaxEchoed + 40);
    QCOMPARE(shown(QString(kMaxQuoted, QLatin1Char('y'))), QString(kMaxQuoted, QLatin1Char('y')));
}

QTEST_GUILESS_MAIN(TestFieldRules)
#include "tst_fieldrules.moc"
