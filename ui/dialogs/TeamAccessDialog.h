#pragma once

#include "core/domain/Entities.h"
#include "ui/dialogs/TranslatedDialog.h"

#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QListWidgetItem;

namespace fla {
class Workspace;
}

namespace fla::ui {

// For the office's administrator, on a team server: which client companies a
// staff member (a database user) may see and change. A staff member is
// chosen, their companies are ticked; ticking or unticking one (Space) grants
// or revokes it at once, through core's TeamAccess (what `fladesk-cli team`
// runs), and the line below says what was done or why it was refused.
class TeamAccessDialog : public TranslatedDialog
{
    Q_OBJECT

public:
    TeamAccessDialog(Workspace &workspace, const QList<Employer> &companies, QWidget *parent = nullptr);

    QComboBox *roleCombo() const { return m_role; }
    QListWidget *companyList() const { return m_companies; }
    QLabel *statusLabel() const { return m_status; }

protected:
private:
    void retranslate() override;
    void loadRoles();
    // The ticks of the chosen staff member, as the server holds them.
    void showGrants();
    void companyToggled(QListWidgetItem *item);

    Workspace &m_ws;
    QList<Employer> m_employers;
    QLabel *m_intro;
    QLabel *m_roleLabel;
    QComboBox *m_role;
    QLabel *m_companiesLabel;
    QListWidget *m_companies;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    bool m_filling = false; // ticks set from the server, not by the user
};

} // namespace fla::ui
