#pragma once

#include "data/DataSource.h"
#include "dataset/DataSet.h"

namespace fla {

class Clock;

// Records held in memory: the data source of the widget tests and of a demo
// before it is saved to a workspace. Anomalies are the field checks.
class MemoryDataSource : public DataSource
{
    Q_OBJECT

public:
    explicit MemoryDataSource(DataSet data = {}, QObject *parent = nullptr);

    QString location() const override { return {}; }
    QList<Employer> employers() const override { return m_data.employers; }
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
    bool remove(const AnyRecord &record, QString *error) override;
    bool restore(const AnyRecord &record, QString *error) override;
    QList<FieldAnomaly> anomalies(const QUuid &employer) const override;
    QList<FieldAnomaly> anomaliesOf(const AnyRecord &record) const override;
    std::optional<AnyRecord> find(RecordKind kind, const QUuid &employer, const QUuid &uuid) const override;

    const DataSet &data() const { return m_data; }
    QList<TrainingPlan> trainingPlans(const QUuid &employer, QString *error) const override;
    bool saveTrainingPlan(const TrainingPlan &plan, QString *error) override;

private:
    QList<ParticipationLine> rows(const QUuid &employer, const ParticipationQuery &query) const;

    DataSet m_data;
    QList<TrainingPlan> m_plans;
    // Cache of the filtered, sorted rows of the last query.
    mutable QUuid m_cacheEmployer;
    mutable QString m_cacheFilter;
    mutable int m_cacheSort = -2;
    mutable Qt::SortOrder m_cacheOrder = Qt::AscendingOrder;
    mutable QList<ParticipationLine> m_cache;
    mutable bool m_cacheValid = false;
};

} // namespace fla
