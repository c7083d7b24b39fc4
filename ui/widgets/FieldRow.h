#pragma once

#include "ui/data/DataSource.h"

class QFormLayout;
class QLabel;
class QWidget;

namespace fla::ui {

// One labelled field of a record dialog: the label (its mnemonic jumps to the
// field), the input, and the name of the record's field the anomalies speak
// of (none for an input that is not checked).
struct FieldRow
{
    QLabel *label = nullptr;
    QWidget *field = nullptr;
    const char *name = nullptr;
};

// The form of a dialog's fields, one row each in the given order: each label
// the buddy of its field, Tab going from field to field in that order.
QFormLayout *fieldForm(const QList<FieldRow> &rows);

// Marks each checked field with the anomalies found in it (see markField).
void markFields(const QList<FieldRow> &rows, const QList<FieldAnomaly> &anomalies);

// Leaves out the anomalies of one field: one not typed in yet is not marked,
// the form says what it expects.
void dropFieldAnomalies(QList<FieldAnomaly> *anomalies, const QString &field);

// The anomalies as lines of rich text under the form ("Blocking: ..."), each in
// the colour of its severity.
QStringList anomalyLines(const QList<FieldAnomaly> &anomalies);

} // namespace fla::ui
