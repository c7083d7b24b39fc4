#include "ui/widgets/FormError.h"

#include "ui/widgets/Format.h"

#include <QLabel>
#include <QLayout>

namespace fla::ui {

void setUpFormError(QLabel *label, const QString &accessibleName)
{
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: %1").arg(severityForeground(Severity::Blocking).name()));
    label->setAccessibleName(accessibleName);
    label->hide();
}

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
