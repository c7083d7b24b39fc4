#include "core/storage/OutboxRepository.h"

#include "core/common/Clock.h"
#include "core/common/LogCategories.h"
#include "core/storage/ReadFailure.h"
#include "core/storage/RecordReads.h"
#include "core/storage/RecordRepository.h"
#include "core/storage/RecordTraits.h"
#include "core/storage/StatementCache.h"
#include "core/storage/Transaction.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <algorithm>
#include <limits>

namespace fla {

using namespace storage;

namespace {

const char *const kStates[] = {"pending", "in_flight", "done", "failed"};

// What a read of the records' declaration status is called in a message.
QString statusText()
{
    return QCoreApplication::translate("fla::OutboxRepository",
                                       "the declaration status of the company's records");
}

QString now(Workspace *ws)
{
    return ws->clock().nowUtc().toString(Qt::ISODateWithMs);
}

const char *const kColumns = "id, employer_uuid, entity, record_uuid, operation, created_at, attempts, "
                             "next_attempt_at, last_error, state";

OutboxEntry readEntry(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.employerUuid = uuidAt(q, 1);
    e.entity = recordKindFromString(q.value(2).toString()).value_or(RecordKind::Employer);
    e.recordUuid = uuidAt(q, 3);
    e.operation =
        q.value(4).toString() == QLatin1String("delete") ? OutboxOperation::Delete : OutboxOperation::Upsert;
    e.created = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    e.attempts = q.value(6).toInt();
    e.nextAttemptAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    e.lastError = q.value(8).toString();
    const QString s = q.value(9).toString();
    for (int i = 0; i < 4; ++i)
        if (s == QLatin1String(kStates[i]))
            e.state = static_cast<OutboxState>(i);
    return e;
}

QString scopeOf(RecordKind e)
{
    return e == RecordKind::Employer ? QStringLiteral("uuid") : QStringLiteral("employer_uuid");
}

} // namespace

QString toString(OutboxOperation op)
{
    return op == OutboxOperation::Delete ? QStringLiteral("delete") : QStringLiteral("upsert");
}

QString toString(OutboxState s)
{
    return QString::fromLatin1(kStates[static_cast<int>(s)]);
}

bool OutboxRepository::enqueue(RecordKind entity, const QUuid &recordUuid, OutboxOperation op, QString *error)
{
    QString detail;
    QSqlQuery *q = m_ws->statements().get(
        QStringLiteral(
            "INSERT INTO outbox (employer_uuid, entity, record_uuid, operation, created_at, attempts, "
            "next_attempt_at, state) VALUES (?, ?, ?, ?, ?, 0, ?, 'pending')"),
        &detail);
    if (!q) {
        if (error)
            *error = detail;
        return false;
    }
    const QString t = m_ws->changeTime();
    q->bindValue(0, v(m_employer));
    q->bindValue(1, toString(entity));
    q->bindValue(2, v(recordUuid));
    q->bindValue(3, toString(op));
    q->bindValue(4, t);
    q->bindValue(5, t);
    if (!q->exec()) {
        if (error)
            *error =
                QCoreApplication::translate("OutboxRepository", "The change of %1 %2 could not be queued: %3")
                    .arg(toString(entity), recordUuid.toString(QUuid::WithoutBraces), q->lastError().text());
        return false;
    }
    return true;
}

bool OutboxRepository::enqueueAll(RecordKind entity, const QList<QUuid> &recordUuids, OutboxOperation op,
                                  BulkStatements *statements, QString *error)
{
    constexpr int kRows = 32;    // rows per statement, as the records' bulk insert
    constexpr int kPerRow = 6;   // parameters of one row
    constexpr int kRecordAt = 2; // the only one that changes from row to row
    const auto sqlFor = [](int rows) -> QString {
        QStringList values;
        for (int i = 0; i < rows; ++i)
            values << QStringLiteral("(?, ?, ?, ?, ?, 0, ?, 'pending')");
        return QStringLiteral(
                   "INSERT INTO outbox (employer_uuid, entity, record_uuid, operation, created_at, "
                   "attempts, next_attempt_at, state) VALUES ") +
               values.join(QStringLiteral(", "));
    };
    QString detail;
    std::unique_ptr<BulkStatement> ownSingle, ownMany;
    const auto prepare = [&](const QString &sql, std::unique_ptr<BulkStatement> &own) -> BulkStatement * {
        if (statements)
            return statements->get(*m_ws, sql, &detail);
        own = m_ws->driver().prepareBulk(m_ws->database(), sql, &detail);
        return own.get();
    };
    const auto oneByOne = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            if (!enqueue(entity, recordUuids.at(i), op, error))
                return false;
        }
        return true;
    };
    BulkStatement *single = prepare(sqlFor(1), ownSingle);
    BulkStatement *many = single && recordUuids.size() >= kRows ? prepare(sqlFor(kRows), ownMany) : nullptr;
    if (!single || (recordUuids.size() >= kRows && !many)) {
        if (!detail.isEmpty())
            qCWarning(lcStorage) << "the outbox's bulk statement could not be prepared:" << detail;
        return oneByOne(0, recordUuids.size()); // no native path: Qt SQL, which reports
    }
    const QByteArray employer = m_employer.toString(QUuid::WithoutBraces).toUtf8(),
                     kind = toString(entity).toUtf8(), operation = toString(op).toUtf8(),
                     at = m_ws->changeTime().toUtf8();
    // What every row shares, bound once (bindings stay across steps).
    for (BulkStatement *st : {single, many}) {
        for (int row = 0; st && row < (st == many ? kRows : 1); ++row) {
            const int first = row * kPerRow;
            st->bindText(first, employer.constData(), int(employer.size()));
            st->bindText(first + 1, kind.constData(), int(kind.size()));
            st->bindText(first + 3, operation.constData(), int(operation.size()));
            st->bindText(first + 4, at.constData(), int(at.size()));
            st->bindText(first + 5, at.constData(), int(at.size()));
        }
    }
    char uuids[kRows][36];
    qsizetype done = 0;
    while (done < recordUuids.size()) {
        BulkStatement *st = many && recordUuids.size() - done >= kRows ? many : single;
        const int rows = st == many ? kRows : 1;
        for (int row = 0; row < rows; ++row) {
            formatUuid(recordUuids.at(done + row), uuids[row]);
            st->bindText(row * kPerRow + kRecordAt, uuids[row], 36);
        }
        // A refused row: again one by one through Qt SQL, whose message names it.
        if (!st->step(&detail) && !oneByOne(done, done + rows))
            return false;
        done += rows;
    }
    return true;
}

