#include "ui/dialogs/TeamAccessDialog.h"

#include "core/domain/EnterpriseNumber.h"
#include "core/storage/postgres/TeamAccess.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace fla::ui {

namespace {

constexpr int kEmployerRole = Qt::UserRole;

} // namespace

TeamAccessDialog::TeamAccessDialog(Workspace &workspace, const QList<Employer> &companies, QWidget *parent)
    : TranslatedDialog(parent)
    , m_ws(workspace)
    , m_employers(companies)
    , m_intro(new QLabel(this))
    , m_roleLabel(new QLabel(this))
    , m_role(new QComboBox(this))
    , m_companiesLabel(new QLabel(this))
    , m_companies(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("teamAccessDialog"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_companies->setObjectName(QStringLiteral("companyList"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_roleLabel->setBuddy(m_role);
    m_companiesLabel->setBuddy(m_companies);
    for (const Employer &e : std::as_const(m_employers)) {
        auto *item = new QListWidgetItem(m_companies);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(kEmployerRole, e.uuid);
        item->setText(
            QStringLiteral("%1 (%2)").arg(e.name, EnterpriseNumber::parse(e.enterpriseNumber).display()));
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_roleLabel);
    layout->addWidget(m_role);
    layout->addWidget(m_companiesLabel);
    layout->addWidget(m_companies, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_role, &QComboBox::currentIndexChanged, this, &TeamAccessDialog::showGrants);
    connect(m_companies, &QListWidget::itemChanged, this, &TeamAccessDialog::companyToggled);
    retranslate();
    loadRoles();
    m_role->setFocus();
    resize(560, 480);
}

void TeamAccessDialog::retranslate()
{
    setWindowTitle(tr("Team access"));
    m_intro->setText(
        tr("Each staff member logs in to the team server as a database user of their own and sees "
           "only the companies ticked for them. A tick is given or taken away at once."));
    m_roleLabel->setText(tr("&Staff member (database user):"));
    m_role->setAccessibleName(tr("Staff member"));
    m_companiesLabel->setText(tr("&Companies they may see and change (Space ticks):"));
    m_companies->setAccessibleName(tr("Companies of the staff member"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
}

void TeamAccessDialog::loadRoles()
{
    QString error;
    const QStringList roles = TeamAccess(m_ws).staffRoles(&error);
    if (!error.isEmpty())
        m_status->setText(error);
    else if (roles.isEmpty())
        m_status->setText(tr("The team server has no staff member's database user yet. Create one first "
                             "(docs/team.md: CREATE ROLE … LOGIN PASSWORD …)."));
    const QSignalBlocker quiet(m_role);
    m_role->clear();
    m_role->addItems(roles);
    m_companies->setEnabled(!roles.isEmpty());
    showGrants();
}

void TeamAccessDialog::showGrants()
{
    const QString role = m_role->currentText();
    QSet<QUuid> granted;
    if (!role.isEmpty()) {
        QString error;
        const QList<TeamGrant> grants = TeamAccess(m_ws).list(&error);
        if (!error.isEmpty())
            m_status->setText(error);
        for (const TeamGrant &g : grants)
            if (g.role == role)
                granted.insert(g.employerUuid);
    }
    m_filling = true;
    for (int i = 0; i < m_companies->count(); ++i) {
        QListWidgetItem *item = m_companies->item(i);
        item->setCheckState(granted.contains(item->data(kEmployerRole).toUuid()) ? Qt::Checked
                                                                                 : Qt::Unchecked);
    }
    m_filling = false;
}

void TeamAccessDialog::companyToggled(QListWidgetItem *item)
{
    if (m_filling)
        return;
    const QString role = m_role->currentText();
    const QUuid employer = item->data(kEmployerRole).toUuid();
    const bool give = item->checkState() == Qt::Checked;
    QString error;
    TeamAccess team(m_ws);
    const bool done = give ? team.grant(role, employer, &error) : team.revoke(role, employer, &error);
    if (done)
        m_status->setText(give ? tr("%1 may now see and change %2.").arg(role, item->text())
                               : tr("%1 no longer sees %2.").arg(role, item->text()));
    else
        m_status->setText(error);
    // What the server holds now (a refusal puts the tick back).
    showGrants();
}

} // namespace fla::ui
