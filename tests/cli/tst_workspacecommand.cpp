#include "CliRun.h"
#include "Must.h"
#include "PostgresTestCluster.h"
#include "TestSupport.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/obligations/TrainingPlan.h"
#include "core/storage/CertificateRepository.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/TrainingPlanRepository.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceCopy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
};

Fingerprint fingerprintOf(const QString &location)
{
    Fingerprint f;
    QString error;
    auto ws = Workspace::open(location, &error);
    if (!ws)
        qFatal("cannot open %s: %s", qPrintable(location), qPrintable(error));
    if (!WorkspaceCopy::fingerprint(*ws, &f.counts, &f.auditDigest, &f.auditEntries, &error))
        qFatal("cannot read %s: %s", qPrintable(location), qPrintable(error));
    return f;
}

qint64 countOf(const Fingerprint &f, const QString &table)
{
    for (const WorkspaceCopy::TableCount &c : f.counts)
        if (c.table == table)
            return c.source;
    return -1;
}

QStringList auditUsers(const QString &location)
{
    QString error;
    auto ws = Workspace::open(location, &error);
    QStringList users;
    QSqlQuery q(ws->database());
    q.exec(QStringLiteral("SELECT user_profile FROM audit ORDER BY id"));
    while (q.next())
        users << q.value(0).toString();
    return users;
}

} // namespace

// `fladesk-cli workspace copy` between a SQLite file and a database on a real
// (throw-away) PostgreSQL server, both ways: every table arrives, the audit
// trail is the same entry for entry, and the copy keeps working.
class TestWorkspaceCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fileToServerAndBack();
    void nonEmptyTargetIsRefusedUnlessReplaced();
    void refusals_data();
    void refusals();

private:
    QString newDatabase();
    QTemporaryDir m_dir;
    QString m_source; // a SQLite file with every kind of row
    Fingerprint m_sourcePrint;
    QString m_planEmployer; // the enterprise number of the company with a training plan
};

QString TestWorkspaceCommand::newDatabase()
{
    QString error;
    const QString db = PostgresTestCluster::instance().createDatabase(QStringLiteral("copy"), &error);
    if (db.isEmpty())
        qFatal("%s", qPrintable(error));
    return PostgresTestCluster::instance().url(db);
}

void TestWorkspaceCommand::initTestCase()
{
    QString error;
    FLADESK_START_TEST_CLUSTER();
    QVERIFY(m_dir.isValid());
    // A generated set loaded in bulk (audit_load entries), then changes made
    // one by one (audit entries, outbox rows), a training plan and a
    // certificate file.
    const QString set = m_dir.filePath(QStringLiteral("set"));
    test::CliRun r = test::runCli({"generate", "--participations", "400", "--seed", "7", "--out", set});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m_source = m_dir.filePath(QStringLiteral("office.fladesk"));
    r = test::runCli({"import-csv", set, "--workspace", m_source});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    {
        auto ws = Workspace::open(m_source, &error);
        QVERIFY2(ws, qPrintable(error));
        ws->setUserProfile(QStringLiteral("anna.peeters"));
        QList<Employer> employers = fla::test::must(ws->employers().findAll());
        QVERIFY(employers.size() >= 2);
        employers[0].name += QStringLiteral(" (renamed)");
        QVERIFY2(ws->employers().save(employers[0], &error), qPrintable(error));
        Employer added;
        added.uuid = QUuid::createUuid();
        added.enterpriseNumber = EnterpriseNumber::compose(5669882);
        added.name = QStringLiteral("Brasserie Dubois – été");
        QVERIFY2(ws->employers().save(added, &error), qPrintable(error));
        TrainingPlan plan;
        plan.uuid = QUuid::createUuid();
        plan.employerUuid = employers[1].uuid;
        m_planEmployer = employers[1].enterpriseNumber;
        plan.firstYear = 2027;
        plan.lastYear = 2028;
        plan.items = {{QUuid::createUuid(), TrainingCategory::FormalContinuing, "Forklift safety",
                       "warehouse", RiskGroup::Age50Plus, 6, 2.5}};
        plan.events = {{PlanStep::DraftSent, QDate(2027, 2, 10), "sent by e-mail"}};
        QVERIFY2(ws->trainingPlans(plan.employerUuid).save(plan, &error), qPrintable(error));
        QSqlQuery q(ws->database());
        QVERIFY(q.exec(QStringLiteral("SELECT uuid, employer_uuid FROM participation ORDER BY id LIMIT 1")));
        QVERIFY(q.next());
        const QString certificate = m_dir.filePath(QStringLiteral("certificate.pdf"));
        QFile file(certificate);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("%PDF-1.4\n\x00\x01\xff binary", 20));
        file.close();
        QVERIFY2(ws->certificates(QUuid(q.value(1).toString()))
                     .attach(QUuid(q.value(0).toString()), certificate, &error),
                 qPrintable(error));
    }
    m_sourcePrint = fingerprintOf(m_source);
    for (const char *table : {"employer", "worker", "employment", "training", "participation",
                              "training_right", "audit", "audit_load", "outbox", "training_plan",
                              "training_plan_item", "training_plan_event", "certificate_file"})
        QVERIFY2(countOf(m_sourcePrint, QLatin1String(table)) > 0, table);
}

