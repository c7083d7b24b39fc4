// A team server's address without a password opens with the one the
// keychain keeps (what the desktop's "Connect to a team server…" remembered),
// on a real PostgreSQL cluster whose staff roles need a password. The
// keychain is a SecretStore in memory here, counting what is asked of it.

#include "PostgresTestCluster.h"
#include "core/auth/SecretStore.h"
#include "core/auth/TeamServerPasswords.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/postgres/PostgresLocation.h"
#include "core/storage/postgres/TeamAccess.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using namespace fla::auth;
using namespace fla::test;

namespace {

class CountingSecretStore final : public SecretStore
{
public:
    bool write(const QString &key, const QByteArray &secret, QString *error) override
    {
        return m_kept.write(key, secret, error);
    }
    std::optional<QByteArray> read(const QString &key, QString *error) override
    {
        ++reads;
        return m_kept.read(key, error);
    }
    bool remove(const QString &key, QString *error) override { return m_kept.remove(key, error); }
    int reads = 0;

private:
    MemorySecretStore m_kept;
};

} // namespace

class TestTeamServerPasswords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensWithTheKeptPassword_data();
    void opensWithTheKeptPassword();
    void aFileNeverAsksTheKeychain();

private:
    QString m_db;
};

void TestTeamServerPasswords::initTestCase()
{
    QString error;
    PostgresTestCluster &cluster = PostgresTestCluster::instance();
    FLADESK_START_TEST_CLUSTER();
    m_db = cluster.createDatabase(QStringLiteral("keptpw"), &error);
    QVERIFY2(!m_db.isEmpty(), qPrintable(error));
    QVERIFY2(cluster.execAsAdmin(m_db, {QStringLiteral("CREATE ROLE carla LOGIN PASSWORD 'carla-secret'")},
                                 &error),
             qPrintable(error));
    // The owner makes the workspace and grants carla a company.
    auto owner = Workspace::open(cluster.url(m_db), &error);
    QVERIFY2(owner, qPrintable(error));
    Employer e;
    e.uuid = QUuid::createUuid();
    e.enterpriseNumber = EnterpriseNumber::compose(5669882);
    e.name = QStringLiteral("Alpha");
    QVERIFY2(owner->employers().save(e, &error), qPrintable(error));
    QVERIFY2(TeamAccess(*owner).grant(QStringLiteral("carla"), e.uuid, &error), qPrintable(error));
}

void TestTeamServerPasswords::opensWithTheKeptPassword_data()
{
    QTest::addColumn<QString>("inAddress"); // the password the address holds
    QTest::addColumn<QString>("kept");      // the keychain's, for carla on this server; empty: none
    QTest::addColumn<bool>("opens");
    QTest::addColumn<int>("keychainReads");
    QTest::newRow("kept, none typed") << ""
                                      << "carla-secret" << true << 1;
    QTest::newRow("nothing kept") << ""
                                  << "" << false << 1;
    QTest::newRow("a wrong one kept") << ""
                                      << "not-hers" << false << 1;
    QTest::newRow("typed in the address") << "carla-secret"
                                          << "not-hers" << true << 0;
    QTest::newRow("a wrong one typed") << "Wr0ng"
                                       << "carla-secret" << false << 0;
}

void TestTeamServerPasswords::opensWithTheKeptPassword()
{
    QFETCH(QString, inAddress);
    QFETCH(QString, kept);
    QFETCH(bool, opens);
    QFETCH(int, keychainReads);
    const QString url = PostgresTestCluster::instance().url(m_db, QStringLiteral("carla"), inAddress);
    QString error;
    const std::optional<PostgresLocation> loc = PostgresLocation::parse(url, &error);
    QVERIFY2(loc, qPrintable(error));
    CountingSecretStore keychain;
    if (!kept.isEmpty())
        QVERIFY(keychain.write(teamServerPasswordKey(*loc), kept.toUtf8(), &error));

    const std::unique_ptr<Workspace> ws = openWithKeptPassword(url, keychain, &error);

    QVERIFY2(bool(ws) == opens, qPrintable(error));
    QCOMPARE(keychain.reads, keychainReads);
    if (!opens) {
        QVERIFY2(error.contains(QLatin1String("the user name or the password is wrong")), qPrintable(error));
        // Neither password is ever shown.
        QVERIFY(!error.contains(QLatin1String("not-hers")) && !error.contains(QLatin1String("Wr0ng")));
        QVERIFY(!error.contains(QLatin1String("carla-secret")));
    } else {
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

void TestTeamServerPasswords::aFileNeverAsksTheKeychain()
{
    QTemporaryDir dir;
    CountingSecretStore keychain;
    QString error;
    QVERIFY2(openWithKeptPassword(dir.filePath(QStringLiteral("ws.fladesk")), keychain, &error),
             qPrintable(error));
    QCOMPARE(keychain.reads, 0);
}

QTEST_GUILESS_MAIN(TestTeamServerPasswords)
#include "tst_teamserverpasswords.moc"
