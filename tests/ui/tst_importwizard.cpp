#include "TestSupport.h"
#include "core/domain/Ssin.h"
#include "ui/import/ImportWizard.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using namespace fla::ui;

// The import wizard, driven page by page offscreen: suggested mapping,
// profiles, the preview's problems per row, and an all-or-nothing store.
class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void walkThrough();
    void storeFailureImportsNothing();
    void previewReadsAsText();

private:
    QString writeFile();
    QTemporaryDir m_dir;
    Employer m_employer;
};

void TestImportWizard::init()
{
    QVERIFY(m_dir.isValid());
    m_employer.uuid = QUuid::createUuid();
    m_employer.name = "Bakkerij Peeters";
    m_employer.enterpriseNumber = "0566988259";
}

QString TestImportWizard::writeFile()
{
    const QString path = m_dir.filePath("deelnemers.csv");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("Rijksregisternummer;Naam;Voornaam;Opleiding;Begindatum;Uren\n" +
            Ssin::compose(85, 7, 30, 33, false).toLatin1() + ";Peeters;Jan;EHBO;05/02/2025;4\n" +
            "85073003329;Fout;Piet;EHBO;05/02/2025;4\n" + Ssin::compose(90, 2, 14, 124, false).toLatin1() +
            ";Dubois;Marie;EHBO;05/02/2025;4\n");
    return path;
}

void TestImportWizard::walkThrough()
{
    int stores = 0;
    ImportWizard wizard(m_employer, [&](ImportResult &r, ImportMode mode, QString *) {
        ++stores;
        return r.data.participations.size() == 2 && mode == ImportMode::ValidRowsOnly;
    });
    wizard.setProfileDirectory(m_dir.filePath("profiles"));
    wizard.setToday(QDate(2025, 6, 30));
    wizard.setFile(writeFile());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    wizard.next(); // file -> mapping
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    const ImportProfile p = wizard.currentProfile();
    QCOMPARE(p.columns.value(ImportField::Ssin), "Rijksregisternummer");
    QCOMPARE(p.columns.value(ImportField::TrainingName), "Opleiding");
    QCOMPARE(p.columns.value(ImportField::Hours), "Uren");
    QString error;
    QVERIFY2(wizard.saveProfile("Loonpakket", "export", &error), qPrintable(error));
    QCOMPARE(ImportProfiles::names(m_dir.filePath("profiles")), QStringList{"Loonpakket"});

    wizard.next(); // mapping -> preview
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    auto *preview = wizard.findChild<QTableWidget *>();
    QVERIFY(preview);
    QTableWidget *table = nullptr;
    for (auto *t : wizard.findChildren<QTableWidget *>()) {
        if (t->columnCount() > 3)
            table = t;
    }
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(1, 0)->text(), "3");
    QCOMPARE(table->item(1, 1)->text(), "rejected");
    QVERIFY(table->item(1, 2)->text().contains("Rijksregisternummer"));
    QVERIFY(table->item(0, 1)->text() != "rejected"); // ok, or a warning of the anomaly engine
    wizard.grab().save(QDir(test::artifactsDir()).filePath("import-wizard-preview.png"));

    wizard.next(); // preview -> done: imports
    QCOMPARE(wizard.currentId(), int(ImportWizard::DonePage));
    QCOMPARE(stores, 1);
    QCOMPARE(wizard.result().rowsAccepted, 2);
    QCOMPARE(wizard.result().rowsRejected, 1);
    QVERIFY(QFile::exists(m_dir.filePath("deelnemers-rejected.csv")));
}

void TestImportWizard::storeFailureImportsNothing()
{
    ImportWizard wizard(m_employer, [](ImportResult &, ImportMode, QString *error) {
        *error = "disk full";
        return false;
    });
    wizard.setProfileDirectory(m_dir.filePath("profiles"));
    wizard.setFile(writeFile());
    wizard.show();
    wizard.next();
    wizard.next();
    QString error;
    QVERIFY(!wizard.runImport(&error));
    QCOMPARE(error, "disk full");
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
}

// The preview's problems are read by people: one per line, every field named as the
// user knows it (never the data model's name), the column wide enough to show its
// title and narrow enough to wrap its text in the view.
void TestImportWizard::previewReadsAsText()
{
    ImportWizard wizard(m_employer, [](ImportResult &, ImportMode, QString *) { return true; });
    wizard.setToday(QDate(2025, 6, 30)); // the training of February was not registered in time
    wizard.setFile(writeFile());
    wizard.resize(900, 600);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    wizard.next();
    QTableWidget *table = nullptr;
    for (auto *t : wizard.findChildren<QTableWidget *>()) {
        if (t->columnCount() > 3)
            table = t;
    }
    QVERIFY(table);
    const QRegularExpression modelName("(^|\\n)[a-z]+[A-Z][A-Za-z]*:");
    int problems = 0;
    for (int r = 0; r < table->rowCount(); ++r) {
        const QString text = table->item(r, 2)->text();
        problems += text.isEmpty() ? 0 : int(text.split('\n').size());
        QVERIFY2(!modelName.match(text).hasMatch(), qPrintable(text));
        QVERIFY2(!text.contains(".;"), qPrintable(text));
    }
    QVERIFY(problems >= 2);
    const int viewport = table->viewport()->width();
    QVERIFY2(table->columnViewportPosition(2) + table->columnWidth(2) <= viewport,
             qPrintable(QString("%1 + %2 > %3")
                            .arg(table->columnViewportPosition(2))
                            .arg(table->columnWidth(2))
                            .arg(viewport)));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