namespace {

// The rows of one statement, or why they could not be read (logged with the statement).
Result<QList<OutboxEntry>> readRows(Workspace &ws, const QString &sql, const QVariantList &binds)
{
    const Result<QSqlQuery *> q = runRead(
        ws, sql, binds, QCoreApplication::translate("fla::OutboxRepository", "the queue of declarations"));
    if (!q)
        return q.failure();
    QList<OutboxEntry> out;
    while ((*q)->next())
        out << readEntry(**q);
    (*q)->finish();
    return out;
}

} // namespace

Result<QList<OutboxEntry>> OutboxRepository::findPendingBatch(int limit) const
{
    return readRows(
        *m_ws,
        QStringLiteral(
            "SELECT %1 FROM outbox WHERE employer_uuid = ? AND state = 'pending' AND next_attempt_at <= ? "
            "ORDER BY id LIMIT ?")
            .arg(QLatin1String(kColumns)),
        {v(m_employer), now(m_ws), limit});
}

Result<QList<OutboxEntry>> OutboxRepository::findEntries(std::optional<OutboxState> state, int limit) const
{
    const QString s = state ? toString(*state) : QString(QLatin1String(""));
    return readRows(
        *m_ws,
        QStringLiteral(
            "SELECT %1 FROM outbox WHERE employer_uuid = ? AND (? = '' OR state = ?) ORDER BY id LIMIT ?")
            .arg(QLatin1String(kColumns)),
        {v(m_employer), s, s, limit});
}

