#pragma once

#include "core/domain/Entities.h"
#include "ui/dialogs/RecordFormDialog.h"
#include "ui/widgets/FieldRow.h"

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fla::ui {
class Session;
} // namespace fla::ui

namespace fla::ui {

class DateLineEdit;
class SaveWhenServerBack;

// A new worker with the employment: INSZ checked as it is typed (the birth
// date follows from it), names, language, start of employment, work regime and
// joint committee. "Save and next" keeps the dialog open for the next worker.
class WorkerDialog : public RecordFormDialog
{
    Q_OBJECT

public:
    explicit WorkerDialog(Session *session, QWidget *parent = nullptr);
    ~WorkerDialog() override;
    Worker worker() const;
    Employment employment() const;
    QLineEdit *ssinEdit() const { return m_ssin; }
    int savedCount() const { return m_saved; }
    bool save();
    void accept() override;

private:
    void retranslate() override;
    void revalidate();
    void clearForNext();
    QByteArray formState() const override;

    Session *m_session;
    QUuid m_workerUuid;
    QUuid m_employmentUuid;
    int m_saved = 0;
    QLineEdit *m_ssin;
    QLineEdit *m_family;
    QLineEdit *m_given;
    DateLineEdit *m_birth;
    QComboBox *m_language;
    DateLineEdit *m_start;
    QDoubleSpinBox *m_regime;
    QComboBox *m_committee;
    QComboBox *m_sex;
    QLabel *m_ssinLabel, *m_familyLabel, *m_givenLabel, *m_birthLabel, *m_languageLabel, *m_startLabel,
        *m_regimeLabel, *m_committeeLabel, *m_sexLabel, *m_issues;
    QPushButton *m_next;
    QDialogButtonBox *m_buttons;
    SaveWhenServerBack *m_serverWait;
    QList<FieldRow> m_rows; // the labelled fields, in form and Tab order
};

} // namespace fla::ui
