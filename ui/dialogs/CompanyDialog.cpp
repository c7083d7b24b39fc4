#include "ui/dialogs/CompanyDialog.h"

#include "core/domain/CodeLabels.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/domain/JointCommittee.h"
#include "core/domain/NssoNumber.h"
#include "core/storage/RecordJson.h"
#include "ui/app/Session.h"
#include "ui/data/FieldChecks.h"
#include "ui/dialogs/SaveWhenServerBack.h"
#include "ui/widgets/CodeCombo.h"
#include "ui/widgets/DialogForm.h"
#include "ui/widgets/FieldRow.h"
#include "ui/widgets/Format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace fla::ui {

CompanyDialog::CompanyDialog(Session *session, const std::optional<Employer> &employer, QWidget *parent)
    : RecordFormDialog(parent)
    , m_session(session)
    , m_original(employer)
    , m_uuid(employer ? employer->uuid : QUuid::createUuid())
    , m_enterprise(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_hours(new QDoubleSpinBox(this))
    , m_nsso(new QLineEdit(this))
    , m_committees(new QLineEdit(this))
    , m_yearStartDay(new QSpinBox(this))
    , m_yearStartMonth(new QComboBox(this))
    , m_enterpriseLabel(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_hoursLabel(new QLabel(this))
    , m_nssoLabel(new QLabel(this))
    , m_committeesLabel(new QLabel(this))
    , m_yearStartDayLabel(new QLabel(this))
    , m_yearStartMonthLabel(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_issues(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_serverWait(new SaveWhenServerBack(session, this, [this] { accept(); }))
{
    setObjectName(QStringLiteral("companyDialog"));
    m_enterprise->setObjectName(QStringLiteral("enterpriseEdit"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_hours->setObjectName(QStringLiteral("hoursSpin"));
    m_nsso->setObjectName(QStringLiteral("nssoEdit"));
    m_committees->setObjectName(QStringLiteral("committeesEdit"));
    m_issues->setObjectName(QStringLiteral("issuesLabel"));
    m_yearStartDay->setObjectName(QStringLiteral("yearStartDaySpin"));
    m_yearStartMonth->setObjectName(QStringLiteral("yearStartMonthCombo"));
    m_yearStartDay->setRange(1, 31);
    for (int month = 1; month <= 12; ++month)
        m_yearStartMonth->addItem(QString(), month);
    m_hours->setLocale(QLocale());
    m_hours->setRange(0.5, 12);
    m_hours->setDecimals(2);
    m_hours->setSingleStep(0.1);
    m_hours->setValue(7.6);
    addCodes(m_language, {Language::Dutch, Language::French, Language::German, Language::English});
    m_hint->setWordWrap(true);
    m_issues->setWordWrap(true);
    m_rows = {{m_enterpriseLabel, m_enterprise, "enterpriseNumber"},
              {m_nameLabel, m_name, "name"},
              {m_languageLabel, m_language},
              {m_hoursLabel, m_hours, "hoursPerDay"},
              {m_nssoLabel, m_nsso, "nssoNumber"},
              {m_committeesLabel, m_committees, "jointCommittees"},
              {m_yearStartDayLabel, m_yearStartDay, "financialYearStartDay"},
              {m_yearStartMonthLabel, m_yearStartMonth, "financialYearStartMonth"}};
    QFormLayout *form = fieldForm(m_rows);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(form);
    layout->addWidget(m_issues);
    layout->addStretch(1);
    layout->addWidget(m_serverWait->banner());
    layout->addWidget(m_buttons);
    connectOkCancel(m_buttons, this);
    for (QLineEdit *e : {m_enterprise, m_name, m_nsso, m_committees})
        connect(e, &QLineEdit::textChanged, this, &CompanyDialog::revalidate);
    connect(m_hours, &QDoubleSpinBox::valueChanged, this, &CompanyDialog::revalidate);
    connect(m_yearStartDay, &QSpinBox::valueChanged, this, &CompanyDialog::revalidate);
    connect(m_yearStartMonth, &QComboBox::currentIndexChanged, this, &CompanyDialog::revalidate);
    const Employer shown = employer.value_or(Employer());
    m_yearStartDay->setValue(shown.financialYearStartDay);
    m_yearStartMonth->setCurrentIndex(m_yearStartMonth->findData(shown.financialYearStartMonth));
    if (employer) {
        m_enterprise->setText(enterpriseText(*employer));
        m_name->setText(employer->name);
        m_language->setCurrentIndex(int(employer->language));
        m_hours->setValue(employer->hoursPerDay);
        m_filledHours = m_hours->value(); // rounded or bounded by the spin box
        m_nsso->setText(employer->nssoNumber);
        m_committees->setText(committeesText(*employer));
    }
    retranslate();
    revalidate();
    markUnchanged();
    m_enterprise->setFocus();
    resize(520, 380);
}

QByteArray CompanyDialog::formState() const
{
    QByteArray state = QJsonDocument(recordjson::toJson(employer())).toJson(QJsonDocument::Compact);
    for (const QLineEdit *e : {m_enterprise, m_nsso, m_committees}) // as typed, also when not readable yet
        state += e->text().toUtf8() + '\n';
    return state;
}

void CompanyDialog::retranslate()
{
    setWindowTitle(m_original ? tr("Company") : tr("Add a company"));
    m_hint->setText(
        tr("The company whose training records you keep. An accountant adds each client company."));
    m_enterpriseLabel->setText(tr("&Enterprise number:"));
    m_enterprise->setPlaceholderText(tr("0123.456.749"));
    m_enterprise->setAccessibleName(tr("Enterprise number"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setAccessibleName(tr("Company name"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language of the company"));
    nameCodes<Language>(m_language);
    m_hoursLabel->setText(tr("&Hours per day:"));
    m_hours->setAccessibleName(tr("Hours per working day"));
    m_hours->setToolTip(tr("Used to convert hours of training into days of credit"));
    m_nssoLabel->setText(tr("N&SSO number:"));
    m_nsso->setAccessibleName(tr("NSSO employer number (optional)"));
    m_nsso->setPlaceholderText(tr("optional"));
    m_committeesLabel->setText(tr("&Joint committees:"));
    m_committees->setAccessibleName(tr("Joint committees, separated by commas"));
    m_committees->setPlaceholderText(tr("e.g. 200, 118"));
    m_yearStartDayLabel->setText(tr("Financial &year starts on day:"));
    m_yearStartMonthLabel->setText(tr("In the month:"));
    m_yearStartDay->setAccessibleName(tr("First day of the financial year: day"));
    m_yearStartMonth->setAccessibleName(tr("First day of the financial year: month"));
    m_yearStartDay->setToolTip(tr("The social balance sheet counts the trainings of each financial year"));
    for (int i = 0; i < m_yearStartMonth->count(); ++i)
        m_yearStartMonth->setItemText(i,
                                      QLocale().standaloneMonthName(m_yearStartMonth->itemData(i).toInt()));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Sa&ve"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    revalidate();
}

QString CompanyDialog::enterpriseText(const Employer &e)
{
    return EnterpriseNumber::parse(e.enterpriseNumber).display();
}

QString CompanyDialog::committeesText(const Employer &e)
{
    return e.jointCommittees.join(QLatin1String(", "));
}

Employer CompanyDialog::employer() const
{
    Employer e = m_original.value_or(Employer());
    e.uuid = m_uuid;
    // A field not touched keeps the value as stored, also one our reading would write otherwise
    // (an NSSO number of 8 digits, a malformed committee, 13 hours a day that the spin box cannot
    // show): opening and saving changes nothing.
    if (!m_original || m_enterprise->text() != enterpriseText(*m_original))
        e.enterpriseNumber = EnterpriseNumber::parse(m_enterprise->text()).normalized();
    e.name = m_name->text().trimmed();
    e.language = codeOf<Language>(m_language);
    if (!m_original || m_hours->value() != m_filledHours)
        e.hoursPerDay = m_hours->value();
    if (!m_original || m_nsso->text() != m_original->nssoNumber)
        e.nssoNumber = NssoNumber::parse(m_nsso->text()).normalized();
    if (!m_original || m_committees->text() != committeesText(*m_original)) {
        e.jointCommittees.clear();
        const QStringList parts =
            m_committees->text().split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts);
        for (const QString &p : parts) {
            const auto jc = JointCommittee::parse(p);
            e.jointCommittees.append(jc.isValid() ? jc.normalized() : p.trimmed());
        }
    }
    // A stored month outside 1–12 (EM-003) shows no month: kept until one is chosen.
    if (m_yearStartMonth->currentIndex() >= 0)
        e.financialYearStartMonth = m_yearStartMonth->currentData().toInt();
    if (!m_original || m_yearStartDay->value() != std::clamp(m_original->financialYearStartDay, 1, 31))
        e.financialYearStartDay = m_yearStartDay->value();
    return e;
}

void CompanyDialog::revalidate()
{
    const Employer e = employer();
    QList<FieldAnomaly> list = FieldChecks::checkEmployer(e);
    // Nothing typed yet: say what is expected, without alarm.
    if (m_enterprise->text().trimmed().isEmpty())
        dropFieldAnomalies(&list, QStringLiteral("enterpriseNumber"));
    if (m_name->text().isEmpty())
        dropFieldAnomalies(&list, QStringLiteral("name"));
    markFields(m_rows, list);
    QStringList lines = anomalyLines(list);
    const auto en = EnterpriseNumber::parse(m_enterprise->text());
    if (en.isValid())
        lines.prepend(tr("Enterprise number %1 is correct.").arg(en.display()).toHtmlEscaped());
    m_issues->setText(lines.join(QLatin1String("<br>")));
    bool blocking = m_enterprise->text().trimmed().isEmpty() || m_name->text().trimmed().isEmpty();
    for (const auto &a : std::as_const(list))
        blocking = blocking || a.severity == Severity::Blocking;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!blocking);
}

void CompanyDialog::focusField(const QString &field)
{
    if (field == QLatin1String("name"))
        m_name->setFocus();
    else if (field == QLatin1String("hoursPerDay"))
        m_hours->setFocus();
    else if (field == QLatin1String("nssoNumber"))
        m_nsso->setFocus();
    else if (field == QLatin1String("financialYearStartDay"))
        m_yearStartDay->setFocus();
    else if (field == QLatin1String("financialYearStartMonth"))
        m_yearStartMonth->setFocus();
    else
        m_enterprise->setFocus();
}

bool CompanyDialog::save()
{
    if (!m_buttons->button(QDialogButtonBox::Save)->isEnabled())
        return false;
    if (m_original && !hasUnsavedChanges())
        return true; // nothing to save: no write, no undo step
    const Employer e = employer();
    // A team server that is gone: nothing is written, the form keeps what was typed.
    if (!m_serverWait->ready(FieldChecks::recordLabel(AnyRecord(e))))
        return false;
    return m_session->saveRecord(
        m_original ? std::optional<AnyRecord>(AnyRecord(*m_original)) : std::nullopt, AnyRecord(e),
        m_original ? tr("Edit company %1").arg(e.name) : tr("Add company %1").arg(e.name));
}

void CompanyDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace fla::ui
