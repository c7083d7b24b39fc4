// Opening a .fladeskbackup: the passphrase is asked when the backup is
// encrypted, the backup is restored through core's Backup API into the file
// the user gives, and a wrong passphrase, a damaged file or the open
// workspace as target are refused with a clear message, nothing replaced.
#include "KeyboardSupport.h"
#include "Must.h"
#include "UiFixture.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/storage/Backup.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/Workspace.h"
#include "ui/data/DemoData.h"
#include "ui/dialogs/RestoreBackupDialog.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace fla;
using namespace fla::ui;

class TestRestoreBackupDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsTheWholeTargetPath();
    void initTestCase();
    void restoresAnEncryptedBackupWithTheKeyboard();
    void refusesAWrongPassphrase();
    void refusesADamagedFile();
    void keepsAWorkspaceAlreadyThere();
    void neverRestoresOverTheOpenWorkspace();
    void restoresAnUnencryptedBackupWithoutAsking();

private:
    // A workspace with one company, backed up with the passphrase (none: unencrypted).
    QString makeBackup(const QString &name, const QByteArray &passphrase);
    static int employersIn(const QString &workspace);

    QTemporaryDir m_dir;
    Employer m_company;
};

// Where the backup goes is read whole: the dialog is wide enough for the suggested path
// (the 1280x800 screenshots showed only its tail).
void TestRestoreBackupDialog::showsTheWholeTargetPath()
{
    const QString backup = makeBackup("a-backup-name-as-long-as-a-real-one-2026-06-30", "zout en peper");
    RestoreBackupDialog dlg(backup, QString());
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    auto *target = dlg.findChild<QLineEdit *>("targetEdit");
    const int need = target->fontMetrics().horizontalAdvance(target->text());
    QVERIFY2(need <= target->contentsRect().width() - 4,
             qPrintable(QString("%1 px for %2 px").arg(need).arg(target->contentsRect().width())));
}

void TestRestoreBackupDialog::initTestCase()
{
    UiFixture::initApp();
    QVERIFY(m_dir.isValid());
    m_company.uuid = QUuid::createUuid();
    m_company.name = "Bakkerij Backup BV";
    m_company.enterpriseNumber = EnterpriseNumber::compose(4123456);
    m_company.hoursPerDay = 7.6;
    m_company.jointCommittees = {"118"};
}

QString TestRestoreBackupDialog::makeBackup(const QString &name, const QByteArray &passphrase)
{
    const QString wsPath = m_dir.filePath(name + "-source.fladesk");
    QString error;
    auto ws = Workspace::open(wsPath, &error);
    if (!ws || !ws->employers().save(m_company, &error))
        qFatal("workspace: %s", qPrintable(error));
    const QString backup = m_dir.filePath(name + ".fladeskbackup");
    if (!Backup::create(*ws, backup, passphrase, &error))
        qFatal("backup: %s", qPrintable(error));
    return backup;
}

int TestRestoreBackupDialog::employersIn(const QString &workspace)
{
    QString error;
    auto ws = Workspace::open(workspace, &error);
    return ws ? int(fla::test::must(ws->employers().findAll()).size()) : -1;
}

void TestRestoreBackupDialog::restoresAnEncryptedBackupWithTheKeyboard()
{
    const QString backup = makeBackup("encrypted", "correct horse");
    RestoreBackupDialog dlg(backup, QString());
    QVERIFY(dlg.isEncrypted());
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    auto *pass = dlg.findChild<QLineEdit *>("passphraseEdit");
    auto *target = dlg.findChild<QLineEdit *>("targetEdit");
    QVERIFY(pass->isVisible());
    QCOMPARE(QApplication::focusWidget(), pass);
    // The suggested target sits beside the backup, with the workspace extension.
    QVERIFY(target->text().endsWith("encrypted.fladesk"));
    QTest::keyClicks(pass, "correct horse");
    QTest::keyClick(pass, Qt::Key_Tab);
    const QString into = m_dir.filePath("restored.fladesk");
    target->selectAll();
    keyboard::typeText(QApplication::focusWidget(), QDir::toNativeSeparators(into));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(dlg.result(), int(QDialog::Accepted));
    QCOMPARE(dlg.restoredPath(), into);
    QVERIFY(dlg.keptCopy().isEmpty());
    QCOMPARE(employersIn(into), 1);
}

