#include "CliRun.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Messages of fladesk-cli and of the core it runs come out in the language of
// --lang: the commands' own texts and the storage module's, each looked up
// under the context lupdate filed it in (a local tr() helper with another
// context once left every one of them in English).
class TestCliLanguage : public QObject
{
    Q_OBJECT

private slots:
    void messagesInLanguage_data();
    void messagesInLanguage();

private:
    QTemporaryDir m_dir;
};

void TestCliLanguage::messagesInLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QStringList backup{"backup"};
    QTest::newRow("command nl") << "nl" << backup << "Geef het back-upbestand een naam met --out BESTAND.";
    QTest::newRow("command fr") << "fr" << backup << "Nommez le fichier de sauvegarde avec --out FICHIER.";
    QTest::newRow("command de") << "de" << backup << "Benennen Sie die Sicherungsdatei mit --out DATEI.";
    QTest::newRow("command en") << "en" << backup << "Name the backup file with --out FILE.";
    const QStringList history{"history", "00000000-0000-4000-8000-000000000001"};
    QTest::newRow("history nl") << "nl" << history << "De werkruimte bevat geen record";
    // The storage module's message for a file that is no workspace.
    const QStringList damaged{"history", "00000000-0000-4000-8000-000000000001", "--damaged"};
    QTest::newRow("storage nl") << "nl" << damaged << "is geen FLA Desk-werkruimte, of het is beschadigd";
    QTest::newRow("storage fr") << "fr" << damaged
                                << "n'est pas un espace de travail FLA Desk, ou il est endommagé";
    QTest::newRow("storage de") << "de" << damaged
                                << "ist kein FLA-Desk-Arbeitsbereich oder sie ist beschädigt";
}

void TestCliLanguage::messagesInLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    QVERIFY(m_dir.isValid());
    QStringList all{"--lang", lang};
    QString workspace = m_dir.filePath(lang + ".fladesk");
    if (args.removeAll("--damaged")) {
        workspace = m_dir.filePath(lang + "-damaged.fladesk");
        QFile f(workspace);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x')); // not SQLite
    }
    all << args;
    if (args.first() == "history")
        all << "--workspace" << workspace;
    const fla::test::CliRun r = fla::test::runCli(all);
    QVERIFY(r.finished);
    const QString out = r.outText() + r.errText();
    QVERIFY(r.exitCode != 0);
    QVERIFY2(out.contains(expected), qPrintable(out));
    if (lang != "en")
        QVERIFY2(!out.contains("The workspace holds no record"), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
