#include "ui/dialogs/TranslatedDialog.h"

#include <QEvent>

namespace fla::ui {

void TranslatedDialog::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(e);
}

} // namespace fla::ui
