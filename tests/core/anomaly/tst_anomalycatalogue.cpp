#include "core/anomaly/AnomalyCatalogue.h"
#include "core/anomaly/AnomalyEngine.h"
#include "core/generate/Generator.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace fla;

class TestAnomalyCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void parsesWithoutErrors();
    void everyRuleHasAnEntryAndEveryEntryARule();
    void everyLanguageHasEveryText();
    void parametersMatchTemplates();
    void injectableCodesAreRules();
    void missingLanguageIsReported();
    void docsAreInStep();
};

void TestAnomalyCatalogue::parsesWithoutErrors()
{
    QStringList errors;
    const AnomalyCatalogue c = AnomalyCatalogue::fromJson(AnomalyCatalogue::embeddedJson(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    QVERIFY(c.rules().size() >= 50);
}

void TestAnomalyCatalogue::everyRuleHasAnEntryAndEveryEntryARule()
{
    const AnomalyCatalogue &c = AnomalyCatalogue::instance();
    const QStringList implemented = AnomalyEngine::implementedCodes();
    for (const QString &code : implemented)
        QVERIFY2(c.rule(code), qPrintable(code + " has no catalogue entry"));
    for (const auto &r : c.rules())
        QVERIFY2(implemented.contains(r.code), qPrintable(r.code + " has no rule"));
    QCOMPARE(QSet<QString>(implemented.begin(), implemented.end()).size(), implemented.size());
}

void TestAnomalyCatalogue::everyLanguageHasEveryText()
{
    for (const auto &r : AnomalyCatalogue::instance().rules()) {
        for (std::size_t i = 0; i < 4; ++i) {
            QVERIFY2(!r.title.texts[i].trimmed().isEmpty(),
                     qPrintable(r.code + " title " + QString::number(i)));
            QVERIFY2(!r.message.texts[i].trimmed().isEmpty(),
                     qPrintable(r.code + " message " + QString::number(i)));
            QVERIFY2(!r.fix.texts[i].trimmed().isEmpty(), qPrintable(r.code + " fix " + QString::number(i)));
        }
        // The translations are not the English text copied.
        QVERIFY2(r.message.texts[0] != r.message.texts[3], qPrintable(r.code));
        QVERIFY2(r.message.texts[1] != r.message.texts[3], qPrintable(r.code));
        QVERIFY2(r.message.texts[2] != r.message.texts[3], qPrintable(r.code));
    }
}

void TestAnomalyCatalogue::parametersMatchTemplates()
{
    const QRegularExpression placeholder("\\{([a-zA-Z]+)\\}");
    for (const auto &r : AnomalyCatalogue::instance().rules()) {
        for (std::size_t i = 0; i < 4; ++i) {
            QSet<QString> used;
            for (auto it = placeholder.globalMatch(r.message.texts[i]); it.hasNext();)
                used.insert(it.next().captured(1));
            QCOMPARE(used, QSet<QString>(r.parameters.begin(), r.parameters.end()));
        }
    }
}

void TestAnomalyCatalogue::injectableCodesAreRules()
{
    for (const QString &code : Generator::injectableCodes())
        QVERIFY2(AnomalyCatalogue::instance().rule(code), qPrintable(code));
}

void TestAnomalyCatalogue::missingLanguageIsReported()
{
    QStringList errors;
    const QByteArray json =
        R"({"rules":[{"code":"XX-001","severity":"warning","entity":"training","field":"name",
        "parameters":[],"title":{"nl":"a","fr":"b","de":"c","en":"d"},
        "message":{"nl":"a","fr":"b","en":"d"},"fix":{"nl":"a","fr":"b","de":"c","en":"d"}}]})";
    const AnomalyCatalogue c = AnomalyCatalogue::fromJson(json, &errors);
    QCOMPARE(errors, QStringList{"XX-001: message lacks language de"});
    QCOMPARE(c.severityOf("XX-001"), Severity::Warning);
}

void TestAnomalyCatalogue::docsAreInStep()
{
    QFile f(QStringLiteral(FLADESK_SOURCE_DIR "/docs/anomalies.md"));
    QVERIFY2(f.open(QIODevice::ReadOnly), "docs/anomalies.md is missing");
    const QString docs = QString::fromUtf8(f.readAll());
    QVERIFY2(
        docs == AnomalyCatalogue::instance().toMarkdown(),
        "docs/anomalies.md differs from the catalogue: run fladesk-cli rules --markdown > docs/anomalies.md");
}

QTEST_GUILESS_MAIN(TestAnomalyCatalogue)
#include "tst_anomalycatalogue.moc"
