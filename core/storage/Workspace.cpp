#include "core/storage/Workspace.h"

#include "core/common/Clock.h"
#include "core/common/LogCategories.h"
#include "core/common/Translation.h"
#include "core/common/Version.h"
#include "core/storage/AnomalyRepository.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/CertificateRepository.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/EmploymentRepository.h"
#include "core/storage/OutboxRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/StatementCache.h"
#include "core/storage/TrainingPlanRepository.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/TrainingRightRepository.h"
#include "core/storage/WorkerRepository.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace fla {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::Workspace"}, text);
}

QString systemUser()
{
    QString u = qEnvironmentVariable("USER");
    if (u.isEmpty())
        u = qEnvironmentVariable("USERNAME");
    return u.isEmpty() ? QStringLiteral("unknown") : u;
}

QString metaValue(QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

} // namespace

Workspace::~Workspace()
{
    while (m_txDepth > 0)
        rollbackTransaction();
    m_statements.reset();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
    if (m_driver)
        m_driver->unlock();
}

QString Workspace::defaultPath()
{
    const QString env = qEnvironmentVariable("FLADESK_WORKSPACE");
    if (!env.isEmpty())
        return env;
    // The same folder for the desktop app and the CLI, whatever their own
    // application names: AppDataLocation of organization "FLA Desk",
    // application "fladesk".
    const QString org = QCoreApplication::organizationName();
    const QString app = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(QStringLiteral("FLA Desk"));
    QCoreApplication::setApplicationName(QStringLiteral("fladesk"));
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setOrganizationName(org);
    QCoreApplication::setApplicationName(app);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.fladesk");
    return dir + QStringLiteral("/workspace.fladesk");
}

int Workspace::latestSchemaVersion()
{
    return createSqliteDriver()->migrations().constLast().version;
}

bool isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::unique_ptr<StorageDriver> createDriverFor(const QString &location)
{
    return isServerLocation(location) ? createPostgresDriver() : createSqliteDriver();
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, QString *error,
                                           const WorkspaceOptions &options)
{
    static QAtomicInt counter;
    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_driver = createDriverFor(path);
    ws->m_path = ws->m_driver->displayLocation(path);
    ws->m_clock = options.clock ? options.clock : &Clock::system();
    ws->m_userProfile = options.userProfile.isEmpty() ? systemUser() : options.userProfile;
    ws->m_queueChanges = options.queueChanges;
    ws->m_busyTimeoutMs = options.busyTimeoutMs;

    const bool server = ws->m_driver->isServer();
    const QString nativePath = server ? ws->m_path : QDir::toNativeSeparators(ws->m_path);
    if (!server && !QDir().mkpath(QFileInfo(ws->m_path).absolutePath())) {
        if (error)
            *error = tr("The folder of the workspace %1 cannot be created.").arg(nativePath);
        return nullptr;
    }
    if (!ws->m_driver->lock(ws->m_path, error))
        return nullptr;

    ws->m_connectionName = QStringLiteral("fladesk-workspace-%1").arg(counter.fetchAndAddRelaxed(1));
    ws->m_db = QSqlDatabase::addDatabase(ws->m_driver->qtDriverName(), ws->m_connectionName);
    if (!ws->m_driver->setUpConnection(ws->m_db, server ? path : ws->m_path, error))
        return nullptr;
    if (!ws->m_db.open()) {
        const QString message = ws->m_driver->openError(ws->m_db.lastError(), ws->m_path);
        if (error)
            *error = !message.isEmpty() ? message
                                        : tr("The workspace %1 cannot be opened: %2")
                                              .arg(nativePath, ws->m_db.lastError().text());
        qCWarning(lcStorage).noquote()
            << "cannot open workspace" << nativePath << ws->m_db.lastError().text();
        return nullptr;
    }
    QString detail;
    if (!ws->m_driver->configure(ws->m_db, options.busyTimeoutMs, &detail)) {
        // A server's driver says what is wrong in its own words.
        if (error)
            *error = server ? detail
                            : tr("The file %1 is not an FLA Desk workspace, or it is damaged (%2).")
                                  .arg(nativePath, detail);
        return nullptr;
    }
    ws->m_statements = std::make_unique<StatementCache>(ws->m_db);

    const int version = ws->m_driver->schemaVersion(ws->m_db);
    const int latest = ws->m_driver->migrations().constLast().version;
    if (version > latest) {
        const QString writer = metaValue(ws->m_db, QStringLiteral("last_written_by_version"));
        if (error)
            *error = tr("The workspace %1 was written by a newer version of FLA Desk (%2, schema %3); this "
                        "version (%4) reads schemas up to %5. Update FLA Desk to open it.")
                         .arg(nativePath, writer.isEmpty() ? tr("unknown") : writer, QString::number(version),
                              QString::fromLatin1(kVersion), QString::number(latest));
        qCWarning(lcStorage) << "refused workspace with newer schema" << version << ">" << latest;
        return nullptr;
    }
    if (!ws->migrate(error))
        return nullptr;
    ws->touchMeta();
    qCInfo(lcStorage).noquote() << "opened workspace" << nativePath << "schema" << ws->m_schemaVersion;
    return ws;
}

