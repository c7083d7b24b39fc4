#include "core/domain/IdentifierRecognizer.h"

#include <QTest>

using namespace fla;

class TestIdentifierRecognizer : public QObject
{
    Q_OBJECT

private slots:
    void recognize_data();
    void recognize();
};

void TestIdentifierRecognizer::recognize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("codes");

    QTest::newRow("INSZ display") << "85.07.30-033.28"
                                  << "INSZ"
                                  << "valid" << QStringList{};
    QTest::newRow("BIS") << "85493001153"
                         << "BIS"
                         << "valid" << QStringList{};
    QTest::newRow("INSZ bad check") << "85073003329"
                                    << "INSZ"
                                    << "invalid" << QStringList{"ID-002"};
    QTest::newRow("INSZ bad month and check") << "12345678901"
                                              << "INSZ"
                                              << "invalid" << QStringList{"ID-002", "ID-003"};
    QTest::newRow("INSZ sequence 000") << "85073000061"
                                       << "INSZ"
                                       << "warning" << QStringList{"ID-004"};
    QTest::newRow("enterprise display") << "0566.988.259"
                                        << "enterprise"
                                        << "valid" << QStringList{};
    QTest::newRow("enterprise BE") << "BE0403019261"
                                   << "enterprise"
                                   << "valid" << QStringList{};
    QTest::newRow("enterprise old 9 digits") << "403019261"
                                             << "enterprise"
                                             << "valid" << QStringList{};
    QTest::newRow("enterprise bad") << "0566988258"
                                    << "enterprise"
                                    << "invalid" << QStringList{"ID-010"};
    QTest::newRow("NSSO") << "1999999-34"
                          << "NSSO"
                          << "valid" << QStringList{};
    QTest::newRow("NSSO provisional") << "5000000120"
                                      << "NSSO"
                                      << "valid" << QStringList{};
    QTest::newRow("joint committee") << "200"
                                     << "joint committee"
                                     << "valid" << QStringList{};
    QTest::newRow("joint committee sub") << "225.01"
                                         << "joint committee"
                                         << "valid" << QStringList{};
    QTest::newRow("joint committee PC") << "PC 305.02.09"
                                        << "joint committee"
                                        << "valid" << QStringList{};
    QTest::newRow("joint committee bad") << "PC 2000"
                                         << "joint committee"
                                         << "invalid" << QStringList{"ID-012"};
    QTest::newRow("unknown") << "hello"
                             << "unknown"
                             << "invalid" << QStringList{};
    QTest::newRow("unknown length") << "12345"
                                    << "unknown"
                                    << "invalid" << QStringList{};
}

void TestIdentifierRecognizer::recognize()
{
    QFETCH(QString, input);
    QFETCH(QString, kind);
    QFETCH(QString, status);
    QFETCH(QStringList, codes);
    const RecognizedIdentifier r = recognizeIdentifier(input);
    QCOMPARE(QString::fromLatin1(identifierKindName(r.kind)), kind);
    QCOMPARE(QString::fromLatin1(validityName(r.validity())), status);
    QCOMPARE(r.check.codes(), codes);
}

QTEST_GUILESS_MAIN(TestIdentifierRecognizer)
#include "tst_identifierrecognizer.moc"
