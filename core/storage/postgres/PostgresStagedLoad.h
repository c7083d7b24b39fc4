#pragma once

#include "core/dataset/DataSet.h"
#include "core/storage/RecordRepository.h"

#include <QString>
#include <memory>

namespace fla {
class Workspace;
}

namespace fla::postgres {

// A bulk load's new records on a team server, in few round trips: the rows
// of every company gather in temporary tables of the load's session (COPY in
// large batches, no key, no check), and finish() writes each table's rows
// into the workspace with one INSERT … SELECT, in the load's transaction and
// as the user's role: the server checks every key, reference, CHECK and
// row-level security policy as for any insert; the participations' training
// and worker resolved by uuid within their company; one audit entry per
// company and kind (audit_load, its count set) and the outbox rows written
// by the same statements. The checks themselves are row by row, but for the
// office's first big load by the tables' owner (begin()'s rebuild). Only for records of companies that held
// none of them when the load began (BulkLoad decides).
class StagedLoad
{
public:
    // Null (why says why) when the workspace cannot stage: not a team
    // server, no libpq, no right to temporary tables. rebuild: a big load
    // into empty record tables, whose references and secondary indexes may
    // then be dropped and added back at finish() when the user owns them.
    static std::unique_ptr<StagedLoad> begin(Workspace &ws, const BulkOptions &options, bool rebuild,
                                             QString *why);
    ~StagedLoad();
    StagedLoad(const StagedLoad &) = delete;
    StagedLoad &operator=(const StagedLoad &) = delete;

    // Adds the records to the stage (sending the rows gathered when many).
    // False (error set) when the server refused the batch.
    bool add(const QList<Worker> &records, QString *error);
    bool add(const QList<Training> &records, QString *error);
    bool add(const QList<Employment> &records, QString *error);
    bool add(const QList<Participation> &records, QString *error);
    bool add(const QList<TrainingRight> &records, QString *error);
    // Every staged record into the workspace's tables (workers and trainings
    // first). False with a translated message naming the record or company
    // the server refused; the load's transaction must then be rolled back.
    bool finish(QString *error);

private:
    struct Private;
    explicit StagedLoad(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace fla::postgres
