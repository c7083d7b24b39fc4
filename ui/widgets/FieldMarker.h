#pragma once

#include "ui/data/DataSource.h"

class QWidget;

namespace fla::ui {

// Marks an input as at fault while the user types: a red solid frame for a
// blocking anomaly, an amber dashed frame for a warning, the messages as the
// tooltip and as the accessible description (read by screen readers).
void markField(QWidget *field, const QList<FieldAnomaly> &anomalies, const QString &fieldName);
void clearMark(QWidget *field);

// The style sheet rules for marked fields; the application installs it once.
QString fieldMarkerStyleSheet();

} // namespace fla::ui
