#include "core/storage/AuditRepository.h"

#include "core/common/Clock.h"
#include "core/common/LogCategories.h"
#include "core/common/Translation.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/EmploymentRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/ReadFailure.h"
#include "core/storage/RecordTraits.h"
#include "core/storage/StatementCache.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/TrainingRightRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <algorithm>

namespace fla {

using namespace storage;

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::AuditRepository", "fla"}, text);
}

QString jsonText(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &v)
{
    return v.isNull() ? QJsonObject() : QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

// The change set an entry written now belongs to: the transaction's, or a
// set of its own.
QUuid changeSetOf(Workspace &ws)
{
    return ws.currentChangeSet().isNull() ? QUuid::createUuid() : ws.currentChangeSet();
}

const char *const kColumns = "id, at, user_profile, employer_uuid, entity, record_uuid, change_kind, "
                             "change_set, before_json, after_json";

AuditEntry readEntry(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.userProfile = q.value(2).toString();
    e.employerUuid = uuidAt(q, 3);
    e.entity = recordKindFromString(q.value(4).toString()).value_or(RecordKind::Employer);
    e.recordUuid = uuidAt(q, 5);
    e.change = changeKindFromString(q.value(6).toString()).value_or(ChangeKind::Create);
    e.changeSet = uuidAt(q, 7);
    e.before = jsonObject(q.value(8));
    e.after = jsonObject(q.value(9));
    return e;
}

// The rows of one statement, or why they could not be read (logged with the statement).
Result<QList<AuditEntry>> readEntries(Workspace &ws, const QString &sql, const QVariantList &binds,
                                      const QString &what)
{
    return readRows(ws, sql, binds, what, readEntry);
}

QString historyOf(const QUuid &record)
{
    return tr("the history of the record %1").arg(record.toString(QUuid::WithoutBraces));
}

// Parents before children, so foreign keys hold while restoring.
int restoreOrder(RecordKind e)
{
    switch (e) {
    case RecordKind::Employer:
        return 0;
    case RecordKind::Worker:
        return 1;
    case RecordKind::Training:
        return 2;
    case RecordKind::Employment:
    case RecordKind::Participation:
    case RecordKind::TrainingRight:
        return 3;
    }
    return 3;
}

} // namespace

template<typename T>
bool AuditRepository::restoreRecord(RecordRepository<T> &repo, const QJsonObject &before, QString *error)
{
    T record;
    if (!recordjson::fromJson(before, record)) {
        if (error)
            *error = tr("The audit trail holds no usable state of this record.");
        return false;
    }
    return repo.writeOne(record, BulkOptions{true, repo.m_ws->queueChanges()}, nullptr, true, error, true);
}