void TestRestoreBackupDialog::refusesAWrongPassphrase()
{
    const QString backup = makeBackup("wrongpass", "correct horse");
    const QString into = m_dir.filePath("wrongpass-restored.fladesk");
    RestoreBackupDialog dlg(backup, QString());
    dlg.findChild<QLineEdit *>("targetEdit")->setText(into);
    dlg.show();
    QTest::keyClicks(dlg.findChild<QLineEdit *>("passphraseEdit"), "battery staple");
    QTest::keyClick(dlg.findChild<QLineEdit *>("passphraseEdit"), Qt::Key_Return);
    QVERIFY(dlg.isVisible());
    QVERIFY(dlg.result() != QDialog::Accepted);
    QVERIFY2(dlg.errorText().contains("wrongpass.fladeskbackup"), qPrintable(dlg.errorText()));
    QVERIFY(dlg.errorText().contains("not restored"));
    QVERIFY(!QFile::exists(into));
    // The passphrase is selected to be typed again; the right one then restores.
    QTest::keyClicks(dlg.findChild<QLineEdit *>("passphraseEdit"), "correct horse");
    QTest::keyClick(dlg.findChild<QLineEdit *>("passphraseEdit"), Qt::Key_Return);
    QCOMPARE(dlg.result(), int(QDialog::Accepted));
    QCOMPARE(employersIn(into), 1);
}

void TestRestoreBackupDialog::refusesADamagedFile()
{
    const QString backup = makeBackup("damaged", "correct horse");
    QFile f(backup);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x5a);
    f.seek(0);
    f.write(bytes);
    f.close();
    const QString into = m_dir.filePath("damaged-restored.fladesk");
    RestoreBackupDialog dlg(backup, QString());
    dlg.findChild<QLineEdit *>("targetEdit")->setText(into);
    dlg.findChild<QLineEdit *>("passphraseEdit")->setText("correct horse");
    dlg.accept();
    QVERIFY(dlg.result() != QDialog::Accepted);
    QVERIFY2(dlg.errorText().contains("damaged.fladeskbackup"), qPrintable(dlg.errorText()));
    QVERIFY(!QFile::exists(into));
}

void TestRestoreBackupDialog::keepsAWorkspaceAlreadyThere()
{
    const QString backup = makeBackup("kept", "pw");
    const QString into = m_dir.filePath("kept-target.fladesk");
    {
        QString error;
        auto ws = Workspace::open(into, &error); // an empty workspace already at the target
        QVERIFY(ws);
    }
    RestoreBackupDialog dlg(backup, QString());
    dlg.findChild<QLineEdit *>("targetEdit")->setText(into);
    dlg.findChild<QLineEdit *>("passphraseEdit")->setText("pw");
    dlg.accept();
    QCOMPARE(dlg.result(), int(QDialog::Accepted));
    QVERIFY(!dlg.keptCopy().isEmpty());
    QVERIFY(QFile::exists(dlg.keptCopy()));
    QCOMPARE(employersIn(into), 1);
}

void TestRestoreBackupDialog::neverRestoresOverTheOpenWorkspace()
{
    const QString backup = makeBackup("overopen", "pw");
    const QString open = m_dir.filePath("open-now.fladesk");
    QString error;
    auto ws = Workspace::open(open, &error);
    QVERIFY(ws);
    RestoreBackupDialog dlg(backup, open);
    dlg.findChild<QLineEdit *>("targetEdit")->setText(open);
    dlg.findChild<QLineEdit *>("passphraseEdit")->setText("pw");
    dlg.accept();
    QVERIFY(dlg.result() != QDialog::Accepted);
    QVERIFY2(dlg.errorText().contains("open now"), qPrintable(dlg.errorText()));
    QCOMPARE(int(fla::test::must(ws->employers().findAll()).size()), 0);
}

void TestRestoreBackupDialog::restoresAnUnencryptedBackupWithoutAsking()
{
    const QString backup = makeBackup("plain", QByteArray());
    RestoreBackupDialog dlg(backup, QString());
    QVERIFY(!dlg.isEncrypted());
    dlg.show();
    QVERIFY(!dlg.findChild<QLineEdit *>("passphraseEdit")->isVisible());
    const QString into = m_dir.filePath("plain-restored.fladesk");
    dlg.findChild<QLineEdit *>("targetEdit")->setText(into);
    QTest::keyClick(dlg.findChild<QLineEdit *>("targetEdit"), Qt::Key_Return);
    QCOMPARE(dlg.result(), int(QDialog::Accepted));
    QCOMPARE(employersIn(into), 1);
}

QTEST_MAIN(TestRestoreBackupDialog)
#include "tst_restorebackupdialog.moc"
