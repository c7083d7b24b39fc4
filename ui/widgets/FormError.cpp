#include "widgets/FormError.h"

#include <QLabel>
#include <QLayout>

namespace fla::ui {

void showFormError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setAccessibleDescription(message);
    label->show();
    QWidget *window = label->window();
    QLayout *layout = window->layout();
    if (!layout)
        return;
    // A word-wrapped label's height depends on the width: the layout's minimum
    // size does not know it, so the window is grown here.
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                   : layout->totalSizeHint().height();
    if (needed > window->height())
        window->resize(window->width(), needed);
    window->setMinimumHeight(qMax(window->minimumHeight(), needed));
}

} // namespace fla::ui
