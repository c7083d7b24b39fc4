#include "CliRun.h"
#include "Must.h"
#include "PostgresTestCluster.h"
#include "TestSupport.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/Workspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;

// scripts/team-server.sh run as an office's administrator would, in its
// --data form (a cluster in a temporary folder on a free port, as the test
// cluster does): a server that takes only TLS connections with a password
// and whose certificate verify-full accepts, the owner's workspace made by
// the app's migrations (row-level security), staff roles that see nothing
// until granted.
class TestTeamServerScript : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ownerConnectsWithVerifiedTls();
    void refusedConnections_data();
    void refusedConnections();
    void staffSeeOnlyTheirGrants();
    void cleanupTestCase();

private:
    QString url(const QString &user, const QString &options) const;
    QTemporaryDir m_dir;
    QString m_base;
    int m_port = 0;
    QHash<QString, QString> m_passwords;
    bool m_started = false;
};

QString TestTeamServerScript::url(const QString &user, const QString &options) const
{
    return QStringLiteral("postgresql://%1:%2@localhost:%3/office?%4")
        .arg(user, m_passwords.value(user))
        .arg(m_port)
        .arg(options);
}

void TestTeamServerScript::initTestCase()
{
    const QString bin = qEnvironmentVariable("FLADESK_PG_BIN", QStringLiteral("/usr/lib/postgresql/15/bin"));
    if (!QFileInfo(bin + QStringLiteral("/initdb")).isExecutable()) {
        const QByteArray why = "PostgreSQL 15 is not installed (no initdb in " + bin.toUtf8() + ")";
        if (test::postgresRequired())
            QFAIL(why.constData());
        QSKIP(why.constData());
    }
    QVERIFY(m_dir.isValid());
    // The server runs as another user when the tests run as root: it must
    // reach its folder.
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                            QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                            QFileDevice::ExeGroup);
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress(QHostAddress::LocalHost), 0));
    m_port = probe.serverPort();
    probe.close();
    m_base = m_dir.filePath(QStringLiteral("office"));
    QProcess script;
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(QStringLiteral("bash"),
                 {QStringLiteral(FLADESK_SOURCE_DIR "/scripts/team-server.sh"), QStringLiteral("--data"),
                  m_base, QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--host"),
                  QStringLiteral("localhost"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                  QStringLiteral("--database"), QStringLiteral("office"), QStringLiteral("--staff"),
                  QStringLiteral("anna,bert"), QStringLiteral("--cli"),
                  test::executablePath(QStringLiteral("fladesk-cli"))});
    QVERIFY(script.waitForFinished(180000));
    const QByteArray output = script.readAll();
    m_started = QFileInfo::exists(m_base + QStringLiteral("/cluster/postmaster.pid"));
    QVERIFY2(script.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("The team server is ready."), output.constData());
    QVERIFY2(output.contains("tables under row-level security"), output.constData());
    QFile credentials(m_base + QStringLiteral("/credentials.txt"));
    QVERIFY(credentials.open(QIODevice::ReadOnly));
    QCOMPARE(credentials.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), 0);
    for (const QByteArray &line : credentials.readAll().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 2)
            m_passwords.insert(QString::fromUtf8(parts.at(0)), QString::fromUtf8(parts.at(1)));
    }
    QCOMPARE(m_passwords.keys().size(), 3);
    QVERIFY(m_passwords.value(QStringLiteral("fladesk_owner")).size() >= 16);
}

