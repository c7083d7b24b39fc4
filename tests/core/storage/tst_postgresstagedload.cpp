#include "PostgresTestCluster.h"
#include "StorageTestData.h"
#include "TestSupport.h"
#include "WorkspaceContent.h"
#include "core/anomaly/WorkspaceAnomalies.h"
#include "core/generate/Generator.h"
#include "core/storage/BulkLoader.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/RecordJson.h"
#include "core/storage/Workspace.h"
#include "core/storage/postgres/TeamAccess.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace fla;
using namespace storagetest;
using fla::test::PostgresTestCluster;

namespace {

// Rows of every table a load writes, as text ("table n"), one line per table.
QStringList countsOf(Workspace &ws)
{
    QStringList out;
    for (const char *table : {"employer", "worker", "employment", "training", "participation",
                              "training_right", "audit_load", "audit", "outbox", "anomaly"}) {
        QSqlQuery q(ws.database());
        const bool ok =
            q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next();
        out << QStringLiteral("%1 %2").arg(QLatin1String(table),
                                           ok ? q.value(0).toString() : QStringLiteral("?"));
    }
    return out;
}

// The keys, references, checks and indexes of the workspace's tables.
QStringList schemaOf(Workspace &ws);

// Lines of sql's rows, columns joined by '|', in the order sql gives.
QStringList rowsOf(Workspace &ws, const QString &sql)
{
    QStringList out;
    QSqlQuery q(ws.database());
    if (!q.exec(sql))
        return {QStringLiteral("refused: ") + sql};
    while (q.next()) {
        QStringList cols;
        for (int c = 0; c < q.record().count(); ++c)
            cols << q.value(c).toString();
        out << cols.join(QLatin1Char('|'));
    }
    return out;
}

QStringList schemaOf(Workspace &ws)
{
    return rowsOf(
        ws,
        QStringLiteral("SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() UNION ALL "
                       "SELECT conrelid::regclass::text || ' ' || pg_get_constraintdef(oid) || ' ' || "
                       "convalidated FROM pg_constraint WHERE connamespace = current_schema()::regnamespace "
                       "ORDER BY 1"));
}

DataSet generated(int participations, int seed)
{
    GeneratorOptions options;
    options.seed = seed;
    options.participations = participations;
    options.invalidFraction = 0;
    return Generator::generate(options).set;
}

} // namespace

// A team workspace's bulk load through its stage (postgres/PostgresStagedLoad:
// every company's new records gathered in temporary tables, then one INSERT
// per table), on a real (throw-away) server: the same workspace as a SQLite
// load of the set, nothing left by a load that stops half-way, and a staff
// member's role refused, by name, a company it was not given.
class TestPostgresStagedLoad : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameWorkspaceAsSqlite_data();
    void sameWorkspaceAsSqlite();
    void abortedLoadLeavesWorkspaceAsBefore_data();
    void abortedLoadLeavesWorkspaceAsBefore();
    void companyNotGrantedIsRefusedByName_data();
    void companyNotGrantedIsRefusedByName();
    void refusedRecordIsNamed_data();
    void refusedRecordIsNamed();

private:
    QString newDatabase();
};

void TestPostgresStagedLoad::initTestCase()
{
    QString error;
    FLADESK_START_TEST_CLUSTER();
    QVERIFY2(PostgresTestCluster::instance().execAsAdmin(
                 QStringLiteral("postgres"),
                 {QStringLiteral("CREATE ROLE stager_granted LOGIN PASSWORD 'stager_granted-secret'")},
                 &error),
             qPrintable(error));
}

QString TestPostgresStagedLoad::newDatabase()
{
    QString error;
    const QString db = PostgresTestCluster::instance().createDatabase(QStringLiteral("staged"), &error);
    if (db.isEmpty())
        qFatal("%s", qPrintable(error));
    return db;
}

void TestPostgresStagedLoad::sameWorkspaceAsSqlite_data()
{
    QTest::addColumn<bool>("queueForSync");
    QTest::addColumn<bool>("auditEachRecord");
    QTest::newRow("drafts, audited") << false << true;
    QTest::newRow("queued for sync") << true << true;
    QTest::newRow("not audited") << false << false;
}