Result<qint64> OutboxRepository::findCount(std::optional<OutboxState> state) const
{
    const QString s = state ? toString(*state) : QString(QLatin1String(""));
    return readCount(
        *m_ws,
        QStringLiteral("SELECT COUNT(*) FROM outbox WHERE employer_uuid = ? AND (? = '' OR state = ?)"),
        {v(m_employer), s, s},
        QCoreApplication::translate("fla::OutboxRepository", "the queue of declarations"));
}

namespace {

// Rows per statement of the batched updates; a list is cut into chunks of
// these sizes so that only a few statements are prepared and cached.
constexpr int kChunkSizes[] = {500, 50, 1};

QString placeholders(int n)
{
    QString out;
    out.reserve(n * 3);
    for (int i = 0; i < n; ++i)
        out += i == 0 ? QLatin1String("?") : QLatin1String(", ?");
    return out;
}

// Runs `sqlOf(n)` (a statement with one leading parameter, n values, then
// one trailing parameter) over `values` in chunks of kChunkSizes.
template<typename SqlOf>
bool execChunked(Workspace *ws, const SqlOf &sqlOf, const QVariant &leading, const QVariantList &values,
                 const QVariant &trailing, QString *error)
{
    qsizetype at = 0;
    for (int size : kChunkSizes) {
        while (values.size() - at >= size) {
            QSqlQuery *q = ws->statements().get(sqlOf(size), error);
            if (!q)
                return false;
            q->bindValue(0, leading);
            for (int k = 0; k < size; ++k)
                q->bindValue(k + 1, values.at(at + k));
            q->bindValue(size + 1, trailing);
            if (!q->exec()) {
                if (error)
                    *error = q->lastError().text();
                return false;
            }
            at += size;
        }
    }
    return true;
}

bool setState(Workspace *ws, const QUuid &employer, const QList<qint64> &ids, const QString &state,
              QString *error)
{
    if (ids.isEmpty())
        return true;
    Transaction tx(*ws);
    QVariantList values;
    values.reserve(ids.size());
    for (qint64 id : ids)
        values.append(id);
    const QString scope = ws->driver().unindexed(QStringLiteral("employer_uuid"));
    const auto sql = [&scope](int n) {
        return QStringLiteral("UPDATE outbox SET state = ? WHERE id IN (%1) AND %2 = ?")
            .arg(placeholders(n), scope);
    };
    if (!execChunked(ws, sql, state, values, v(employer), error))
        return false;
    return tx.commit(error);
}

} // namespace

bool OutboxRepository::markInFlight(const QList<qint64> &ids, QString *error)
{
    return setState(m_ws, m_employer, ids, QStringLiteral("in_flight"), error);
}

bool OutboxRepository::markDone(const QList<qint64> &ids, QString *error)
{
    return setState(m_ws, m_employer, ids, QStringLiteral("done"), error);
}

bool OutboxRepository::markFailed(qint64 id, const QString &lastError, const QDateTime &retryAt,
                                  QString *error)
{
    QSqlQuery *q = m_ws->statements().get(
        QStringLiteral(
            "UPDATE outbox SET attempts = attempts + 1, last_error = ?, state = ?, next_attempt_at = ? "
            "WHERE id = ? AND employer_uuid = ?"),
        error);
    if (!q)
        return false;
    q->bindValue(0, lastError);
    q->bindValue(1, retryAt.isValid() ? QStringLiteral("pending") : QStringLiteral("failed"));
    q->bindValue(2, retryAt.isValid() ? retryAt.toUTC().toString(Qt::ISODateWithMs) : now(m_ws));
    q->bindValue(3, id);
    q->bindValue(4, v(m_employer));
    if (!q->exec()) {
        if (error)
            *error = q->lastError().text();
        return false;
    }
    return true;
}

