#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace fla {

class Workspace;

// One company a staff member's database role may see and change.
struct TeamGrant
{
    QString role;
    QUuid employerUuid;
    QString employerName;
    QString enterpriseNumber;
    QDateTime grantedAt;
    QString grantedBy;
};

// Who may work on which company of a workspace on a team server
// (PostgreSQL). Each staff member logs in as a database role of their own;
// the server's row-level security shows a role only the companies it was
// granted (team_grant, postgres/PostgresSchema.cpp), whatever program reads
// the database. Granting and revoking is for the workspace's owner, the
// office's administrator.
class TeamAccess
{
public:
    explicit TeamAccess(Workspace &ws);

    // Lets role see and change the company: its table privileges (records,
    // outbox, anomalies; the audit trail to read and append, never to
    // rewrite) and the company's grant. False with a translated message (not
    // a team server, no such role, no such company, not the owner).
    bool grant(const QString &role, const QUuid &employerUuid, QString *error);
    // Takes the company's grant away: the role reads nothing of it any more.
    bool revoke(const QString &role, const QUuid &employerUuid, QString *error);
    // The grants this connection may see: all of them for the owner, its own
    // for a staff member. Ordered by company name, then role.
    QList<TeamGrant> list(QString *error) const;
    // The database users that may be given companies: roles that log in, are
    // not superusers and do not own the workspace (those see everything
    // anyway). By name; empty with a translated message when they cannot be read.
    QStringList staffRoles(QString *error) const;

private:
    bool isTeamServer(QString *error) const;
    Workspace *m_ws;
};

} // namespace fla