bool Workspace::migrate(QString *error)
{
    m_schemaVersion = m_driver->schemaVersion(m_db);
    const QList<Migration> steps = m_driver->migrations();
    for (const Migration &m : steps) {
        if (m.version <= m_schemaVersion)
            continue;
        QString detail;
        // Switched off outside the transaction (the engine ignores it inside).
        const bool referencesOff = m.rebuildsReferencedTables;
        if (referencesOff && !m_driver->setForeignKeyChecks(m_db, false)) {
            if (error)
                *error = tr("The workspace %1 cannot be upgraded: %2")
                             .arg(QDir::toNativeSeparators(m_path),
                                  QStringLiteral("foreign key checks cannot be switched off"));
            return false;
        }
        if (!beginTransaction(&detail)) {
            if (referencesOff)
                m_driver->setForeignKeyChecks(m_db, true);
            if (error)
                *error = tr("The workspace %1 cannot be upgraded: %2")
                             .arg(QDir::toNativeSeparators(m_path), detail);
            return false;
        }
        bool ok = m_driver->lockSchema(m_db, &detail);
        // Another process may have migrated while this one waited for the lock.
        if (ok && m_driver->schemaVersion(m_db) >= m.version) {
            ok = commitTransaction(&detail);
            if (referencesOff)
                m_driver->setForeignKeyChecks(m_db, true);
            if (!ok) {
                if (error)
                    *error = tr("The workspace %1 cannot be upgraded: %2").arg(m_path, detail);
                return false;
            }
            m_schemaVersion = m.version;
            continue;
        }
        for (const QString &sql : m.statements) {
            if (!ok)
                break;
            QSqlQuery q(m_db);
            if (!q.exec(sql)) {
                detail = q.lastError().text();
                ok = false;
                break;
            }
        }
        if (ok && referencesOff) {
            // Every reference of the whole workspace, before the commit.
            const QList<ForeignKeyViolation> broken =
                m_driver->foreignKeyViolations(m_db, QString(), 1, &detail);
            if (!broken.isEmpty()) {
                ok = false;
                if (detail.isEmpty())
                    detail = QStringLiteral("FOREIGN KEY constraint failed: %1 row %2 -> %3")
                                 .arg(broken.constFirst().table, QString::number(broken.constFirst().row),
                                      broken.constFirst().parent);
            }
        }
        if (ok && m.version == steps.constFirst().version) { // the workspace is new
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
            q.addBindValue(QStringLiteral("created_by_version"));
            q.addBindValue(QString::fromLatin1(kVersion));
            ok = q.exec();
            if (ok) {
                q.addBindValue(QStringLiteral("created_at"));
                q.addBindValue(m_clock->nowUtc().toString(Qt::ISODateWithMs));
                ok = q.exec();
            }
            if (!ok)
                detail = q.lastError().text();
        }
        if (ok)
            ok = m_driver->setSchemaVersion(m_db, m.version, &detail);
        if (ok)
            ok = commitTransaction(&detail);
        else
            rollbackTransaction();
        if (referencesOff && !m_driver->setForeignKeyChecks(m_db, true)) {
            ok = false;
            detail = QStringLiteral("foreign key checks cannot be switched back on");
        }
        if (!ok) {
            if (error)
                *error = tr("The workspace %1 cannot be upgraded to schema %2 (%3): %4")
                             .arg(QDir::toNativeSeparators(m_path), QString::number(m.version), m.description,
                                  detail);
            qCWarning(lcStorage) << "migration" << m.version << "failed:" << detail;
            return false;
        }
        qCInfo(lcStorage).noquote() << "migrated workspace to schema" << m.version << "-" << m.description;
        m_schemaVersion = m.version;
    }
    return true;
}

void Workspace::touchMeta()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('last_written_by_version', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QString::fromLatin1(kVersion));
    if (!q.exec())
        qCWarning(lcStorage) << "cannot record the writer version:" << q.lastError().text();
}

