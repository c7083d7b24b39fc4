#include "Must.h"
#include "PostgresTestCluster.h"
#include "StorageTestData.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/Workspace.h"
#include "core/storage/postgres/PostgresLocation.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using fla::test::PostgresTestCluster;

// Connecting to a team server: the address, and a clear message for each way
// it can fail, against a real (throw-away) PostgreSQL server.
class TestPostgresDriver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesAddresses_data();
    void parsesAddresses();
    void refusesBadAddresses_data();
    void refusesBadAddresses();
    void connectionFailuresAreExplained_data();
    void connectionFailuresAreExplained();
    void secondDesktopFindsTheSchema();
    void bothEnginesAtTheSameSchema();

private:
    QString m_db;
};

void TestPostgresDriver::initTestCase()
{
    QString error;
    PostgresTestCluster &cluster = PostgresTestCluster::instance();
    FLADESK_START_TEST_CLUSTER();
    m_db = cluster.createDatabase(QStringLiteral("conn"), &error);
    QVERIFY2(!m_db.isEmpty(), qPrintable(error));
    {
        auto admin = Workspace::open(cluster.url(m_db), &error);
        QVERIFY2(admin, qPrintable(error));
    }
    QVERIFY2(cluster.execAsAdmin(m_db,
                                 {QStringLiteral("CREATE ROLE erin LOGIN PASSWORD 'erin-secret'"),
                                  QStringLiteral("CREATE ROLE carol LOGIN PASSWORD 'carol-secret'"),
                                  QStringLiteral("REVOKE CONNECT ON DATABASE %1 FROM PUBLIC").arg(m_db),
                                  QStringLiteral("GRANT CONNECT ON DATABASE %1 TO erin").arg(m_db)},
                                 &error),
             qPrintable(error));
}

void TestPostgresDriver::parsesAddresses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("display");
    QTest::newRow("host and user") << "postgresql://anna@db.office.example/fladesk"
                                   << "db.office.example" << 5432 << "anna"
                                   << "fladesk"
                                   << ""
                                   << "postgresql://anna@db.office.example/fladesk";
    QTest::newRow("password never shown")
        << "postgres://anna:s3cret@10.1.2.3:6543/ws?sslmode=verify-full&sslrootcert=/etc/office-ca.pem"
        << "10.1.2.3" << 6543 << "anna"
        << "ws"
        << "sslmode=verify-full;sslrootcert=/etc/office-ca.pem"
        << "postgresql://anna@10.1.2.3:6543/ws?sslmode=verify-full&sslrootcert=/etc/office-ca.pem";
    QTest::newRow("socket folder") << "postgresql:///ws?host=/run/postgresql"
                                   << "/run/postgresql" << 5432 << ""
                                   << "ws"
                                   << ""
                                   << "postgresql:///ws?host=/run/postgresql";
    QTest::newRow("socket folder and port") << "postgresql://anna@/ws?host=/run/postgresql&port=5499"
                                            << "/run/postgresql" << 5499 << "anna"
                                            << "ws"
                                            << ""
                                            << "postgresql://anna@/ws?host=/run/postgresql&port=5499";
}

void TestPostgresDriver::parsesAddresses()
{
    QFETCH(QString, url);
    QString error;
    const auto loc = PostgresLocation::parse(url, &error);
    QVERIFY2(loc, qPrintable(error));
    QTEST(loc->host, "host");
    QTEST(loc->port, "port");
    QTEST(loc->user, "user");
    QTEST(loc->database, "database");
    QTEST(loc->connectOptions(), "options");
    QTEST(loc->display(), "display");
    QVERIFY(!loc->display().contains(QLatin1String("s3cret")));
}

void TestPostgresDriver::refusesBadAddresses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");
    QTest::newRow("no database") << "postgresql://anna@db.office.example"
                                 << "names no database";
    QTest::newRow("unknown option") << "postgresql://anna@db/ws?sslmod=require"
                                    << "option sslmod";
    QTest::newRow("unknown sslmode") << "postgresql://anna@db/ws?sslmode=always"
                                     << "sslmode always";
}

void TestPostgresDriver::refusesBadAddresses()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!Workspace::open(url, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestPostgresDriver::connectionFailuresAreExplained_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<bool>("serverDown");
    QTest::addColumn<QString>("message");
    QTest::newRow("server down") << "erin"
                                 << "erin-secret"
                                 << "" << true << "cannot be reached";
    QTest::newRow("wrong password") << "erin"
                                    << "guess"
                                    << "" << false << "refused the user erin";
    QTest::newRow("no password") << "erin"
                                 << ""
                                 << "" << false << "refused the user erin";
    QTest::newRow("unknown user") << "mallory"
                                  << "x"
                                  << "" << false << "refused the user mallory";
    QTest::newRow("unknown database") << "erin"
                                      << "erin-secret"
                                      << "no_such_db" << false << "has no database no_such_db";
    QTest::newRow("may not connect") << "carol"
                                     << "carol-secret"
                                     << "" << false << "may not connect to the database";
    QTest::newRow("no company granted") << "erin"
                                        << "erin-secret"
                                        << "" << false << "has no access to the workspace";
}

void TestPostgresDriver::connectionFailuresAreExplained()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, database);
    QFETCH(bool, serverDown);
    QFETCH(QString, message);
    QTemporaryDir nowhere; // a socket folder where no server listens
    QString url = PostgresTestCluster::instance().url(database.isEmpty() ? m_db : database, user, password);
    if (serverDown)
        url.replace(QString::fromUtf8(QUrl::toPercentEncoding(PostgresTestCluster::instance().socketDir())),
                    QString::fromUtf8(QUrl::toPercentEncoding(nowhere.path())));
    QString error;
    QVERIFY(!Workspace::open(url, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    if (!password.isEmpty() && password != QLatin1String("x"))
        QVERIFY2(!error.contains(password), "a message never shows the password");
}

// A second desktop opening the workspace finds the schema the first one
// created (a migration holds an advisory lock, so two at once take turns).
void TestPostgresDriver::secondDesktopFindsTheSchema()
{
    QString error;
    const QString db = PostgresTestCluster::instance().createDatabase(QStringLiteral("twice"), &error);
    QVERIFY2(!db.isEmpty(), qPrintable(error));
    auto first = Workspace::open(PostgresTestCluster::instance().url(db), &error);
    QVERIFY2(first, qPrintable(error));
    auto second = Workspace::open(PostgresTestCluster::instance().url(db), &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->schemaVersion(), Workspace::latestSchemaVersion());
    QVERIFY(first->employers().save(storagetest::employer("Shared"), &error));
    QCOMPARE(fla::test::must(second->employers().findCount()), 1);
}

// A migration added to one engine must be added to the other: a workspace's
// schema version means the same tables on both.
void TestPostgresDriver::bothEnginesAtTheSameSchema()
{
    QCOMPARE(createPostgresDriver()->migrations().constLast().version,
             createSqliteDriver()->migrations().constLast().version);
    QCOMPARE(Workspace::latestSchemaVersion(), createSqliteDriver()->migrations().constLast().version);
}

QTEST_GUILESS_MAIN(TestPostgresDriver)
#include "tst_postgresdriver.moc"