bool AuditRepository::append(RecordKind entity, const QUuid &recordUuid, ChangeKind change,
                             const QJsonObject &before, const QJsonObject &after, QString *error)
{
    QString detail;
    QSqlQuery *q = m_ws->statements().get(
        QStringLiteral(
            "INSERT INTO audit (at, user_profile, employer_uuid, entity, record_uuid, change_kind, "
            "change_set, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        &detail);
    if (!q) {
        if (error)
            *error = detail;
        return false;
    }
    q->bindValue(0, m_ws->changeTime());
    q->bindValue(1, m_ws->userProfile());
    q->bindValue(2, v(m_employer));
    q->bindValue(3, toString(entity));
    q->bindValue(4, v(recordUuid));
    q->bindValue(5, toString(change));
    q->bindValue(6, v(changeSetOf(*m_ws)));
    const QString b = jsonText(before), a = jsonText(after);
    q->bindValue(7, b.isNull() ? QVariant() : QVariant(b));
    q->bindValue(8, a.isNull() ? QVariant() : QVariant(a));
    if (!q->exec()) {
        if (error)
            *error =
                tr("The audit entry for %1 %2 could not be written: %3")
                    .arg(toString(entity), recordUuid.toString(QUuid::WithoutBraces), q->lastError().text());
        return false;
    }
    return true;
}

qint64 AuditRepository::beginLoad(RecordKind entity, QString *error)
{
    QSqlQuery q(m_ws->database());
    q.prepare(QStringLiteral("INSERT INTO audit_load (at, user_profile, employer_uuid, entity, change_set) "
                             "VALUES (?, ?, ?, ?, ?)") +
              m_ws->driver().returningId());
    q.addBindValue(m_ws->changeTime());
    q.addBindValue(m_ws->userProfile());
    q.addBindValue(v(m_employer));
    q.addBindValue(toString(entity));
    q.addBindValue(v(changeSetOf(*m_ws)));
    if (!q.exec()) {
        if (error)
            *error = tr("The audit entry of the load could not be written: %1").arg(q.lastError().text());
        return 0;
    }
    if (!m_ws->driver().returningId().isEmpty())
        return q.next() ? q.value(0).toLongLong() : 0;
    return q.lastInsertId().toLongLong();
}

bool AuditRepository::finishLoad(qint64 load, qint64 records, QString *error)
{
    QSqlQuery q(m_ws->database());
    q.prepare(QStringLiteral("UPDATE audit_load SET records = ? WHERE id = ?"));
    q.addBindValue(records);
    q.addBindValue(load);
    if (!q.exec()) {
        if (error)
            *error = tr("The audit entry of the load could not be written: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

bool AuditRepository::keepLoadCreation(RecordKind entity, const QString &table, const QUuid &recordUuid,
                                       QString *error)
{
    QString detail;
    QSqlQuery *q = m_ws->statements().get(
        QStringLiteral(
            "INSERT INTO audit (at, user_profile, employer_uuid, entity, record_uuid, change_kind, "
            "change_set) SELECT l.at, l.user_profile, l.employer_uuid, l.entity, r.uuid, 'create', "
            "l.change_set FROM %1 r JOIN audit_load l ON l.id = r.created_in"
            " WHERE r.uuid = ? AND r.employer_uuid = ?")
            .arg(table),
        &detail);
    if (q) {
        q->bindValue(0, v(recordUuid));
        q->bindValue(1, v(m_employer));
        if (q->exec())
            return true;
        detail = q->lastError().text();
    }
    if (error)
        *error = tr("The audit entry for %1 %2 could not be written: %3")
                     .arg(toString(entity), recordUuid.toString(QUuid::WithoutBraces), detail);
    return false;
}

Result<std::optional<AuditEntry>> AuditRepository::loadCreation(const QUuid &recordUuid) const
{
    for (const char *table : {"participation", "worker", "training", "employment", "training_right"}) {
        const QString sql =
            QStringLiteral(
                "SELECT l.at, l.user_profile, l.employer_uuid, l.entity, l.change_set FROM %1 r"
                " JOIN audit_load l ON l.id = r.created_in WHERE r.uuid = ? AND r.employer_uuid = ?")
                .arg(QLatin1String(table));
        QString detail;
        QSqlQuery *q = m_ws->statements().get(sql, &detail);
        if (!q)
            return readFailure(historyOf(recordUuid), detail, sql);
        q->bindValue(0, v(recordUuid));
        q->bindValue(1, v(m_employer));
        if (!q->exec()) {
            const Failure failure = readFailure(historyOf(recordUuid), *q);
            q->finish();
            return failure;
        }
        std::optional<AuditEntry> out;
        if (q->next()) {
            AuditEntry e;
            e.at = QDateTime::fromString(q->value(0).toString(), Qt::ISODateWithMs);
            e.userProfile = q->value(1).toString();
            e.employerUuid = uuidAt(*q, 2);
            e.entity = recordKindFromString(q->value(3).toString()).value_or(RecordKind::Worker);
            e.recordUuid = recordUuid;
            e.change = ChangeKind::Create;
            e.changeSet = uuidAt(*q, 4);
            out = e;
        }
        q->finish();
        if (out)
            return out;
    }
    return std::optional<AuditEntry>();
}

Result<QJsonObject> AuditRepository::currentState(RecordKind entity, const QUuid &recordUuid) const
{
    const auto json = [](const auto &found) -> Result<QJsonObject> {
        if (!found)
            return found.failure();
        return *found ? recordjson::toJson(**found) : QJsonObject();
    };
    switch (entity) {
    case RecordKind::Employer:
        return json(m_ws->employers().find(recordUuid));
    case RecordKind::Worker:
        return json(m_ws->workers(m_employer).find(recordUuid));
    case RecordKind::Employment:
        return json(m_ws->employments(m_employer).find(recordUuid));
    case RecordKind::Training:
        return json(m_ws->trainings(m_employer).find(recordUuid));
    case RecordKind::Participation:
        return json(m_ws->participations(m_employer).find(recordUuid));
    case RecordKind::TrainingRight:
        return json(m_ws->rights(m_employer).find(recordUuid));
    }
    return QJsonObject();
}

Result<void> AuditRepository::completeCreates(QList<AuditEntry> &entries) const
{
    // entries: the history of one record, oldest first. A bulk load's
    // creation (its audit_load entry, or the copy keepLoadCreation made of
    // it; per-record compact entries in workspaces loaded before schema 5)
    // has no after-state: the record's first state is the next entry's
    // before-state (every later change is audited with it), or the record
    // as it is now.
    for (qsizetype i = 0; i < entries.size(); ++i) {
        AuditEntry &e = entries[i];
        if (e.change != ChangeKind::Create || !e.after.isEmpty())
            continue;
        for (qsizetype j = i + 1; j < entries.size() && e.after.isEmpty(); ++j)
            e.after = entries.at(j).before;
        if (e.after.isEmpty()) {
            const Result<QJsonObject> now = currentState(e.entity, e.recordUuid);
            if (!now)
                return now.failure();
            e.after = *now;
        }
    }
    return {};
}

Result<QList<AuditEntry>> AuditRepository::findHistory(const QUuid &recordUuid) const
{
    Result<QList<AuditEntry>> entries = historyAsStored(recordUuid);
    if (!entries)
        return entries;
    if (const Result<void> completed = completeCreates(entries.value()); !completed)
        return completed.failure();
    return entries;
}

Result<QList<AuditEntry>> AuditRepository::historyAsStored(const QUuid &recordUuid) const
{
    Result<QList<AuditEntry>> entries = readEntries(
        *m_ws,
        QStringLiteral("SELECT %1 FROM audit WHERE record_uuid = ? AND employer_uuid = ? ORDER BY id")
            .arg(QLatin1String(kColumns)),
        {v(recordUuid), v(m_employer)}, historyOf(recordUuid));
    if (!entries)
        return entries;
    // Unchanged since a bulk load created it: the load's entry is its last
    // (any later change would have copied it into the trail).
    const Result<std::optional<AuditEntry>> created = loadCreation(recordUuid);
    if (!created)
        return created.failure();
    if (*created)
        entries.value() << **created;
    return entries;
}

Result<QList<AuditEntry>> AuditRepository::findRecent(int limit) const
{
    const QString what = tr("the company's audit trail");
    Result<QList<AuditEntry>> read =
        readEntries(*m_ws,
                    QStringLiteral("SELECT %1 FROM audit WHERE employer_uuid = ? ORDER BY id DESC LIMIT ?")
                        .arg(QLatin1String(kColumns)),
                    {v(m_employer), limit}, what);
    if (!read)
        return read;
    QList<AuditEntry> entries = std::move(read).value();
    for (AuditEntry &e : entries) {
        if (e.change != ChangeKind::Create || !e.after.isEmpty())
            continue;
        const Result<QList<AuditEntry>> h = findHistory(e.recordUuid);
        if (!h)
            return h.failure();
        for (const AuditEntry &x : *h) {
            if (x.id == e.id)
                e.after = x.after;
        }
    }
    // The bulk loads, one entry each, among them by time.
    const QString loadsSql =
        QStringLiteral("SELECT at, user_profile, entity, change_set, records FROM audit_load"
                       " WHERE employer_uuid = ? ORDER BY id DESC LIMIT ?");
    QString detail;
    QSqlQuery *loads = m_ws->statements().get(loadsSql, &detail);
    if (!loads)
        return readFailure(what, detail, loadsSql);
    loads->bindValue(0, v(m_employer));
    loads->bindValue(1, limit);
    if (!loads->exec()) {
        const Failure failure = readFailure(what, *loads);
        loads->finish();
        return failure;
    }
    while (loads->next()) {
        AuditEntry e;
        e.at = QDateTime::fromString(loads->value(0).toString(), Qt::ISODateWithMs);
        e.userProfile = loads->value(1).toString();
        e.employerUuid = m_employer;
        e.entity = recordKindFromString(loads->value(2).toString()).value_or(RecordKind::Worker);
        e.change = ChangeKind::Create;
        e.changeSet = uuidAt(*loads, 3);
        e.records = loads->value(4).toLongLong();
        entries << e;
    }
    loads->finish();
    std::stable_sort(entries.begin(), entries.end(),
                     [](const AuditEntry &a, const AuditEntry &b) { return a.at > b.at; });
    if (entries.size() > limit)
        entries.resize(limit);
    return entries;
}

Result<qint64> AuditRepository::findCount() const
{
    return readCount(*m_ws,
                     QStringLiteral("SELECT (SELECT COUNT(*) FROM audit WHERE employer_uuid = ?) +"
                                    " (SELECT COUNT(*) FROM audit_load WHERE employer_uuid = ?)"),
                     {v(m_employer), v(m_employer)}, tr("the company's audit trail"));
}

Result<bool> AuditRepository::canRestore(const QUuid &recordUuid) const
{
    const Result<QList<AuditEntry>> h = historyAsStored(recordUuid);
    if (!h)
        return h.failure();
    return !h->isEmpty() && h->constLast().change == ChangeKind::Delete && !h->constLast().before.isEmpty();
}

bool AuditRepository::restoreDeleted(const QUuid &recordUuid, QString *error)
{
    const Result<QList<AuditEntry>> read = historyAsStored(recordUuid);
    if (!read) {
        if (error)
            *error = read.error();
        return false;
    }
    const QList<AuditEntry> &h = *read;
    if (h.isEmpty() || h.constLast().change != ChangeKind::Delete) {
        if (error)
            *error = tr("The record %1 is not deleted, or its history is not in this employer's audit trail.")
                         .arg(recordUuid.toString(QUuid::WithoutBraces));
        return false;
    }
    const QUuid changeSet = h.constLast().changeSet;
    // Every record deleted by the same change (a training with its participants).
    Result<QList<AuditEntry>> deletedRead = readEntries(
        *m_ws,
        QStringLiteral(
            "SELECT %1 FROM audit WHERE change_set = ? AND employer_uuid = ? AND change_kind = 'delete' "
            "ORDER BY id")
            .arg(QLatin1String(kColumns)),
        {v(changeSet), v(m_employer)}, historyOf(recordUuid));
    if (!deletedRead) {
        if (error)
            *error = deletedRead.error();
        return false;
    }
    QList<AuditEntry> deleted = std::move(deletedRead).value();
    std::stable_sort(deleted.begin(), deleted.end(), [](const AuditEntry &a, const AuditEntry &b) {
        return restoreOrder(a.entity) < restoreOrder(b.entity);
    });

    Transaction tx(*m_ws);
    for (const AuditEntry &e : deleted) {
        // A record of the change set that exists again (restored before) is left alone.
        const Result<QJsonObject> now = currentState(e.entity, e.recordUuid);
        if (!now) {
            if (error)
                *error = now.error();
            return false;
        }
        const bool exists = !now->isEmpty();
        if (exists)
            continue;
        bool ok = false;
        switch (e.entity) {
        case RecordKind::Employer: {
            RecordRepository<Employer> r(*m_ws, e.recordUuid);
            ok = restoreRecord(r, e.before, error);
            break;
        }
        case RecordKind::Worker: {
            WorkerRepository r = m_ws->workers(m_employer);
            ok = restoreRecord(r, e.before, error);
            break;
        }
        case RecordKind::Employment: {
            EmploymentRepository r = m_ws->employments(m_employer);
            ok = restoreRecord(r, e.before, error);
            break;
        }
        case RecordKind::Training: {
            TrainingRepository r = m_ws->trainings(m_employer);
            ok = restoreRecord(r, e.before, error);
            break;
        }
        case RecordKind::Participation: {
            ParticipationRepository r = m_ws->participations(m_employer);
            ok = restoreRecord(r, e.before, error);
            break;
        }
        case RecordKind::TrainingRight: {
            TrainingRightRepository r = m_ws->rights(m_employer);
            ok = restoreRecord(r, e.before, error);
            break;
        }
        }
        if (!ok)
            return false;
    }
    if (!tx.commit(error))
        return false;
    qCInfo(lcStorage) << "restored" << deleted.size() << "deleted record(s) of change set"
                      << changeSet.toString(QUuid::WithoutBraces);
    return true;
}

} // namespace fla
