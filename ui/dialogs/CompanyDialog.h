#pragma once

#include "domain/Entities.h"
#include "widgets/FieldRow.h"

#include <QDialog>

class QComboBox;
class QSpinBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace fla {
class Session;
}

namespace fla::ui {

class SaveWhenServerBack;

// A company (client) of the workspace: enterprise number checked as it is
// typed, name, language, hours per day, and optionally NSSO number and joint
// committees.
class CompanyDialog : public QDialog
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
    // Escape, Cancel and closing ask first when something was changed since the form opened.
    void reject() override;
    bool hasUnsavedChanges() const;

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();
    void revalidate();
    // What the form holds, to tell whether it changed since it opened.
    QByteArray formState() const;
    // How the form shows a stored company's enterprise number and committees.
    static QString enterpriseText(const Employer &e);
    static QString committeesText(const Employer &e);

    Session *m_session;
    std::optional<Employer> m_original;
    QUuid m_uuid;
    QByteArray m_openedState;
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
