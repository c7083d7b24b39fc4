#pragma once

#include "ui/data/DataSource.h"

#include <QGroupBox>

class QComboBox;
class QFormLayout;
class QLabel;

namespace fla::ui {

class MoneyEdit;

// The part of the training form the social balance sheet and the training
// right read beyond the FLA: the category, the cost parts, contributions and
// subsidies, how the costs are shared, and a leave scheme. Its captions are the
// schema's field labels (domain/RecordSchema).
class TrainingCostsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit TrainingCostsBox(QWidget *parent = nullptr);
    void fill(const Training &t);
    // Writes the box's fields into t; an amount not readable is left out (see unreadableField).
    void apply(Training &t) const;
    // The first amount typed that is not an amount, by its field key; empty when all read.
    QString unreadableField() const;
    QString typedText(const QString &field) const;
    QWidget *fieldWidget(const QString &field) const;
    // The field keys the box holds, in its order.
    static QStringList fieldKeys();
    // The first and last control, for the dialog's tab order.
    QWidget *firstField() const;
    QWidget *lastField() const;
    void retranslate();

signals:
    void changed();

private:
    QComboBox *m_category = nullptr;
    MoneyEdit *m_cost = nullptr;
    MoneyEdit *m_traineePay = nullptr;
    MoneyEdit *m_travel = nullptr;
    MoneyEdit *m_contributions = nullptr;
    MoneyEdit *m_subsidies = nullptr;
    QComboBox *m_sharing = nullptr;
    QComboBox *m_leave = nullptr;
    QList<QLabel *> m_labels; // in fieldKeys() order
};

} // namespace fla::ui
