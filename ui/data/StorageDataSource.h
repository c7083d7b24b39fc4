#pragma once

#include "core/anomaly/Anomaly.h"
#include "core/common/Result.h"
#include "ui/data/DataSource.h"

#include <memory>

namespace fla {
class AnomalyEngine;
class ChangeFeed;
class Clock;
class Workspace;
} // namespace fla

namespace fla::ui {

// The records of a workspace file (core/storage): every read goes through the
// employer-scoped repositories, the participations table reads pages, every
// write goes through the workspace's one write path (core/workspace/RecordWriter:
// the record, its audit entry and outbox row, and the stored anomalies of
// everything the change reached, in one transaction), and a delete is undone
// through the audit trail's restore.
class StorageDataSource : public DataSource
{
    Q_OBJECT

public:
    StorageDataSource(std::unique_ptr<Workspace> workspace, const Clock &clock, QObject *parent = nullptr);
    ~StorageDataSource() override;

    static std::unique_ptr<StorageDataSource> open(const QString &path, const Clock &clock, QString *error);
    Workspace &workspace() { return *m_ws; }
    QList<TrainingPlan> trainingPlans(const QUuid &employer, QString *error) const override;
    bool saveTrainingPlan(const TrainingPlan &plan, QString *error) override;
    // Checks every record of every company and keeps the anomalies (after an import or a generator run).
    bool revalidateAll(QString *error);
    // The same for one company (after its records were written from the platform's versions).
    bool revalidateEmployer(const QUuid &employer, QString *error);
    // Records of this employer changed in the workspace behind the views' back (a sync stored the
    // platform's answers): the views reload.
    void notifyChanged(const QUuid &employer);

    QString location() const override;
    QList<Employer> employers() const override;
    QList<Worker> workers(const QUuid &employer) const override;
    QList<Employment> employments(const QUuid &employer) const override;
    QList<Training> trainings(const QUuid &employer) const override;
    QList<Participation> participantsOf(const QUuid &employer, const QUuid &training) const override;
    QList<TrainingRight> rights(const QUuid &employer) const override;
    int participantCount(const QUuid &employer, const QUuid &training) const override;
    qint64 participationCount(const QUuid &employer, const ParticipationQuery &query) const override;
    QList<ParticipationLine> participationPage(const QUuid &employer, const ParticipationQuery &query,
                                               qint64 offset, int limit) const override;
    bool save(const AnyRecord &record, QString *error) override;
    EditOutcome saveEdit(const AnyRecord &record) override;
    bool ensureWritable(QString *error) override;
    bool beginChanges(QString *error) override;
    bool endChanges(bool keep, QString *error) override;
    void askServer(QObject *context, std::function<void(bool answers)> answered) override;
    bool remove(const AnyRecord &record, QString *error) override;
    bool restore(const AnyRecord &record, QString *error) override;
    QList<FieldAnomaly> anomalies(const QUuid &employer) const override;
    QList<FieldAnomaly> anomaliesOf(const AnyRecord &record) const override;
    std::optional<AnyRecord> find(RecordKind kind, const QUuid &employer, const QUuid &uuid) const override;

private:
    // What was read, or nothing (no records, no count) with readFailed() emitted: the window shows
    // the failure (the storage module logged it with its statement).
    template<typename T> T shown(Result<T> read) const;
    // The connection to the team server was opened again: listen again, and the views read
    // what others saved meanwhile.
    void showStoredAgain();
    void connectionRestored();
    // The save of record did not reach the team server.
    EditOutcome unreachable(const AnyRecord &record, const QString &reason) const;
    // The engine's findings on one record, whatever its kind.
    QList<Anomaly> validate(const AnyRecord &record) const;
    std::unique_ptr<Workspace> m_ws;
    const Clock &m_clock;
    std::unique_ptr<AnomalyEngine> m_engine;
    ChangeFeed *m_feed = nullptr; // on a team server: what other desktops commit
};

} // namespace fla::ui
