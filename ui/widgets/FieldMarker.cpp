#include "ui/widgets/FieldMarker.h"

#include "ui/data/FieldChecks.h"

#include <QStyle>
#include <QWidget>

namespace fla::ui {

namespace {

void apply(QWidget *field, const char *state, const QString &text)
{
    if (field->property("anomaly").toString() == QLatin1String(state) && field->toolTip() == text)
        return;
    field->setProperty("anomaly", QString::fromLatin1(state));
    field->setToolTip(text);
    field->setAccessibleDescription(text);
    field->style()->unpolish(field);
    field->style()->polish(field);
    field->update();
}

} // namespace

void markField(QWidget *field, const QList<FieldAnomaly> &anomalies, const QString &fieldName)
{
    const auto worst = FieldChecks::worstFor(anomalies, fieldName);
    if (!worst || *worst == Severity::Information) {
        clearMark(field);
        return;
    }
    apply(field, *worst == Severity::Blocking ? "blocking" : "warning",
          FieldChecks::messagesFor(anomalies, fieldName));
}

void clearMark(QWidget *field)
{
    apply(field, "", QString());
}

QString fieldMarkerStyleSheet()
{
    return QStringLiteral(
        "QLineEdit[anomaly=\"blocking\"], QDoubleSpinBox[anomaly=\"blocking\"],"
        " QSpinBox[anomaly=\"blocking\"] { border: 2px solid #c0392b; background: #fdecea; }"
        "QLineEdit[anomaly=\"warning\"], QDoubleSpinBox[anomaly=\"warning\"],"
        " QSpinBox[anomaly=\"warning\"] { border: 2px dashed #d68910; background: #fff8e1; }"
        "QComboBox[anomaly=\"blocking\"] { border: 2px solid #c0392b; }"
        "QComboBox[anomaly=\"warning\"] { border: 2px dashed #d68910; }");
}

} // namespace fla::ui
