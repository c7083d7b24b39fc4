#pragma once

#include "core/common/Result.h"
#include "core/storage/StorageTypes.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUuid>
#include <functional>

namespace fla {

class FlaApiClient;
class Workspace;
struct ApiResponse;

// One field of a record in conflict: ours and the platform's.
struct ConflictField
{
    QString field; // the API field ("familyName")
    QString label; // translated
    QJsonValue mine;
    QJsonValue theirs;
    // As the user reads them (PullDiff::fieldText): what the ui shows.
    QString mineText;
    QString theirsText;
    bool differs = false;
};

// A record the platform answered `conflict` for (409/412: it holds another
// version than the one ours is based on), with both versions.
struct ConflictCase
{
    QUuid employerUuid;
    QString enterpriseNumber;
    RecordKind entity = RecordKind::Worker;
    QUuid recordUuid;
    QString label;      // translated, names the record
    QJsonObject mine;   // the workspace's version, the API's JSON form
    QJsonObject theirs; // the platform's version (empty when it no longer holds the record)
    bool platformHasIt = false;
    QString theirEtag; // the platform's version as last seen (sent as ifMatch by "keep mine")
    QList<ConflictField> fields;

    bool isValid() const { return !recordUuid.isNull(); }
    int differingFields() const;
};

// Resolves conflicts. fetch() reads the platform's version of a record in
// conflict (operations of docs/api/fla-v1.yaml: getTraining, getWorker, and the
// collections for employments, participations and rights) and the workspace's.
// Then the user chooses:
// - keepMine(): our version is declared again with `ifMatch` = the platform's
//   version the user saw, so the next sync replaces it; if the platform changed
//   once more meanwhile, the platform answers `conflict` again (nothing is
//   overwritten unseen).
// - takeTheirs(): the platform's version is written into the workspace
//   (audited, so history and undo work; not declared again), the record becomes
//   accepted and its outbox entry is closed.
class ConflictResolver : public QObject
{
    Q_OBJECT
public:
    ConflictResolver(Workspace &ws, FlaApiClient *client, QObject *parent = nullptr);

    // The records of an employer in conflict (status `conflict`), oldest first.
    static Result<QList<QUuid>> conflicts(Workspace &ws, const QUuid &employerUuid);

    // Reads both versions; emits fetched() or failed().
    void fetch(const QUuid &employerUuid, const QUuid &recordUuid);

    // The case from both versions (for fetch(), and for callers that have the platform's version).
    static ConflictCase makeCase(Workspace &ws, const QUuid &employerUuid, const QUuid &recordUuid,
                                 const QJsonObject &theirs, bool platformHasIt, const QString &theirEtag,
                                 QString *error);

    static bool keepMine(Workspace &ws, const ConflictCase &c, QString *error);
    static bool takeTheirs(Workspace &ws, const ConflictCase &c, QString *error);

Q_SIGNALS:
    void fetched(const fla::ConflictCase &c);
    void failed(const QString &message);

private:
    void findInCollection(const QUrl &url, const QUuid &recordUuid, int page,
                          std::function<void(bool found, const QJsonObject &)> done);
    void finish(const QJsonObject &theirs, bool platformHasIt, const QString &etag);
    void fail(const ApiResponse &r);

    Workspace &m_ws;
    QPointer<FlaApiClient> m_client;
    QUuid m_employer;
    QUuid m_record;
    QString m_enterprise;
    QString m_knownEtag;
};

} // namespace fla

Q_DECLARE_METATYPE(fla::ConflictCase)
