#include "Must.h"
#include "PostgresTestCluster.h"
#include "StorageTestData.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"
#include "core/storage/postgres/TeamAccess.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using fla::test::PostgresTestCluster;

// Team mode's access rules, on a real PostgreSQL server: each staff member's
// role sees and changes only the companies granted to it, whatever program
// reads the database (the app, Qt SQL, psql), and the audit trail names the
// database user.
class TestTeamAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void staffSeesOnlyGrantedCompanies();
    void plainSqlReadsNothingOfOtherCompanies_data();
    void plainSqlReadsNothingOfOtherCompanies();
    void psqlReadsNothingOfOtherCompanies();
    void staffCannotWriteOtherCompanies();
    void auditNamesTheDatabaseUser();
    void onlyTheOwnerGrants();
    void unknownRoleOrCompanyRefused();
    void revokeHidesTheCompany();
    void fileWorkspaceHasNoTeamAccess();

private:
    std::unique_ptr<Workspace> openAs(const QString &role, const QString &password, QString *error);
    int countAs(const QString &role, const QString &sql);

    QString m_db;
    std::unique_ptr<Workspace> m_admin;
    Employer m_a, m_b;
    Worker m_workerA, m_workerB;
};

void TestTeamAccess::initTestCase()
{
    QString error;
    PostgresTestCluster &cluster = PostgresTestCluster::instance();
    FLADESK_START_TEST_CLUSTER();
    m_db = cluster.createDatabase(QStringLiteral("team"), &error);
    QVERIFY2(!m_db.isEmpty(), qPrintable(error));
    m_admin = Workspace::open(cluster.url(m_db), &error);
    QVERIFY2(m_admin, qPrintable(error));
    m_a = storagetest::employer("Alpha");
    m_b = storagetest::employer("Beta", 4030192);
    QVERIFY2(m_admin->employers().saveAll({m_a, m_b}, &error), qPrintable(error));
    m_workerA = storagetest::worker(m_a.uuid, "Peeters", 2);
    m_workerB = storagetest::worker(m_b.uuid, "Janssens", 3);
    QVERIFY2(m_admin->workers(m_a.uuid).save(m_workerA, &error), qPrintable(error));
    QVERIFY2(m_admin->workers(m_b.uuid).save(m_workerB, &error), qPrintable(error));
    QVERIFY2(m_admin->trainings(m_b.uuid).save(storagetest::training(m_b.uuid, "VCA"), &error),
             qPrintable(error));
    QVERIFY2(cluster.execAsAdmin(m_db,
                                 {QStringLiteral("CREATE ROLE alice LOGIN PASSWORD 'alice-secret'"),
                                  QStringLiteral("CREATE ROLE bob LOGIN PASSWORD 'bob-secret'")},
                                 &error),
             qPrintable(error));
    TeamAccess team(*m_admin);
    QVERIFY2(team.grant(QStringLiteral("alice"), m_a.uuid, &error), qPrintable(error));
    QVERIFY2(team.grant(QStringLiteral("bob"), m_b.uuid, &error), qPrintable(error));
    QVERIFY2(team.grant(QStringLiteral("bob"), m_b.uuid, &error), qPrintable(error)); // twice: one grant
    const QList<TeamGrant> grants = team.list(&error);
    QCOMPARE(grants.size(), 2);
    QCOMPARE(grants.at(0).role, QStringLiteral("alice"));
    QCOMPARE(grants.at(0).employerName, QStringLiteral("Alpha"));
    QCOMPARE(grants.at(1).role, QStringLiteral("bob"));
    QCOMPARE(grants.at(1).grantedBy, PostgresTestCluster::adminUser());
}

std::unique_ptr<Workspace> TestTeamAccess::openAs(const QString &role, const QString &password,
                                                  QString *error)
{
    WorkspaceOptions o;
    o.userProfile = QStringLiteral("someone-else"); // what a desktop might claim
    return Workspace::open(PostgresTestCluster::instance().url(m_db, role, password), error, o);
}

