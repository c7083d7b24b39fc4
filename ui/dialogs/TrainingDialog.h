#pragma once

#include "ui/data/DataSource.h"
#include "ui/dialogs/ParticipantPickerModel.h"
#include "ui/dialogs/RecordFormDialog.h"

#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QGroupBox;
class QSortFilterProxyModel;

namespace fla::ui {
class Session;
} // namespace fla::ui

namespace fla::ui {

class DateLineEdit;
class SaveWhenServerBack;
class PickerFilter;
class TrainingCostsBox;

// One training for many workers, the common case: fill in the training once,
// pick the participants from a filterable list (name, joint committee,
// employment status), tick per participant whether it was followed and a
// certificate obtained. Fields at fault are marked while typing. Saving is
// one undo step: the training and all its participations.
class TrainingDialog : public RecordFormDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        New,
        Edit,
        Duplicate
    };
    // For a new training, training is empty; for Edit and Duplicate it is the
    // training whose fields and participants are filled in.
    TrainingDialog(Session *session, Mode mode, const std::optional<Training> &training = {},
                   QWidget *parent = nullptr);
    ~TrainingDialog() override;

    // The training as the fields now describe it.
    Training training() const;
    QList<FieldAnomaly> currentAnomalies() const { return m_anomalies; }
    ParticipantPickerModel *picker() const { return m_picker; }
    QTableView *pickerView() const { return m_pickerView; }
    QSortFilterProxyModel *pickerProxy() const;

    // Selects the workers whose INSZ are in text (one or more per line, as
    // pasted from a spreadsheet column); returns the INSZ not found.
    QStringList selectBySsinList(const QString &text);
    // Puts the cursor in the input of a field (from the anomalies view).
    void focusField(const QString &field);
    // Saves (one undo step); false with the reason shown when it cannot be saved.
    bool save();

    void accept() override;

protected:
    void keyPressEvent(QKeyEvent *e) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Space in the participant list: a block of rows ticked at once, or one row ticked and the next made
    // current.
    void tickWithSpace();

private:
    void build();
    void retranslate() override;
    void fill(const Training &t);
    void loadCandidates(const QUuid &trainingUuid);
    void revalidate();
    void updateCount();
    void selectAllShown(bool on);
    void pasteSsins();
    QWidget *fieldWidget(const QString &field) const;
    QByteArray formState() const override;
    void keepStoredFindings();

    Session *m_session;
    Mode m_mode;
    std::optional<Training> m_original;
    QUuid m_uuid;
    bool m_endTyped = false; // the user typed an end date: it no longer follows the start date
    QList<Participation> m_originalParticipations;
    QList<FieldAnomaly> m_anomalies;
    // The stored findings the live checks do not make (the platform's), shown while their field
    // holds what it held when the form opened (m_openedRecord).
    QList<FieldAnomaly> m_storedFindings;
    QJsonObject m_openedRecord;
    double m_filledDuration = -1; // the duration as the spin box showed the stored value

    QGroupBox *m_trainingBox;
    TrainingCostsBox *m_costs;
    QGroupBox *m_participantsBox;
    QLineEdit *m_name;
    QLineEdit *m_provider;
    QComboBox *m_kind;
    DateLineEdit *m_start;
    DateLineEdit *m_end;
    QDoubleSpinBox *m_duration;
    QComboBox *m_unit;
    QComboBox *m_status;
    DateLineEdit *m_registered;
    QCheckBox *m_counts;
    QCheckBox *m_deduct;
    QLabel *m_issues;
    QLabel *m_nameLabel, *m_providerLabel, *m_kindLabel, *m_startLabel, *m_endLabel, *m_durationLabel,
        *m_unitLabel, *m_statusLabel, *m_registeredLabel;
    QLineEdit *m_search;
    QComboBox *m_committee;
    QComboBox *m_employment;
    QLabel *m_searchLabel, *m_committeeLabel, *m_employmentLabel, *m_count;
    QPushButton *m_selectAll, *m_selectNone, *m_pasteList;
    ParticipantPickerModel *m_picker;
    PickerFilter *m_filter;
    QTableView *m_pickerView;
    QDialogButtonBox *m_buttons;
    SaveWhenServerBack *m_serverWait;
};

} // namespace fla::ui
