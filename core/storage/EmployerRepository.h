#pragma once

#include "core/domain/Entities.h"
#include "core/storage/RecordRepository.h"

namespace fla {

// The employers (companies) of a workspace. An employer is its own scope:
// get/save/remove name it directly; list() shows every employer the
// workspace holds (an accountant's clients).
class EmployerRepository
{
public:
    QList<Employer> list() const;
    std::optional<Employer> get(const QUuid &uuid) const;
    // The employer, or why it could not be read; its version for a change (RecordRepository).
    Result<std::optional<Employer>> find(const QUuid &uuid) const;
    Result<qint64> findVersionForChange(const QUuid &uuid) const;
    std::optional<Employer> findByEnterpriseNumber(const QString &digits) const;
    bool save(const Employer &employer, QString *error = nullptr);
    bool saveAll(const QList<Employer> &employers, QString *error = nullptr);
    bool upsertAll(const QList<Employer> &employers, const BulkOptions &options, BulkStats *stats,
                   QString *error = nullptr);
    // Refused while the employer still has records.
    bool remove(const QUuid &uuid, QString *error = nullptr);
    qint64 count() const;

private:
    explicit EmployerRepository(Workspace &ws)
        : m_ws(&ws)
    {}
    Workspace *m_ws;
    friend class Workspace;
};

} // namespace fla
