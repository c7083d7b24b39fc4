#pragma once

#include "ui/models/RecordTableModel.h"
#include "ui/views/ViewPage.h"

class QLabel;
class QPushButton;
class QTableView;

namespace fla::ui {

// The company's trainings and, below, the participants of the selected one
// (followed and certificate ticked in place). Enter opens a training.
class TrainingsView : public ViewPage
{
    Q_OBJECT

public:
    explicit TrainingsView(Session *session, QWidget *parent = nullptr);
    void reload() override;
    QString title() const override { return tr("Trainings"); }
    bool showRecord(RecordKind kind, const QUuid &uuid, const QString &field) override;
    RecordTableModel<Training> *model() const { return m_trainings; }
    RecordTableModel<Participation> *participantModel() const { return m_participants; }
    QTableView *participantTable() const { return m_participantTable; }
    std::optional<Training> currentTraining() const;
    void deleteSelected();

signals:
    void newTrainingRequested();
    void openTrainingRequested(const fla::Training &training, const QString &field);
    void duplicateTrainingRequested(const fla::Training &training);

protected:
    void retranslate() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showParticipantsOfCurrent();

    RecordTableModel<Training> *m_trainings;
    RecordTableModel<Participation> *m_participants;
    QTableView *m_participantTable;
    QLabel *m_heading;
    QLabel *m_participantHeading;
    QLabel *m_filterLabel;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QHash<QUuid, Worker> m_workers;
    QList<FieldAnomaly> m_participationAnomalies; // of every participation of the company, from reload()
    QHash<QUuid, int> m_participantCount;
};

} // namespace fla::ui
