#pragma once

#include "core/storage/StorageDriver.h"
#include "core/storage/StorageTypes.h"

#include <QSqlDatabase>
#include <QString>
#include <QUuid>
#include <memory>
#include <optional>

namespace fla {

class Clock;
class EmployerRepository;
class WorkerRepository;
class EmploymentRepository;
class TrainingRepository;
class ParticipationRepository;
class TrainingRightRepository;
class AuditRepository;
class OutboxRepository;
class AnomalyRepository;
class TrainingPlanRepository;
class CertificateRepository;
class StatementCache;
class Transaction;

struct WorkspaceOptions
{
    // Time of audit entries and outbox rows; the system clock when null.
    const Clock *clock = nullptr;
    // The user profile named in the audit trail; the system user when empty.
    QString userProfile;
    int busyTimeoutMs = 5000;
    // Repository writes add an outbox row and set the record's sync status to
    // queued (the sync engine's input). Off: records stay draft.
    bool queueChanges = true;
};

// One workspace: one SQLite file holding many employers and all their
// records. Open it with open(); a second process opening the same file gets
// a clear message. Every record is read and written through a repository
// bound to one employer (workers(employerUuid), ...): there is no way to read
// or write a record without naming its employer.
//
// A Workspace belongs to the thread that opened it.
class Workspace
{
public:
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // $FLADESK_WORKSPACE when set, else <AppDataLocation of "FLA Desk/fladesk">/workspace.fladesk
    // (the same for the desktop app and fladesk-cli).
    static QString defaultPath();
    // The schema version this build writes.
    static int latestSchemaVersion();

    // Opens (creating it when missing) and migrates the workspace at path.
    // nullptr with a translated message when it is locked by another process,
    // written by a newer version, or not a workspace.
    static std::unique_ptr<Workspace> open(const QString &path, QString *error,
                                           const WorkspaceOptions &options = {});

    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    QString createdByVersion() const;
    QString lastWrittenByVersion() const;

    const Clock &clock() const { return *m_clock; }
    QString userProfile() const { return m_userProfile; }
    void setUserProfile(const QString &profile) { m_userProfile = profile; }
    bool queueChanges() const { return m_queueChanges; }
    void setQueueChanges(bool on) { m_queueChanges = on; }

    EmployerRepository employers();
    WorkerRepository workers(const QUuid &employerUuid);
    EmploymentRepository employments(const QUuid &employerUuid);
    TrainingRepository trainings(const QUuid &employerUuid);
    ParticipationRepository participations(const QUuid &employerUuid);
    TrainingRightRepository rights(const QUuid &employerUuid);
    AuditRepository audit(const QUuid &employerUuid);
    OutboxRepository outbox(const QUuid &employerUuid);
    AnomalyRepository anomalies(const QUuid &employerUuid);
    TrainingPlanRepository trainingPlans(const QUuid &employerUuid);
    CertificateRepository certificates(const QUuid &employerUuid);

    // Which employer a record (or an audit entry's record) belongs to; for
    // tools that start from a bare UUID, like `fladesk-cli history`.
    std::optional<QUuid> employerOfRecord(const QUuid &recordUuid);
    // Employers with outbox rows waiting; sets outbox rows left in flight by
    // a crash back to pending (call once at start). On a shared server only
    // this connection's rows and those of desktops that are gone.
    QList<QUuid> employersWithPendingOutbox();
    int resetOutboxInFlight();

    // On a team server: asks the server whether this connection still works
    // (a round trip). False when the server stopped, the network dropped or
    // the server ended the session. A file is always there: true.
    bool isConnected();
    // Ready to write: on a team server whose connection was lost, the
    // connection is opened again with the same address and credentials (the
    // prepared statements, and the server's session state such as outbox
    // claims and held employers, start anew). False with a translated message
    // when the server cannot be reached; logged in fladesk.storage. Never
    // inside a transaction.
    bool ensureConnected(QString *error);
    // How many times the connection was opened again (what listens to the
    // server's notifications subscribes again when it changes).
    int reconnectCount() const { return m_reconnects; }

    // PRAGMA integrity_check (or the engine's equivalent).
    bool integrityCheck(QString *detail = nullptr);
    // A consistent snapshot of the whole workspace into a new file, safe
    // while this or another process writes.
    bool snapshotTo(const QString &target, QString *error = nullptr);

    // For the storage module itself (repositories, backups).
    QSqlDatabase &database() { return m_db; }
    StorageDriver &driver() { return *m_driver; }
    StatementCache &statements() { return *m_statements; }
    bool beginTransaction(QString *error);
    bool commitTransaction(QString *error);
    void rollbackTransaction();
    int transactionDepth() const { return m_txDepth; }
    // The change set (one UUID per outermost transaction) audit entries share.
    QUuid currentChangeSet() const { return m_changeSet; }
    // The time of the current change set (UTC, ISO with ms), read from the
    // clock once per outermost transaction: every entry of a change has the same time.
    QString changeTime();

private:
    Workspace() = default;
    bool migrate(QString *error);
    bool reconnect(QString *error);
    static constexpr int kReconnectTimeoutSeconds = 2; // libpq's least connect_timeout
    int resetSharedOutboxInFlight(qint64 ownToken);
    void touchMeta();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<StorageDriver> m_driver;
    std::unique_ptr<StatementCache> m_statements;
    const Clock *m_clock = nullptr;
    QString m_userProfile;
    bool m_queueChanges = true;
    int m_schemaVersion = 0;
    int m_txDepth = 0;
    int m_reconnects = 0;
    int m_busyTimeoutMs = 5000;
    bool m_txFailed = false;
    QUuid m_changeSet;
    QString m_changeTime;
};

} // namespace fla
