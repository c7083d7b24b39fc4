#include "core/storage/AnomalyRepository.h"

#include "core/common/LogCategories.h"
#include "core/storage/ReadFailure.h"
#include "core/storage/RecordTraits.h"
#include "core/storage/StatementCache.h"
#include "core/storage/Transaction.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <array>
#include <memory>
#include <vector>

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

QString anomaliesText()
{
    return QCoreApplication::translate("fla::storage", "the anomalies of the company");
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
    // Every one was just deleted: no delete per record.
    return write(found, false, error) && tx.commit(error);
}

bool AnomalyRepository::addAll(const QList<RecordAnomalies> &records, QString *error)
{
    QList<RecordAnomalies> found;
    for (const RecordAnomalies &r : records) {
        if (!r.anomalies.isEmpty())
            found.append(r);
    }
    if (found.isEmpty())
        return true;
    Transaction tx(*m_ws);
    return write(found, false, error) && tx.commit(error);
}

bool AnomalyRepository::replaceForRecords(const QList<RecordAnomalies> &records, QString *error)
{
    Transaction tx(*m_ws);
    return write(records, true, error) && tx.commit(error);
}

bool AnomalyRepository::write(const QList<RecordAnomalies> &records, bool deleteEach, QString *error)
{
    QSqlQuery *del =
        deleteEach
            ? m_ws->statements().get(
                  QStringLiteral("DELETE FROM anomaly WHERE record_uuid = ? AND employer_uuid = ?"), error)
            : nullptr;
    QSqlQuery *ins = m_ws->statements().get(
        QStringLiteral(
            "INSERT INTO anomaly (employer_uuid, entity, record_uuid, field, code, severity, params) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        error);
    if ((deleteEach && !del) || !ins)
        return false;
    if (!deleteEach) {
        const int native = insertNative(records, error);
        if (native >= 0)
            return native == 1;
    }
    const QVariant employer = v(m_employer);
    const QString noParams = QStringLiteral("{}"); // most have none: no JSON document for them
    for (const RecordAnomalies &r : records) {
        if (del) {
            del->bindValue(0, v(r.recordUuid));
            del->bindValue(1, employer);
            if (!del->exec()) {
                if (error)
                    *error = del->lastError().text();
                return false;
            }
        }
        const QVariant record = v(r.recordUuid), entity = toString(r.entity);
        for (const StoredAnomaly &a : r.anomalies) {
            ins->bindValue(0, employer);
            ins->bindValue(1, entity);
            ins->bindValue(2, record);
            ins->bindValue(3, a.field);
            ins->bindValue(4, a.code);
            ins->bindValue(5, QString::fromLatin1(severityName(a.severity)));
            ins->bindValue(6,
                           a.params.isEmpty()
                               ? noParams
                               : QString::fromUtf8(QJsonDocument(a.params).toJson(QJsonDocument::Compact)));
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
    return true;
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
    const Result<QSqlQuery *> q = runRead(*m_ws, sql, binds, anomaliesText());
    if (!q)
        return q.failure();
    QList<StoredAnomaly> out;
    while ((*q)->next()) {
        const QSqlQuery &row = **q;
        StoredAnomaly a;
        a.entity = recordKindFromString(row.value(0).toString()).value_or(RecordKind::Employer);
        a.recordUuid = uuidAt(row, 1);
        a.field = row.value(2).toString();
        a.code = row.value(3).toString();
        a.severity = severityFrom(row.value(4).toString()).value_or(Severity::Blocking);
        a.params = QJsonDocument::fromJson(row.value(5).toString().toUtf8()).object();
        out << a;
    }
    (*q)->finish();
    return out;
}

Result<qint64> AnomalyRepository::findCount(const AnomalyFilter &filter) const
{
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM anomaly") + where(filter, binds, m_employer);
    return readCount(*m_ws, sql, binds, anomaliesText());
}

Result<QMap<Severity, qint64>> AnomalyRepository::findCountBySeverity() const
{
    const Result<QSqlQuery *> q = runRead(
        *m_ws,
        QStringLiteral("SELECT severity, COUNT(*) FROM anomaly WHERE employer_uuid = ? GROUP BY severity"),
        {v(m_employer)}, anomaliesText());
    if (!q)
        return q.failure();
    QMap<Severity, qint64> out;
    while ((*q)->next()) {
        if (const auto s = severityFrom((*q)->value(0).toString()))
            out.insert(*s, (*q)->value(1).toLongLong());
    }
    (*q)->finish();
    return out;
}

Result<QMap<QString, qint64>> AnomalyRepository::findCountByCode() const
{
    const Result<QSqlQuery *> q = runRead(
        *m_ws, QStringLiteral("SELECT code, COUNT(*) FROM anomaly WHERE employer_uuid = ? GROUP BY code"),
        {v(m_employer)}, anomaliesText());
    if (!q)
        return q.failure();
    QMap<QString, qint64> out;
    while ((*q)->next())
        out.insert((*q)->value(0).toString(), (*q)->value(1).toLongLong());
    (*q)->finish();
    return out;
}

int AnomalyRepository::insertNative(const QList<RecordAnomalies> &records, QString *error)
{
    constexpr int kRows = 32, kPerRow = 7;
    qsizetype total = 0;
    for (const RecordAnomalies &r : records)
        total += r.anomalies.size();
    if (total == 0)
        return 1;
    const auto sqlFor = [](int rows) -> QString {
        QStringList values;
        for (int i = 0; i < rows; ++i)
            values << QStringLiteral("(?, ?, ?, ?, ?, ?, ?)");
        return QStringLiteral(
                   "INSERT INTO anomaly (employer_uuid, entity, record_uuid, field, code, severity, "
                   "params) VALUES ") +
               values.join(QStringLiteral(", "));
    };
    QString detail;
    StorageDriver &driver = m_ws->driver();
    const std::unique_ptr<BulkStatement> single = driver.prepareBulk(m_ws->database(), sqlFor(1), &detail);
    if (!single) {
        if (detail.isEmpty())
            return -1; // no native path: Qt SQL
        qCWarning(lcStorage).noquote() << "anomalies not stored:" << detail;
        if (error)
            *error = detail;
        return 0;
    }
    std::unique_ptr<BulkStatement> many;
    if (total >= kRows && !(many = driver.prepareBulk(m_ws->database(), sqlFor(kRows), &detail))) {
        qCWarning(lcStorage).noquote() << "anomalies not stored:" << detail;
        if (error)
            *error = detail;
        return 0;
    }
    const QByteArray employer = m_employer.toString(QUuid::WithoutBraces).toUtf8();
    // The bytes bound for the rows of one statement live until it has run.
    char uuids[kRows][36];
    std::array<QByteArray, kRows * 4> text;
    const QByteArray noParams("{}"); // most have none: no JSON document for them
    struct Row
    {
        const RecordAnomalies *record;
        const StoredAnomaly *anomaly;
    };
    std::vector<Row> pending;
    pending.reserve(kRows);
    const auto run = [&](BulkStatement &st) {
        for (size_t i = 0; i < pending.size(); ++i) {
            const RecordAnomalies &r = *pending[i].record;
            const StoredAnomaly &a = *pending[i].anomaly;
            const int at = int(i) * kPerRow;
            QByteArray *own = &text[i * 4];
            own[0] = a.field.toUtf8();
            own[1] = a.code.toUtf8();
            own[2] = a.params.isEmpty() ? noParams : QJsonDocument(a.params).toJson(QJsonDocument::Compact);
            own[3] = toString(r.entity).toLatin1();
            formatUuid(r.recordUuid, uuids[i]);
            const char *severity = severityName(a.severity);
            st.bindText(at, employer.constData(), int(employer.size()));
            st.bindText(at + 1, own[3].constData(), int(own[3].size()));
            st.bindText(at + 2, uuids[i], 36);
            st.bindText(at + 3, own[0].constData(), int(own[0].size()));
            st.bindText(at + 4, own[1].constData(), int(own[1].size()));
            st.bindText(at + 5, severity, int(qstrlen(severity)));
            st.bindText(at + 6, own[2].constData(), int(own[2].size()));
        }
        if (st.step(&detail)) {
            pending.clear();
            return true;
        }
        const Row &first = pending.front();
        qCWarning(lcStorage).noquote() << "anomalies not stored:" << detail;
        if (error)
            *error = QCoreApplication::translate("AnomalyRepository",
                                                 "The anomaly %1 of %2 %3 could not be stored: %4")
                         .arg(first.anomaly->code, toString(first.record->entity),
                              first.record->recordUuid.toString(QUuid::WithoutBraces), detail);
        return false;
    };
    qsizetype left = total;
    for (const RecordAnomalies &r : records) {
        for (const StoredAnomaly &a : r.anomalies) {
            pending.push_back({&r, &a});
            // Full statements while enough rows are left, then one row at a time.
            const bool full = many && left >= kRows ? pending.size() == size_t(kRows) : true;
            if (!full)
                continue;
            const bool manyRows = pending.size() == size_t(kRows) && many;
            left -= qsizetype(pending.size());
            if (!run(manyRows ? *many : *single))
                return 0;
        }
    }
    return 1;
}

} // namespace fla
