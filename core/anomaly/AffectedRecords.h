#pragma once

#include "core/common/Result.h"
#include "core/domain/Entities.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QUuid>

namespace fla {

class Clock;
class Workspace;

// Which stored anomalies a change may have made wrong, as the rules tie
// records together: a record's own rules, and those across records that are
// all about one worker (a training's change reaches every participant: their
// duplicates, overlaps and credit; a worker's, their employments, rights and
// participations; an INSZ, the workers sharing it at the employer: DP-002).
// A company's own data (hours per day, size class, enterprise number: DP-003
// across companies) reaches everything of it.
//
// Add every record a write changed, as it was before and as it is after (a
// participation moved to another worker touches both), then revalidate()
// inside the write's transaction.
class AffectedRecords
{
public:
    void add(const Employer &e);
    void add(const Worker &w);
    void add(const Employment &e);
    void add(const Training &t);
    void add(const Participation &p);
    void add(const TrainingRight &r);
    // Everything of the company (a load, a pull, a conflict taken from the platform).
    void addEmployer(const QUuid &employer);

    bool isEmpty() const { return m_whole.isEmpty() && m_scopes.isEmpty(); }
    QList<QUuid> wholeEmployers() const { return m_whole.values(); }

    // Validates what was affected together with what its rules read, and
    // replaces the stored anomalies of those records. The platform's findings
    // on records the write did not change are kept (they answer the last
    // declaration until the platform answers again).
    Result<void> revalidate(Workspace &ws, const Clock &clock) const;

private:
    struct Scope
    {
        QSet<QUuid> workers;
        QSet<QString> ssins;
        QSet<QUuid> trainings;
        QSet<QUuid> written; // every record the write changed
    };
    Scope &scope(const QUuid &employer) { return m_scopes[employer]; }
    Result<void> revalidateScope(Workspace &ws, const Clock &clock, const QUuid &employer,
                                 const Scope &scope) const;

    QSet<QUuid> m_whole;
    QSet<QString> m_enterpriseNumbers; // of changed companies, before and after
    QHash<QUuid, Scope> m_scopes;
};

} // namespace fla