QString Workspace::createdByVersion() const
{
    return metaValue(const_cast<QSqlDatabase &>(m_db), QStringLiteral("created_by_version"));
}

QString Workspace::lastWrittenByVersion() const
{
    return metaValue(const_cast<QSqlDatabase &>(m_db), QStringLiteral("last_written_by_version"));
}

EmployerRepository Workspace::employers()
{
    return EmployerRepository(*this);
}
WorkerRepository Workspace::workers(const QUuid &employerUuid)
{
    return WorkerRepository(*this, employerUuid);
}
EmploymentRepository Workspace::employments(const QUuid &employerUuid)
{
    return EmploymentRepository(*this, employerUuid);
}
TrainingRepository Workspace::trainings(const QUuid &employerUuid)
{
    return TrainingRepository(*this, employerUuid);
}
ParticipationRepository Workspace::participations(const QUuid &employerUuid)
{
    return ParticipationRepository(*this, employerUuid);
}
TrainingRightRepository Workspace::rights(const QUuid &employerUuid)
{
    return TrainingRightRepository(*this, employerUuid);
}
AuditRepository Workspace::audit(const QUuid &employerUuid)
{
    return AuditRepository(*this, employerUuid);
}
OutboxRepository Workspace::outbox(const QUuid &employerUuid)
{
    return OutboxRepository(*this, employerUuid);
}
AnomalyRepository Workspace::anomalies(const QUuid &employerUuid)
{
    return AnomalyRepository(*this, employerUuid);
}
TrainingPlanRepository Workspace::trainingPlans(const QUuid &employerUuid)
{
    return TrainingPlanRepository(*this, employerUuid);
}
CertificateRepository Workspace::certificates(const QUuid &employerUuid)
{
    return CertificateRepository(*this, employerUuid);
}

std::optional<QUuid> Workspace::employerOfRecord(const QUuid &recordUuid)
{
    const QString id = recordUuid.toString(QUuid::WithoutBraces);
    static const char *const sqls[] = {
        "SELECT uuid FROM employer WHERE uuid = ?",
        "SELECT employer_uuid FROM worker WHERE uuid = ?",
        "SELECT employer_uuid FROM employment WHERE uuid = ?",
        "SELECT employer_uuid FROM training WHERE uuid = ?",
        "SELECT employer_uuid FROM participation WHERE uuid = ?",
        "SELECT employer_uuid FROM training_right WHERE uuid = ?",
        "SELECT employer_uuid FROM audit WHERE record_uuid = ? ORDER BY id DESC LIMIT 1",
    };
    for (const char *sql : sqls) {
        QSqlQuery q(m_db);
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(id);
        if (q.exec() && q.next())
            return QUuid::fromString(q.value(0).toString());
    }
    return std::nullopt;
}

QList<QUuid> Workspace::employersWithPendingOutbox()
{
    QList<QUuid> out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT DISTINCT employer_uuid FROM outbox WHERE state = 'pending'"))) {
        while (q.next())
            out << QUuid::fromString(q.value(0).toString());
    }
    return out;
}

int Workspace::resetOutboxInFlight()
{
    const qint64 token = m_driver->claimToken(m_db, nullptr);
    if (token != 0)
        return resetSharedOutboxInFlight(token);
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("UPDATE outbox SET state = 'pending' WHERE state = 'in_flight'")))
        return 0;
    const int n = q.numRowsAffected();
    if (n > 0)
        qCInfo(lcStorage) << "outbox:" << n << "rows left in flight set back to pending";
    return n;
}

// On a shared server: this connection's own claims (a run before this one)
// and those of desktops whose connection has ended (a crash, a pulled
// cable); never the rows another desktop is declaring right now.
int Workspace::resetSharedOutboxInFlight(qint64 ownToken)
{
    QList<qint64> tokens{ownToken};
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral(
            "SELECT DISTINCT claim_token FROM outbox WHERE state = 'in_flight' AND claim_token "
            "IS NOT NULL"))) {
        while (q.next()) {
            const qint64 t = q.value(0).toLongLong();
            if (t != ownToken && m_driver->claimIsStale(m_db, t))
                tokens << t;
        }
    }
    // Rows marked in flight without a claim (markInFlight alone) have no owner to wait for.
    int n = 0;
    QSqlQuery unclaimed(m_db);
    if (unclaimed.exec(QStringLiteral(
            "UPDATE outbox SET state = 'pending' WHERE state = 'in_flight' AND claim_token IS NULL")))
        n += unclaimed.numRowsAffected();
    for (qint64 t : std::as_const(tokens)) {
        QSqlQuery reset(m_db);
        reset.prepare(QStringLiteral("UPDATE outbox SET state = 'pending', claim_token = NULL WHERE state = "
                                     "'in_flight' AND claim_token = ?"));
        reset.addBindValue(t);
        if (reset.exec())
            n += reset.numRowsAffected();
    }
    if (n > 0)
        qCInfo(lcStorage) << "outbox:" << n
                          << "rows left in flight (this desktop's or a stopped one's) set back to pending";
    return n;
}

