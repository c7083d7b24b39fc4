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

} // namespace fla::ui
