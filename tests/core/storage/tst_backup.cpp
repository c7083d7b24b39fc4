#include "Must.h"
#include "StorageTestData.h"
#include "core/storage/Backup.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

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
    void foreignKeyParametersRefusedBeforeDerivation_data();
    void foreignKeyParametersRefusedBeforeDerivation();
    void hugeLengthRefusedWithItsNumbers();
    void notAWorkspaceRefused_data();
    void notAWorkspaceRefused();
    void filesReadableByOwnerOnly();

private:
    // A plain backup file around any payload, made as the format says
    // (docs/storage.md): what an attacker can write without FLA Desk.
    static QByteArray plainBackupOf(const QByteArray &payload);
    static void writeFile(const QString &file, const QByteArray &bytes);
    static QByteArray readFile(const QString &file);
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
    QCOMPARE(fla::test::must(restored->workers(m_e.uuid).find(m_w.uuid))->familyName,
             QStringLiteral("Verstraete"));
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
    QVERIFY(fla::test::must(m_ws->workers(m_e.uuid).find(m_w.uuid))); // current workspace untouched
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
    QVERIFY(!fla::test::must(restored->workers(m_e.uuid).find(later.uuid))); // the backup's state
    restored.reset();
    auto previous = Workspace::open(kept, &error);
    QVERIFY2(previous, qPrintable(error));
    QVERIFY(fla::test::must(previous->workers(m_e.uuid).find(later.uuid))); // nothing lost
}

void TestBackup::restoreRefusedWhileOpen()
{
    QString error;
    QVERIFY(Backup::create(*m_ws, path("b.fdbak"), "pw", &error));
    QVERIFY(!Backup::restore(path("b.fdbak"), "pw", path("ws.fladesk"), nullptr, &error));
    QVERIFY2(error.contains("open in another program"), qPrintable(error));
    QVERIFY(fla::test::must(m_ws->workers(m_e.uuid).find(m_w.uuid)));
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
    QCOMPARE(fla::test::must(copy->workers(m_e.uuid).findCount()), 21);
}

QByteArray TestBackup::plainBackupOf(const QByteArray &payload)
{
    QByteArray header(88, '\0');
    memcpy(header.data(), "FLADBAK1", 8);
    header[8] = 1; // version; no encryption, no key derivation
    qToBigEndian<quint64>(quint64(payload.size()), header.data() + 48);
    const QByteArray signedPart = header + payload;
    return signedPart + QCryptographicHash::hash(signedPart, QCryptographicHash::Sha256);
}

