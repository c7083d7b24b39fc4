#pragma once

#include "ui/dialogs/TranslatedDialog.h"

#include <QByteArray>

namespace fla::ui {

// A dialog that edits records (a company, a worker, a training): it knows
// whether anything changed since it opened, asks before Escape, Cancel or
// closing throws changes away, and (a TranslatedDialog) words itself anew when the language changes.
class RecordFormDialog : public TranslatedDialog
{
    Q_OBJECT

public:
    using TranslatedDialog::TranslatedDialog;

    bool hasUnsavedChanges() const;
    // Escape, Cancel and closing ask first when something was changed since the form opened.
    void reject() override;

protected:
    // What the form holds, to tell whether it changed since it opened.
    virtual QByteArray formState() const = 0;
    // What the form holds now is no unsaved change (it opened, or was saved).
    void markUnchanged();

private:
    QByteArray m_openedState;
};

} // namespace fla::ui
