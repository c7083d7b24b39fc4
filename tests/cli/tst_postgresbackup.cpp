#include "CliRun.h"
#include "PostgresTestCluster.h"
#include "TestSupport.h"
#include "core/storage/Backup.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceCopy.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using fla::test::PostgresTestCluster;

namespace {

struct Fingerprint
{
    QList<WorkspaceCopy::TableCount> counts;
    QByteArray auditDigest;
    qint64 auditEntries = 0;
    int policies = 0;
    bool operator==(const Fingerprint &o) const
    {
        if (counts.size() != o.counts.size())
            return false;
        for (int i = 0; i < counts.size(); ++i)
            if (counts.at(i).table != o.counts.at(i).table || counts.at(i).source != o.counts.at(i).source)
                return false;
        return auditDigest == o.auditDigest && auditEntries == o.auditEntries && policies == o.policies;
    }
};

Fingerprint fingerprintOf(const QString &location)
{
    Fingerprint f;
    QString error;
    auto ws = Workspace::open(location, &error);
    if (!ws || !WorkspaceCopy::fingerprint(*ws, &f.counts, &f.auditDigest, &f.auditEntries, &error))
        qFatal("%s: %s", qPrintable(location), qPrintable(error));
    QSqlQuery q(ws->database());
    if (q.exec(QStringLiteral("SELECT count(*) FROM pg_policies")) && q.next())
        f.policies = q.value(0).toInt();
    return f;
}

} // namespace

// `fladesk-cli backup` and `restore` of a team workspace (PostgreSQL) through
// pg_dump and pg_restore, on a real (throw-away) server, encrypted as a
// SQLite workspace's backups are.
class TestPostgresBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void refusals_data();
    void refusals();

private:
    QString newDatabase();
    QTemporaryDir m_dir;
    QString m_office;     // a team workspace with records and an audit trail
    QString m_backup;     // its encrypted backup
    QString m_passphrase; // the file holding the passphrase
};

QString TestPostgresBackup::newDatabase()
{
    QString error;
    const QString db = PostgresTestCluster::instance().createDatabase(QStringLiteral("bak"), &error);
    if (db.isEmpty())
        qFatal("%s", qPrintable(error));
    return PostgresTestCluster::instance().url(db);
}

