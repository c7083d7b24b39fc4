#include "core/storage/postgres/TeamAccess.h"

#include "core/common/LogCategories.h"
#include "core/common/Translation.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/Workspace.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace fla {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::TeamAccess", "fla"}, text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    qCWarning(lcStorage).noquote() << message;
    return false;
}

// The privileges a staff member's role gets on each table. The audit trail
// can be read and appended to, never changed; the schema's own tables only read.
const std::pair<const char *, const char *> kPrivileges[] = {
    {"employer, worker, employment, training, participation, training_right, outbox, anomaly, "
     "sync_platform_version, sync_pull_rejection, sync_unanswered_declaration, training_plan, "
     "training_plan_item, training_plan_event, certificate_file",
     "SELECT, INSERT, UPDATE, DELETE"},
    {"audit", "SELECT, INSERT"},
    {"audit_load, meta", "SELECT, INSERT, UPDATE"},
    {"schema_version, team_grant", "SELECT"},
};

bool isOwnerRefusal(const QString &engineText)
{
    return engineText.contains(QLatin1String("must be owner")) ||
           engineText.contains(QLatin1String("permission denied")) ||
           engineText.contains(QLatin1String("42501"));
}

} // namespace

TeamAccess::TeamAccess(Workspace &ws)
    : m_ws(&ws)
{}

bool TeamAccess::isTeamServer(QString *error) const
{
    if (m_ws->driver().isServer())
        return true;
    return fail(error, tr("The workspace %1 is a file on this computer: access per company is managed on a "
                          "team server (a PostgreSQL workspace, docs/team.md).")
                           .arg(m_ws->path()));
}

bool TeamAccess::grant(const QString &role, const QUuid &employerUuid, QString *error)
{
    if (!isTeamServer(error))
        return false;
    QSqlDatabase &db = m_ws->database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(role);
    if (!q.exec() || !q.next())
        return fail(error,
                    tr("There is no database user %1 on the team server. Create it first (docs/team.md): "
                       "CREATE ROLE %1 LOGIN PASSWORD '…';")
                        .arg(role));
    const Result<std::optional<Employer>> stored = m_ws->employers().find(employerUuid);
    if (!stored)
        return fail(error, stored.error());
    const std::optional<Employer> &employer = *stored;
    if (!employer)
        return fail(error,
                    tr("The workspace has no company %1.").arg(employerUuid.toString(QUuid::WithoutBraces)));
    // A GRANT by anyone else only warns ("no privileges were granted").
    QSqlQuery owner(db);
    if (!owner.exec(
            QStringLiteral("SELECT pg_has_role(current_user, relowner, 'USAGE') FROM pg_class WHERE oid = "
                           "'employer'::regclass")) ||
        !owner.next() || !owner.value(0).toBool())
        return fail(
            error,
            tr("Only the owner of the workspace (the office's administrator) can give %1 access to %2.")
                .arg(role, employer->name));
    const QString quoted = db.driver()->escapeIdentifier(role, QSqlDriver::TableName);
    Transaction tx(*m_ws);
    for (const auto &[tables, privileges] : kPrivileges) {
        QSqlQuery g(db);
        if (!g.exec(QStringLiteral("GRANT %1 ON %2 TO %3")
                        .arg(QLatin1String(privileges), QLatin1String(tables), quoted))) {
            const QString engine = g.lastError().text();
            if (isOwnerRefusal(engine))
                return fail(error,
                            tr("Only the owner of the workspace (the office's administrator) can give %1 "
                               "access to %2.")
                                .arg(role, employer->name));
            return fail(error, tr("%1 cannot be given access to %2: %3").arg(role, employer->name, engine));
        }
    }
    QSqlQuery seq(db);
    if (!seq.exec(QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(quoted)))
        return fail(
            error,
            tr("%1 cannot be given access to %2: %3").arg(role, employer->name, seq.lastError().text()));
    QSqlQuery add(db);
    add.prepare(QStringLiteral(
        "INSERT INTO team_grant (employer_uuid, role_name) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    add.addBindValue(employerUuid.toString(QUuid::WithoutBraces));
    add.addBindValue(role);
    if (!add.exec())
        return fail(
            error,
            tr("%1 cannot be given access to %2: %3").arg(role, employer->name, add.lastError().text()));
    if (!tx.commit(error))
        return false;
    qCInfo(lcStorage).noquote() << "team: granted" << role << "access to employer"
                                << employerUuid.toString(QUuid::WithoutBraces);
    return true;
}

bool TeamAccess::revoke(const QString &role, const QUuid &employerUuid, QString *error)
{
    if (!isTeamServer(error))
        return false;
    QSqlQuery q(m_ws->database());
    q.prepare(QStringLiteral("DELETE FROM team_grant WHERE employer_uuid = ? AND role_name = ?"));
    q.addBindValue(employerUuid.toString(QUuid::WithoutBraces));
    q.addBindValue(role);
    if (!q.exec()) {
        const QString engine = q.lastError().text();
        if (isOwnerRefusal(engine))
            return fail(error,
                        tr("Only the owner of the workspace (the office's administrator) can take access "
                           "away from %1.")
                            .arg(role));
        return fail(error, tr("The access of %1 cannot be taken away: %2").arg(role, engine));
    }
    if (q.numRowsAffected() == 0)
        return fail(
            error,
            tr("%1 had no access to the company %2.").arg(role, employerUuid.toString(QUuid::WithoutBraces)));
    qCInfo(lcStorage).noquote() << "team: revoked" << role << "access to employer"
                                << employerUuid.toString(QUuid::WithoutBraces);
    return true;
}

QList<TeamGrant> TeamAccess::list(QString *error) const
{
    QList<TeamGrant> out;
    if (!isTeamServer(error))
        return out;
    QSqlQuery q(m_ws->database());
    if (!q.exec(
            QStringLiteral("SELECT g.role_name, g.employer_uuid, e.name, e.enterprise_number, g.granted_at,"
                           " g.granted_by FROM team_grant g JOIN employer e ON e.uuid = g.employer_uuid"
                           " ORDER BY e.name, g.role_name"))) {
        fail(error, tr("The access list cannot be read: %1").arg(q.lastError().text()));
        return out;
    }
    while (q.next()) {
        TeamGrant g;
        g.role = q.value(0).toString();
        g.employerUuid = QUuid::fromString(q.value(1).toString());
        g.employerName = q.value(2).toString();
        g.enterpriseNumber = q.value(3).toString();
        g.grantedAt = q.value(4).toDateTime().toUTC();
        g.grantedBy = q.value(5).toString();
        out << g;
    }
    return out;
}

QStringList TeamAccess::staffRoles(QString *error) const
{
    QStringList out;
    if (!isTeamServer(error))
        return out;
    QSqlQuery q(m_ws->database());
    if (!q.exec(QStringLiteral(
            "SELECT r.rolname FROM pg_roles r WHERE r.rolcanlogin AND NOT r.rolsuper"
            " AND r.rolname NOT LIKE 'pg\\_%'"
            " AND NOT pg_has_role(r.oid, (SELECT relowner FROM pg_class WHERE oid = 'employer'::regclass),"
            " 'MEMBER') ORDER BY r.rolname"))) {
        fail(error, tr("The database users of the team server cannot be read: %1").arg(q.lastError().text()));
        return out;
    }
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace fla
