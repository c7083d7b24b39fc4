#pragma once

#include "ui/data/DataSource.h"

#include <QStyledItemDelegate>
#include <functional>

namespace fla::ui {

// The INSZ cell of a table while it is edited: the number shown as typed
// (85.07.30-0…), the editor wide enough for a whole INSZ whatever the
// column's width, and the field marked while typing, as the forms do, by the
// checks the view hands in (the record of the row with the typed INSZ).
class SsinCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using Check = std::function<QList<FieldAnomaly>(const QModelIndex &index, const QString &typed)>;

    SsinCellDelegate(Check check, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    Check m_check;
};

} // namespace fla::ui