// count(*) of sql through a plain Qt SQL connection of role's own; -1 when refused.
int TestTeamAccess::countAs(const QString &role, const QString &sql)
{
    int n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw"));
        db.setHostName(PostgresTestCluster::instance().socketDir());
        db.setPort(PostgresTestCluster::instance().port());
        db.setDatabaseName(m_db);
        db.setUserName(role);
        db.setPassword(role + QStringLiteral("-secret"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                n = q.value(0).toInt();
            else
                qWarning() << sql << q.lastError().text();
        } else {
            qWarning() << db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return n;
}

void TestTeamAccess::staffSeesOnlyGrantedCompanies()
{
    QString error;
    auto alice = openAs(QStringLiteral("alice"), QStringLiteral("alice-secret"), &error);
    QVERIFY2(alice, qPrintable(error));
    const QList<Employer> companies = fla::test::must(alice->employers().findAll());
    QCOMPARE(companies.size(), 1);
    QCOMPARE(companies.at(0).uuid, m_a.uuid);
    QCOMPARE(fla::test::must(alice->workers(m_a.uuid).findAll()).size(), 1);
    QVERIFY(fla::test::must(alice->workers(m_b.uuid).findAll()).isEmpty());
    QVERIFY(!fla::test::must(alice->workers(m_b.uuid).find(m_workerB.uuid)));
    QVERIFY(fla::test::must(alice->trainings(m_b.uuid).findAll()).isEmpty());
    // The administrator (the workspace's owner) sees both.
    QCOMPARE(fla::test::must(m_admin->employers().findAll()).size(), 2);
}

void TestTeamAccess::plainSqlReadsNothingOfOtherCompanies_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    for (const char *t : {"worker", "training", "audit", "outbox", "anomaly"})
        QTest::newRow(t) << QString::fromLatin1(t) << QStringLiteral("employer_uuid");
    QTest::newRow("employer") << QStringLiteral("employer") << QStringLiteral("uuid");
}

void TestTeamAccess::plainSqlReadsNothingOfOtherCompanies()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    const QString ofB = QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = '%3'")
                            .arg(table, column, m_b.uuid.toString(QUuid::WithoutBraces));
    QSqlQuery q(m_admin->database());
    QVERIFY(q.exec(ofB) && q.next());
    const int stored = q.value(0).toInt();
    if (table != QLatin1String("anomaly"))
        QVERIFY2(stored > 0, qPrintable(table)); // there is something to hide
    QCOMPARE(countAs(QStringLiteral("alice"), ofB), 0);
    QCOMPARE(countAs(QStringLiteral("bob"), ofB), stored);
}

void TestTeamAccess::psqlReadsNothingOfOtherCompanies()
{
    const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (psql.isEmpty()) {
        if (test::postgresRequired())
            QFAIL("psql is not installed (postgresql-client-15)");
        QSKIP("psql is not installed (postgresql-client-15)");
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("alice-secret"));
    p.setProcessEnvironment(env);
    p.start(psql, {QStringLiteral("-h"), PostgresTestCluster::instance().socketDir(), QStringLiteral("-U"),
                   QStringLiteral("alice"), QStringLiteral("-d"), m_db, QStringLiteral("-tAc"),
                   QStringLiteral("SELECT family_name FROM worker ORDER BY 1")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(), QStringLiteral("Peeters"));
}

void TestTeamAccess::staffCannotWriteOtherCompanies()
{
    QString error;
    auto alice = openAs(QStringLiteral("alice"), QStringLiteral("alice-secret"), &error);
    QVERIFY2(alice, qPrintable(error));
    const Worker intruder = storagetest::worker(m_b.uuid, "Intruder", 4);
    QVERIFY(!alice->workers(m_b.uuid).save(intruder, &error));
    QVERIFY(!fla::test::must(m_admin->workers(m_b.uuid).find(intruder.uuid)));
    // Nor through plain SQL.
    QCOMPARE(countAs(QStringLiteral("alice"),
                     QStringLiteral("WITH d AS (DELETE FROM worker WHERE employer_uuid = '%1' RETURNING 1) "
                                    "SELECT count(*) FROM d")
                         .arg(m_b.uuid.toString(QUuid::WithoutBraces))),
             0);
    QVERIFY(fla::test::must(m_admin->workers(m_b.uuid).find(m_workerB.uuid)));
    // Its own company, yes.
    const Worker own = storagetest::worker(m_a.uuid, "Maes", 5);
    QVERIFY2(alice->workers(m_a.uuid).save(own, &error), qPrintable(error));
}

void TestTeamAccess::auditNamesTheDatabaseUser()
{
    QString error;
    auto bob = openAs(QStringLiteral("bob"), QStringLiteral("bob-secret"), &error);
    QVERIFY2(bob, qPrintable(error));
    Worker w = m_workerB;
    w.givenName = QStringLiteral("Piet");
    QVERIFY2(bob->workers(m_b.uuid).save(w, &error), qPrintable(error));
    const QList<AuditEntry> history = m_admin->audit(m_b.uuid).findHistory(w.uuid).value();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).userProfile, PostgresTestCluster::adminUser()); // created by the administrator
    QCOMPARE(history.at(1).userProfile, QStringLiteral("bob"));            // not "someone-else"
    // The trail cannot be rewritten by staff.
    QCOMPARE(countAs(QStringLiteral("bob"),
                     QStringLiteral("WITH d AS (DELETE FROM audit RETURNING 1) SELECT count(*) FROM d")),
             -1);
}

