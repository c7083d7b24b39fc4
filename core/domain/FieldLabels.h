#pragma once

#include "core/domain/RecordKind.h"
#include "core/domain/Severity.h"

#include <QString>
#include <QStringView>

namespace fla {

namespace schema {
struct FieldInfo;
}

// What a person reads for the names the data model gives its record kinds and
// fields (the anomaly catalogue's, the API's and the audit trail's names:
// "participation", "certificateValidUntil"), in the interface's language.
// One table for every place that names a field to a user: the Anomalies view,
// the pull review, the rule catalogue, import messages.

// "worker" → "worker" / "werknemer"; "*" → "any record"; an unknown name is returned as it is.
QString recordKindLabel(QStringView kind);
// ("participation", "duration") → "duration of the participation"; an index is
// kept in words ("jointCommittees[1]" → "joint committee 2"); an unknown field is returned as it is.
// The labels of a record's fields are the schema's (domain/RecordSchema).
QString fieldLabel(QStringView kind, QStringView field);
QString fieldLabel(RecordKind kind, QStringView field);
// The schema's label of a field, translated.
QString fieldLabel(const schema::FieldInfo &field);
// A label as a column heading or a form's caption: "start date" → "Start date".
QString asHeading(QString label);
// "Blocking" / "Warning".
QString severityLabel(Severity severity);

} // namespace fla
