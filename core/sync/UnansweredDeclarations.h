#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariantList>

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
    // Runs `sql` once per record: the record's uuid, then `more`, as its values.
    bool forEachRecord(const QString &sql, const QList<QUuid> &records, const QVariantList &more,
                       QString *error);

    Workspace &m_ws;
};

} // namespace fla