int OutboxRepository::resetInFlight()
{
    const qint64 token = m_ws->driver().claimToken(m_ws->database(), nullptr);
    QSqlQuery *q = m_ws->statements().get(
        token == 0
            ? QStringLiteral(
                  "UPDATE outbox SET state = 'pending' WHERE state = 'in_flight' AND employer_uuid = ?")
            : QStringLiteral(
                  "UPDATE outbox SET state = 'pending' WHERE state = 'in_flight' AND employer_uuid = ?"
                  " AND (claim_token = ? OR claim_token IS NULL)"));
    if (!q)
        return 0;
    q->bindValue(0, v(m_employer));
    if (token != 0)
        q->bindValue(1, token);
    return q->exec() ? q->numRowsAffected() : 0;
}

QList<OutboxEntry> OutboxRepository::claimPending(QString *error, bool *heldElsewhere)
{
    if (heldElsewhere)
        *heldElsewhere = false;
    QString holdError;
    if (!m_ws->driver().holdEmployer(m_ws->database(), m_employer, &holdError)) {
        if (!holdError.isEmpty()) {
            qCWarning(lcStorage) << "outbox: cannot hold the employer for declaring:" << holdError;
            if (error)
                *error = holdError;
        } else {
            qCInfo(lcStorage) << "outbox: another desktop is declaring employer" << m_employer << "now";
            if (heldElsewhere)
                *heldElsewhere = true;
        }
        return {};
    }
    const qint64 token = m_ws->driver().claimToken(m_ws->database(), error);
    if (token == 0) {
        // A file: one process at a time, the pending rows as they are.
        Result<QList<OutboxEntry>> pending =
            findEntries(OutboxState::Pending, std::numeric_limits<int>::max());
        if (!pending && error)
            *error = pending.error();
        return pending ? std::move(pending).value() : QList<OutboxEntry>();
    }
    QList<OutboxEntry> out;
    QSqlQuery q(m_ws->database());
    q.prepare(
        QStringLiteral("UPDATE outbox SET state = 'in_flight', claim_token = ? WHERE id IN (SELECT id FROM "
                       "outbox WHERE employer_uuid = ? AND state = 'pending' ORDER BY id FOR UPDATE SKIP "
                       "LOCKED) RETURNING %1")
            .arg(QLatin1String(kColumns)));
    q.addBindValue(token);
    q.addBindValue(v(m_employer));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        qCWarning(lcStorage) << "outbox: cannot claim rows:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out << readEntry(q);
    std::sort(out.begin(), out.end(), [](const OutboxEntry &a, const OutboxEntry &b) { return a.id < b.id; });
    qCInfo(lcStorage) << "outbox: claimed" << out.size() << "rows for declaring";
    return out;
}

void OutboxRepository::releaseClaim()
{
    m_ws->driver().releaseEmployer(m_ws->database(), m_employer);
}

Result<SyncStatus> OutboxRepository::findSyncStatus(RecordKind entity, const QUuid &recordUuid) const
{
    return readSyncStatus(*m_ws,
                          QStringLiteral("SELECT sync_status FROM %1 WHERE uuid = ? AND %2 = ?")
                              .arg(sqlTableName(entity), scopeOf(entity)),
                          {v(recordUuid), v(m_employer)}, statusText());
}

bool OutboxRepository::setSyncStatus(RecordKind entity, const QUuid &recordUuid, SyncStatus status,
                                     QString *error)
{
    QSqlQuery *q =
        m_ws->statements().get(QStringLiteral("UPDATE %1 SET sync_status = ? WHERE uuid = ? AND %2 = ?")
                                   .arg(sqlTableName(entity), scopeOf(entity)),
                               error);
    if (!q)
        return false;
    q->bindValue(0, toString(status));
    q->bindValue(1, v(recordUuid));
    q->bindValue(2, v(m_employer));
    if (!q->exec() || q->numRowsAffected() != 1) {
        if (error)
            *error =
                QCoreApplication::translate("OutboxRepository", "The %1 %2 does not exist for this employer.")
                    .arg(toString(entity), recordUuid.toString(QUuid::WithoutBraces));
        return false;
    }
    return true;
}

