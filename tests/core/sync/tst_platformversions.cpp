// PlatformVersions: the platform's version of each record, written one record
// at a time (setBase / setConflict) or many rows per statement (setBases /
// setConflicts); both must leave the same rows, whatever the batch size.

#include "core/common/Clock.h"
#include "core/storage/Transaction.h"
#include "core/storage/Workspace.h"
#include "core/sync/PlatformVersions.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;

namespace {

const QUuid kEmployerA = QUuid::fromString(QStringLiteral("{0a000000-0000-4000-8000-00000000000a}"));
const QUuid kEmployerB = QUuid::fromString(QStringLiteral("{0b000000-0000-4000-8000-00000000000b}"));

QUuid recordUuid(int i)
{
    return QUuid::fromString(QString("{%1-0000-4000-8000-000000000001}").arg(i, 8, 16, QChar('0')));
}

// n records over two employers and two entities; etags carry a round tag, every
// seventh is empty (unknown version: stored as NULL).
QList<PlatformVersions::Entry> entries(int n, const QString &round)
{
    QList<PlatformVersions::Entry> out;
    for (int i = 0; i < n; ++i) {
        PlatformVersions::Entry e;
        e.employerUuid = i % 2 ? kEmployerB : kEmployerA;
        e.entity = i % 3 ? RecordKind::Participation : RecordKind::Training;
        e.recordUuid = recordUuid(i);
        e.etag = i % 7 == 6 ? QString() : QString("\"%1-%2\"").arg(round).arg(i);
        out.append(e);
    }
    return out;
}

struct Row
{
    QString employer, entity, base, their, updatedAt;
    bool baseNull = true, theirNull = true;
    int conflict = -1;
    bool operator==(const Row &o) const
    {
        return employer == o.employer && entity == o.entity && base == o.base && their == o.their &&
               baseNull == o.baseNull && theirNull == o.theirNull && conflict == o.conflict &&
               updatedAt == o.updatedAt;
    }
};

QMap<QString, Row> rows(Workspace &ws)
{
    QMap<QString, Row> out;
    QSqlQuery q(ws.database());
    if (!q.exec("SELECT record_uuid, employer_uuid, entity, base_etag, their_etag, conflict, updated_at"
                " FROM sync_platform_version"))
        qWarning() << q.lastError().text();
    while (q.next()) {
        Row r;
        r.employer = q.value(1).toString();
        r.entity = q.value(2).toString();
        r.baseNull = q.value(3).isNull();
        r.base = q.value(3).toString();
        r.theirNull = q.value(4).isNull();
        r.their = q.value(4).toString();
        r.conflict = q.value(5).toInt();
        r.updatedAt = q.value(6).toString();
        out.insert(q.value(0).toString(), r);
    }
    return out;
}

int countRows(Workspace &ws)
{
    QSqlQuery q(ws.database());
    q.exec("SELECT count(*) FROM sync_platform_version");
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestPlatformVersions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void batchesEqualSingleCalls_data();
    void batchesEqualSingleCalls();
    void laterAnswersUpdateBatchedRows_data();
    void laterAnswersUpdateBatchedRows();
    void repeatedRecordInOneBatch();
    void joinsTheCallersTransaction();

private:
    std::unique_ptr<Workspace> openWorkspace(const QString &name);

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 29), QTime(1, 0), Qt::UTC)};
    std::unique_ptr<Workspace> m_batched;
    std::unique_ptr<Workspace> m_single;
};

std::unique_ptr<Workspace> TestPlatformVersions::openWorkspace(const QString &name)
{
    WorkspaceOptions options;
    options.clock = &m_clock;
    options.queueChanges = false;
    QString error;
    auto ws = Workspace::open(m_dir.filePath(name), &error, options);
    if (!ws)
        qWarning() << error;
    return ws;
}

void TestPlatformVersions::init()
{
    QVERIFY(m_dir.isValid());
    // A file name on every platform: Windows refuses '*' (the data tags say "3*chunk+5").
    const QString tag =
        QString::fromLatin1(QTest::currentTestFunction() + QByteArray(QTest::currentDataTag()))
            .replace(QLatin1Char('*'), QLatin1Char('x'));
    m_batched = openWorkspace(tag + "-batched.fladesk");
    m_single = openWorkspace(tag + "-single.fladesk");
    QVERIFY(m_batched && m_single);
}

