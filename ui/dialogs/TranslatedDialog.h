#pragma once

#include <QDialog>

namespace fla::ui {

// A dialog that words itself anew when the interface's language changes
// (Settings → Language): it calls retranslate() on QEvent::LanguageChange.
class TranslatedDialog : public QDialog
{
    Q_OBJECT

public:
    using QDialog::QDialog;

protected:
    // Sets every text of the dialog in the interface's language.
    virtual void retranslate() = 0;
    void changeEvent(QEvent *e) override;
};

} // namespace fla::ui
