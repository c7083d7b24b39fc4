#include "TestSupport.h"
#include "UiFixture.h"
#include "core/common/Version.h"
#include "ui/AboutDialog.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void listsEveryDependencyWithItsLicence_data();
    void listsEveryDependencyWithItsLicence();
    void licenceFilesAreShipped();
    void showsTheProjectVersionAndTheTable();
    void helpAboutOpensIt();
};

void TestAboutDialog::listsEveryDependencyWithItsLicence_data()
{
    QTest::addColumn<QString>("component");
    QTest::addColumn<QString>("licence");
    QTest::newRow("Qt") << "Qt 6"
                        << "LGPL-3.0";
    QTest::newRow("OpenSSL") << "OpenSSL 3"
                             << "Apache-2.0";
    QTest::newRow("QtKeychain") << "QtKeychain"
                                << "BSD-2-Clause";
    QTest::newRow("SQLite") << "SQLite"
                            << "public domain";
    QTest::newRow("QuaZip") << "QuaZip"
                            << "LGPL-2.1";
    QTest::newRow("zlib") << "zlib"
                          << "Zlib";
}

void TestAboutDialog::listsEveryDependencyWithItsLicence()
{
    QFETCH(QString, component);
    QFETCH(QString, licence);
    const auto list = fla::ui::AboutDialog::components();
    auto it = std::find_if(list.begin(), list.end(), [&](const auto &c) { return c.name == component; });
    QVERIFY2(it != list.end(), qPrintable(component + " is missing from the About dialog"));
    QVERIFY2(it->license.contains(licence), qPrintable(component + ": " + it->license));
    QVERIFY(!it->purpose.isEmpty());
}

// Every licence file the dialog names is in packaging/licenses, which both installers ship.
void TestAboutDialog::licenceFilesAreShipped()
{
    const QDir licenses(QStringLiteral(FLADESK_SOURCE_DIR "/packaging/licenses"));
    int named = 0;
    for (const auto &c : fla::ui::AboutDialog::components()) {
        for (const QString &file : c.licenseFile.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString name = file.trimmed();
            QVERIFY2(QFile::exists(licenses.filePath(name)),
                     qPrintable(c.name + ": " + name + " not in packaging/licenses"));
            ++named;
        }
    }
    QVERIFY(named >= 8);
    QVERIFY(QFile::exists(QStringLiteral(FLADESK_SOURCE_DIR "/LICENSE")));
#ifndef Q_OS_WIN
    QVERIFY(fla::ui::AboutDialog::licensesDirectory().endsWith(QLatin1String("share/doc/fladesk/licenses")));
#endif
}

void TestAboutDialog::showsTheProjectVersionAndTheTable()
{
    fla::ui::AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *header = dialog.findChild<QLabel *>(QStringLiteral("aboutHeader"));
    QVERIFY(header);
    QVERIFY(header->text().contains(QString::fromLatin1(fla::kVersion)));
    QVERIFY(header->text().contains(QLatin1String("GPL-3.0-or-later")));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("aboutComponents"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), fla::ui::AboutDialog::components().size());
    const QPixmap shot = dialog.grab();
    QVERIFY(shot.save(QDir(fla::test::artifactsDir()).filePath(QStringLiteral("aboutdialog-en.png"))));
}

void TestAboutDialog::helpAboutOpensIt()
{
    UiFixture fixture;
    fla::ui::MainWindow window(fixture.session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *about = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *a : menu->menu()->actions()) {
            if (a->text().contains(QLatin1String("About")))
                about = a;
        }
    }
    QVERIFY(about);
    bool seen = false;
    QTimer::singleShot(0, this, [&seen] {
        auto *dialog = qobject_cast<fla::ui::AboutDialog *>(QApplication::activeModalWidget());
        seen = dialog != nullptr;
        if (QWidget *w = QApplication::activeModalWidget())
            w->close();
    });
    about->trigger();
    QVERIFY(seen);
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