void TestTeamServerScript::ownerConnectsWithVerifiedTls()
{
    const QString tls =
        QStringLiteral("sslmode=verify-full&sslrootcert=") + m_base + QStringLiteral("/tls/server.crt");
    QString error;
    auto ws = Workspace::open(url(QStringLiteral("fladesk_owner"), tls), &error);
    QVERIFY2(ws, qPrintable(error));
    QSqlQuery q(ws->database());
    QVERIFY(q.exec(QStringLiteral("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toBool());
    QVERIFY(q.value(1).toString().startsWith(QLatin1String("TLSv1.")));
    // The migrations ran: every company table under row-level security.
    QVERIFY(
        q.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND rowsecurity")));
    QVERIFY(q.next());
    QVERIFY2(q.value(0).toInt() >= 15, qPrintable(q.value(0).toString()));
    QCOMPARE(ws->schemaVersion(), Workspace::latestSchemaVersion());
}

void TestTeamServerScript::refusedConnections_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("without TLS") << "fladesk_owner"
                                 << "sslmode=disable"
                                 << "may not connect";
    QTest::newRow("another certificate") << "fladesk_owner"
                                         << "sslmode=verify-full&sslrootcert=OTHER"
                                         << "secure connection";
    QTest::newRow("wrong password") << "nobody_here"
                                    << "sslmode=require"
                                    << "user name or the password is wrong";
}

void TestTeamServerScript::refusedConnections()
{
    QFETCH(QString, user);
    QFETCH(QString, options);
    QFETCH(QString, message);
    if (options.contains(QLatin1String("OTHER"))) {
        // A certificate for the same name that the server does not have.
        const QString other = m_dir.filePath(QStringLiteral("other.crt"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                       "/CN=localhost", "-keyout", m_dir.filePath(QStringLiteral("other.key")), "-out",
                       other});
        QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
        options.replace(QLatin1String("OTHER"), other);
    }
    const test::CliRun r = test::runCli({"team", "list", "--workspace", url(user, options)});
    QCOMPARE(r.exitCode, 70);
    QVERIFY2(r.errText().contains(message), r.err.constData());
}

void TestTeamServerScript::staffSeeOnlyTheirGrants()
{
    const QString tls =
        QStringLiteral("sslmode=verify-full&sslrootcert=") + m_base + QStringLiteral("/tls/server.crt");
    const QString owner = url(QStringLiteral("fladesk_owner"), tls);
    // A staff member before any grant: told so.
    test::CliRun r = test::runCli({"team", "list", "--workspace", url(QStringLiteral("anna"), tls)});
    QCOMPARE(r.exitCode, 70);
    QVERIFY2(r.err.contains("has no access to the workspace"), r.err.constData());
    QString error;
    {
        auto ws = Workspace::open(owner, &error);
        QVERIFY2(ws, qPrintable(error));
        Employer company;
        company.uuid = QUuid::createUuid();
        company.enterpriseNumber = EnterpriseNumber::compose(5669882);
        company.name = QStringLiteral("Bakkerij Peeters");
        QVERIFY2(ws->employers().save(company, &error), qPrintable(error));
    }
    const QString number = EnterpriseNumber::parse(EnterpriseNumber::compose(5669882)).display();
    r = test::runCli({"team", "grant", "--user", "anna", "--employer", number, "--workspace", owner});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    auto anna = Workspace::open(url(QStringLiteral("anna"), tls), &error);
    QVERIFY2(anna, qPrintable(error));
    QCOMPARE(fla::test::must(anna->employers().findAll()).size(), 1);
    // Bert, granted another company only, reads nothing of Anna's with plain SQL.
    {
        auto ws = Workspace::open(owner, &error);
        QVERIFY2(ws, qPrintable(error));
        Employer other;
        other.uuid = QUuid::createUuid();
        other.enterpriseNumber = EnterpriseNumber::compose(4030192);
        other.name = QStringLiteral("Brasserie Dubois");
        QVERIFY2(ws->employers().save(other, &error), qPrintable(error));
    }
    const QString otherNumber = EnterpriseNumber::parse(EnterpriseNumber::compose(4030192)).display();
    r = test::runCli({"team", "grant", "--user", "bert", "--employer", otherNumber, "--workspace", owner});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    auto bert = Workspace::open(url(QStringLiteral("bert"), tls), &error);
    QVERIFY2(bert, qPrintable(error));
    QSqlQuery q(bert->database());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM employer")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Brasserie Dubois"));
    QVERIFY(!q.next());
}

void TestTeamServerScript::cleanupTestCase()
{
    if (!m_started)
        return;
    QProcess stop;
    stop.start(QStringLiteral("bash"), {QStringLiteral(FLADESK_SOURCE_DIR "/scripts/team-server.sh"),
                                        QStringLiteral("--data"), m_base, QStringLiteral("--stop")});
    QVERIFY(stop.waitForFinished(60000));
    QCOMPARE(stop.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestTeamServerScript)
#include "tst_teamserverscript.moc"