void TestPlatformVersions::cleanup()
{
    m_batched.reset();
    m_single.reset();
}

static void sizesAroundTheChunk()
{
    QTest::addColumn<int>("n");
    const int chunk = PlatformVersions::kBatchRows;
    QTest::newRow("none") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("chunk-1") << chunk - 1;
    QTest::newRow("chunk") << chunk;
    QTest::newRow("chunk+1") << chunk + 1;
    QTest::newRow("3*chunk+5") << 3 * chunk + 5;
}

void TestPlatformVersions::batchesEqualSingleCalls_data()
{
    sizesAroundTheChunk();
}

// Accepted, then in conflict, then accepted again, then a conflict on records
// never seen: every row as the single calls leave it.
void TestPlatformVersions::batchesEqualSingleCalls()
{
    QFETCH(int, n);
    PlatformVersions batched(*m_batched);
    PlatformVersions single(*m_single);
    const auto compareAll = [&](const char *step) {
        const QMap<QString, Row> b = rows(*m_batched);
        const QMap<QString, Row> s = rows(*m_single);
        QVERIFY2(b.size() == s.size(), step);
        for (auto it = s.cbegin(); it != s.cend(); ++it)
            QVERIFY2(b.value(it.key()) == it.value(),
                     qPrintable(QString("%1: record %2").arg(QString::fromLatin1(step), it.key())));
    };

    // The same answers, batched in one workspace and one by one in the other.
    const auto writeBoth = [&](const QList<PlatformVersions::Entry> &list, bool conflict) {
        QString error;
        QVERIFY2(conflict ? batched.setConflicts(list, &error) : batched.setBases(list, &error),
                 qPrintable(error));
        Transaction tx(*m_single); // one fsync, not one per record
        for (const auto &e : list) {
            const bool ok = conflict
                                ? single.setConflict(e.employerUuid, e.entity, e.recordUuid, e.etag, &error)
                                : single.setBase(e.employerUuid, e.entity, e.recordUuid, e.etag, &error);
            QVERIFY2(ok, qPrintable(error));
        }
        QVERIFY(tx.commit());
    };

    const QList<PlatformVersions::Entry> first = entries(n, "a");
    writeBoth(first, false);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(rows(*m_batched).size(), n);
    compareAll("accepted");
    for (int i = 0; i < n; ++i) {
        const auto v = batched.version(recordUuid(i));
        QVERIFY(v);
        QCOMPARE(v->employerUuid, first.at(i).employerUuid);
        QCOMPARE(toString(v->entity), toString(first.at(i).entity));
        QCOMPARE(v->baseEtag, first.at(i).etag);
        QVERIFY(v->theirEtag.isEmpty());
        QVERIFY(!v->conflict);
    }
    // baseEtags leaves out the unknown (empty) versions.
    int knownA = 0;
    for (const auto &e : first)
        knownA += e.employerUuid == kEmployerA && !e.etag.isEmpty();
    QCOMPARE(batched.baseEtags(kEmployerA).size(), knownA);

    m_clock.advanceSeconds(10);
    const QList<PlatformVersions::Entry> theirs = entries(n + 3, "b"); // 3 records new to the table
    writeBoth(theirs, true);
    if (QTest::currentTestFailed())
        return;
    compareAll("conflict");
    for (int i = 0; i < n + 3; ++i) {
        const auto v = batched.version(recordUuid(i));
        QVERIFY(v);
        QVERIFY(v->conflict);
        QCOMPARE(v->theirEtag, theirs.at(i).etag);
        QCOMPARE(v->baseEtag, i < n ? first.at(i).etag : QString()); // the base is kept
    }
    QCOMPARE(batched.conflicts(kEmployerA).size() + batched.conflicts(kEmployerB).size(), n + 3);

    m_clock.advanceSeconds(10);
    const QList<PlatformVersions::Entry> again = entries(n + 1, "c");
    writeBoth(again, false);
    if (QTest::currentTestFailed())
        return;
    compareAll("accepted again");
    for (int i = 0; i < n + 1; ++i) {
        const auto v = batched.version(recordUuid(i));
        QVERIFY(!v->conflict);
        QVERIFY(v->theirEtag.isEmpty());
        QCOMPARE(v->baseEtag, again.at(i).etag);
    }
    QCOMPARE(batched.conflicts(kEmployerA).size() + batched.conflicts(kEmployerB).size(), 2);
}

