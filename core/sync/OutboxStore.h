#pragma once

#include "core/sync/SyncTypes.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace fla {

// Where the sync engine finds the changes to send and writes what became of
// them. The workspace implements it over its `outbox` table (one row per
// record change, written in the same transaction as the change); tests use
// fla::test::MemoryOutboxStore. Every method that writes takes a list so that an
// implementation can do it in one transaction.
class OutboxStore
{
public:
    struct Completion
    {
        SyncItem entry;
        ItemOutcome outcome;
    };

    virtual ~OutboxStore() = default;

    // What the user should know of the queue before anything is sent (another
    // desktop declaring an employer now, say); appended to the sync's messages.
    virtual QStringList notices() const { return {}; }
    // The sync has finished: what was held for it is let go (on a team server,
    // the employers, for the other desktops).
    virtual void release() {}
    // Non-empty (translated) once the sync must send nothing more: what the
    // store claimed for it may no longer be this desktop's alone (on a team
    // server, the connection was opened again and another desktop may have
    // taken the employers), or a record to declare could not be read (sending
    // it as missing would cancel it on the platform). The sync then says why;
    // the replies it waits for are kept.
    virtual QString stopReason() const { return {}; }

    // Entries of `type` with id > afterId whose nextAttemptAt is not after `now`
    // (or not set), in id order, at most `limit`. Held entries are included:
    // whether they may be sent is decided anew on every run.
    virtual QList<SyncItem> dueEntries(RecordKind type, qint64 afterId, const QDateTime &now, int limit) = 0;
    // How many entries are in the outbox (all types, due or not).
    virtual int pendingCount() = 0;
    virtual int pendingCount(RecordKind type) = 0;
    // The earliest nextAttemptAt of the entries of `type` (invalid when none waits).
    virtual QDateTime nextAttemptAt(RecordKind type) = 0;

    // The entries were handed to the platform (status `sent`).
    virtual void markSent(const QList<SyncItem> &entries) = 0;
    // The platform answered: the entry leaves the outbox, the record takes the
    // verdict's status, its anomalies (by field) and the platform's version.
    virtual void complete(const QList<Completion> &done) = 0;
    // Try again later: the entries carry their new attempts/nextAttemptAt/lastError.
    virtual void scheduleRetry(const QList<SyncItem> &entries) = 0;
    // Cannot be sent now (e.g. no mandate for the enterprise); stays in the outbox
    // with `reason` (translated) for the user.
    virtual void hold(const QList<SyncItem> &entries, const QString &reason) = 0;

    // The entries went out in declaration `declarationId` and no answer came: the platform may
    // have applied it. Kept until the record gets an answer.
    virtual void noteUnanswered(const QList<SyncItem> &entries, const QString &declarationId) = 0;
    // The declarations this entry's record went out in without an answer, oldest first.
    virtual QStringList unansweredDeclarations(const SyncItem &entry) = 0;
    // The platform's version of these records is our own earlier send (found in an unanswered
    // declaration): each entry's ifMatch is that version; they are due again now, not in conflict.
    virtual void rebase(const QList<SyncItem> &entries) = 0;
};

} // namespace fla
