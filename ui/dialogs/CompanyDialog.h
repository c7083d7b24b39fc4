#pragma once

#include "core/domain/Entities.h"
#include "ui/dialogs/RecordFormDialog.h"
#include "ui/widgets/FieldRow.h"

class QComboBox;
class QSpinBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace fla::ui {
class Session;
} // namespace fla::ui

namespace fla::ui {

class SaveWhenServerBack;

// A company (client) of the workspace: enterprise number checked as it is
// typed, name, language, hours per day, and optionally NSSO number and joint
// committees.
class CompanyDialog : public RecordFormDialog
{
    Q_OBJECT

public:
    explicit CompanyDialog(Session *session, const std::optional<Employer> &employer = {},
                           QWidget *parent = nullptr);
    Employer employer() const;
    QLineEdit *enterpriseEdit() const { return m_enterprise; }
    QLineEdit *nameEdit() const { return m_name; }
    void focusField(const QString &field);
    bool save();
    void accept() override;

private:
    void retranslate() override;
    void revalidate();
    QByteArray formState() const override;
    // How the form shows a stored company's enterprise number and committees.
    static QString enterpriseText(const Employer &e);
    static QString committeesText(const Employer &e);

    Session *m_session;
    std::optional<Employer> m_original;
    QUuid m_uuid;
    double m_filledHours = 0; // the hours per day as the spin box showed the stored value
    QLineEdit *m_enterprise;
    QLineEdit *m_name;
    QComboBox *m_language;
    QDoubleSpinBox *m_hours;
    QLineEdit *m_nsso;
    QLineEdit *m_committees;
    QSpinBox *m_yearStartDay;
    QComboBox *m_yearStartMonth;
    QLabel *m_enterpriseLabel, *m_nameLabel, *m_languageLabel, *m_hoursLabel, *m_nssoLabel,
        *m_committeesLabel, *m_yearStartDayLabel, *m_yearStartMonthLabel;
    QLabel *m_hint;
    QLabel *m_issues;
    QDialogButtonBox *m_buttons;
    SaveWhenServerBack *m_serverWait;
    QList<FieldRow> m_rows; // the labelled fields, in form and Tab order
};

} // namespace fla::ui
