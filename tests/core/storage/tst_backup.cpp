#include "StorageTestData.h"
#include "storage/Backup.h"
#include "storage/EmployerRepository.h"
#include "storage/WorkerRepository.h"
#include "storage/Workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using namespace storagetest;

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void encryptedRoundTripOnAnotherPath();
    void plainRoundTrip();
    void wrongPassphraseRefused();
    void truncatedRefused();
    void tamperedRefused_data();
    void tamperedRefused();
    void restoreKeepsCurrentWorkspace();
    void restoreRefusedWhileOpen();
    void backupWhileAnotherConnectionWrites();

private:
    QString path(const char *name) const { return m_dir->filePath(QLatin1String(name)); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    Employer m_e;
    Worker m_w;
};

void TestBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_ws = Workspace::open(path("ws.fladesk"), &error);
    QVERIFY(m_ws);
    m_e = employer("Backup BV");
    m_w = worker(m_e.uuid, "Verstraete");
    QVERIFY(m_ws->employers().save(m_e, &error));
    QVERIFY(m_ws->workers(m_e.uuid).save(m_w, &error));
}

void TestBackup::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

void TestBackup::encryptedRoundTripOnAnotherPath()
{
    QString error;
    QVERIFY2(Backup::create(*m_ws, path("b.fdbak"), "correct horse", &error), qPrintable(error));
    QVERIFY(Backup::isEncrypted(path("b.fdbak")));
    // The plaintext of the database must not be readable in the file.
    QFile f(path("b.fdbak"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray raw = f.readAll();
    QVERIFY(!raw.contains("SQLite format 3"));
    QVERIFY(!raw.contains("Verstraete"));
    QString kept;
    QVERIFY2(Backup::restore(path("b.fdbak"), "correct horse", path("other/restored.fladesk"), &kept, &error),
             qPrintable(error));
    QVERIFY(kept.isEmpty()); // nothing was there
    auto restored = Workspace::open(path("other/restored.fladesk"), &error);
    QVERIFY2(restored, qPrintable(error));
    QCOMPARE(restored->workers(m_e.uuid).get(m_w.uuid)->familyName, QStringLiteral("Verstraete"));
    QVERIFY(restored->integrityCheck());
}

void TestBackup::plainRoundTrip()
{
    QString error;
    QVERIFY(Backup::create(*m_ws, path("p.fdbak"), {}, &error));
    QVERIFY(!Backup::isEncrypted(path("p.fdbak")));
    QVERIFY2(Backup::extract(path("p.fdbak"), {}, path("p.db"), &error), qPrintable(error));
    QVERIFY(QFile(path("p.db")).size() > 0);
}

void TestBackup::wrongPassphraseRefused()
{
    QString error;
    QVERIFY(Backup::create(*m_ws, path("b.fdbak"), "right", &error));
    QVERIFY(!Backup::restore(path("b.fdbak"), "wrong", path("r.fladesk"), nullptr, &error));
    QVERIFY2(error.contains("Wrong passphrase"), qPrintable(error));
    QVERIFY(!QFile::exists(path("r.fladesk")));
    QVERIFY(!Backup::extract(path("b.fdbak"), {}, path("x.db"), &error));
    QVERIFY2(error.contains("give its passphrase"), qPrintable(error));
}

void TestBackup::truncatedRefused()
{
    QString error;
    QVERIFY(Backup::create(*m_ws, path("b.fdbak"), "pw", &error));
    QFile f(path("b.fdbak"));
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(f.size() - 100));
    f.close();
    QVERIFY(!Backup::restore(path("b.fdbak"), "pw", path("ws.fladesk"), nullptr, &error));
    QVERIFY2(error.contains("truncated"), qPrintable(error));
    QVERIFY(m_ws->workers(m_e.uuid).get(m_w.uuid)); // current workspace untouched
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(20));
    f.close();
    QVERIFY(!Backup::extract(path("b.fdbak"), "pw", path("x.db"), &error));
    QVERIFY2(error.contains("truncated"), qPrintable(error));
}

