#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace fla {

class Workspace;

// Copies a whole workspace into another one, across engines: an office
// moving its SQLite file onto the team server, or a laptop taking a copy of
// the server's database offline (`fladesk-cli workspace copy`). Every table
// the two engines share is copied row for row, its ids kept (participations
// refer to trainings and workers by id): the records, the audit trail and
// its load entries, the outbox, the stored anomalies, the sync state, the
// training plans and the certificate files. Not copied: `meta` (each
// workspace keeps its own) and the server's `team_grant` (grants are the
// office's, given again on the target with `fladesk-cli team`).
//
// The copy is one transaction on the target: it is there whole or not at
// all. The source is read in one snapshot. Afterwards the rows of every table
// are counted on both sides and the audit trails compared entry by entry.
namespace WorkspaceCopy {

// The tables copied, parents before the tables that refer to them.
QStringList tables();

struct TableCount
{
    QString table;
    qint64 source = 0;
    qint64 target = 0;
};

struct Report
{
    QList<TableCount> counts;
    qint64 auditEntries = 0;
    // SHA-256 over the audit trail in id order, every column: the same on
    // both sides when the trail was copied unchanged.
    QByteArray sourceAuditDigest, targetAuditDigest;
    bool verified() const;
};

struct Options
{
    // Empties a target that already holds rows instead of refusing it.
    bool replace = false;
};

// Copies source into target (both open, at the same schema). False with a
// translated message, the target unchanged, when it cannot; report says what
// was found on both sides (also when the check after the copy fails).
bool copy(Workspace &source, Workspace &target, const Options &options, Report *report, QString *error);

// Counts and audit digest of one workspace (the check after a copy).
bool fingerprint(Workspace &ws, QList<TableCount> *counts, QByteArray *auditDigest, qint64 *auditEntries,
                 QString *error);

} // namespace WorkspaceCopy

} // namespace fla
