#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace fla::sandbox {

// The sandbox platform's own state, in its own SQLite file (never the user's
// workspace): the records declared per enterprise, keyed by their client UUID,
// and the declarations received.
class PlatformStore
{
public:
    struct Record
    {
        QString uuid;
        QString enterpriseNumber;
        QString type; // worker employment training participation right
        QJsonObject data;
        QString hash;
        QString etag;
        int writes = 0; // how many times its content changed: 1 for a record declared exactly once
        bool cancelled = false;
    };
    struct Counts
    {
        qint64 records = 0;
        qint64 distinctUuids = 0;
        qint64 writes = 0;
        qint64 rewritten = 0; // records whose content was written more than once
        qint64 declarations = 0;
    };

    PlatformStore();
    ~PlatformStore();
    PlatformStore(const PlatformStore &) = delete;
    PlatformStore &operator=(const PlatformStore &) = delete;

    // Opens (creates) the file; ":memory:" for a throw-away platform.
    bool open(const QString &path, QString *error);

    bool begin();
    bool commit();
    void rollback();

    std::optional<Record> record(const QString &uuid);
    // The same without its data (cheaper: the hot path of a declaration).
    std::optional<Record> recordMeta(const QString &uuid);
    // The same for many records at once (a few hundred per statement), by uuid; missing ones are absent.
    QHash<QString, Record> recordMetas(const QStringList &uuids);
    // The live worker record of an enterprise with this INSZ.
    std::optional<Record> workerBySsin(const QString &enterpriseNumber, const QString &ssin);
    QList<Record> employmentsOf(const QString &enterpriseNumber, const QString &ssin);
    bool write(const Record &r); // insert or replace; the caller sets writes/etag/hash
    // The same with r.data already in its compact JSON form (as hashed).
    bool write(const Record &r, const QByteArray &compactData);
    bool cancel(const QString &uuid);

    QList<Record> list(const QString &enterpriseNumber, const QString &type, int offset, int limit,
                       const QString &trainingUuid = {});
    qint64 count(const QString &enterpriseNumber, const QString &type, const QString &trainingUuid = {});

    std::optional<QJsonObject> declaration(const QString &id, QString *enterpriseNumber = nullptr);
    // The stored result as it is sent (compact JSON), without parsing it.
    std::optional<QByteArray> declarationBody(const QString &id, QString *enterpriseNumber = nullptr);
    // Whether a declaration with this id exists, and of which enterprise.
    bool hasDeclaration(const QString &id, QString *enterpriseNumber = nullptr);
    bool saveDeclaration(const QString &id, const QString &enterpriseNumber, const QString &subject,
                         const QJsonObject &result);
    bool saveDeclaration(const QString &id, const QString &enterpriseNumber, const QString &subject,
                         const QByteArray &compactResult);

    QString employerName(const QString &enterpriseNumber);
    void setEmployerName(const QString &enterpriseNumber, const QString &name);

    Counts counts();

    static QString contentHash(const QJsonObject &data);
    static QString contentHash(const QByteArray &compactData);

private:
    struct Statements;
    QString m_connection;
    std::unique_ptr<Statements> m_st;
};

} // namespace fla::sandbox