void TestWorkspaceCommand::fileToServerAndBack()
{
    // GIVEN an empty database on the team server
    const QString server = newDatabase();
    // WHEN the office copies its file onto it
    test::CliRun r = test::runCli({"workspace", "copy", "--from", m_source, "--to", server, "--json"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(r.out.trimmed()).object();
    QCOMPARE(report.value("verified").toBool(), true);
    QCOMPARE(qint64(report.value("auditEntries").toInteger()), m_sourcePrint.auditEntries);
    // THEN the server holds the same rows and the same audit trail, with the
    // names of who made each change (not the user who copied)
    const Fingerprint onServer = fingerprintOf(server);
    for (const WorkspaceCopy::TableCount &c : m_sourcePrint.counts)
        QCOMPARE(countOf(onServer, c.table), c.source);
    QCOMPARE(onServer.auditDigest, m_sourcePrint.auditDigest);
    QVERIFY(auditUsers(server).contains(QStringLiteral("anna.peeters")));
    QCOMPARE(auditUsers(server), auditUsers(m_source));
    // AND the server's workspace goes on: a new company gets a fresh id, and
    // the audit trail names the server's user for it
    QString error;
    {
        auto ws = Workspace::open(server, &error);
        QVERIFY2(ws, qPrintable(error));
        Employer later;
        later.uuid = QUuid::createUuid();
        later.enterpriseNumber = EnterpriseNumber::compose(4030192);
        later.name = QStringLiteral("Later NV");
        QVERIFY2(ws->employers().save(later, &error), qPrintable(error));
        QCOMPARE(auditUsers(server).constLast(), PostgresTestCluster::adminUser());
        QVERIFY2(ws->trainingPlans(later.uuid).all(&error).isEmpty(), qPrintable(error));
    }
    // AND the commands that work on one company take the server's address too
    r = test::runCli({"--lang", "en", "training-plan", "show", "--year", "2027", "--json", "--workspace",
                      server, "--employer", m_planEmployer});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value("items").toArray().size(), 1);
    // WHEN a laptop takes the server's workspace offline into a new file
    const QString laptop = m_dir.filePath(QStringLiteral("laptop.fladesk"));
    r = test::runCli({"workspace", "copy", "--from", server, "--to", laptop});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("is identical"), r.out.constData());
    // THEN the file equals the server, row for row
    const Fingerprint serverNow = fingerprintOf(server);
    const Fingerprint onLaptop = fingerprintOf(laptop);
    QCOMPARE(countOf(onLaptop, "employer"), countOf(m_sourcePrint, "employer") + 1);
    for (const WorkspaceCopy::TableCount &c : serverNow.counts)
        QCOMPARE(countOf(onLaptop, c.table), c.source);
    QCOMPARE(onLaptop.auditDigest, serverNow.auditDigest);
    QCOMPARE(auditUsers(laptop), auditUsers(server));
    // AND the certificate's bytes and the plan came through unchanged
    auto ws = Workspace::open(laptop, &error);
    QVERIFY2(ws, qPrintable(error));
    QSqlQuery q(ws->database());
    QVERIFY(q.exec(QStringLiteral("SELECT content FROM certificate_file")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toByteArray(), QByteArray("%PDF-1.4\n\x00\x01\xff binary", 20));
    QVERIFY(q.exec(QStringLiteral("SELECT planned_days, position FROM training_plan_item")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toDouble(), 2.5);
    QVERIFY2(ws->integrityCheck(&error), qPrintable(error));
}

void TestWorkspaceCommand::nonEmptyTargetIsRefusedUnlessReplaced()
{
    const QString server = newDatabase();
    QCOMPARE(test::runCli({"workspace", "copy", "--from", m_source, "--to", server}).exitCode, 0);
    // A second copy would mix two workspaces: refused, the target unchanged.
    test::CliRun r = test::runCli({"workspace", "copy", "--from", m_source, "--to", server});
    QCOMPARE(r.exitCode, 70);
    QVERIFY2(r.err.contains("is not empty") && r.err.contains("--replace"), r.err.constData());
    QCOMPARE(fingerprintOf(server).auditDigest, m_sourcePrint.auditDigest);
    // Told to replace it, the copy empties the target first.
    r = test::runCli({"workspace", "copy", "--from", m_source, "--to", server, "--replace"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Fingerprint after = fingerprintOf(server);
    QCOMPARE(after.auditDigest, m_sourcePrint.auditDigest);
    for (const WorkspaceCopy::TableCount &c : m_sourcePrint.counts)
        QCOMPARE(countOf(after, c.table), c.source);
    // Into a file that holds records: the same refusal.
    const QString file = m_dir.filePath(QStringLiteral("taken.fladesk"));
    QCOMPARE(test::runCli({"workspace", "copy", "--from", server, "--to", file}).exitCode, 0);
    r = test::runCli({"workspace", "copy", "--from", server, "--to", file});
    QCOMPARE(r.exitCode, 70);
    QVERIFY2(r.err.contains("is not empty"), r.err.constData());
}

void TestWorkspaceCommand::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList{"workspace"} << 64 << "workspace copy --from A --to B";
    QTest::newRow("no target") << QStringList{"workspace", "copy", "--from", "a.fladesk"} << 64
                               << "needs --from WORKSPACE and --to WORKSPACE";
    QTest::newRow("no source") << QStringList{"workspace",       "copy", "--from",
                                              "missing.fladesk", "--to", "b.fladesk"}
                               << 64 << "There is no workspace";
    QTest::newRow("onto itself") << QStringList{"workspace", "copy", "--from", "SOURCE", "--to", "SOURCE"}
                                 << 64 << "cannot be copied onto itself";
}

void TestWorkspaceCommand::refusals()
{
    QFETCH(QStringList, args);
    args.replaceInStrings(QStringLiteral("SOURCE"), m_source);
    const test::CliRun r = test::runCli(args);
    QTEST(r.exitCode, "status");
    QFETCH(QString, message);
    QVERIFY2(r.errText().contains(message), r.err.constData());
    QVERIFY(!QFileInfo::exists(QStringLiteral("b.fladesk")));
}

QTEST_GUILESS_MAIN(TestWorkspaceCommand)
#include "tst_workspacecommand.moc"
