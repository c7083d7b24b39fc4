#include "ui/dialogs/TrainingCostsBox.h"

#include "core/domain/CodeLabels.h"
#include "core/domain/FieldLabels.h"
#include "ui/widgets/CodeCombo.h"
#include "ui/widgets/Format.h"
#include "ui/widgets/MoneyEdit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace fla::ui {

TrainingCostsBox::TrainingCostsBox(QWidget *parent)
    : QGroupBox(parent)
{
    setObjectName(QStringLiteral("trainingCostsBox"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    addCodes(m_category, {StatedCategory::ByKind, StatedCategory::FormalContinuing,
                          StatedCategory::InformalContinuing, StatedCategory::Initial});
    auto money = [this](const char *name) {
        auto *e = new MoneyEdit(this);
        e->setObjectName(QLatin1String(name));
        connect(e, &QLineEdit::textChanged, this, &TrainingCostsBox::changed);
        return e;
    };
    m_cost = money("costEdit");
    m_traineePay = money("traineePayEdit");
    m_travel = money("travelCostEdit");
    m_contributions = money("contributionsEdit");
    m_subsidies = money("subsidiesEdit");
    m_sharing = new QComboBox(this);
    m_sharing->setObjectName(QStringLiteral("costSharingCombo"));
    addCodes(m_sharing, {CostSharing::Equally, CostSharing::ByHours});
    m_leave = new QComboBox(this);
    m_leave->setObjectName(QStringLiteral("leaveCombo"));
    addCodes(m_leave,
             {TrainingLeave::None, TrainingLeave::PaidEducationalLeave, TrainingLeave::FlemishTrainingLeave});
    for (QComboBox *c : {m_category, m_sharing, m_leave}) {
        // As narrow as the form allows: the participants beside it need the room.
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(22);
        connect(c, &QComboBox::currentIndexChanged, this, &TrainingCostsBox::changed);
    }

    auto *form = new QFormLayout(this);
    for (const QString &key : fieldKeys()) {
        auto *label = new QLabel(this);
        label->setBuddy(fieldWidget(key));
        m_labels.append(label);
        form->addRow(label, fieldWidget(key));
    }
    retranslate();
}

QStringList TrainingCostsBox::fieldKeys()
{
    return {QStringLiteral("category"),           QStringLiteral("costCents"),
            QStringLiteral("traineePayCents"),    QStringLiteral("travelCostCents"),
            QStringLiteral("contributionsCents"), QStringLiteral("subsidiesCents"),
            QStringLiteral("costSharing"),        QStringLiteral("leave")};
}

QWidget *TrainingCostsBox::fieldWidget(const QString &field) const
{
    const QList<QWidget *> widgets{m_category,      m_cost,      m_traineePay, m_travel,
                                   m_contributions, m_subsidies, m_sharing,    m_leave};
    const qsizetype i = fieldKeys().indexOf(field);
    return i < 0 ? nullptr : widgets.at(i);
}

QWidget *TrainingCostsBox::firstField() const
{
    return m_category;
}

QWidget *TrainingCostsBox::lastField() const
{
    return m_leave;
}

void TrainingCostsBox::fill(const Training &t)
{
    selectCode(m_category, t.category);
    m_cost->setCents(t.costCents);
    m_traineePay->setCents(t.traineePayCents);
    m_travel->setCents(t.travelCostCents);
    m_contributions->setCents(t.contributionsCents);
    m_subsidies->setCents(t.subsidiesCents);
    selectCode(m_sharing, t.costSharing);
    selectCode(m_leave, t.leave);
}

void TrainingCostsBox::apply(Training &t) const
{
    t.category = codeOf<StatedCategory>(m_category);
    t.costCents = m_cost->cents();
    t.traineePayCents = m_traineePay->cents();
    t.travelCostCents = m_travel->cents();
    t.contributionsCents = m_contributions->cents();
    t.subsidiesCents = m_subsidies->cents();
    t.costSharing = codeOf<CostSharing>(m_sharing);
    t.leave = codeOf<TrainingLeave>(m_leave);
}

QString TrainingCostsBox::unreadableField() const
{
    for (const QString &key : fieldKeys()) {
        if (const auto *m = qobject_cast<const MoneyEdit *>(fieldWidget(key)); m && !m->isReadable())
            return key;
    }
    return {};
}

QString TrainingCostsBox::typedText(const QString &field) const
{
    const auto *m = qobject_cast<const MoneyEdit *>(fieldWidget(field));
    return m ? m->text() : QString();
}

void TrainingCostsBox::retranslate()
{
    setTitle(tr("Costs and social &balance sheet"));
    const QStringList keys = fieldKeys();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString label = asHeading(fieldLabel(RecordKind::Training, keys.at(i)));
        const bool money = qobject_cast<MoneyEdit *>(fieldWidget(keys.at(i))) != nullptr;
        m_labels.at(i)->setText(money ? tr("%1 (EUR):").arg(label) : tr("%1:").arg(label));
        fieldWidget(keys.at(i))->setAccessibleName(label);
    }
    nameCodes<StatedCategory>(m_category);
    nameCodes<CostSharing>(m_sharing);
    nameCodes<TrainingLeave>(m_leave);
    m_traineePay->setToolTip(tr("The trainees' gross pay and social charges for the hours of the training"));
    m_category->setToolTip(
        tr("Left to its kind, a formal training counts as formal continuing training and an "
           "informal one as informal continuing training"));
    m_leave->setToolTip(tr("A training under paid educational leave or Flemish training leave is outside the "
                           "individual training right: it uses none of it."));
}

} // namespace fla::ui
