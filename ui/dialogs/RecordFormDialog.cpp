#include "ui/dialogs/RecordFormDialog.h"

#include "ui/dialogs/UnsavedChanges.h"

#include <QEvent>

namespace fla::ui {

bool RecordFormDialog::hasUnsavedChanges() const
{
    return formState() != m_openedState;
}

void RecordFormDialog::reject()
{
    if (mayCloseForm(this, hasUnsavedChanges()))
        QDialog::reject();
}

void RecordFormDialog::markUnchanged()
{
    m_openedState = formState();
}

void RecordFormDialog::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(e);
}

} // namespace fla::ui