// The staged load and SQLite's load of the same set hold the same records,
// audit entries of the load (one per company and kind, its count) and
// outbox rows; on the server the entries name the database user.
void TestPostgresStagedLoad::sameWorkspaceAsSqlite()
{
    QFETCH(bool, queueForSync);
    QFETCH(bool, auditEachRecord);
    const DataSet set = generated(4000, 5);
    BulkOptions options;
    options.queueForSync = queueForSync;
    options.auditEachRecord = auditEachRecord;
    QString error;
    QTemporaryDir dir;
    auto sqlite = Workspace::open(dir.filePath(QStringLiteral("ws.fladesk")), &error);
    QVERIFY2(sqlite, qPrintable(error));
    auto pg = Workspace::open(PostgresTestCluster::instance().url(newDatabase()), &error);
    QVERIFY2(pg, qPrintable(error));
    const BulkLoadResult a = loadDataSet(*sqlite, set, options);
    QVERIFY2(a.ok, qPrintable(a.error));
    // A big first load by the tables' owner drops their references and
    // secondary indexes while it writes: they are all back, validated.
    const QStringList schema = schemaOf(*pg);
    QVERIFY(schema.size() > 40);
    const BulkLoadResult b = loadDataSet(*pg, set, options);
    QVERIFY2(b.ok, qPrintable(b.error));
    QCOMPARE(schemaOf(*pg), schema);
    for (const auto &[x, y] : {std::pair{a.workers, b.workers}, std::pair{a.trainings, b.trainings},
                               std::pair{a.employments, b.employments},
                               std::pair{a.participations, b.participations}, std::pair{a.rights, b.rights}})
        QCOMPARE(y.inserted, x.inserted);
    QCOMPARE(b.total(), qint64(set.recordCount()));
    QCOMPARE(countsOf(*pg), countsOf(*sqlite));
    const QMap<QString, QJsonObject> x = contentOf(*sqlite), y = contentOf(*pg);
    QCOMPARE(y.size(), qsizetype(set.recordCount()));
    QCOMPARE(y.keys(), x.keys());
    for (auto it = x.cbegin(); it != x.cend(); ++it)
        QVERIFY2(it.value() == y.value(it.key()), qPrintable(it.key()));
    const QString loads = QStringLiteral(
        "SELECT employer_uuid, entity, records FROM audit_load ORDER BY employer_uuid, entity");
    QCOMPARE(rowsOf(*pg, loads), rowsOf(*sqlite, loads));
    const QString outbox = QStringLiteral(
        "SELECT employer_uuid, entity, record_uuid, operation, state FROM outbox ORDER BY record_uuid");
    QCOMPARE(rowsOf(*pg, outbox), rowsOf(*sqlite, outbox));
    // A record's creation points to its company's entry for its kind.
    if (auditEachRecord)
        QCOMPARE(
            rowsOf(*pg, QStringLiteral("SELECT count(*) FROM participation p JOIN audit_load l ON l.id = "
                                       "p.created_in WHERE l.employer_uuid = p.employer_uuid AND "
                                       "l.entity = 'participation'")),
            QStringList{QString::number(set.participations.size())});
    QCOMPARE(rowsOf(*pg, QStringLiteral("SELECT DISTINCT user_profile FROM audit_load WHERE user_profile <> "
                                        "current_user")),
             QStringList());
}

void TestPostgresStagedLoad::abortedLoadLeavesWorkspaceAsBefore_data()
{
    QTest::addColumn<QString>("stop");
    QTest::newRow("destroyed with its parts staged") << QStringLiteral("destroyed");
    QTest::newRow("destroyed after finish") << QStringLiteral("finished");
    QTest::newRow("session ended by the server") << QStringLiteral("session ended");
}

