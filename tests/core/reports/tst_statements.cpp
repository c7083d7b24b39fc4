#include "BatchTestData.h"
#include "TestSupport.h"
#include "core/reports/Credit.h"
#include "core/reports/StatementTexts.h"
#include "core/reports/Statements.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;

// Yearly statements: one PDF per worker in the worker's language, or one
// merged file; rendered to PNG with pdftoppm and read back with pdftotext.
class TestStatements : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void credit_data();
    void credit();
    void onePdfPerWorker_data();
    void onePdfPerWorker();
    void merged();
    void fileNamesHoldNoSsin();
    void everyLanguageHasEveryText_data();
    void everyLanguageHasEveryText();

private:
    QByteArray run(const QString &program, const QStringList &args);
    int pageCount(const QString &pdf);
    QTemporaryDir m_dir;
    DataSet m_data;
};

void TestStatements::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_data = test::sampleDataSet();
    // Their joint committee has a sector agreement in the training right's data file (PC 200:
    // 1 day per FTE under 10 FTE, unconfirmed); the register holds 2.5 FTE.
    for (Employment &m : m_data.employments)
        m.jointCommittee = QStringLiteral("200");
    for (const char *tool : {"pdftoppm", "pdftotext", "pdfinfo"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QFAIL("poppler-utils is needed: bash scripts/install-deps.sh");
    }
}

QByteArray TestStatements::run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(30000);
    return p.readAllStandardOutput();
}

int TestStatements::pageCount(const QString &pdf)
{
    const QList<QByteArray> lines = run("pdfinfo", {pdf}).split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("Pages:"))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

void TestStatements::credit_data()
{
    QTest::addColumn<int>("worker");
    QTest::addColumn<double>("entitled");
    QTest::addColumn<double>("used");
    QTest::addColumn<double>("remaining");
    QTest::addColumn<double>("carried");
    QTest::addColumn<double>("over");
    // The anomaly module's calculator: 2024 had no declared rights, so the computed legal
    // right of 2024 carries over: 2.5 FTE in Q4 2022 - Q3 2023 is under 10, where PC 200's
    // agreement gives 1 day per FTE (prorated for part-time).
    // Jan: 5 days + 1 carried; 2 days + 7.6 hours (1 day) + 3.8 hours (half a day) used.
    QTest::newRow("Jan") << 0 << 5.0 << 3.5 << 2.5 << 1.0 << 0.0;
    // Françoise (half time): 2.5 days + 0.5 carried; 2 + 1 used, yoga does not count.
    QTest::newRow("Françoise") << 1 << 2.5 << 3.0 << 0.0 << 0.5 << 0.0;
    // Jürgen: 5 + 1 days; his own duration of 1.5 days overrides the training's 2.
    QTest::newRow("Jürgen") << 2 << 5.0 << 1.5 << 4.5 << 1.0 << 0.0;
}

void TestStatements::credit()
{
    QFETCH(int, worker);
    QFETCH(double, entitled);
    QFETCH(double, used);
    QFETCH(double, remaining);
    QFETCH(double, carried);
    QFETCH(double, over);
    const auto c = reports::creditFigures(m_data, 2025).value(m_data.workers.at(worker).uuid);
    QCOMPARE(c.entitledDays, entitled);
    QVERIFY(qAbs(c.usedDays - used) < 1e-9);
    QVERIFY(qAbs(c.remainingDays - remaining) < 1e-9);
    QVERIFY(qAbs(c.overDays - over) < 1e-9);
    QVERIFY(qAbs(c.carriedOverDays - carried) < 1e-9);
    const auto other = reports::creditFigures(m_data, 2024).value(m_data.workers.at(worker).uuid);
    QCOMPARE(other.usedDays, 0.0);
}

void TestStatements::onePdfPerWorker_data()
{
    QTest::addColumn<int>("worker");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("phrases");
    QTest::newRow("nl") << 0 << "nl"
                        << QStringList{"Jaaroverzicht van uw opleidingskrediet 2025",
                                       "Jan Peeters",
                                       "Bakkerij Peeters & Zonen",
                                       "0566.988.259",
                                       "Heftruck & veiligheid <basis>",
                                       "VDAB",
                                       "Wettelijk recht",
                                       "5 dagen",
                                       "Nog op te nemen",
                                       "2,5 dagen (19 uur)",
                                       "Overgedragen van vorig jaar",
                                       "Arbeidsregime 100 %",
                                       "Paritair comité 200",
                                       "Grondslag 1 dag per VTE volgens sectorakkoord",
                                       "Periode van vijf jaar 2024–2028 (niet bevestigd)",
                                       "u mag ze inkijken en laten verbeteren",
                                       "7,6 uur",
                                       "28 november 2026",
                                       "85.07.30-033"};
    QTest::newRow("fr") << 1 << "fr"
                        << QStringList{"Relevé annuel de votre crédit de formation 2025",
                                       "Françoise Dubois",
                                       "Droit légal",
                                       "2,5 jours",
                                       "Solde restant",
                                       "Reporté de l’année précédente",
                                       "0,5 jour (3,8 heures)",
                                       "Régime de travail 50 %",
                                       "Commission paritaire 200",
                                       "Yoga",
                                       "non",
                                       "28 novembre 2026"};
    QTest::newRow("de") << 2 << "de"
                        << QStringList{"Jahresübersicht Ihres Weiterbildungsguthabens 2025",
                                       "Jürgen Müller",
                                       "Verbleibend",
                                       "4,5 Tage (34,2 Stunden)",
                                       "Fünfjahreszeitraum",
                                       "2024–2028 (nicht bestätigt)",
                                       "1,5 Tage",
                                       "28. November 2026"};
}

