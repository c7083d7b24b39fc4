#include "storage/AnomalyRepository.h"

#include "common/LogCategories.h"
#include "storage/RecordTraits.h"
#include "storage/StatementCache.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>

namespace fla {

using namespace storage;

namespace {

std::optional<Severity> severityFrom(const QString &s)
{
    for (Severity x : {Severity::Information, Severity::Warning, Severity::Blocking})
        if (s == QLatin1String(severityName(x)))
            return x;
    return std::nullopt;
}

QString where(const AnomalyFilter &f, QVariantList &binds, const QUuid &employer)
{
    QString w = QStringLiteral(" WHERE employer_uuid = ?");
    binds << v(employer);
    if (f.severity) {
        w += QStringLiteral(" AND severity = ?");
        binds << QString::fromLatin1(severityName(*f.severity));
    }
    if (!f.code.isEmpty()) {
        w += QStringLiteral(" AND code = ?");
        binds << f.code;
    }
    if (f.entity) {
        w += QStringLiteral(" AND entity = ?");
        binds << toString(*f.entity);
    }
    if (!f.recordUuid.isNull()) {
        w += QStringLiteral(" AND record_uuid = ?");
        binds << v(f.recordUuid);
    }
    if (f.fromPlatform) {
        // params is compact JSON (written below), so the text form is fixed.
        w +=
            *f.fromPlatform ? QStringLiteral(" AND params LIKE ?") : QStringLiteral(" AND params NOT LIKE ?");
        binds << QStringLiteral("%\"source\":\"platform\"%");
    }
    return w;
}

QSqlQuery *bound(Workspace *ws, const QString &sql, const QVariantList &binds)
{
    QSqlQuery *q = ws->statements().get(sql);
    if (!q)
        return nullptr;
    for (int i = 0; i < binds.size(); ++i)
        q->bindValue(i, binds.at(i));
    return q;
}

Failure readFailure(const QString &sql, const QString &engine)
{
    qCWarning(lcStorage).noquote() << "anomalies not read:" << engine << "in" << sql;
    return {
        QCoreApplication::translate("AnomalyRepository", "The anomalies could not be read: %1").arg(engine)};
}

} // namespace

bool AnomalyRepository::replaceForRecord(RecordKind entity, const QUuid &recordUuid,
                                         const QList<StoredAnomaly> &anomalies, QString *error)
{
    return replaceForRecords({RecordAnomalies{entity, recordUuid, anomalies}}, error);
}

bool AnomalyRepository::replaceAll(const QList<RecordAnomalies> &records, QString *error)
{
    Transaction tx(*m_ws);
    QSqlQuery *del =
        m_ws->statements().get(QStringLiteral("DELETE FROM anomaly WHERE employer_uuid = ?"), error);
    if (!del)
        return false;
    del->bindValue(0, v(m_employer));
    if (!del->exec()) {
        if (error)
            *error = del->lastError().text();
        qCWarning(lcStorage).noquote() << "anomalies not cleared:" << del->lastError().text();
        return false;
    }
    QList<RecordAnomalies> found;
    for (const RecordAnomalies &r : records) {
        if (!r.anomalies.isEmpty())
            found.append(r);
    }
    return replaceForRecords(found, error) && tx.commit(error);
}

bool AnomalyRepository::replaceForRecords(const QList<RecordAnomalies> &records, QString *error)
{
    Transaction tx(*m_ws);
    QSqlQuery *del = m_ws->statements().get(
        QStringLiteral("DELETE FROM anomaly WHERE record_uuid = ? AND employer_uuid = ?"), error);
    QSqlQuery *ins = m_ws->statements().get(
        QStringLiteral(
            "INSERT INTO anomaly (employer_uuid, entity, record_uuid, field, code, severity, params) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        error);
    if (!del || !ins)
        return false;
    for (const RecordAnomalies &r : records) {
        del->bindValue(0, v(r.recordUuid));
        del->bindValue(1, v(m_employer));
        if (!del->exec()) {
            if (error)
                *error = del->lastError().text();
            return false;
        }
        for (const StoredAnomaly &a : r.anomalies) {
            ins->bindValue(0, v(m_employer));
            ins->bindValue(1, toString(r.entity));
            ins->bindValue(2, v(r.recordUuid));
            ins->bindValue(3, a.field);
            ins->bindValue(4, a.code);
            ins->bindValue(5, QString::fromLatin1(severityName(a.severity)));
            ins->bindValue(6, QString::fromUtf8(QJsonDocument(a.params).toJson(QJsonDocument::Compact)));
            if (!ins->exec()) {
                if (error)
                    *error = QCoreApplication::translate("AnomalyRepository",
                                                         "The anomaly %1 of %2 %3 could not be stored: %4")
                                 .arg(a.code, toString(r.entity), r.recordUuid.toString(QUuid::WithoutBraces),
                                      ins->lastError().text());
                return false;
            }
        }
    }
    return tx.commit(error);
}

bool AnomalyRepository::clearForRecord(const QUuid &recordUuid, QString *error)
{
    return replaceForRecords({RecordAnomalies{RecordKind::Employer, recordUuid, {}}}, error);
}

Result<QList<StoredAnomaly>> AnomalyRepository::find(const AnomalyFilter &filter, int limit,
                                                     qint64 offset) const
{
    QVariantList binds;
    const QString sql =
        QStringLiteral("SELECT entity, record_uuid, field, code, severity, params FROM anomaly") +
        where(filter, binds, m_employer) + QStringLiteral(" ORDER BY id LIMIT ? OFFSET ?");
    binds << limit << offset;
    QString detail;
    QSqlQuery *q = m_ws->statements().get(sql, &detail);
    if (!q)
        return readFailure(sql, detail);
    for (int i = 0; i < binds.size(); ++i)
        q->bindValue(i, binds.at(i));
    if (!q->exec()) {
        const QString engine = q->lastError().text();
        q->finish();
        return readFailure(sql, engine);
    }
    QList<StoredAnomaly> out;
    while (q->next()) {
        StoredAnomaly a;
        a.entity = recordKindFromString(q->value(0).toString()).value_or(RecordKind::Employer);
        a.recordUuid = uuidAt(*q, 1);
        a.field = q->value(2).toString();
        a.code = q->value(3).toString();
        a.severity = severityFrom(q->value(4).toString()).value_or(Severity::Blocking);
        a.params = QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object();
        out << a;
    }
    q->finish();
    return out;
}

QList<StoredAnomaly> AnomalyRepository::list(const AnomalyFilter &filter, int limit, qint64 offset) const
{
    return find(filter, limit, offset).valueOr({});
}

qint64 AnomalyRepository::count(const AnomalyFilter &filter) const
{
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM anomaly") + where(filter, binds, m_employer);
    QSqlQuery *q = bound(m_ws, sql, binds);
    qint64 n = 0;
    if (q && q->exec() && q->next())
        n = q->value(0).toLongLong();
    if (q)
        q->finish();
    return n;
}

QMap<Severity, qint64> AnomalyRepository::countBySeverity() const
{
    QMap<Severity, qint64> out;
    QSqlQuery *q = bound(
        m_ws,
        QStringLiteral("SELECT severity, COUNT(*) FROM anomaly WHERE employer_uuid = ? GROUP BY severity"),
        {v(m_employer)});
    if (q && q->exec()) {
        while (q->next()) {
            if (const auto s = severityFrom(q->value(0).toString()))
                out.insert(*s, q->value(1).toLongLong());
        }
    }
    if (q)
        q->finish();
    return out;
}

QMap<QString, qint64> AnomalyRepository::countByCode() const
{
    QMap<QString, qint64> out;
    QSqlQuery *q = bound(
        m_ws, QStringLiteral("SELECT code, COUNT(*) FROM anomaly WHERE employer_uuid = ? GROUP BY code"),
        {v(m_employer)});
    if (q && q->exec()) {
        while (q->next())
            out.insert(q->value(0).toString(), q->value(1).toLongLong());
    }
    if (q)
        q->finish();
    return out;
}

} // namespace fla