// A load that stops before its commit, however it stops, leaves the
// workspace as it was (one transaction; the stage goes with it).
void TestPostgresStagedLoad::abortedLoadLeavesWorkspaceAsBefore()
{
    QFETCH(QString, stop);
    const QString db = newDatabase();
    QString error;
    auto ws = Workspace::open(PostgresTestCluster::instance().url(db), &error);
    QVERIFY2(ws, qPrintable(error));
    DataSet first;
    first.employers << employer(QStringLiteral("Before"));
    first.workers << worker(first.employers.at(0).uuid, QStringLiteral("Peeters"), 2);
    QVERIFY2(loadDataSet(*ws, first).ok, "the first load");
    const QStringList before = countsOf(*ws);
    const DataSet set = generated(3000, 9);
    {
        BulkLoad load(*ws, {}, set.recordCount());
        QVERIFY2(load.isActive(&error), qPrintable(error));
        // In parts, as import-csv writes them: one company at a time.
        for (const Employer &e : set.employers) {
            DataSet part;
            part.employers << e;
            for (const Worker &w : set.workers)
                if (w.employerUuid == e.uuid)
                    part.workers << w;
            for (const Training &t : set.trainings)
                if (t.employerUuid == e.uuid)
                    part.trainings << t;
            for (const Participation &p : set.participations)
                if (p.employerUuid == e.uuid)
                    part.participations << p;
            QVERIFY2(load.write(part, &error), qPrintable(error));
        }
        if (stop == QLatin1String("finished"))
            QVERIFY2(load.finish(&error), qPrintable(error));
        if (stop == QLatin1String("session ended")) {
            QVERIFY2(PostgresTestCluster::instance().endAppSessions(db, &error), qPrintable(error));
            QVERIFY(!load.finish(&error));
            QVERIFY(!error.isEmpty());
        }
    }
    ws.reset();
    auto again = Workspace::open(PostgresTestCluster::instance().url(db), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(countsOf(*again), before);
    QSqlQuery q(again->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname LIKE 'fladesk_stage%'")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestPostgresStagedLoad::companyNotGrantedIsRefusedByName_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("a worker") << QStringLiteral("worker");
    QTest::newRow("a training") << QStringLiteral("training");
    QTest::newRow("granted only") << QString();
}

// Row-level security holds for a staged load: a staff member's role loads
// into the company it was given, and a load that also brings records of
// another company is refused whole, naming that company; the load's audit
// entries name the role.
void TestPostgresStagedLoad::companyNotGrantedIsRefusedByName()
{
    QFETCH(QString, kind);
    const QString db = newDatabase();
    QString error;
    auto admin = Workspace::open(PostgresTestCluster::instance().url(db), &error);
    QVERIFY2(admin, qPrintable(error));
    const Employer granted = employer(QStringLiteral("Granted")),
                   other = employer(QStringLiteral("Other"), 4030192);
    QVERIFY2(admin->employers().saveAll({granted, other}, &error), qPrintable(error));
    QVERIFY2(TeamAccess(*admin).grant(QStringLiteral("stager_granted"), granted.uuid, &error),
             qPrintable(error));
    const QStringList before = countsOf(*admin);
    auto staff = Workspace::open(PostgresTestCluster::instance().url(db, QStringLiteral("stager_granted"),
                                                                     QStringLiteral("stager_granted-secret")),
                                 &error);
    QVERIFY2(staff, qPrintable(error));
    DataSet set;
    for (int i = 0; i < 20; ++i)
        set.workers << worker(granted.uuid, QStringLiteral("Worker%1").arg(i), 2 + i);
    set.trainings << training(granted.uuid, QStringLiteral("VCA"));
    if (kind == QLatin1String("worker"))
        set.workers << worker(other.uuid, QStringLiteral("Janssens"), 40);
    if (kind == QLatin1String("training"))
        set.trainings << training(other.uuid, QStringLiteral("Forklift"));
    const BulkLoadResult r = loadDataSet(*staff, set);
    if (kind.isEmpty()) {
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(rowsOf(*admin, QStringLiteral("SELECT DISTINCT user_profile FROM audit_load")),
                 QStringList{QStringLiteral("stager_granted")});
        QCOMPARE(rowsOf(*admin, QStringLiteral("SELECT count(*) FROM worker")),
                 QStringList{QStringLiteral("20")});
        return;
    }
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(other.uuid.toString(QUuid::WithoutBraces)), qPrintable(r.error));
    QVERIFY2(r.error.contains(QLatin1String("stager_granted")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QLatin1String("team grant")), qPrintable(r.error));
    // Refused whole: not even the granted company's records stayed.
    QCOMPARE(countsOf(*admin), before);
}

void TestPostgresStagedLoad::refusedRecordIsNamed_data()
{
    QTest::addColumn<int>("participations");
    QTest::addColumn<QString>("fault");
    // Small: checked row by row; big: with the checks dropped, then again row by row to name it.
    for (const int n : {40, 3000}) {
        const QByteArray size = n < 1000 ? "small load, " : "big first load, ";
        QTest::newRow(QByteArray(size + "a worker's uuid twice").constData()) << n << QStringLiteral("twin");
        QTest::newRow(QByteArray(size + "a participant of another company").constData())
            << n << QStringLiteral("foreign worker");
    }
}

// A record the server refuses fails the whole load, and the message names it.
void TestPostgresStagedLoad::refusedRecordIsNamed()
{
    QFETCH(int, participations);
    QFETCH(QString, fault);
    DataSet set = generated(participations, 3);
    QVERIFY(set.employers.size() >= 2);
    QString label;
    if (fault == QLatin1String("twin")) {
        Worker &twin = set.workers.last();
        twin.uuid = set.workers.first().uuid;
        twin.familyName = QStringLiteral("Twinsworth");
        label = twin.familyName;
    } else {
        Participation &p = set.participations.last();
        const auto other = std::find_if(set.workers.cbegin(), set.workers.cend(),
                                        [&p](const Worker &w) { return w.employerUuid != p.employerUuid; });
        QVERIFY(other != set.workers.cend());
        p.workerUuid = other->uuid;
        label = p.uuid.toString(QUuid::WithoutBraces);
    }
    QString error;
    auto ws = Workspace::open(PostgresTestCluster::instance().url(newDatabase()), &error);
    QVERIFY2(ws, qPrintable(error));
    const QStringList before = countsOf(*ws), schema = schemaOf(*ws);
    const BulkLoadResult r = loadDataSet(*ws, set);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(label), qPrintable(r.error));
    QCOMPARE(countsOf(*ws), before);
    QCOMPARE(schemaOf(*ws), schema);
}

QTEST_GUILESS_MAIN(TestPostgresStagedLoad)
#include "tst_postgresstagedload.moc"
