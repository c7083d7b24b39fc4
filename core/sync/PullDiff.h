#pragma once

#include "core/common/Result.h"
#include "core/domain/RecordSchema.h"
#include "core/storage/StorageTypes.h"
#include "core/sync/PullService.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUuid>

#include <variant>

namespace fla {

class Workspace;

// A record of any kind that a pull compares and writes, typed.
using PulledRecord = std::variant<Employer, Worker, Employment, Training, Participation, TrainingRight>;

// How a record of the platform differs from the workspace.
enum class PullChange
{
    New,     // on the platform, not in the workspace
    Changed, // in both, a field differs (one difference per field)
    Missing  // in the workspace (and once accepted by the platform), no longer on the platform
};

// One difference between the platform and the workspace, for the user to accept
// (the platform's version goes into the workspace) or reject (ours stays).
struct PullDifference
{
    PullChange change = PullChange::Changed;
    RecordKind entity = RecordKind::Worker;
    QUuid recordUuid;    // the workspace's uuid (a platform worker matched by INSZ takes ours)
    QString recordLabel; // translated, names the record
    // The API's name of the field ("familyName"): the key its rejection is kept under. Empty for New and
    // Missing.
    QString field;
    // The field, from the schema (its key and label); nullptr for New and Missing.
    const schema::FieldInfo *schemaField = nullptr;
    // The values as the user reads them, made in core from the typed records (domain/FieldText):
    // a field's value for Changed, the whole record in brief for New (theirs) and Missing (ours).
    QString oursText;          // empty for New
    QString theirsText;        // empty for Missing
    bool fromProvider = false; // a training (or its participation) registered by a training provider
    QString platformHash;      // the platform record's version; empty for Missing

    // The schema's label of the field, translated ("family name"); empty for New and Missing.
    QString fieldLabel() const;
    // A sentence for the user that names the record and the field (translated).
    QString message() const;
};

// The differences of one pull for one employer of the workspace, with what is
// needed to apply the user's decisions.
struct PullReview
{
    QUuid employerUuid;
    QString enterpriseNumber;
    QString employerName;
    QList<PullDifference> differences;
    int unchanged = 0;      // platform records equal to the workspace's
    int rejectedBefore = 0; // differences not shown: rejected earlier, the platform's record unchanged since
    QStringList problems;   // platform records that could not be read (translated, name the record)
    // The platform's records mapped onto the workspace (our worker uuids), typed: what an
    // accepted difference writes.
    QHash<QUuid, PulledRecord> platform;
    QHash<QUuid, RecordKind> entityOf;
    QHash<QUuid, PulledRecord> ours; // the workspace's copy of the records that differ

    int count(PullChange change) const;
};

enum class PullDecision
{
    Undecided, // asked again next time
    Accept,
    Reject
};

struct PullApplyResult
{
    int written = 0;  // records created or updated with the platform's version
    int removed = 0;  // records removed because the platform no longer holds them
    int rejected = 0; // differences remembered as rejected
};

namespace PullDiff {

// Compares what the platform holds (a PullResult of the employer's enterprise
// number) with the workspace's records of the employer. The platform's workers
// are matched to the workspace's by uuid, else by INSZ.
Result<PullReview> compare(Workspace &ws, const QUuid &employerUuid, const PullResult &pulled);

// Applies the user's decisions (one per difference of review, in order) in one
// transaction: accepted differences write the platform's version through the
// repositories (audited, so history and undo work; not queued for declaration:
// it is what the platform holds) and the record becomes accepted; rejected ones
// are remembered. Nothing is written when a decision cannot be applied (e.g. a
// participation accepted without its training): false with a message naming
// the record.
bool apply(Workspace &ws, const PullReview &review, const QList<PullDecision> &decisions,
           PullApplyResult *result, QString *error);

// Translated name of a field of the API's JSON form.
QString fieldLabel(RecordKind entity, const QString &field);
// Translated names of the change kinds and record kinds.
QString changeLabel(PullChange change);
QString entityLabel(RecordKind entity);

// The version of a platform record: a hash of its canonical JSON.
QString contentHash(const QJsonObject &o);

// The fields of a record's API JSON that describe it (not its uuid and links),
// and their display order.
QJsonObject comparableJson(RecordKind entity, const QJsonObject &o);
QStringList fieldOrder(RecordKind entity);
// The fields in which two records' API JSON differ, in display order: each of the
// schema's fields read into its type through the schema's member and compared
// typed (two JSON forms of one value, such as a date with a time or an empty text
// left out, are the same value; identifiers and links are not compared); members
// the schema does not hold, as they came.
QStringList differingFields(RecordKind entity, const QJsonObject &a, const QJsonObject &b);
// A field of a record's API JSON as the user reads it: the record read into its
// type and the field formatted from the schema (domain/FieldText); "(empty)" when
// the object does not hold it.
QString fieldText(RecordKind entity, const QJsonObject &record, const QString &field);
// A whole record briefly ("family name Peeters · given name Jan · …").
QString recordSummary(RecordKind entity, const QJsonObject &record);

// Writes a record from the platform's API JSON (a conflict's reply) through the
// repositories (audited, not queued for declaration; the fields the API does
// not carry, such as the day a training was registered or its social balance
// sheet costs, are kept from the workspace's copy). False with a message naming the
// record when the JSON cannot be read or it links to a worker or training the
// workspace does not have.
bool writePlatformRecord(Workspace &ws, const QUuid &employerUuid, RecordKind entity, const QJsonObject &o,
                         const QString &label, QString *error);
// Removes a record (audited, so it can be restored; no cancellation is queued).
bool removeRecord(Workspace &ws, const QUuid &employerUuid, RecordKind entity, const QUuid &uuid,
                  QString *error);

} // namespace PullDiff

} // namespace fla