void TestTeamAccess::onlyTheOwnerGrants()
{
    QString error;
    auto alice = openAs(QStringLiteral("alice"), QStringLiteral("alice-secret"), &error);
    QVERIFY2(alice, qPrintable(error));
    // Alice cannot even see company B, so she cannot give it to herself.
    QVERIFY(!TeamAccess(*alice).grant(QStringLiteral("alice"), m_b.uuid, &error));
    QVERIFY2(error.contains(QLatin1String("no company")), qPrintable(error));
    QVERIFY(!TeamAccess(*alice).grant(QStringLiteral("bob"), m_a.uuid, &error));
    QVERIFY2(error.contains(QLatin1String("Only the owner")), qPrintable(error));
    // Her list shows her own grant only.
    const QList<TeamGrant> own = TeamAccess(*alice).list(&error);
    QCOMPARE(own.size(), 1);
    QCOMPARE(own.at(0).role, QStringLiteral("alice"));
}

void TestTeamAccess::unknownRoleOrCompanyRefused()
{
    QString error;
    TeamAccess team(*m_admin);
    QVERIFY(!team.grant(QStringLiteral("carol"), m_a.uuid, &error));
    QVERIFY2(error.contains(QLatin1String("no database user carol")), qPrintable(error));
    QVERIFY(!team.grant(QStringLiteral("alice"), QUuid::createUuid(), &error));
    QVERIFY2(error.contains(QLatin1String("no company")), qPrintable(error));
    QVERIFY(!team.revoke(QStringLiteral("alice"), m_b.uuid, &error));
    QVERIFY2(error.contains(QLatin1String("had no access")), qPrintable(error));
}

void TestTeamAccess::revokeHidesTheCompany()
{
    QString error;
    auto alice = openAs(QStringLiteral("alice"), QStringLiteral("alice-secret"), &error);
    QVERIFY2(alice, qPrintable(error));
    QCOMPARE(fla::test::must(alice->employers().findAll()).size(), 1);
    QVERIFY2(TeamAccess(*m_admin).revoke(QStringLiteral("alice"), m_a.uuid, &error), qPrintable(error));
    // At once, on the connection already open.
    QVERIFY(fla::test::must(alice->employers().findAll()).isEmpty());
    QVERIFY(fla::test::must(alice->workers(m_a.uuid).findAll()).isEmpty());
    QCOMPARE(TeamAccess(*m_admin).list(&error).size(), 1);
}

void TestTeamAccess::fileWorkspaceHasNoTeamAccess()
{
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath("ws.fladesk"), &error);
    QVERIFY2(ws, qPrintable(error));
    QVERIFY(!TeamAccess(*ws).grant(QStringLiteral("alice"), m_a.uuid, &error));
    QVERIFY2(error.contains(QLatin1String("team server")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestTeamAccess)
#include "tst_teamaccess.moc"
