#include "ui/widgets/SsinCellDelegate.h"

#include "ui/widgets/FieldMarker.h"
#include "ui/widgets/SsinTyping.h"

#include <QLineEdit>
#include <QPersistentModelIndex>

namespace fla::ui {

SsinCellDelegate::SsinCellDelegate(Check check, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_check(std::move(check))
{}

QWidget *SsinCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                        const QModelIndex &index) const
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("ssinCellEditor"));
    edit->setFrame(true);
    formatSsinWhileTyping(edit);
    const QPersistentModelIndex at(index);
    connect(edit, &QLineEdit::textChanged, edit, [this, edit, at](const QString &typed) {
        if (m_check && at.isValid())
            markField(edit, m_check(at, typed), QStringLiteral("ssin"));
    });
    return edit;
}

void SsinCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = static_cast<QLineEdit *>(editor);
    edit->setText(ssinAsTyped(index.data(Qt::EditRole).toString()));
    edit->selectAll();
}

void SsinCellDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                            const QModelIndex &) const
{
    // A whole INSZ with its separators stays readable, also in a narrow column.
    QRect r = option.rect;
    const int needed = editor->fontMetrics().horizontalAdvance(QStringLiteral("00.00.00-000.00")) +
                       editor->fontMetrics().averageCharWidth() * 3;
    r.setWidth(qMax(r.width(), needed));
    r.setHeight(qMax(r.height(), editor->sizeHint().height()));
    editor->setGeometry(r);
}

} // namespace fla::ui
