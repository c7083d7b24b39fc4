#include "ui/widgets/FieldRow.h"

#include "ui/data/FieldChecks.h"
#include "ui/widgets/FieldMarker.h"
#include "ui/widgets/Format.h"

#include <QFormLayout>
#include <QLabel>

#include <algorithm>

namespace fla::ui {

QFormLayout *fieldForm(const QList<FieldRow> &rows)
{
    auto *form = new QFormLayout;
    for (const FieldRow &r : rows) {
        r.label->setBuddy(r.field);
        form->addRow(r.label, r.field);
    }
    for (qsizetype i = 1; i < rows.size(); ++i)
        QWidget::setTabOrder(rows.at(i - 1).field, rows.at(i).field);
    return form;
}

void markFields(const QList<FieldRow> &rows, const QList<FieldAnomaly> &anomalies)
{
    for (const FieldRow &r : rows) {
        if (r.name)
            markField(r.field, anomalies, QString::fromLatin1(r.name));
    }
}

void dropFieldAnomalies(QList<FieldAnomaly> *anomalies, const QString &field)
{
    anomalies->erase(std::remove_if(anomalies->begin(), anomalies->end(),
                                    [&field](const FieldAnomaly &a) { return a.field == field; }),
                     anomalies->end());
}

QStringList anomalyLines(const QList<FieldAnomaly> &anomalies)
{
    QStringList lines;
    for (const auto &a : anomalies)
        lines.append(
            QStringLiteral("<span style=\"color:%1\">%2</span>")
                .arg(severityForeground(a.severity).name(),
                     FieldChecks::tr("%1: %2").arg(FieldChecks::severityName(a.severity).toHtmlEscaped(),
                                                   a.message.toHtmlEscaped())));
    return lines;
}

} // namespace fla::ui
