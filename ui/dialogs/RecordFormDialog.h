#pragma once

#include <QByteArray>
#include <QDialog>

namespace fla::ui {

// A dialog that edits records (a company, a worker, a training): it knows
// whether anything changed since it opened, asks before Escape, Cancel or
// closing throws changes away, and words itself anew when the language changes.
class RecordFormDialog : public QDialog
{
    Q_OBJECT

public:
    using QDialog::QDialog;

    bool hasUnsavedChanges() const;
    // Escape, Cancel and closing ask first when something was changed since the form opened.
    void reject() override;

protected:
    // What the form holds, to tell whether it changed since it opened.
    virtual QByteArray formState() const = 0;
    // Sets every text of the form in the interface's language.
    virtual void retranslate() = 0;
    // What the form holds now is no unsaved change (it opened, or was saved).
    void markUnchanged();
    void changeEvent(QEvent *e) override;

private:
    QByteArray m_openedState;
};

} // namespace fla::ui