void TestStatements::onePdfPerWorker()
{
    QFETCH(int, worker);
    QFETCH(QString, lang);
    QFETCH(QStringList, phrases);
    const QString out = m_dir.filePath("single");
    QStringList written;
    QString error;
    QVERIFY2(reports::writeStatements(m_data, 2025, QDate(2026, 11, 28), out, false, &written, &error),
             qPrintable(error));
    QCOMPARE(written.size(), 3);
    const QString pdf = out + "/" + reports::statementFileName(m_data.workers.at(worker), 2025);
    QVERIFY2(written.contains(pdf), qPrintable(written.join(", ")));

    QFile::remove(QDir(test::artifactsDir()).filePath("statement-" + lang + ".pdf"));
    QFile::copy(pdf, QDir(test::artifactsDir()).filePath("statement-" + lang + ".pdf"));
    QCOMPARE(pageCount(pdf), 1);
    // pdftotext gives the text in reading order; compare with whitespace folded.
    const QString text = QString::fromUtf8(run("pdftotext", {pdf, "-"})).simplified();
    for (const QString &phrase : phrases)
        QVERIFY2(text.contains(phrase), qPrintable(phrase + " not in: " + text));

    // Pages as PNG: not blank, kept for people to look at.
    const QString prefix = QDir(test::artifactsDir()).filePath("statement-" + lang);
    run("pdftoppm", {"-r", "80", "-png", pdf, prefix});
    QImage page(prefix + "-1.png");
    QVERIFY2(!page.isNull(), qPrintable(prefix + "-1.png"));
    QVERIFY(page.width() > 500 && page.height() > 800);
    qint64 ink = 0;
    for (int y = 0; y < page.height(); y += 2) {
        for (int x = 0; x < page.width(); x += 2)
            ink += qGray(page.pixel(x, y)) < 200;
    }
    const double inked = double(ink) / ((page.width() / 2) * (page.height() / 2));
    QVERIFY2(inked > 0.01 && inked < 0.5, qPrintable(QString::number(inked)));
}

void TestStatements::merged()
{
    const QString out = m_dir.filePath("merged");
    QStringList written;
    QString error;
    QVERIFY2(reports::writeStatements(m_data, 2025, QDate(2026, 11, 28), out, true, &written, &error),
             qPrintable(error));
    QCOMPARE(written, QStringList{out + "/statements-2025.pdf"});
    QCOMPARE(pageCount(written.first()), 3);
    const QString page2 = QString::fromUtf8(run("pdftotext", {"-f", "2", "-l", "2", written.first(), "-"}));
    QVERIFY2(page2.contains("Jürgen Müller"), qPrintable(page2)); // sorted by name: Dubois, Müller, Peeters
    QVERIFY(!page2.contains("Françoise"));

    // A year without anybody: a clear message, no empty file.
    written.clear();
    QVERIFY(!reports::writeStatements(m_data, 2019, QDate(2026, 11, 28), out, true, &written, &error));
    QVERIFY(error.contains("2019"));
}

void TestStatements::fileNamesHoldNoSsin()
{
    const Worker &w = m_data.workers.at(2);
    const QString name = reports::statementFileName(w, 2025);
    QVERIFY2(name.startsWith("2025-muller-jurgen-"), qPrintable(name));
    QVERIFY(!name.contains(w.ssin));
}

void TestStatements::everyLanguageHasEveryText_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("dateFormat");
    QTest::addColumn<bool>("singularBelowTwo");
    QTest::newRow("nl") << Language::Dutch << "Jaaroverzicht van uw opleidingskrediet 2026"
                        << "d MMMM yyyy" << false;
    QTest::newRow("fr") << Language::French << "Relevé annuel de votre crédit de formation 2026"
                        << "d MMMM yyyy" << true;
    QTest::newRow("de") << Language::German << "Jahresübersicht Ihres Weiterbildungsguthabens 2026"
                        << "d. MMMM yyyy" << false;
    QTest::newRow("en") << Language::English << "Yearly statement of your training credit 2026"
                        << "d MMMM yyyy" << false;
}

// The texts come from resources/reports/statement-texts.json: nothing missing
// (a gap would silently show English), each language its own words and locale.
void TestStatements::everyLanguageHasEveryText()
{
    QFETCH(Language, language);
    QFETCH(QString, title);
    QFETCH(QString, dateFormat);
    QFETCH(bool, singularBelowTwo);
    QVERIFY2(reports::statementTextProblems().isEmpty(),
             qPrintable(reports::statementTextProblems().join('\n')));
    const reports::StatementTexts &t = reports::statementTexts(language);
    QCOMPARE(t.title.arg(2026), title);
    QCOMPARE(t.dateFormat, dateFormat);
    QCOMPARE(t.singularBelowTwo, singularBelowTwo);
    QCOMPARE(t.locale.country(), QLocale::Belgium);
    QVERIFY(t.note.contains(QLatin1String("%1")));
}

QTEST_MAIN(TestStatements)
#include "tst_statements.moc"