bool OutboxRepository::setSyncStatuses(RecordKind entity, const QList<QUuid> &recordUuids, SyncStatus status,
                                       QString *error)
{
    if (recordUuids.isEmpty())
        return true;
    QVariantList values;
    values.reserve(recordUuids.size());
    for (const QUuid &u : recordUuids)
        values.append(v(u));
    const QString table = sqlTableName(entity);
    const QString scope = m_ws->driver().unindexed(scopeOf(entity));
    const auto sql = [&](int n) {
        return QStringLiteral("UPDATE %1 SET sync_status = ? WHERE uuid IN (%3) AND %2 = ?")
            .arg(table, scope, placeholders(n));
    };
    return execChunked(m_ws, sql, toString(status), values, v(m_employer), error);
}

Result<QSet<QUuid>> OutboxRepository::findRecordsWithPlatformFindings() const
{
    const Result<QSqlQuery *> q =
        runRead(*m_ws,
                QStringLiteral("SELECT DISTINCT record_uuid FROM anomaly WHERE employer_uuid = ?"
                               " AND params LIKE '%\"source\":\"platform\"%'"),
                {v(m_employer)}, statusText());
    if (!q)
        return q.failure();
    QSet<QUuid> out;
    while ((*q)->next())
        out.insert(uuidAt(**q, 0));
    (*q)->finish();
    return out;
}

template<typename T>
Result<QHash<QUuid, T>> OutboxRepository::findCurrentRecords(const QList<QUuid> &uuids) const
{
    QHash<QUuid, T> out;
    out.reserve(uuids.size());
    const QString columns = Sql<T>::get().selectColumns;
    const QString table = QString::fromLatin1(Traits<T>::table());
    const QString scope = m_ws->driver().unindexed(QString::fromLatin1(Traits<T>::scopeColumn()));
    qsizetype at = 0;
    for (int size : kChunkSizes) {
        while (uuids.size() - at >= size) {
            QVariantList binds;
            binds.reserve(size + 1);
            for (int k = 0; k < size; ++k)
                binds << v(uuids.at(at + k));
            binds << v(m_employer);
            const Result<QList<T>> records =
                readRecords<T>(*m_ws,
                               QStringLiteral("SELECT %1 FROM %2 WHERE uuid IN (%4) AND %3 = ?")
                                   .arg(columns, table, scope, placeholders(size)),
                               binds, RecordRepository<T>::recordsText());
            if (!records)
                return records.failure();
            for (const T &record : *records)
                out.insert(record.uuid, record);
            at += size;
        }
    }
    return out;
}

template Result<QHash<QUuid, Worker>>
OutboxRepository::findCurrentRecords<Worker>(const QList<QUuid> &) const;
template Result<QHash<QUuid, Employment>>
OutboxRepository::findCurrentRecords<Employment>(const QList<QUuid> &) const;
template Result<QHash<QUuid, Training>>
OutboxRepository::findCurrentRecords<Training>(const QList<QUuid> &) const;
template Result<QHash<QUuid, Participation>>
OutboxRepository::findCurrentRecords<Participation>(const QList<QUuid> &) const;
template Result<QHash<QUuid, TrainingRight>>
OutboxRepository::findCurrentRecords<TrainingRight>(const QList<QUuid> &) const;

Result<qint64> OutboxRepository::findCountBySyncStatus(RecordKind entity, SyncStatus status) const
{
    return readCount(*m_ws,
                     QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ? AND sync_status = ?")
                         .arg(sqlTableName(entity), scopeOf(entity)),
                     {v(m_employer), toString(status)}, statusText());
}

} // namespace fla
