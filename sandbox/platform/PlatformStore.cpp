#include "PlatformStore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace fla::sandbox {

struct PlatformStore::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : record(db)
        , meta(db)
        , worker(db)
        , employments(db)
        , write(db)
        , cancel(db)
        , declaration(db)
        , declarationOwner(db)
        , saveDeclaration(db)
        , metaChunk(db)
        , metaRest(db)
    {}
    QSqlQuery record;
    QSqlQuery meta;
    QSqlQuery worker;
    QSqlQuery employments;
    QSqlQuery write;
    QSqlQuery cancel;
    QSqlQuery declaration;
    QSqlQuery declarationOwner;
    QSqlQuery saveDeclaration;
    QSqlQuery metaChunk; // recordMetas, 500 at a time
    QSqlQuery metaRest;  // recordMetas, the rest
};

namespace {

PlatformStore::Record readRecord(const QSqlQuery &q)
{
    PlatformStore::Record r;
    r.uuid = q.value(0).toString();
    r.enterpriseNumber = q.value(1).toString();
    r.type = q.value(2).toString();
    r.data = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    r.hash = q.value(4).toString();
    r.etag = q.value(5).toString();
    r.writes = q.value(6).toInt();
    r.cancelled = q.value(7).toBool();
    return r;
}

// A record without its data, from the columns of kMetaColumns.
PlatformStore::Record readMeta(const QSqlQuery &q)
{
    PlatformStore::Record r;
    r.uuid = q.value(0).toString();
    r.enterpriseNumber = q.value(1).toString();
    r.type = q.value(2).toString();
    r.hash = q.value(3).toString();
    r.etag = q.value(4).toString();
    r.writes = q.value(5).toInt();
    r.cancelled = q.value(6).toBool();
    return r;
}

const char kMetaColumns[] = "uuid, enterprise, type, hash, etag, writes, cancelled";

const char kColumns[] = "uuid, enterprise, type, data, hash, etag, writes, cancelled";

} // namespace

