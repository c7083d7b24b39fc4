#include "ui/dialogs/UnsavedChanges.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace fla::ui {

namespace {
struct UnsavedChanges
{
    Q_DECLARE_TR_FUNCTIONS(fla::ui::UnsavedChanges)
};
} // namespace

bool mayCloseForm(QWidget *form, bool hasUnsavedChanges)
{
    if (!hasUnsavedChanges)
        return true;
    QMessageBox box(QMessageBox::Question, UnsavedChanges::tr("Unsaved changes"),
                    UnsavedChanges::tr("What you entered in this form is not saved yet. Discard it?"),
                    QMessageBox::NoButton, form);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    QPushButton *discard =
        box.addButton(UnsavedChanges::tr("&Discard changes"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton *keep = box.addButton(UnsavedChanges::tr("&Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditingButton"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == discard;
}

} // namespace fla::ui
