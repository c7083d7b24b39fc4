#include "CliRun.h"
#include "PostgresTestCluster.h"
#include "TestSupport.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using fla::test::PostgresTestCluster;

// `fladesk-cli team grant|revoke|list` on a workspace of a real (throw-away)
// PostgreSQL server, as the office's administrator would run it.
class TestTeamCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void grantListRevoke();
    void refusals_data();
    void refusals();
    void fileWorkspaceIsRefused();

private:
    int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr);
    QString m_url;
    Employer m_company;
};

int TestTeamCommand::run(const QStringList &args, QByteArray *out, QByteArray *err)
{
    const test::CliRun r = test::runCli(args);
    if (out)
        *out = r.out;
    if (err)
        *err = r.err;
    return r.exitCode;
}

void TestTeamCommand::initTestCase()
{
    QString error;
    PostgresTestCluster &cluster = PostgresTestCluster::instance();
    FLADESK_START_TEST_CLUSTER();
    const QString db = cluster.createDatabase(QStringLiteral("office"), &error);
    QVERIFY2(!db.isEmpty(), qPrintable(error));
    m_url = cluster.url(db);
    auto ws = Workspace::open(m_url, &error);
    QVERIFY2(ws, qPrintable(error));
    m_company.uuid = QUuid::createUuid();
    m_company.enterpriseNumber = EnterpriseNumber::compose(5669882);
    m_company.name = QStringLiteral("Bakkerij Peeters");
    QVERIFY2(ws->employers().save(m_company, &error), qPrintable(error));
    QVERIFY2(
        cluster.execAsAdmin(db, {QStringLiteral("CREATE ROLE dana LOGIN PASSWORD 'dana-secret'")}, &error),
        qPrintable(error));
}

void TestTeamCommand::grantListRevoke()
{
    const QString number = EnterpriseNumber::parse(m_company.enterpriseNumber).display();
    QByteArray out, err;
    QCOMPARE(run({"team", "grant", "--user", "dana", "--employer", number, "--workspace", m_url}, &out, &err),
             0);
    QVERIFY2(out.contains("dana may now see and change Bakkerij Peeters"), out.constData());
    QCOMPARE(run({"team", "list", "--workspace", m_url}, &out, &err), 0);
    QVERIFY2(out.startsWith(QByteArray("dana\t" + number.toUtf8() + "\tBakkerij Peeters\t")),
             out.constData());
    QCOMPARE(run({"team", "list", "--json", "--workspace", m_url}, &out, &err), 0);
    const QJsonObject o = QJsonDocument::fromJson(out.trimmed()).object();
    QCOMPARE(o.value("user").toString(), QStringLiteral("dana"));
    QCOMPARE(o.value("employer").toString(), number);
    QCOMPARE(o.value("grantedBy").toString(), PostgresTestCluster::adminUser());
    // Dana herself, with her password, sees her grant.
    QCOMPARE(run({"team", "list", "--workspace",
                  PostgresTestCluster::instance().url(m_url.section('/', 3).section('?', 0, 0), "dana",
                                                      "dana-secret")},
                 &out, &err),
             0);
    QVERIFY2(out.startsWith("dana\t"), out.constData());
    QCOMPARE(
        run({"team", "revoke", "--user", "dana", "--employer", number, "--workspace", m_url}, &out, &err), 0);
    QVERIFY2(out.contains("dana no longer sees Bakkerij Peeters"), out.constData());
    QCOMPARE(run({"team", "list", "--workspace", m_url}, &out, &err), 0);
    QCOMPARE(out, QByteArray());
}

void TestTeamCommand::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList{"team"} << 64 << "team grant, team revoke or team list";
    QTest::newRow("no user") << QStringList{"team", "grant", "--employer", "0566.988.259"} << 64
                             << "--user ROLE";
    QTest::newRow("unknown role") << QStringList{"team", "grant",      "--user",
                                                 "zed",  "--employer", "0566.988.259"}
                                  << 70 << "no database user zed";
    QTest::newRow("unknown company") << QStringList{"team", "grant",      "--user",
                                                    "dana", "--employer", "0403.019.261"}
                                     << 70 << "has no company 0403.019.261";
}

void TestTeamCommand::refusals()
{
    QFETCH(QStringList, args);
    QByteArray out, err;
    QTEST(run(args << "--workspace" << m_url, &out, &err), "status");
    QFETCH(QString, message);
    QVERIFY2(QString::fromUtf8(err).contains(message), err.constData());
}

void TestTeamCommand::fileWorkspaceIsRefused()
{
    QTemporaryDir dir;
    QByteArray out, err;
    QCOMPARE(run({"team", "list", "--workspace", dir.filePath("ws.fladesk")}, &out, &err), 70);
    QVERIFY2(err.contains("team server"), err.constData());
}

QTEST_GUILESS_MAIN(TestTeamCommand)
#include "tst_teamcommand.moc"