void TestPlatformVersions::laterAnswersUpdateBatchedRows_data()
{
    sizesAroundTheChunk();
}

// Rows written in batches are updated by the single calls (the conflict
// resolver's) and the other way round.
void TestPlatformVersions::laterAnswersUpdateBatchedRows()
{
    QFETCH(int, n);
    PlatformVersions versions(*m_batched);
    QString error;
    QVERIFY2(versions.setBases(entries(n, "a"), &error), qPrintable(error));
    Transaction tx(*m_batched);
    for (int i = 0; i < n; i += 2)
        QVERIFY(versions.setConflict(kEmployerA, RecordKind::Training, recordUuid(i), "\"theirs\"", &error));
    QVERIFY(tx.commit());
    for (int i = 0; i < n; ++i) {
        const auto v = versions.version(recordUuid(i));
        QCOMPARE(v->conflict, i % 2 == 0);
        QCOMPARE(v->theirEtag, i % 2 == 0 ? QString("\"theirs\"") : QString());
    }
    // Keep mine / take theirs, for the whole lot at once: every conflict is over.
    QList<PlatformVersions::Entry> resolved = entries(n, "d");
    QVERIFY2(versions.setBases(resolved, &error), qPrintable(error));
    for (int i = 0; i < n; ++i) {
        const auto v = versions.version(recordUuid(i));
        QVERIFY(!v->conflict);
        QCOMPARE(v->baseEtag, resolved.at(i).etag);
    }
    if (n > 0) {
        QVERIFY(versions.setBase(kEmployerA, RecordKind::Training, recordUuid(n - 1), "\"e\"", &error));
        QCOMPARE(versions.version(recordUuid(n - 1))->baseEtag, QString("\"e\""));
    }
    QCOMPARE(countRows(*m_batched), n);
}

// One record twice in a batch (one statement cannot update a row twice on
// PostgreSQL): the later entry wins, the first one's employer and entity stay.
void TestPlatformVersions::repeatedRecordInOneBatch()
{
    PlatformVersions versions(*m_batched);
    QList<PlatformVersions::Entry> list = entries(PlatformVersions::kBatchRows + 1, "a");
    PlatformVersions::Entry repeat = list.at(0);
    repeat.etag = "\"later\"";
    repeat.entity = RecordKind::Worker;
    list.append(repeat);
    QString error;
    QVERIFY2(versions.setBases(list, &error), qPrintable(error));
    QCOMPARE(versions.version(recordUuid(0))->baseEtag, QString("\"later\""));
    QCOMPARE(toString(versions.version(recordUuid(0))->entity), toString(list.at(0).entity));
    QCOMPARE(countRows(*m_batched), PlatformVersions::kBatchRows + 1);

    list.last().etag = "\"their later\"";
    QVERIFY2(versions.setConflicts(list, &error), qPrintable(error));
    QCOMPARE(versions.version(recordUuid(0))->theirEtag, QString("\"their later\""));
    QCOMPARE(versions.version(recordUuid(0))->baseEtag, QString("\"later\""));
}

// In the caller's transaction: its rollback takes the batch's rows back too.
void TestPlatformVersions::joinsTheCallersTransaction()
{
    PlatformVersions versions(*m_batched);
    QString error;
    {
        Transaction tx(*m_batched);
        QVERIFY(tx.isActive());
        QVERIFY2(versions.setBases(entries(3 * PlatformVersions::kBatchRows + 5, "a"), &error),
                 qPrintable(error));
        QVERIFY2(versions.setConflicts(entries(10, "b"), &error), qPrintable(error));
        QCOMPARE(countRows(*m_batched), 3 * PlatformVersions::kBatchRows + 5);
        tx.rollback();
    }
    QCOMPARE(countRows(*m_batched), 0);
    {
        Transaction tx(*m_batched);
        QVERIFY2(versions.setBases(entries(70, "a"), &error), qPrintable(error));
        QVERIFY2(tx.commit(&error), qPrintable(error));
    }
    QCOMPARE(countRows(*m_batched), 70);
}

QTEST_GUILESS_MAIN(TestPlatformVersions)
#include "tst_platformversions.moc"