void TestBackup::tamperedRefused_data()
{
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<int>("offset"); // from the start; negative from the end
    QTest::addColumn<QString>("expected");
    QTest::newRow("payload, encrypted") << QByteArray("pw") << 5000 << "altered or damaged";
    QTest::newRow("tag, encrypted") << QByteArray("pw") << -3 << "altered or damaged";
    QTest::newRow("nonce in header") << QByteArray("pw") << 35 << "header has been altered";
    QTest::newRow("length in header") << QByteArray("pw") << 55 << "";
    QTest::newRow("payload, plain") << QByteArray() << 5000 << "altered or damaged";
}

void TestBackup::tamperedRefused()
{
    QFETCH(QByteArray, passphrase);
    QFETCH(int, offset);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(Backup::create(*m_ws, path("b.fdbak"), passphrase, &error));
    QFile f(path("b.fdbak"));
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 at = offset >= 0 ? offset : f.size() + offset;
    f.seek(at);
    char c = 0;
    f.getChar(&c);
    f.seek(at);
    f.putChar(char(c ^ 0x01));
    f.close();
    QVERIFY(!Backup::restore(path("b.fdbak"), passphrase, path("r.fladesk"), nullptr, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!QFile::exists(path("r.fladesk")));
    QVERIFY(!QFile::exists(path("r.fladesk.restoring")));
}

void TestBackup::restoreKeepsCurrentWorkspace()
{
    QString error;
    QVERIFY(Backup::create(*m_ws, path("b.fdbak"), "pw", &error));
    // Change the workspace after the backup, then close it.
    const Worker later = worker(m_e.uuid, "Later", 44);
    QVERIFY(m_ws->workers(m_e.uuid).save(later, &error));
    m_ws.reset();
    QString kept;
    QVERIFY2(Backup::restore(path("b.fdbak"), "pw", path("ws.fladesk"), &kept, &error), qPrintable(error));
    QVERIFY(!kept.isEmpty());
    QVERIFY(QFile::exists(kept));
    auto restored = Workspace::open(path("ws.fladesk"), &error);
    QVERIFY(restored);
    QVERIFY(!restored->workers(m_e.uuid).get(later.uuid)); // the backup's state
    restored.reset();
    auto previous = Workspace::open(kept, &error);
    QVERIFY2(previous, qPrintable(error));
    QVERIFY(previous->workers(m_e.uuid).get(later.uuid)); // nothing lost
}

void TestBackup::restoreRefusedWhileOpen()
{
    QString error;
    QVERIFY(Backup::create(*m_ws, path("b.fdbak"), "pw", &error));
    QVERIFY(!Backup::restore(path("b.fdbak"), "pw", path("ws.fladesk"), nullptr, &error));
    QVERIFY2(error.contains("open in another program"), qPrintable(error));
    QVERIFY(m_ws->workers(m_e.uuid).get(m_w.uuid));
}

void TestBackup::backupWhileAnotherConnectionWrites()
{
    // The workspace stays open (locked) here, as in the running app; the
    // backup goes through its own connection.
    QString error;
    for (int i = 0; i < 20; ++i)
        QVERIFY(m_ws->workers(m_e.uuid).save(worker(m_e.uuid, QStringLiteral("N%1").arg(i), 50 + i), &error));
    QVERIFY2(Backup::createFromFile(path("ws.fladesk"), path("live.fdbak"), "pw", &error), qPrintable(error));
    m_ws->workers(m_e.uuid).save(worker(m_e.uuid, "After", 90), &error);
    QVERIFY(Backup::restore(path("live.fdbak"), "pw", path("copy.fladesk"), nullptr, &error));
    auto copy = Workspace::open(path("copy.fladesk"), &error);
    QVERIFY(copy);
    QCOMPARE(copy->workers(m_e.uuid).count(), 21);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