void TestPostgresBackup::initTestCase()
{
    QString error;
    FLADESK_START_TEST_CLUSTER();
    const QString set = m_dir.filePath(QStringLiteral("set"));
    test::CliRun r = test::runCli({"generate", "--participations", "300", "--seed", "3", "--out", set});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m_office = newDatabase();
    r = test::runCli({"import-csv", set, "--queue", "--workspace", m_office});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m_passphrase = m_dir.filePath(QStringLiteral("pass.txt"));
    QFile pass(m_passphrase);
    QVERIFY(pass.open(QIODevice::WriteOnly));
    pass.write("correct horse battery staple\n");
    pass.close();
    m_backup = m_dir.filePath(QStringLiteral("office.fladesk-backup"));
    r = test::runCli(
        {"backup", "--workspace", m_office, "--out", m_backup, "--passphrase-file", m_passphrase});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestPostgresBackup::roundTrip_data()
{
    QTest::addColumn<bool>("encrypted");
    QTest::newRow("encrypted") << true;
    QTest::newRow("not encrypted") << false;
}

void TestPostgresBackup::roundTrip()
{
    QFETCH(bool, encrypted);
    QString backup = m_backup;
    if (!encrypted) {
        backup = m_dir.filePath(QStringLiteral("plain.fladesk-backup"));
        const test::CliRun r =
            test::runCli({"backup", "--workspace", m_office, "--out", backup, "--no-encryption"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    // The file is the backup format, encrypted or not as asked: the dump's
    // own signature shows only in a plain one.
    QCOMPARE(Backup::isEncrypted(backup), encrypted);
    QFile file(backup);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("FLADBAK1"));
    QCOMPARE(bytes.contains("PGDMP"), !encrypted);
    // Restored into a new database: the same rows, audit trail and access rules.
    const QString restored = newDatabase();
    QStringList args{"restore", backup, "--workspace", restored};
    if (encrypted)
        args << "--passphrase-file" << m_passphrase;
    const test::CliRun r = test::runCli(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("restored from"), r.out.constData());
    const Fingerprint before = fingerprintOf(m_office), after = fingerprintOf(restored);
    QVERIFY(before.auditEntries + before.counts.at(1).source > 0);
    QVERIFY(before.policies > 10);
    QVERIFY(after == before);
}

void TestPostgresBackup::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("pgBin"); // $FLADESK_PG_BIN for the run; empty: unset
    QTest::addColumn<QString>("message");
    QTest::newRow("pg_dump missing") << QStringList{"backup", "--workspace", "OFFICE",
                                                    "--out",  "NEWFILE",     "--no-encryption"}
                                     << "EMPTYDIR"
                                     << "The PostgreSQL program pg_dump was not found in";
    QTest::newRow("pg_restore missing")
        << QStringList{"restore", "BACKUP", "--passphrase-file", "PASS", "--workspace", "NEWDB"} << "EMPTYDIR"
        << "The PostgreSQL program pg_restore was not found in";
    QTest::newRow("pg_dump fails") << QStringList{"backup", "--workspace", "MISSINGDB",
                                                  "--out",  "NEWFILE",     "--no-encryption"}
                                   << ""
                                   << "pg_dump could not back up the team workspace";
    QTest::newRow("target not empty")
        << QStringList{"restore", "BACKUP", "--passphrase-file", "PASS", "--workspace", "OFFICE"} << ""
        << "is not empty";
    QTest::newRow("wrong passphrase")
        << QStringList{"restore", "BACKUP", "--passphrase-file", "WRONGPASS", "--workspace", "NEWDB"} << ""
        << "passphrase";
    QTest::newRow("dump into a file")
        << QStringList{"restore", "BACKUP", "--passphrase-file", "PASS", "--workspace", "NEWFILE"} << ""
        << "holds a team workspace (a PostgreSQL dump)";
}

void TestPostgresBackup::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(QString, pgBin);
    QFETCH(QString, message);
    QTemporaryDir empty;
    const QString wrong = m_dir.filePath(QStringLiteral("wrong.txt"));
    QFile w(wrong);
    QVERIFY(w.open(QIODevice::WriteOnly));
    w.write("not the passphrase\n");
    w.close();
    const QString newFile = m_dir.filePath(
        QStringLiteral("new-%1.fladesk")
            .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    const QString missingDb = PostgresTestCluster::instance().url(QStringLiteral("no_such_db"));
    for (QString &a : args) {
        if (a == QLatin1String("OFFICE"))
            a = m_office;
        else if (a == QLatin1String("NEWFILE"))
            a = newFile;
        else if (a == QLatin1String("BACKUP"))
            a = m_backup;
        else if (a == QLatin1String("PASS"))
            a = m_passphrase;
        else if (a == QLatin1String("WRONGPASS"))
            a = wrong;
        else if (a == QLatin1String("NEWDB"))
            a = newDatabase();
        else if (a == QLatin1String("MISSINGDB"))
            a = missingDb;
    }
    test::CliOptions options;
    if (pgBin == QLatin1String("EMPTYDIR"))
        options.environment << qMakePair(QStringLiteral("FLADESK_PG_BIN"), empty.path());
    const test::CliRun r = test::runCli(args, options);
    QCOMPARE(r.exitCode, 70);
    QVERIFY2(r.errText().contains(message), r.err.constData());
    QVERIFY(!QFileInfo::exists(newFile) || args.first() == QLatin1String("restore"));
    // Nothing half-made: no backup file, and the office's workspace as it was.
    if (args.first() == QLatin1String("backup"))
        QVERIFY(!QFileInfo::exists(newFile));
}

QTEST_GUILESS_MAIN(TestPostgresBackup)
#include "tst_postgresbackup.moc"