PlatformStore::PlatformStore()
    : m_connection(QStringLiteral("fla-sandbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

PlatformStore::~PlatformStore()
{
    m_st.reset();
    {
        QSqlDatabase d = QSqlDatabase::database(m_connection, false);
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString PlatformStore::contentHash(const QJsonObject &data)
{
    // QJsonObject keeps its keys sorted: the compact form is canonical.
    return contentHash(QJsonDocument(data).toJson(QJsonDocument::Compact));
}

QString PlatformStore::contentHash(const QByteArray &compactData)
{
    return QString::fromLatin1(QCryptographicHash::hash(compactData, QCryptographicHash::Sha1).toHex());
}

bool PlatformStore::open(const QString &path, QString *error)
{
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    d.setDatabaseName(path);
    if (!d.open()) {
        if (error)
            *error = d.lastError().text();
        return false;
    }
    QSqlQuery q(d);
    const char *const setup[] = {
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=NORMAL",
        "CREATE TABLE IF NOT EXISTS records (uuid TEXT PRIMARY KEY, enterprise TEXT NOT NULL, type TEXT NOT "
        "NULL,"
        " data TEXT NOT NULL, hash TEXT NOT NULL, etag TEXT NOT NULL, writes INTEGER NOT NULL DEFAULT 1,"
        " cancelled INTEGER NOT NULL DEFAULT 0, ssin TEXT, training TEXT, updated_at TEXT)",
        "CREATE INDEX IF NOT EXISTS records_by_enterprise ON records(enterprise, type, ssin)",
        "CREATE INDEX IF NOT EXISTS records_by_training ON records(training)",
        "CREATE TABLE IF NOT EXISTS declarations (id TEXT PRIMARY KEY, enterprise TEXT NOT NULL, subject "
        "TEXT,"
        " received_at TEXT NOT NULL, result TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS employers (enterprise TEXT PRIMARY KEY, name TEXT)",
    };
    for (const char *s : setup) {
        if (!q.exec(QString::fromLatin1(s))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    m_st = std::make_unique<Statements>(d);
    m_st->record.prepare(
        QStringLiteral("SELECT %1 FROM records WHERE uuid = ?").arg(QLatin1String(kColumns)));
    m_st->meta.prepare(
        QStringLiteral("SELECT %1 FROM records WHERE uuid = ?").arg(QLatin1String(kMetaColumns)));
    m_st->worker.prepare(
        QStringLiteral("SELECT %1 FROM records WHERE enterprise = ? AND type = 'worker' AND ssin = ?"
                       " AND cancelled = 0")
            .arg(QLatin1String(kColumns)));
    m_st->employments.prepare(
        QStringLiteral("SELECT %1 FROM records WHERE enterprise = ? AND type = 'employment'"
                       " AND ssin = ? AND cancelled = 0")
            .arg(QLatin1String(kColumns)));
    m_st->write.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO records (uuid, enterprise, type, data, hash, etag, writes, cancelled, ssin, "
        "training,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now'))"));
    m_st->cancel.prepare(QStringLiteral("UPDATE records SET cancelled = 1 WHERE uuid = ?"));
    m_st->declaration.prepare(QStringLiteral("SELECT enterprise, result FROM declarations WHERE id = ?"));
    m_st->declarationOwner.prepare(QStringLiteral("SELECT enterprise FROM declarations WHERE id = ?"));
    m_st->saveDeclaration.prepare(
        QStringLiteral("INSERT OR REPLACE INTO declarations (id, enterprise, subject, received_at, result)"
                       " VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now'), ?)"));
    return true;
}

bool PlatformStore::begin()
{
    return QSqlDatabase::database(m_connection, false).transaction();
}
bool PlatformStore::commit()
{
    return QSqlDatabase::database(m_connection, false).commit();
}
void PlatformStore::rollback()
{
    QSqlDatabase::database(m_connection, false).rollback();
}

std::optional<PlatformStore::Record> PlatformStore::record(const QString &uuid)
{
    QSqlQuery &q = m_st->record;
    q.bindValue(0, uuid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Record r = readRecord(q);
    q.finish();
    return r;
}

std::optional<PlatformStore::Record> PlatformStore::recordMeta(const QString &uuid)
{
    QSqlQuery &q = m_st->meta;
    q.bindValue(0, uuid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Record r = readMeta(q);
    q.finish();
    return r;
}

QHash<QString, PlatformStore::Record> PlatformStore::recordMetas(const QStringList &uuids)
{
    QHash<QString, Record> out;
    constexpr int kChunk = 500;
    for (qsizetype at = 0; at < uuids.size(); at += kChunk) {
        const qsizetype n = std::min<qsizetype>(kChunk, uuids.size() - at);
        // The full chunk's statement is prepared once; the rest's for its size.
        QSqlQuery &q = n == kChunk ? m_st->metaChunk : m_st->metaRest;
        if (n != kChunk || q.lastQuery().isEmpty()) {
            QString marks = QStringLiteral("?");
            for (qsizetype i = 1; i < n; ++i)
                marks += QStringLiteral(", ?");
            q.prepare(QStringLiteral("SELECT %1 FROM records WHERE uuid IN (%2)")
                          .arg(QLatin1String(kMetaColumns), marks));
        }
        for (qsizetype i = 0; i < n; ++i)
            q.bindValue(int(i), uuids.at(at + i));
        if (!q.exec())
            continue;
        while (q.next()) {
            Record r = readMeta(q);
            out.insert(r.uuid, r);
        }
        q.finish();
    }
    return out;
}

std::optional<PlatformStore::Record> PlatformStore::workerBySsin(const QString &enterpriseNumber,
                                                                 const QString &ssin)
{
    QSqlQuery &q = m_st->worker;
    q.bindValue(0, enterpriseNumber);
    q.bindValue(1, ssin);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Record r = readRecord(q);
    q.finish();
    return r;
}

QList<PlatformStore::Record> PlatformStore::employmentsOf(const QString &enterpriseNumber,
                                                          const QString &ssin)
{
    QList<Record> out;
    QSqlQuery &q = m_st->employments;
    q.bindValue(0, enterpriseNumber);
    q.bindValue(1, ssin);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(readRecord(q));
    q.finish();
    return out;
}

bool PlatformStore::write(const Record &r)
{
    return write(r, QJsonDocument(r.data).toJson(QJsonDocument::Compact));
}

bool PlatformStore::write(const Record &r, const QByteArray &compactData)
{
    QSqlQuery &q = m_st->write;
    q.bindValue(0, r.uuid);
    q.bindValue(1, r.enterpriseNumber);
    q.bindValue(2, r.type);
    q.bindValue(3, QString::fromUtf8(compactData));
    q.bindValue(4, r.hash);
    q.bindValue(5, r.etag);
    q.bindValue(6, r.writes);
    q.bindValue(7, r.cancelled ? 1 : 0);
    const QString ssin = r.data.value(QLatin1String("ssin")).toString();
    q.bindValue(8, ssin.isEmpty() ? QVariant() : QVariant(ssin));
    const QString training = r.data.value(QLatin1String("trainingUuid")).toString();
    q.bindValue(9, training.isEmpty() ? QVariant() : QVariant(training));
    return q.exec();
}

bool PlatformStore::cancel(const QString &uuid)
{
    m_st->cancel.bindValue(0, uuid);
    return m_st->cancel.exec();
}

QList<PlatformStore::Record> PlatformStore::list(const QString &enterpriseNumber, const QString &type,
                                                 int offset, int limit, const QString &trainingUuid)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT %1 FROM records WHERE enterprise = ? AND type = ? AND cancelled = 0%2"
                             " ORDER BY uuid LIMIT ? OFFSET ?")
                  .arg(QLatin1String(kColumns),
                       trainingUuid.isEmpty() ? QString() : QStringLiteral(" AND training = ?")));
    int i = 0;
    q.bindValue(i++, enterpriseNumber);
    q.bindValue(i++, type);
    if (!trainingUuid.isEmpty())
        q.bindValue(i++, trainingUuid);
    q.bindValue(i++, limit);
    q.bindValue(i++, offset);
    QList<Record> out;
    if (q.exec()) {
        while (q.next())
            out.append(readRecord(q));
    }
    return out;
}

qint64 PlatformStore::count(const QString &enterpriseNumber, const QString &type, const QString &trainingUuid)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(
        QStringLiteral("SELECT COUNT(*) FROM records WHERE enterprise = ? AND type = ? AND cancelled = 0%1")
            .arg(trainingUuid.isEmpty() ? QString() : QStringLiteral(" AND training = ?")));
    q.bindValue(0, enterpriseNumber);
    q.bindValue(1, type);
    if (!trainingUuid.isEmpty())
        q.bindValue(2, trainingUuid);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<QJsonObject> PlatformStore::declaration(const QString &id, QString *enterpriseNumber)
{
    const std::optional<QByteArray> body = declarationBody(id, enterpriseNumber);
    if (!body)
        return std::nullopt;
    return QJsonDocument::fromJson(*body).object();
}

std::optional<QByteArray> PlatformStore::declarationBody(const QString &id, QString *enterpriseNumber)
{
    QSqlQuery &q = m_st->declaration;
    q.bindValue(0, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    if (enterpriseNumber)
        *enterpriseNumber = q.value(0).toString();
    QByteArray body = q.value(1).toString().toUtf8();
    q.finish();
    return body;
}

bool PlatformStore::hasDeclaration(const QString &id, QString *enterpriseNumber)
{
    QSqlQuery &q = m_st->declarationOwner;
    q.bindValue(0, id);
    if (!q.exec() || !q.next())
        return false;
    if (enterpriseNumber)
        *enterpriseNumber = q.value(0).toString();
    q.finish();
    return true;
}

bool PlatformStore::saveDeclaration(const QString &id, const QString &enterpriseNumber,
                                    const QString &subject, const QJsonObject &result)
{
    return saveDeclaration(id, enterpriseNumber, subject,
                           QJsonDocument(result).toJson(QJsonDocument::Compact));
}

bool PlatformStore::saveDeclaration(const QString &id, const QString &enterpriseNumber,
                                    const QString &subject, const QByteArray &compactResult)
{
    QSqlQuery &q = m_st->saveDeclaration;
    q.bindValue(0, id);
    q.bindValue(1, enterpriseNumber);
    q.bindValue(2, subject);
    q.bindValue(3, QString::fromUtf8(compactResult));
    return q.exec();
}

QString PlatformStore::employerName(const QString &enterpriseNumber)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT name FROM employers WHERE enterprise = ?"));
    q.bindValue(0, enterpriseNumber);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void PlatformStore::setEmployerName(const QString &enterpriseNumber, const QString &name)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO employers (enterprise, name) VALUES (?, ?)"));
    q.bindValue(0, enterpriseNumber);
    q.bindValue(1, name);
    q.exec();
}

PlatformStore::Counts PlatformStore::counts()
{
    Counts c;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT uuid), COALESCE(SUM(writes),0),"
                              " COALESCE(SUM(writes > 1),0) FROM records")) &&
        q.next()) {
        c.records = q.value(0).toLongLong();
        c.distinctUuids = q.value(1).toLongLong();
        c.writes = q.value(2).toLongLong();
        c.rewritten = q.value(3).toLongLong();
    }
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM declarations")) && q.next())
        c.declarations = q.value(0).toLongLong();
    return c;
}

} // namespace fla::sandbox