bool Workspace::isConnected()
{
    if (!m_driver->isServer())
        return true;
    if (!m_db.isOpen()) {
        qCDebug(lcStorage).noquote() << "the connection to the team server" << m_path << "is closed";
        return false;
    }
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT 1")))
        return true;
    qCWarning(lcStorage).noquote() << "the team server" << m_path
                                   << "does not answer:" << q.lastError().text().simplified();
    return false;
}

bool Workspace::ensureConnected(QString *error)
{
    if (m_txDepth > 0 || isConnected())
        return true;
    return reconnect(error);
}

// The server forgot everything of the old session: its prepared statements,
// its advisory locks, what it listened to. So does this side, then the
// connection is opened as it was first (QSqlDatabase keeps the address and
// the password it was given).
bool Workspace::reconnect(QString *error)
{
    m_statements->clear();
    m_driver->sessionEnded();
    m_db.close();
    // The window that asked waits at most this long; a slower server is asked
    // again off the window's thread (ServerProbe) until it answers.
    const QString options = m_db.connectOptions();
    m_driver->setConnectTimeout(m_db, kReconnectTimeoutSeconds);
    const bool opened = m_db.open();
    m_db.setConnectOptions(options);
    if (!opened) {
        const QString message = m_driver->openError(m_db.lastError(), m_path);
        if (error)
            *error = message.isEmpty()
                         ? tr("The workspace %1 cannot be opened: %2").arg(m_path, m_db.lastError().text())
                         : message;
        qCWarning(lcStorage).noquote()
            << "cannot reconnect to" << m_path << m_db.lastError().text().simplified();
        return false;
    }
    QString detail;
    if (!m_driver->configure(m_db, m_busyTimeoutMs, &detail)) {
        if (error)
            *error = detail;
        qCWarning(lcStorage).noquote() << "reconnected to" << m_path << "but cannot set it up:" << detail;
        m_db.close();
        return false;
    }
    m_driver->sessionResumed(m_db);
    ++m_reconnects;
    qCInfo(lcStorage).noquote() << "reconnected to the team server" << m_path << "(connection"
                                << m_reconnects + 1 << ")";
    return true;
}

bool Workspace::integrityCheck(QString *detail)
{
    return m_driver->integrityCheck(m_db, detail);
}

bool Workspace::snapshotTo(const QString &target, QString *error)
{
    if (m_txDepth > 0) {
        if (error)
            *error = tr("A snapshot cannot be taken inside a transaction.");
        return false;
    }
    QString detail;
    if (!m_driver->snapshot(m_db, target, &detail)) {
        if (error)
            *error = tr("The snapshot of the workspace into %1 failed: %2")
                         .arg(QDir::toNativeSeparators(target), detail);
        return false;
    }
    qCInfo(lcStorage).noquote() << "snapshot written to" << QDir::toNativeSeparators(target);
    return true;
}

bool Workspace::beginTransaction(QString *error)
{
    if (m_txDepth == 0) {
        QSqlQuery q(m_db);
        if (!q.exec(m_driver->beginTransactionSql())) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        m_txFailed = false;
        m_changeSet = QUuid::createUuid();
        m_changeTime.clear();
    }
    ++m_txDepth;
    return true;
}

QString Workspace::changeTime()
{
    if (m_txDepth == 0)
        return m_clock->nowUtc().toString(Qt::ISODateWithMs);
    if (m_changeTime.isEmpty())
        m_changeTime = m_clock->nowUtc().toString(Qt::ISODateWithMs);
    return m_changeTime;
}

bool Workspace::commitTransaction(QString *error)
{
    if (m_txDepth <= 0)
        return false;
    if (--m_txDepth > 0)
        return !m_txFailed;
    if (m_txFailed) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        if (error)
            *error = tr("The change was cancelled because a part of it failed.");
        return false;
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString detail = q.lastError().text();
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        if (error)
            *error = tr("The change could not be saved: %1").arg(detail);
        return false;
    }
    return true;
}

void Workspace::rollbackTransaction()
{
    if (m_txDepth <= 0)
        return;
    if (--m_txDepth > 0) {
        m_txFailed = true;
        return;
    }
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

} // namespace fla