void TestBackup::writeFile(const QString &file, const QByteArray &bytes)
{
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray TestBackup::readFile(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestBackup::foreignKeyParametersRefusedBeforeDerivation_data()
{
    // Header byte 12 is log2(N), 13 r, 14 p; backup writes 15, 8, 1. Each
    // row below costs scrypt 128 MiB to 1 GiB and seconds if derived.
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("value");
    QTest::newRow("N = 2^20") << 12 << 20; // named in the message, as r and p
    QTest::newRow("r = 32") << 13 << 32;
    QTest::newRow("p = 16") << 14 << 16;
    QTest::newRow("N = 2^10 (weaker)") << 12 << 10;
}

void TestBackup::foreignKeyParametersRefusedBeforeDerivation()
{
    QFETCH(int, offset);
    QFETCH(int, value);
    QString error;
    QVERIFY(Backup::create(*m_ws, path("b.fdbak"), "pw", &error));
    QByteArray bytes = readFile(path("b.fdbak"));
    bytes[offset] = char(value);
    writeFile(path("b.fdbak"), bytes);
    // Refused before deriving: compared with one derivation on this machine at
    // this moment (a wrong passphrase on an intact backup derives, then fails),
    // so that a loaded machine slows both alike.
    QVERIFY(Backup::create(*m_ws, path("intact.fdbak"), "pw", &error));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!Backup::restore(path("intact.fdbak"), "not-pw", path("r0.fladesk"), nullptr, &error));
    const qint64 oneDerivation = timer.elapsed();
    timer.restart();
    QVERIFY(!Backup::restore(path("b.fdbak"), "pw", path("r.fladesk"), nullptr, &error));
    QVERIFY2(timer.elapsed() * 4 < oneDerivation,
             qPrintable(QStringLiteral("%1 ms vs %2 ms").arg(timer.elapsed()).arg(oneDerivation)));
    QVERIFY2(error.contains("key parameters") && error.contains("b.fdbak"), qPrintable(error));
    const QString given = offset == 12   ? QString("N = 2^%1,").arg(value)
                          : offset == 13 ? QString("r = %1,").arg(value)
                                         : QString("p = %1)").arg(value);
    QVERIFY2(error.contains(given), qPrintable(error));
    QVERIFY(!QFile::exists(path("r.fladesk")));
    QVERIFY(!QFile::exists(path("r.fladesk.restoring")));
}

void TestBackup::hugeLengthRefusedWithItsNumbers()
{
    QString error;
    QVERIFY(Backup::create(*m_ws, path("b.fdbak"), "pw", &error));
    QByteArray bytes = readFile(path("b.fdbak"));
    const qint64 size = bytes.size();
    qToBigEndian<quint64>(0xFFFFFFFFFFFFFF00ull, bytes.data() + 48);
    writeFile(path("b.fdbak"), bytes);
    QVERIFY(!Backup::restore(path("b.fdbak"), "pw", path("r.fladesk"), nullptr, &error));
    QVERIFY2(error.contains("18446744073709551360") && error.contains(QString::number(size)),
             qPrintable(error));
    QVERIFY2(!error.contains(QRegularExpression("(^|\\s)-\\d")), qPrintable(error)); // no negative count
    QVERIFY(!QFile::exists(path("r.fladesk")));
}

void TestBackup::notAWorkspaceRefused_data()
{
    QTest::addColumn<int>("userVersion"); // of a plain SQLite file; -1: not SQLite at all
    QTest::addColumn<QString>("expected");
    QTest::newRow("any SQLite file") << 0 << "schema version 0";
    QTest::newRow("SQLite with a plausible version") << 3 << "tables";
    QTest::newRow("a newer schema number") << 9999 << "schema version 9999";
    QTest::newRow("not SQLite") << -1 << "not an FLA Desk workspace";
}

void TestBackup::notAWorkspaceRefused()
{
    QFETCH(int, userVersion);
    QFETCH(QString, expected);
    QByteArray payload = "just some bytes, not a database at all";
    if (userVersion >= 0) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "other-app");
            db.setDatabaseName(path("other.db"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"));
            QVERIFY(q.exec("INSERT INTO notes (text) VALUES ('hello')"));
            QVERIFY(q.exec(QString("PRAGMA user_version = %1").arg(userVersion)));
            db.close();
        }
        QSqlDatabase::removeDatabase("other-app");
        payload = readFile(path("other.db"));
    }
    writeFile(path("other.fdbak"), plainBackupOf(payload));
    m_ws.reset();
    const QByteArray before = readFile(path("ws.fladesk"));
    QString error, kept;
    QVERIFY(!Backup::restore(path("other.fdbak"), {}, path("ws.fladesk"), &kept, &error));
    QVERIFY2(error.contains(expected) && error.contains("other.fdbak"), qPrintable(error));
    QVERIFY(kept.isEmpty());
    QCOMPARE(readFile(path("ws.fladesk")), before); // the workspace is untouched
    QVERIFY(!QFile::exists(path("ws.fladesk.restoring")));
    const QStringList left = QDir(m_dir->path()).entryList({"ws.fladesk.before-restore*"});
    QVERIFY2(left.isEmpty(), qPrintable(left.join(' ')));
}

void TestBackup::filesReadableByOwnerOnly()
{
#ifdef Q_OS_WIN
    // Windows keeps a profile's files private by the folder's access control list; Qt's
    // permission bits there only say whether a file is read-only.
    QSKIP("Unix permission bits: on Windows the profile folder's ACL keeps the files private");
#endif
    const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    const auto othersOrGroup = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    QCOMPARE(QFile::permissions(path("ws.fladesk")) & othersOrGroup, QFile::Permissions());
    QString error;
    QVERIFY(Backup::create(*m_ws, path("b.fdbak"), "pw", &error));
    QVERIFY(Backup::create(*m_ws, path("p.fdbak"), {}, &error));
    QVERIFY(Backup::createFromFile(path("ws.fladesk"), path("live.fdbak"), {}, &error));
    for (const char *name : {"b.fdbak", "p.fdbak", "live.fdbak"}) {
        QVERIFY2((QFile::permissions(path(name)) & othersOrGroup) == QFile::Permissions(), name);
        QVERIFY2((QFile::permissions(path(name)) & ownerOnly) == ownerOnly, name);
    }
    // No snapshot is left next to the backups.
    QCOMPARE(QDir(m_dir->path()).entryList({"*snapshot*"}, QDir::AllEntries | QDir::Hidden), QStringList());
    QVERIFY(Backup::restore(path("p.fdbak"), {}, path("r/restored.fladesk"), nullptr, &error));
    QCOMPARE(QFile::permissions(path("r/restored.fladesk")) & othersOrGroup, QFile::Permissions());
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
