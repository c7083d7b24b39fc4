#pragma once

#include "core/domain/Entities.h"
#include "core/storage/RecordRepository.h"

namespace fla {

// The employers (companies) of a workspace. An employer is its own scope:
// find/save/remove name it directly; findAll() gives every employer the
// workspace holds (an accountant's clients). Each read returns the records or
// why they could not be read (logged in fladesk.storage with the statement).
class EmployerRepository
{
public:
    // Every employer, by name.
    Result<QList<Employer>> findAll() const;
    // The employer (nullopt: none with this uuid); its version for a change (RecordRepository).
    Result<std::optional<Employer>> find(const QUuid &uuid) const;
    Result<qint64> findVersionForChange(const QUuid &uuid) const;
    Result<std::optional<Employer>> findByEnterpriseNumber(const QString &digits) const;
    bool save(const Employer &employer, QString *error = nullptr);
    bool saveAll(const QList<Employer> &employers, QString *error = nullptr);
    bool upsertAll(const QList<Employer> &employers, const BulkOptions &options, BulkStats *stats,
                   QString *error = nullptr);
    // Refused while the employer still has records.
    bool remove(const QUuid &uuid, QString *error = nullptr);
    Result<qint64> findCount() const;

private:
    explicit EmployerRepository(Workspace &ws)
        : m_ws(&ws)
    {}
    Workspace *m_ws;
    friend class Workspace;
};

} // namespace fla
