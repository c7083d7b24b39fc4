#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace fla {

class Workspace;

// The declarations a record was sent in without an answer (a lost reply, a
// dropped connection, a result never fetched), kept in the workspace
// (sync_unanswered_declaration) until the record gets an answer. The platform
// may have applied them: when it later reports the record in conflict, the
// result of such a declaration tells whether the platform's version is only
// our own earlier send (issue 20.3), which is then no conflict at all.
// Writes join the caller's transaction when there is one.
class UnansweredDeclarations
{
public:
    explicit UnansweredDeclarations(Workspace &ws);

    // record uuid → its unanswered declaration ids, oldest first.
    QHash<QUuid, QStringList> all();
    bool note(const QList<QUuid> &records, const QString &declarationId, const QString &enterpriseNumber,
              QString *error = nullptr);
    // The records got an answer (or their own version was recognised): forget their declarations.
    bool forget(const QList<QUuid> &records, QString *error = nullptr);

private:
    Workspace &m_ws;
};

} // namespace fla
