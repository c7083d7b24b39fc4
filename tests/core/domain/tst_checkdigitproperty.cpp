#include "core/domain/EnterpriseNumber.h"
#include "core/domain/NssoNumber.h"
#include "core/domain/Ssin.h"

#include <QRandomGenerator>
#include <QTest>
#include <functional>

using namespace fla;

// Property: for random bases the computed check digits validate, and every
// single-digit change and every swap of two neighbouring (different) digits
// is caught.
class TestCheckDigitProperty : public QObject
{
    Q_OBJECT

private slots:
    void enterpriseNumbers();
    void ssinWithinOneCentury();
    void nssoNumbers();

private:
    static QStringList mutations(const QString &digits);
};

QStringList TestCheckDigitProperty::mutations(const QString &digits)
{
    QStringList out;
    for (int i = 0; i < digits.size(); ++i) {
        for (char d = '0'; d <= '9'; ++d) {
            if (digits.at(i) == QLatin1Char(d))
                continue;
            QString m = digits;
            m[i] = QLatin1Char(d);
            out.append(m);
        }
    }
    for (int i = 0; i + 1 < digits.size(); ++i) {
        if (digits.at(i) == digits.at(i + 1))
            continue;
        QString m = digits;
        std::swap(m[i], m[i + 1]);
        out.append(m);
    }
    return out;
}

void TestCheckDigitProperty::enterpriseNumbers()
{
    QRandomGenerator rng(20241);
    for (int n = 0; n < 2000; ++n) {
        const QString number = EnterpriseNumber::compose(rng.bounded(0, 20000000));
        QVERIFY2(EnterpriseNumber::parse(number).isValid(), qPrintable(number));
        for (const QString &m : mutations(number)) {
            const EnterpriseNumber e = EnterpriseNumber::parse(m);
            QVERIFY2(!e.isValid(), qPrintable(number + QStringLiteral(" -> ") + m));
        }
    }
}

void TestCheckDigitProperty::ssinWithinOneCentury()
{
    // A validator that accepts either century rule has one blind spot: a
    // change can land exactly on the other rule's check digits. So the
    // property is that no change still validates under the number's own rule,
    // which is what tells its century (and so its birth date) apart.
    QRandomGenerator rng(20242);
    int flips = 0, total = 0;
    for (int n = 0; n < 2000; ++n) {
        const bool from2000 = rng.bounded(2) == 1;
        const int monthOffset = QList<int>{0, 0, 0, 20, 40}.at(rng.bounded(5));
        const QString number = Ssin::compose(rng.bounded(100), rng.bounded(13) + monthOffset, rng.bounded(32),
                                             rng.bounded(1, 999), from2000);
        const Ssin s = Ssin::parse(number);
        QVERIFY2(s.isValid(), qPrintable(number));
        QCOMPARE(s.century(), from2000 ? 2000 : 1900);
        for (const QString &m : mutations(number)) {
            const Ssin ms = Ssin::parse(m);
            ++total;
            if (ms.check().hasCode("ID-002"))
                continue;
            QVERIFY2(ms.century() != s.century(), qPrintable(number + QStringLiteral(" -> ") + m));
            ++flips;
        }
    }
    // The blind spot is rare: about one change in a hundred.
    QVERIFY2(flips * 50 < total, qPrintable(QStringLiteral("%1 of %2").arg(flips).arg(total)));
}

void TestCheckDigitProperty::nssoNumbers()
{
    QRandomGenerator rng(20243);
    for (int n = 0; n < 2000; ++n) {
        const QString number = NssoNumber::compose(rng.bounded(1001, 1999999));
        QVERIFY2(NssoNumber::parse(number).check().findings().isEmpty(), qPrintable(number));
        for (const QString &m : mutations(number)) {
            const NssoNumber x = NssoNumber::parse(m);
            QVERIFY2(x.check().hasCode("ID-011"), qPrintable(number + QStringLiteral(" -> ") + m));
        }
    }
}

QTEST_GUILESS_MAIN(TestCheckDigitProperty)
#include "tst_checkdigitproperty.moc"
