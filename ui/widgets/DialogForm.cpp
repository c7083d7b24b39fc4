#include "ui/widgets/DialogForm.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fla::ui {

QLabel *addBuddyRow(QFormLayout *form, const QString &text, QWidget *field)
{
    auto *label = new QLabel(text, field->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
    return label;
}

QLabel *addBuddyRow(QFormLayout *form, const QString &text, QWidget *field, QLayout *row)
{
    auto *label = new QLabel(text, field->parentWidget());
    label->setBuddy(field);
    form->addRow(label, row);
    return label;
}

void connectOkCancel(QDialogButtonBox *buttons, QDialog *dialog)
{
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
}

bool execWithOkCancel(QDialog &dialog, QFormLayout *form)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connectOkCancel(buttons, &dialog);
    return dialog.exec() == QDialog::Accepted;
}

QHBoxLayout *pathRow(QLineEdit *path, QPushButton *browse)
{
    const QFontMetrics metrics = path->fontMetrics();
    path->setMinimumWidth(qMin(metrics.horizontalAdvance(path->text()), metrics.averageCharWidth() * 100) +
                          metrics.averageCharWidth() * 2);
    auto *row = new QHBoxLayout;
    row->addWidget(path, 1);
    row->addWidget(browse);
    return row;
}

void layOutFormDialog(QDialog *dialog, QLabel *intro, QFormLayout *form, QLabel *error,
                      QDialogButtonBox *buttons)
{
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(
        qMax(dialog->fontMetrics().averageCharWidth() * 70, layout->minimumSize().width()));
}

} // namespace fla::ui
