#pragma once

#include "core/storage/StorageTypes.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace fla {

class Workspace;

// What the workspace knows of the platform's copy of its records, kept in the
// workspace file next to them, in two small tables this class creates when
// first used (CREATE TABLE IF NOT EXISTS: an older FLA Desk ignores them):
//
// - sync_platform_version: per record, the platform's version (ETag) the
//   workspace's copy is based on, sent as `ifMatch` with the record's next
//   declaration (docs/api/fla-v1.yaml: a different current version gives
//   `conflict`); and, while the record is in conflict, the platform's current
//   version as the conflict reported it.
// - sync_pull_rejection: the differences of a pull the user rejected, per
//   record and field, with the version (content hash) of the platform's record
//   at that time, so the same difference is not asked again until the
//   platform's record changes.
//
// Writes join the caller's transaction when there is one.
class PlatformVersions
{
public:
    struct Version
    {
        QUuid recordUuid;
        QUuid employerUuid;
        RecordKind entity = RecordKind::Worker;
        QString baseEtag;  // the platform's version our copy is based on
        QString theirEtag; // in conflict: the platform's current version
        bool conflict = false;
    };

    explicit PlatformVersions(Workspace &ws);

    std::optional<Version> version(const QUuid &recordUuid);
    // record uuid → base ETag, for the records of one employer that have one.
    QHash<QUuid, QString> baseEtags(const QUuid &employerUuid);
    // The records of one employer the platform reported in conflict.
    QList<Version> conflicts(const QUuid &employerUuid);

    // The platform accepted our copy (or we took the platform's): our copy is
    // now based on `etag` (empty: unknown, the next declaration is sent
    // without a precondition); any conflict is over.
    bool setBase(const QUuid &employerUuid, RecordKind entity, const QUuid &recordUuid, const QString &etag,
                 QString *error = nullptr);
    // The platform holds another version (`theirEtag`) than the one ours is based on.
    bool setConflict(const QUuid &employerUuid, RecordKind entity, const QUuid &recordUuid,
                     const QString &theirEtag, QString *error = nullptr);
    // Many records at once, with the same effect as setBase / setConflict for
    // each (in order), kBatchRows rows per statement plus one for the tail, all
    // with one time; in the caller's transaction when there is one (else one of
    // their own). A record may appear more than once: the later entry wins, as
    // with the single calls.
    struct Entry
    {
        QUuid employerUuid;
        RecordKind entity = RecordKind::Worker;
        QUuid recordUuid;
        QString etag; // setBases: the base ETag; setConflicts: their ETag
    };
    static constexpr int kBatchRows = 64;
    bool setBases(const QList<Entry> &entries, QString *error = nullptr);
    bool setConflicts(const QList<Entry> &entries, QString *error = nullptr);

    // The record is gone from the workspace: forget it.
    bool forget(const QUuid &recordUuid, QString *error = nullptr);

    // Pull rejections: (record uuid, field) → platform hash at rejection ("" field = the whole record).
    bool reject(const QUuid &employerUuid, RecordKind entity, const QUuid &recordUuid, const QString &field,
                const QString &platformHash, QString *error = nullptr);
    bool clearRejection(const QUuid &recordUuid, const QString &field, QString *error = nullptr);
    QHash<QString, QString> rejections(const QUuid &employerUuid); // key: rejectionKey()
    static QString rejectionKey(const QUuid &recordUuid, const QString &field);

private:
    bool exec(const QString &sql, const QVariantList &values, QString *error);
    bool upsertMany(const QList<Entry> &entries, bool conflict, QString *error);

    Workspace &m_ws;
};

} // namespace fla
